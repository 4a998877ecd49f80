// `npx tsx bench/audience.ts` (part of `npm run bench`): resolving a draft's audience against 50,000
// contacts, issue 4's budget (≤ 2 ms median). The index is built once, as the background worker
// builds it after a contact change (shared/storage/audience-index.ts), and its build time is reported
// too; then each kind of audience is resolved many times. Prints a table and exits non-zero when a
// budget is missed.
import { performance } from 'node:perf_hooks';
import { resolveAudience } from '../src/core/audience';
import { buildAudienceIndex, type AudienceContact } from '../src/core/audience-index';
import { exposureReport } from '../src/core/exposure';
import type { ContactRole, Mention } from '../src/core/types';
import { median, printTable, type BenchRow } from './table';

const N = 50_000;
const ROLES: Array<ContactRole | undefined> = ['colleague', undefined, undefined, 'client', undefined, 'recruiter', undefined, 'report', undefined, undefined];

/**
 * An address book shaped like a merged set of real imports: 30,000 LinkedIn connections (some with
 * e-mails, 500 employers, a few roles), 3,000 of them also Facebook friends (joined as one row, tag
 * both, as mergeContacts leaves them); 12,000 more Facebook friends (names only); 5,000 Google
 * contacts with e-mails; 3,000 X follows, 1,000 of whom are also a stored e-mail contact (a second row
 * joined by e-mail, so the index has people to fold).
 */
function contacts(): AudienceContact[] {
  const out: AudienceContact[] = [];
  for (let i = 0; i < 30_000; i++) {
    const friend = i < 3_000;
    out.push({
      id: out.length + 1,
      name: `Person${i} Surname${i % 997}`,
      handles: [`linkedin:person-${i.toString(36)}`],
      emails: i % 5 === 0 ? [`person${i}@company${i % 500}.example`] : [],
      employer: i % 3 === 0 ? 'Acme Inc.' : `Company ${i % 500}`,
      role: i === 7 ? 'manager' : ROLES[i % ROLES.length],
      tag: friend ? 'both' : 'work',
      tagSource: 'import',
      sources: friend ? ['linkedin-connections', 'facebook-friends'] : ['linkedin-connections'],
    });
  }
  for (let i = 0; i < 12_000; i++) out.push({ id: out.length + 1, name: `Friend${i} Family${i % 301}`, handles: [], emails: [], tag: 'personal', tagSource: 'import', sources: ['facebook-friends'] });
  for (let i = 0; i < 5_000; i++) out.push({ id: out.length + 1, name: `Contact${i}`, handles: [], emails: [`contact${i}@mail${i % 50}.example`], tag: i % 4 === 0 ? 'work' : 'untagged', tagSource: 'import', sources: ['google-contacts'] });
  for (let i = 0; i < 3_000; i++) {
    out.push({ id: out.length + 1, name: `Follow${i}`, handles: [`x:follow${i}`], emails: i < 1_000 ? [`contact${i}@mail${i % 50}.example`] : [], tag: 'untagged', tagSource: 'import', sources: ['x-followers'] });
  }
  if (out.length !== N) throw new Error(`expected ${N} contacts, built ${out.length}`);
  return out;
}

const rules = { workDomains: ['acme.example', 'company7.example'], employers: ['Acme'] };
const stored = contacts();

// Build: the worker's cost after a contact change (median of 5, after one warm-up).
buildAudienceIndex(stored, rules);
const builds: number[] = [];
let index = buildAudienceIndex(stored, rules);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  index = buildAudienceIndex(stored, rules);
  builds.push(performance.now() - t);
}

const mention = (name: string, handle = ''): Mention => ({ name, handle });
const drafts: Array<[string, Parameters<typeof resolveAudience>[0]]> = [
  ['LinkedIn, Anyone', { site: 'linkedin', visibility: 'Anyone', mentions: [], index }],
  ['Facebook, Friends, 3 mentions', { site: 'facebook', visibility: 'Friends', mentions: [mention('Friend12 Family12'), mention('Person7 Surname7'), mention('Nobody Known')], index }],
  ['Facebook, Friends except…', { site: 'facebook', visibility: 'Friends except: Person7 Surname7', mentions: [], index }],
  ['X, only accounts you mention, 5 mentions', { site: 'x', visibility: 'Only accounts you mention', mentions: [0, 1, 2, 3, 4].map((i) => mention(`Follow${i}`, `x:follow${i}`)), index }],
  ['Gmail, 20 recipients', { site: 'gmail', visibility: '', mentions: Array.from({ length: 20 }, (_, i) => mention('', `email:${i % 2 ? `person${i * 5}@company${(i * 5) % 500}.example` : `someone${i}@acme.example`}`)), index }],
  ['Mastodon, Followers only, 200 mentions (the protocol maximum)', { site: 'mastodon', visibility: 'Followers only', mentions: Array.from({ length: 200 }, (_, i) => mention(`Person${i} Surname${i % 997}`)), index }],
];

const RUNS = 2_000;
const rows: BenchRow[] = [
  { metric: `build the audience index from ${N.toLocaleString('en')} contacts (median of 5)`, measured: median(builds), budget: 1_000, unit: 'ms' },
];
let sink = 0;
for (const [what, input] of drafts) {
  for (let i = 0; i < 50; i++) sink += resolveAudience(input).counts.work; // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    sink += resolveAudience(input).counts.work;
    times.push(performance.now() - t);
  }
  rows.push({ metric: `resolve: ${what} (median of ${RUNS.toLocaleString('en')})`, measured: median(times), budget: 2, unit: 'ms' });
}
const tReport = performance.now();
const report = exposureReport(index);
rows.push({ metric: `exposure report over ${N.toLocaleString('en')} contacts (once)`, measured: performance.now() - tReport, budget: 500, unit: 'ms' });

console.log(`${index.people.length.toLocaleString('en')} people from ${N.toLocaleString('en')} rows; Facebook friends who are work contacts: ${report.networks.find((n) => n.network === 'facebook')?.work ?? 0}; (checksum ${sink})\n`);
const failed = printTable(rows, (row) => (row.budget <= 2 ? 4 : 1));
if (failed) process.exitCode = 1;
