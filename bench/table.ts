// What every benchmark shares: the median, and the table printed against the budget.
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { againstBudget } from './stats';

export interface BenchRow {
  metric: string;
  measured: number;
  budget: number;
  unit: string;
  /** A row that explains another (a part of it): printed, with no budget of its own. */
  explains?: boolean;
  /** What the figure is made of (e.g. `with 18.1 / without 17.9 ms (1.01×)`): printed beside it. */
  note?: string;
  /**
   * A confidence interval of the figure (bench/stats pairedBootstrap). With one, the row passes only
   * when the whole interval is within the budget; an interval holding the budget is UNRESOLVED,
   * which is not a pass either.
   */
  interval?: { low: number; high: number; level: number };
}

export type RowStatus = ReturnType<typeof againstBudget>;

/** A budgeted row's status: from its interval when it has one, else its figure against the budget. */
export function rowStatus(row: BenchRow): RowStatus {
  if (row.interval) return againstBudget(row.interval, row.budget);
  return row.measured <= row.budget ? 'ok' : 'over';
}

const LABEL: Record<RowStatus, string> = { ok: 'ok', over: 'OVER', unresolved: 'UNRESOLVED' };

/**
 * bench/all.mjs sets HATCHECK_BENCH_ROWS to a file: every table printed is also appended there as
 * JSON lines (with the bench file's name), so one run ends in one table and one JSON file.
 */
function recordRows(rows: readonly BenchRow[], digits: (row: BenchRow) => number): void {
  const file = process.env.HATCHECK_BENCH_ROWS;
  if (!file) return;
  const bench = `bench/${basename(process.argv[1] ?? 'unknown')}`;
  appendFileSync(file, rows.map((row) => `${JSON.stringify({ bench, ...row, digits: digits(row), budget: row.explains ? null : row.budget, ok: row.explains ? null : rowStatus(row) === 'ok', status: row.explains ? null : rowStatus(row) })}\n`).join(''));
}

/**
 * The steady cost of `fn(text)` on a shared machine. First a warm-up until V8 has optimised it: at
 * least `runs` calls and 1.5 s (a classify of 280 characters takes ~1,000 calls to settle:
 * 2026-11-23, blocks of 250 calls in one process read 0.48-0.70 ms, then 0.21-0.26 ms, then ~0.19
 * ms). Then `runs` calls in 10 blocks; the figure is the median call of the quietest block. Why not
 * the median of all calls: the VM's neighbours slow every call by half to double for a third of a
 * second at a time (blocks at 0.30-0.38 ms between blocks at 0.19 in the same process), so the
 * same commit's overall median read 0.18 or 0.38 ms from one run to the next. The note keeps the
 * median of all calls and the blocks' range, so a reader sees the noise.
 */
export function steadyTime(fn: (text: string) => unknown, text: string, runs: number): { measured: number; note: string } {
  const until = performance.now() + 1500;
  for (let i = 0; i < runs || performance.now() < until; i++) fn(text);
  const all: number[] = [];
  const blocks: number[] = [];
  const size = Math.max(1, Math.floor(runs / 10));
  for (let b = 0; b < 10; b++) {
    const block: number[] = [];
    for (let i = 0; i < size; i++) {
      const t = performance.now();
      fn(text);
      block.push(performance.now() - t);
    }
    blocks.push(median(block));
    all.push(...block);
  }
  const fmt = (x: number) => x.toFixed(x < 1 ? 3 : 2);
  return { measured: Math.min(...blocks), note: `quietest of 10 blocks of ${size} calls; all ${10 * size} calls' median ${fmt(median(all))} ms, blocks ${fmt(Math.min(...blocks))}–${fmt(Math.max(...blocks))} ms` };
}

/** Median time of the first `calls` calls of `fn(text)` in a process that has not run it yet (the JIT still warming). */
export function firstCalls(fn: (text: string) => unknown, text: string, calls = 1000): number {
  const out: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    fn(text);
    out.push(performance.now() - t);
  }
  return median(out);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Prints the rows as a Markdown table; returns how many did not pass (over budget, or unresolved). */
export function printTable(rows: readonly BenchRow[], digits: (row: BenchRow) => number = (row) => (row.unit === 'ms' && row.budget >= 1000 ? 0 : 3)): number {
  recordRows(rows, digits);
  console.log('| metric | measured | budget | |');
  console.log('|---|---:|---:|---|');
  let failed = 0;
  const note = (row: BenchRow) => (row.note ? ` ${row.note}` : '');
  for (const row of rows) {
    if (row.explains) {
      console.log(`| ${row.metric} | ${row.measured.toFixed(digits(row))} ${row.unit} | — |${note(row)} |`);
      continue;
    }
    const status = rowStatus(row);
    if (status !== 'ok') failed++;
    console.log(`| ${row.metric} | ${row.measured.toFixed(digits(row))} ${row.unit} | ≤ ${row.budget.toLocaleString('en')} ${row.unit} | ${LABEL[status]}${note(row)} |`);
  }
  return failed;
}

/**
 * How much longer `fn(large)` takes than `fn(small)`, robust to a shared machine: pairs of
 * equal-length blocks, interleaved (`reps` runs on `small`, then one on `large`, whose text is
 * `reps` times longer), so both halves of a pair see the same neighbours and the same heap state;
 * each pair gives a ratio, and the median of the pairs is reported. Linear code reads ~reps×; a
 * quadratic step would read reps²× (about 100× for 5k → 50k), far outside any noise.
 */
export function growth(fn: (text: string) => unknown, small: string, large: string, reps: number, pairs: number): { ratio: number; large: number } {
  for (let i = 0; i < 3; i++) { fn(small); fn(large); }
  const ratios: number[] = [];
  const larges: number[] = [];
  for (let p = 0; p < pairs; p++) {
    let t = performance.now();
    for (let i = 0; i < reps; i++) fn(small);
    const perSmall = (performance.now() - t) / reps;
    t = performance.now();
    fn(large);
    const tLarge = performance.now() - t;
    ratios.push(tLarge / perSmall);
    larges.push(tLarge);
  }
  return { ratio: median(ratios), large: median(larges) };
}
