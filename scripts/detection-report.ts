// `npm run -s report:detection [-- --verbose]`: precision and recall per category on the labelled
// corpus, for the tuning set, the development set and the two blind measurement sets (heldout.jsonl,
// issue 3's bar; round5.jsonl's even half, a second one), plus the two numbers issue 3 sets limits on.
// --verbose lists the tuning set's misses and false alarms (never the held-out set's: reading them
// is how a held-out set stops being held out).
import { isOddId, loadDrafts, score, summarize, trainingDrafts, type Summary } from '../test/support/detection-metrics';
import { nearestTraining } from '../test/support/near-twins';

const verbose = process.argv.includes('--verbose');
const pct = (n: number) => (Number.isNaN(n) ? '   –  ' : `${(n * 100).toFixed(1).padStart(5)}%`);

function print(name: string, summary: Summary): void {
  console.log(`\n## ${name}: ${summary.drafts} drafts`);
  console.log(`recall of drafts that should warn: ${pct(summary.recall)} (${summary.shouldWarn - summary.misses.length}/${summary.shouldWarn}; limit ≥ 92%)`);
  console.log(`false alarms on professional and harmless drafts: ${pct(summary.falseAlarmRate)} (${summary.falseAlarms.length}/${summary.quiet}; limit ≤ 4%)`);
  console.log('\n| category | labelled | found | precision | recall |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of summary.perCategory) {
    console.log(`| ${row.category} | ${row.labelled} | ${row.found} | ${pct(row.precision)} | ${pct(row.recall)} |`);
  }
}

const tuning = summarize(score(loadDrafts('test/fixtures/drafts/tuning.jsonl')));
print('tuning set', tuning);
if (verbose) {
  console.log('\nTuning misses:');
  for (const d of tuning.misses) console.log(`  ${d.id} [${d.categories.join(',')}] → ${d.level} [${d.found.join(',')}]: ${d.text.slice(0, 120)}`);
  console.log('\nTuning false alarms:');
  for (const d of tuning.falseAlarms) console.log(`  ${d.id} ${d.kind} → ${d.level} [${d.found.join(',')}]: ${d.text.slice(0, 120)}`);
}
print('development set (the retired first held-out set; tune freely)', summarize(score(loadDrafts('test/fixtures/drafts/dev.jsonl'))));
const training = trainingDrafts();
for (const [name, file] of [['held-out set (issue 3\'s bar)', 'heldout'], ['round5\'s even half (blind; its odd half is training data since 2026-11-23 09:15)', 'round5']] as const) {
  const drafts = loadDrafts(`test/fixtures/drafts/${file}.jsonl`).filter((d) => file !== 'round5' || !isOddId(d.id));
  print(name, summarize(score(drafts)));
  // A reworded copy of a training draft would flatter the figures: say how many there are.
  const near = nearestTraining(drafts, training);
  console.log(`\nnear-twins in the training data (word overlap ≥ 70%): ${near.filter((j) => j >= 0.7).length} of ${drafts.length}`);
}
