// `npx tsx scripts/generate-first-words.ts [--check]`: writes src/core/detect/first-words.generated.ts,
// the phrase index's first words for the `find` and `cue` lexicon lists (src/core/detect/first-words.ts).
// Run it after editing a lexicon list; test/unit/detect-first-words.test.ts fails until you do (the
// detector stays right meanwhile: a stale index is not used, only slower to start). `--check`
// writes nothing and exits 1 when the file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexiconLists } from '../src/core/detect/engine';
import { generatedSource } from '../src/core/detect/first-words';

const OUT = resolve(import.meta.dirname, '../src/core/detect/first-words.generated.ts');
const text = generatedSource(lexiconLists('find'), lexiconLists('cue'));
const stale = !existsSync(OUT) || readFileSync(OUT, 'utf8') !== text;
if (process.argv.includes('--check')) {
  console.log(stale ? `${OUT} is stale: run npx tsx scripts/generate-first-words.ts` : `${OUT} is up to date`);
  process.exit(stale ? 1 : 0);
}
if (stale) writeFileSync(OUT, text);
console.log(stale ? `wrote ${OUT}` : `${OUT} was up to date`);
