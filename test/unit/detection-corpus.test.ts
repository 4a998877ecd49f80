import { describe, expect, it } from 'vitest';
import { loadDrafts, score, summarize } from '../support/detection-metrics';

// Issue 3's bar, measured on drafts the engine was never tuned on (heldout.jsonl; the engine is
// tuned on tuning.jsonl and trained on train-extra.jsonl). `npm run -s report:detection` prints the
// per-category table behind these numbers.
const heldout = loadDrafts('test/fixtures/drafts/heldout.jsonl');
const training = [...loadDrafts('test/fixtures/drafts/tuning.jsonl'), ...loadDrafts('test/fixtures/drafts/train-extra.jsonl')];

describe('detection on the labelled corpus', () => {
  it('has at least 600 drafts, and the held-out set shares no id or text with the training data', () => {
    expect(heldout.length + training.length).toBeGreaterThanOrEqual(600);
    const trainingTexts = new Set(training.map((d) => d.text));
    expect(heldout.filter((d) => trainingTexts.has(d.text))).toEqual([]);
    expect(new Set([...heldout, ...training].map((d) => d.id)).size).toBe(heldout.length + training.length);
  });

  const summary = summarize(score(heldout));

  // Regression guards. heldout.jsonl is RETIRED as a measure (2026-11-22): its misses were studied
  // to find general gaps, so its numbers now flatter the engine (recall 90%, false alarms 2% that
  // day; a fresh self-written check set gave about 72%). The guards stop a fall back below that day's
  // level; a new blind held-out set replaces this file as the measure.
  it('does not fall back: held-out recall stays at or above 0.86', () => {
    expect(summary.shouldWarn).toBeGreaterThan(100);
    expect(summary.recall).toBeGreaterThanOrEqual(0.86);
  });

  it('does not fall back: held-out false alarms stay at or below 0.05', () => {
    expect(summary.quiet).toBeGreaterThan(100);
    expect(summary.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  // NOT MET YET (issue 3 stays open): the bar is recall ≥ 0.92 with false alarms ≤ 0.04 on the
  // held-out set. `it.fails` keeps the gap visible in every run; when the engine reaches the bar
  // this test starts failing, and `it.fails` must become `it`.
  it.fails('meets issue 3’s bar: recall ≥ 0.92 and false alarms ≤ 0.04 on held-out drafts', () => {
    expect(summary.recall).toBeGreaterThanOrEqual(0.92);
    expect(summary.falseAlarmRate).toBeLessThanOrEqual(0.04);
  });
});
