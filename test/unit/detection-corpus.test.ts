import { describe, expect, it } from 'vitest';
import { checkDrafts, isOddId, loadDrafts, score, summarize, trainingDrafts } from '../support/detection-metrics';
import { nearestTraining } from '../support/near-twins';

// Issue 3's bar, measured on drafts the engine was never tuned on (heldout.jsonl: 536 drafts written
// blind on 2026-11-22 by someone who never saw the engine or its training data; the engine is tuned
// on tuning.jsonl, dev.jsonl — the retired first held-out set — and train-extra.jsonl).
// `npm run -s report:detection` prints the per-category table behind these numbers.
const heldout = loadDrafts('test/fixtures/drafts/heldout.jsonl');
// Training data: tuning, train-extra, dev, round6, and the blind batches round3/round4/round5's odd ids;
// their even ids are a check read only as aggregates (detection-metrics.ts, scripts/train-detector.ts).
const training = trainingDrafts();
const checks = checkDrafts();
// round5.jsonl was a second blind measurement set (first met by the engine at 09adb43); since
// 2026-11-23 09:15 its odd ids are training data and its even half is a check, scored only as
// aggregates (here and by `npm run -s report:detection`): those texts must not be training data.
const round5 = loadDrafts('test/fixtures/drafts/round5.jsonl');
const round5Even = round5.filter((d) => !isOddId(d.id));

describe('detection on the labelled corpus', () => {
  it('has at least 600 drafts, and the held-out set shares no id or text with the training data', () => {
    expect(heldout.length + training.length).toBeGreaterThanOrEqual(600);
    const trainingTexts = new Set(training.map((d) => d.text));
    expect(heldout.filter((d) => trainingTexts.has(d.text))).toEqual([]);
    expect(new Set([...heldout, ...training].map((d) => d.id)).size).toBe(heldout.length + training.length);
  });

  it('keeps round5.jsonl\'s even half (a check) out of the training data, and trains on its odd half', () => {
    expect(round5.length).toBe(700);
    expect(round5Even.length).toBe(350);
    const trainingTexts = new Set(training.map((d) => d.text.trim().toLowerCase()));
    expect(round5Even.filter((d) => trainingTexts.has(d.text.trim().toLowerCase())).length).toBe(0);
    const trainingIds = new Set(training.map((d) => d.id));
    expect(round5.filter((d) => trainingIds.has(d.id)).length).toBe(350);
  });

  // Reworded copies are not caught by comparing texts: count the measured drafts whose nearest
  // training draft shares ≥ 80% of their words (Jaccard). Measured when round6 joined the training
  // data: held-out 3 (two 2-word posts such as "new puppy!!!" and one of 10 words), round5 0 (none even at 70%).
  // New training data must not raise these.
  it('keeps near-twins of measured drafts out of the training data', () => {
    const twins = (set: typeof heldout) => nearestTraining(set, training).filter((j) => j >= 0.8).length;
    expect(twins(heldout)).toBeLessThanOrEqual(3);
    expect(twins(round5Even)).toBe(0);
  });

  it('keeps the blind batches\' even halves (the checks) out of the training data', () => {
    expect(checks.length).toBeGreaterThan(600);
    const trainingTexts = new Set(training.map((d) => d.text.trim().toLowerCase()));
    expect(checks.filter((d) => trainingTexts.has(d.text.trim().toLowerCase())).map((d) => d.id)).toEqual([]);
  });

  const summary = summarize(score(heldout));

  // Regression guards a few drafts below the level measured. Only aggregates of this set are ever
  // read, never its individual drafts. Looks so far (all on 2026-11-22):
  //   1. commit 1ee3db1, the first time the engine met the set: recall 77.6% (191/246), false alarms 10.4% (29/278)
  //   2. commit fc1ef47, after work on dev/tuning/fresh drafts only: recall 81.7% (201/246), false alarms 9.0% (25/278)
  //   3. commit 9966c1b (2026-11-23), after whole-draft classifiers tuned on round3's odd half only:
  //      recall 86.6% (213/246), false alarms 6.5% (18/278)
  //   4. commit 62c5fdf (2026-11-23), after training on round3's and round4's odd halves and new train-extra
  //      drafts, thresholds chosen by cross-validation: recall 91.1% (224/246), false alarms 5.8% (16/278)
  //   5. commit 48a8ea6 (2026-11-23), after false-alarm work on training drafts and the odd halves only:
  //      recall 91.1% (224/246), false alarms 5.4% (15/278)
  //   6. commit 4d0cc6a (2026-11-23), after training on all of round6 (700 blind training drafts) and
  //      rule work on training drafts only: recall 91.9% (226/246), false alarms 4.3% (12/278).
  //      The same engine met round5.jsonl (700 blind drafts, never seen) for the first time:
  //      recall 87.3% (282/323), false alarms 3.6% (13/364).
  //   7. commit 3615d3e (2026-11-23, start of the evening), after training on round5's odd half and rule
  //      work from round7: recall 91.9% (226/246), false alarms 4.3% (12/278), unchanged.
  //   8. commit dff94d4 (2026-11-23 18:09 UTC), after rule and lexicon work from round8 and round9 (1,400
  //      blind training drafts; the model not retrained): recall 92.3% (227/246) — at the bar —
  //      false alarms 4.3% (12/278): one draft over the 4% (≤ 11/278).
  //   9. commit f9eb808 (2026-11-23 21:55 UTC), after work-voice rules from round10 (quoted speakers in
  //      work posts, combinations across sentences), taken because the blind round11 (600 drafts, read
  //      as aggregates) went from 55 to 50 false alarms at the same recall: recall 92.3% (227/246),
  //      false alarms 4.3% (12/278), unchanged.
  //  10. commit cb9ed42 (2026-11-24 00:50 UTC), after rules from round10/round12 (reported speech without
  //      quotation marks, quotes, listings) and whole-draft classifiers retrained with round12, taken
  //      because round11 (aggregates) went from 50 to 26 false alarms (188/197) and the even halves from
  //      429/491, 21/517 to 431/491, 19/517: recall 91.9% (226/246), false alarms 4.0% (11/278) — the
  //      false alarms now at the bar, recall one draft under it. Before it, while choosing the "draft"
  //      threshold, the model helper ran this file three times and saw only this test's pass/fail (the
  //      bar met at 1.05, not at 1.2 or 1.25); 1.25 was chosen for two pinned drafts, not for that result,
  //      and nothing was changed after this look.
  it('does not fall back: held-out recall stays at or above 0.90', () => {
    expect(summary.shouldWarn).toBeGreaterThan(200);
    expect(summary.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('does not fall back: held-out false alarms stay at or below 0.055', () => {
    expect(summary.quiet).toBeGreaterThan(200);
    expect(summary.falseAlarmRate).toBeLessThanOrEqual(0.055);
  });

  // NOT MET YET (issue 3 stays open): the bar is recall ≥ 0.92 with false alarms ≤ 0.04 on the
  // held-out set. `it.fails` keeps the gap visible in every run; when the engine reaches the bar
  // this test starts failing, and `it.fails` must become `it`.
  it.fails('meets issue 3’s bar: recall ≥ 0.92 and false alarms ≤ 0.04 on held-out drafts', () => {
    expect(summary.recall).toBeGreaterThanOrEqual(0.92);
    expect(summary.falseAlarmRate).toBeLessThanOrEqual(0.04);
  });
});
