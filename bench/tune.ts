// Tuning aid: `npx tsx bench/tune.ts [file.jsonl] [--list] [--rules] [--ids odd|even]`. Reads test/fixtures/drafts/tuning.jsonl or
// the file given (train-extra.jsonl; never the held-out set) and prints recall of drafts that should warn and the false-alarm rate, at a
// professional audience posting as yourself, with --list the drafts that miss or false-alarm.
import { readFileSync } from 'node:fs';
import { classify } from '../src/core/detect/classify';
import { decideLevel, isFirstPerson } from '../src/core/policy';

interface Draft { id: string; text: string; kind: 'personal' | 'professional' | 'harmless'; categories: string[]; shouldWarn: boolean }
const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--ids') ?? 'test/fixtures/drafts/tuning.jsonl';
if (/heldout/i.test(file)) throw new Error('tune.ts never reads the held-out set');
/**
 * --ids odd|even: only the drafts whose number is odd or even (round3/4/5.jsonl: tune on the odd half,
 * read the even half as aggregates only). With even, --list is refused: its drafts stay unseen.
 */
const idsArg = process.argv.find((a) => a.startsWith('--ids'));
const half = idsArg ? (idsArg.includes('=') ? idsArg.split('=')[1] : process.argv[process.argv.indexOf(idsArg) + 1]) : undefined;
if (half !== undefined && half !== 'odd' && half !== 'even') throw new Error('--ids takes odd or even');
const inHalf = (id: string) => half === undefined || (Number(id.replace(/\D/g, '')) % 2 === 1) === (half === 'odd');
// round5.jsonl (r5001…): since 2026-11-23 09:15 its odd ids are training data like round3/round4's,
// its even ids a check read only as aggregates: it is read only with --ids odd or --ids even.
if (/round5/i.test(file) && half === undefined) throw new Error('round5.jsonl is read only with --ids odd or --ids even (its even half as aggregates)');
const drafts: Draft[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Draft).filter((d) => inHalf(d.id));
// round11.jsonl (r11001…): a blind measurement batch, read only as aggregates (drafts/README.md).
if (/round11/i.test(file) && process.argv.includes('--list')) throw new Error('round11.jsonl prints aggregates only (no --list)');
if (half === 'even' && process.argv.includes('--list')) throw new Error('--ids even prints aggregates only (no --list)');
const list = process.argv.includes('--list');
/** --rules: leave out the model stage's findings (it is trained on these files, so its numbers here are in-sample). */
const rulesOnly = process.argv.includes('--rules');
let tp = 0; let pos = 0; let fa = 0; let neg = 0;
/** Aggregates of where errors come from: false alarms by kind and by stage (rules alone already warn, or the model added it). */
const faBy = { professional: 0, harmless: 0, rules: 0, model: 0 };
let missRulesQuiet = 0;
/** False alarms by the categories of the findings that reach warn or confirm (a draft counts once per category). */
const faCats = new Map<string, number>();
const misses: string[] = []; const alarms: string[] = [];
const perCat = new Map<string, { tp: number; fp: number; fn: number }>();
/** Per labelled category, of the drafts that should warn: how many did (what issue 3's recall counts). */
const warnedBy = new Map<string, { warned: number; of: number }>();
const cat = (c: string) => perCat.get(c) ?? (perCat.set(c, { tp: 0, fp: 0, fn: 0 }), perCat.get(c)!);
for (const d of drafts) {
  const findings = classify(d.text, { rulesOnly });
  const level = decideLevel({ findings, audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(d.text) });
  const warned = level === 'warn' || level === 'confirm';
  const shown = findings.map((f) => `${f.category}/${f.severity}:"${f.text}"`).join(' ');
  if (d.shouldWarn) { pos++; if (warned) tp++; else misses.push(`${d.id} [${d.categories}] ${level} ${JSON.stringify(d.text)} ${shown}`); }
  const rulesLevel = rulesOnly ? level : decideLevel({ findings: classify(d.text, { rulesOnly: true }), audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(d.text) });
  const rulesWarned = rulesLevel === 'warn' || rulesLevel === 'confirm';
  if (d.shouldWarn && !warned && !rulesWarned) missRulesQuiet++;
  if (d.kind !== 'personal' && warned) {
    faBy[d.kind]++; faBy[rulesWarned ? 'rules' : 'model']++;
    const loud = findings.filter((f) => { const l = decideLevel({ findings: [f], audience: 'professional', identity: 'personal', firstPerson: false }); return l === 'warn' || l === 'confirm'; });
    for (const c of new Set(loud.map((f) => `${d.kind}:${f.category}`))) faCats.set(c, (faCats.get(c) ?? 0) + 1);
  }
  if (d.kind !== 'personal') { neg++; if (warned) { fa++; alarms.push(`${d.id} ${d.kind} ${level} ${JSON.stringify(d.text)} ${shown}`); } }
  if (d.shouldWarn) for (const c of d.categories) {
    const w = warnedBy.get(c) ?? { warned: 0, of: 0 };
    w.of++;
    if (warned) w.warned++;
    warnedBy.set(c, w);
  }
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
console.log(`false alarms: ${faBy.professional} professional, ${faBy.harmless} harmless; ${faBy.rules} where the rules alone warn, ${faBy.model} added by the model; misses the rules alone left quiet: ${missRulesQuiet}/${pos - tp}`);
console.log('false alarms by kind and warning category: ' + [...faCats].sort().map(([c, n]) => `${c} ${n}`).join(', '));
console.log('should-warn drafts warned, by labelled category: ' + [...warnedBy].sort().map(([c, w]) => `${c} ${Math.round((100 * w.warned) / w.of)}% (${w.warned}/${w.of})`).join(', '));
console.log('findings by category (P: found and labelled / found; R: found / labelled):');
for (const [c, r] of [...perCat].sort()) console.log(`  ${c.padEnd(15)} P ${(r.tp / (r.tp + r.fp || 1)).toFixed(2)} R ${(r.tp / (r.tp + r.fn || 1)).toFixed(2)}  tp ${r.tp} fp ${r.fp} fn ${r.fn}`);
if (list) {
  console.log('\nMISSES'); for (const m of misses) console.log(m);
  console.log('\nFALSE ALARMS'); for (const a of alarms) console.log(a);
}
