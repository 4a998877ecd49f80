// `npx tsx bench/imports.ts`: import speed against issue 4's budget (a 30,000-row Connections.csv in
// ≤ 3 s). Prints a table like bench/run.ts and exits non-zero when a budget is missed. Not yet part
// of `npm run bench` (bench/run.ts is someone else's file; wire it in there).
import { performance } from 'node:perf_hooks';
import { parseLinkedInConnections } from '../src/core/import/linkedin';
import { mergeContacts, type ExistingContact } from '../src/core/import/merge';
import { median, printTable } from './table';

const NOTES = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

/** A Connections.csv of `n` rows shaped like real ones: quoted commas and quotes, a line break, accents. */
function connectionsCsv(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(i % 10 === 0
      ? `José ${i},"Núñez, PhD",https://www.linkedin.com/in/jose-nunez-${i},jose.${i}@example.com,"Acme ${i % 97}, Inc.","Senior ""Platform"" Engineer\nBerlin",12 Mar 2024`
      : `Person${i},Surname${i},https://www.linkedin.com/in/person-${i.toString(36)},,Company ${i % 500},Software Engineer,0${1 + (i % 9)} Jan 2024`);
  }
  return NOTES + HEADER + rows.join('\n') + '\n';
}

function timeMedian(runs: number, fn: () => unknown): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const text30k = connectionsCsv(30_000);
const parse30k = timeMedian(7, () => parseLinkedInConnections(text30k));

// Import = parse + merge into an address book that already holds the same 30,000 people (the
// re-import case, the slowest: every entry is matched and compared).
const stored: ExistingContact[] = parseLinkedInConnections(text30k).contacts.map((c, i) => ({ ...c, id: i + 1, tagSource: 'import', sources: ['linkedin-connections'] }));
const import30k = timeMedian(5, () => mergeContacts(stored, parseLinkedInConnections(text30k).contacts, { format: 'linkedin-connections' }));

const text300k = connectionsCsv(300_000);
const parse300k = timeMedian(3, () => parseLinkedInConnections(text300k));

// A 100 MB-class file (about 1.1 million rows): the size the issue names under "Bad input".
const rows100mb = Math.round((100 * 1024 * 1024) / (text30k.length / 30_000));
const text100mb = connectionsCsv(rows100mb);
const t100 = performance.now();
const parsed100mb = parseLinkedInConnections(text100mb).contacts.length;
const parse100mb = performance.now() - t100;

const rows: Array<{ metric: string; measured: number; budget: number; unit: string }> = [
  { metric: `parse 30,000-row Connections.csv, ${(text30k.length / 1024 / 1024).toFixed(1)} MB (median of 7)`, measured: parse30k, budget: 3000, unit: 'ms' },
  { metric: 'import 30,000 rows: parse + merge into 30,000 stored (median of 5)', measured: import30k, budget: 3000, unit: 'ms' },
  // Linear growth: ten times the rows may cost at most 15 times the time (noise allowance).
  { metric: 'growth 30k → 300k rows (time ratio)', measured: parse300k / parse30k, budget: 15, unit: '×' },
  { metric: `parse ${(text100mb.length / 1024 / 1024).toFixed(0)} MB file, ${parsed100mb.toLocaleString('en')} rows (once)`, measured: parse100mb, budget: 60_000, unit: 'ms' },
];

const failed = printTable(rows, (row) => (row.unit === '×' ? 2 : 0));
if (failed) process.exitCode = 1;
