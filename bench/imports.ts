// `npx tsx bench/imports.ts` (part of `npm run bench`): import speed against issue 4's budget (a
// 30,000-row Connections.csv in ≤ 3 s), linear growth, and inputs built to make a naive parser
// quadratic. Prints a table and exits non-zero when a budget is missed.
import { performance } from 'node:perf_hooks';
import { readCsv } from '../src/core/import/csv';
import { parseFacebookFriends } from '../src/core/import/facebook';
import { parseGenericCsv } from '../src/core/import/generic-csv';
import { parseGoogleContacts } from '../src/core/import/google';
import { parseLinkedInConnections } from '../src/core/import/linkedin';
import { mergeContacts, type ExistingContact } from '../src/core/import/merge';
import { parseVcard } from '../src/core/import/vcard';
import { median, printTable, type BenchRow } from './table';

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

const rows: BenchRow[] = [
  { metric: `parse 30,000-row Connections.csv, ${(text30k.length / 1024 / 1024).toFixed(1)} MB (median of 7)`, measured: parse30k, budget: 3000, unit: 'ms' },
  { metric: 'import 30,000 rows: parse + merge into 30,000 stored (median of 5)', measured: import30k, budget: 3000, unit: 'ms' },
  // Linear growth: ten times the rows may cost at most 15 times the time (noise allowance).
  { metric: 'growth 30k → 300k rows (time ratio)', measured: parse300k / parse30k, budget: 15, unit: '×' },
  { metric: `parse ${(text100mb.length / 1024 / 1024).toFixed(0)} MB file, ${parsed100mb.toLocaleString('en')} rows (once)`, measured: parse100mb, budget: 60_000, unit: 'ms' },
];

// Inputs that make naive parsers quadratic: each is a few MB, so linear code takes well under a
// second and quadratic code takes minutes. The budget says which of the two it is.
const MB = 1024 * 1024;
const hostile: Array<[string, () => unknown]> = [
  ['one 8 MB quoted cell of doubled quotes', () => readCsv(`a,"${'""'.repeat(4 * MB)}"\n`)],
  ['an 8 MB file that opens a quote and never closes it', () => readCsv(`a,"${'x\n'.repeat(4 * MB)}`)],
  ['an 8 MB blank e-mail cell around ":::"', () => parseGenericCsv(`name,email\nA,"${' '.repeat(8 * MB)}:::"\n`, { mapping: { name: 0, email: 1 } })],
  ['a 4 MB blank label cell in a Google CSV', () => parseGoogleContacts(`First Name,Last Name,Labels,E-mail 1 - Value\nA,B,"${' '.repeat(4 * MB)}:::x",a@b.example\n`)],
  ['a vCard value folded over 500,000 lines', () => parseVcard(`BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:A${'=\r\n='.repeat(500_000)}\r\nNOTE:x${'\r\n y'.repeat(500_000)}\r\nEND:VCARD\r\n`)],
  ['100,000 Facebook friends', () => parseFacebookFriends(JSON.stringify({ friends_v2: Array.from({ length: 100_000 }, (_, i) => ({ name: `Fr\u00c3\u00a9d ${i}`, timestamp: i })) }))],
  ['merge 30,000 namesakes into 30,000 stored', () => mergeContacts(Array.from({ length: 30_000 }, (_, i) => ({ id: i, name: 'John Smith', handles: [], emails: [], tag: 'personal' as const, tagSource: 'import' as const })), Array.from({ length: 30_000 }, () => ({ name: 'John Smith', handles: [], emails: [], tag: 'personal' as const })))],
];
for (const [what, run] of hostile) {
  const t = performance.now();
  run();
  rows.push({ metric: `hostile: ${what} (once)`, measured: performance.now() - t, budget: 2_000, unit: 'ms' });
}

// A wrong-format file is refused from its first rows, not after reading all of it.
const wrong = `Name,Email\n${'Jane,jane@example.com\n'.repeat(1_000_000)}`;
const refuse = timeMedian(5, () => { try { parseLinkedInConnections(wrong); } catch { /* refused, as it should be */ } });
rows.push({ metric: `refuse a ${(wrong.length / MB).toFixed(0)} MB file of the wrong format (median of 5)`, measured: refuse, budget: 50, unit: 'ms' });

const failed = printTable(rows, (row) => (row.unit === '×' ? 2 : row.budget < 100 ? 2 : 0));
if (failed) process.exitCode = 1;
