// `npx tsx bench/model.ts`: speed of detection with the statistical second stage
// (src/core/detect/model) against issue 3's budgets, on the minified bundle as it ships.
// Rows: rules + model at 280 / 3,000 chars, linear growth to 50,000, start-up including the
// weights' JSON, and the model alone.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { firstCalls, growth, median, printTable, steadyTime } from './table';

const SAMPLE = 'Called in sick today 😎 Beach day, still hungover from last night. My manager took credit for my work again. Our tequila brand partnership launches Monday, congrats team! ';
// No rule finding: the model reads every sentence (in SAMPLE the rules already warn, so it stays out).
const QUIET = 'Thrilled to announce our Q3 results: revenue grew 18% and we welcomed 40 new clients. Huge thanks to the team, our partners and everyone who made it happen. ';
const draftOf = (length: number, sample = SAMPLE) => sample.repeat(Math.ceil(length / sample.length)).slice(0, length);

const outDir = resolve('test/.cache/bench-model');
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, minify: true, rolldownOptions: { output: { charset: 'ascii' } }, lib: { entry: resolve('bench/model-entry.ts'), formats: ['es'], fileName: () => 'detect.mjs' } },
});
const bundle = `${outDir}/detect.mjs`;
// Start-up in a fresh Node process, as bench/run.ts times it (Node's ESM loader started first by an
// empty module, the clock started after it): with a first draft the rules warn on, and with a
// professional first draft (the model reads it with its weights, the whole-draft ones included).
const emptyModule = `${outDir}/empty.mjs`;
writeFileSync(emptyModule, 'export const x = 1;\n');
const probe = (text: string) =>
  `await import(${JSON.stringify(pathToFileURL(emptyModule).href)});const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(bundle).href)});m.classify(${JSON.stringify(text)});console.log(performance.now()-t)`;
const PROBES = 21;
const startupOf = (text: string) => Array.from({ length: PROBES }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe(text)], { encoding: 'utf8' })));
const startups = startupOf('Called in sick, so hungover 🍺');
const startupsQuiet = startupOf('Thrilled to announce our Q3 results: revenue grew 18% and we welcomed 40 new clients.');
const m = (await import(pathToFileURL(bundle).href)) as typeof import('./model-entry');

// Before anything else runs detect: the first 1,000 calls of a fresh process, for scale.
const firstCalls280 = firstCalls(m.detect, draftOf(280));


const modelOnly = (text: string) => m.modelFindings(text, []);
// Interleaved equal-length pairs, median ratio (table.ts growth; as bench/run.ts).
const grown = growth(m.detect, draftOf(5_000), draftOf(50_000), 10, 15);
const rows = [
  { metric: 'rules + model, 280 chars (median, quietest block)', ...steadyTime(m.detect, draftOf(280), 5000), budget: 0.3, unit: 'ms' },
  { metric: '(for scale: rules + model, 280 chars, median of the first 1,000 calls after load, the JIT still warming)', measured: firstCalls280, budget: NaN, unit: 'ms', explains: true },
  { metric: 'rules + model, 3,000 chars (median, quietest block)', ...steadyTime(m.detect, draftOf(3_000), 1000), budget: 3, unit: 'ms' },
  { metric: 'rules + model, 280 chars, professional text (median, quietest block)', ...steadyTime(m.detect, draftOf(280, QUIET), 5000), budget: 0.3, unit: 'ms' },
  { metric: 'rules + model, 3,000 chars, professional text (median, quietest block)', ...steadyTime(m.detect, draftOf(3_000, QUIET), 1000), budget: 3, unit: 'ms' },
  { metric: 'rules + model, growth 5k → 50k chars (time ratio, median of 15 interleaved pairs)', measured: grown.ratio, budget: 15, unit: '×' },
  { metric: `start-up: load bundle + first call, Node's loader already started (median of ${PROBES})`, measured: median(startups), budget: 20, unit: 'ms' },
  { metric: `start-up, first draft professional (weights used): load + first call, loader started (median of ${PROBES})`, measured: median(startupsQuiet), budget: 20, unit: 'ms' },
  { metric: 'model alone, 280 chars (median, quietest block)', ...steadyTime(modelOnly, draftOf(280), 5000), budget: 0.3, unit: 'ms' },
  { metric: 'model alone, 3,000 chars (median, quietest block)', ...steadyTime(modelOnly, draftOf(3_000), 1000), budget: 3, unit: 'ms' },
];
console.log(`model ${m.integrated() ? 'runs inside classify()' : 'not yet in classify(): rules + model timed together'}\n`);
const failed = printTable(rows);
console.log(`\n50,000 chars: ${grown.large.toFixed(2)} ms, median of the growth pairs (Node ${process.version})`);
process.exit(failed ? 1 : 0);
