// `npm run bench`: detection speed against the budget (issue 3; ../shared/research/perf.md).
// Prints a table; exits non-zero when a budget is missed, so a regression is seen, not guessed.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const SAMPLE = 'Called in sick today 😎 Beach day, still hungover from last night. Our tequila brand partnership launches Monday, congrats team! ';

function draftOf(length: number): string {
  return SAMPLE.repeat(Math.ceil(length / SAMPLE.length)).slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

// Start-up is measured on the bundle as it ships (tsx's on-the-fly TypeScript compile would
// dominate otherwise), in a fresh Node process: load, compile the rules, classify once.
const outDir = resolve('test/.cache/bench');
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, minify: true, lib: { entry: resolve('src/core/detect/classify.ts'), formats: ['es'], fileName: () => 'classify.mjs' } },
});
const probe = `const t=performance.now();const m=await import(${JSON.stringify(`${outDir}/classify.mjs`)});m.classify('warm up');console.log(performance.now()-t)`;
const startups = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })));
const startup = median(startups);
const { classify } = await import('../src/core/detect/classify');

function timeMedian(text: string, runs: number): number {
  for (let i = 0; i < 20; i++) classify(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    classify(text);
    times.push(performance.now() - t);
  }
  return median(times);
}

const rows: Array<{ metric: string; measured: number; budget: number; unit: string }> = [
  { metric: 'classify 280 chars (median)', measured: timeMedian(draftOf(280), 500), budget: 0.3, unit: 'ms' },
  { metric: 'classify 3,000 chars (median)', measured: timeMedian(draftOf(3_000), 200), budget: 3, unit: 'ms' },
  { metric: 'start-up: load bundle + first call (median of 7)', measured: startup, budget: 20, unit: 'ms' },
];
const t5k = timeMedian(draftOf(5_000), 50);
const t50k = timeMedian(draftOf(50_000), 10);
// Linear growth: ten times the text may cost at most 15 times the time (noise allowance).
rows.push({ metric: 'growth 5k → 50k chars (time ratio)', measured: t50k / t5k, budget: 15, unit: '×' });

console.log('| metric | measured | budget | |');
console.log('|---|---:|---:|---|');
let failed = 0;
for (const row of rows) {
  const ok = row.measured <= row.budget;
  if (!ok) failed++;
  console.log(`| ${row.metric} | ${row.measured.toFixed(3)} ${row.unit} | ≤ ${row.budget} ${row.unit} | ${ok ? 'ok' : 'OVER'} |`);
}
console.log(`\n50,000 chars: ${t50k.toFixed(2)} ms (Node ${process.version})`);
process.exit(failed ? 1 : 0);
