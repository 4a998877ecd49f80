// What every benchmark shares: the median, and the table printed against the budget.

export interface BenchRow {
  metric: string;
  measured: number;
  budget: number;
  unit: string;
  /** A row that explains another (a part of it): printed, with no budget of its own. */
  explains?: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Prints the rows as a Markdown table; returns how many missed their budget. */
export function printTable(rows: readonly BenchRow[], digits: (row: BenchRow) => number = (row) => (row.unit === 'ms' && row.budget >= 1000 ? 0 : 3)): number {
  console.log('| metric | measured | budget | |');
  console.log('|---|---:|---:|---|');
  let failed = 0;
  for (const row of rows) {
    if (row.explains) {
      console.log(`| ${row.metric} | ${row.measured.toFixed(digits(row))} ${row.unit} | — | |`);
      continue;
    }
    const ok = row.measured <= row.budget;
    if (!ok) failed++;
    console.log(`| ${row.metric} | ${row.measured.toFixed(digits(row))} ${row.unit} | ≤ ${row.budget.toLocaleString('en')} ${row.unit} | ${ok ? 'ok' : 'OVER'} |`);
  }
  return failed;
}
