// Tuning aid: `npx tsx bench/tune.ts [file.jsonl] [--list] [--rules]`. Reads test/fixtures/drafts/tuning.jsonl or
// the file given (train-extra.jsonl; never the held-out set) and prints recall of drafts that should warn and the false-alarm rate, at a
// professional audience posting as yourself, with --list the drafts that miss or false-alarm.
import { readFileSync } from 'node:fs';
import { classify } from '../src/core/detect/classify';
import { MODEL_WHY } from '../src/core/detect/model/index';
import { decideLevel, isFirstPerson } from '../src/core/policy';

interface Draft { id: string; text: string; kind: 'personal' | 'professional' | 'harmless'; categories: string[]; shouldWarn: boolean }
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/fixtures/drafts/tuning.jsonl';
if (/heldout/i.test(file)) throw new Error('tune.ts never reads the held-out set');
const drafts: Draft[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const list = process.argv.includes('--list');
/** --rules: leave out the model stage's findings (it is trained on these files, so its numbers here are in-sample). */
const rulesOnly = process.argv.includes('--rules');
let tp = 0; let pos = 0; let fa = 0; let neg = 0;
const misses: string[] = []; const alarms: string[] = [];
const perCat = new Map<string, { tp: number; fp: number; fn: number }>();
const cat = (c: string) => perCat.get(c) ?? (perCat.set(c, { tp: 0, fp: 0, fn: 0 }), perCat.get(c)!);
for (const d of drafts) {
  const findings = classify(d.text).filter((f) => !rulesOnly || !MODEL_WHY.has(f.why));
  const level = decideLevel({ findings, audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(d.text) });
  const warned = level === 'warn' || level === 'confirm';
  const shown = findings.map((f) => `${f.category}/${f.severity}:"${f.text}"`).join(' ');
  if (d.shouldWarn) { pos++; if (warned) tp++; else misses.push(`${d.id} [${d.categories}] ${level} ${JSON.stringify(d.text)} ${shown}`); }
  if (d.kind !== 'personal') { neg++; if (warned) { fa++; alarms.push(`${d.id} ${d.kind} ${level} ${JSON.stringify(d.text)} ${shown}`); } }
  const found = new Set<string>(findings.map((f) => f.category));
  for (const c of new Set([...found, ...d.categories])) {
    const row = cat(c);
    if (found.has(c) && d.categories.includes(c)) row.tp++;
    else if (found.has(c)) row.fp++;
    else row.fn++;
  }
}
console.log(`drafts ${drafts.length}; should warn ${pos}; professional/harmless ${neg}`);
console.log(`recall ${(tp / pos).toFixed(3)} (${tp}/${pos}); false alarms ${(fa / neg).toFixed(3)} (${fa}/${neg})`);
for (const [c, r] of [...perCat].sort()) console.log(`  ${c.padEnd(15)} P ${(r.tp / (r.tp + r.fp || 1)).toFixed(2)} R ${(r.tp / (r.tp + r.fn || 1)).toFixed(2)}  tp ${r.tp} fp ${r.fp} fn ${r.fn}`);
if (list) {
  console.log('\nMISSES'); for (const m of misses) console.log(m);
  console.log('\nFALSE ALARMS'); for (const a of alarms) console.log(a);
}
