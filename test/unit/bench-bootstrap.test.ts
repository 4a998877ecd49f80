import { describe, expect, it } from 'vitest';
import { againstBudget, formatInterval, pairedBootstrap, percentile, type PairedBlock } from '../../bench/stats';
import { rowStatus } from '../../bench/table';

const p95 = (v: readonly number[]) => percentile(v, 95);
const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
/** Fewer resamples than the bench's 2,000: enough for these checks, and quick. */
const quick = { resamples: 400 };

/** A deterministic spread of values around `centre` (no randomness in the test data). */
const spread = (centre: number, width: number, n: number) => Array.from({ length: n }, (_, i) => centre + width * (((i * 37) % n) / n - 0.5));

describe('pairedBootstrap', () => {
  it('the estimate is the statistic of all the data, with − without', () => {
    const blocks: PairedBlock[] = [
      { with: [3, 5], without: [1, 2] },
      { with: [7], without: [4, 4] },
    ];
    const r = pairedBootstrap(blocks, mean, quick);
    expect(r.estimate).toBeCloseTo(5 - 11 / 4, 10);
    expect(r.level).toBe(0.95);
    expect(r.low).toBeLessThanOrEqual(r.estimate);
    expect(r.high).toBeGreaterThanOrEqual(r.estimate);
  });

  it('a constant shift on quiet data gives a tight interval around it', () => {
    const blocks = Array.from({ length: 20 }, (_, i): PairedBlock => ({ with: spread(10 + i * 0.01 + 1, 0.2, 20), without: spread(10 + i * 0.01, 0.2, 20) }));
    const r = pairedBootstrap(blocks, mean, quick);
    expect(r.estimate).toBeCloseTo(1, 5);
    expect(r.high - r.low).toBeLessThan(0.05);
    expect(r.low).toBeLessThan(1 + 1e-9);
    expect(r.high).toBeGreaterThan(1 - 1e-9);
  });

  it('load that swings between bursts (the same on both sides of a pair) does not widen the paired interval much; unpaired it would', () => {
    // Each burst's load moves both sides by up to ±200 ms; the extension adds 1 ms.
    const loads = Array.from({ length: 30 }, (_, i) => 200 * Math.sin(i * 1.7));
    const paired = loads.map((load): PairedBlock => ({ with: spread(30 + load + 1, 2, 10), without: spread(30 + load, 2, 10) }));
    const r = pairedBootstrap(paired, mean, quick);
    expect(r.estimate).toBeCloseTo(1, 5);
    // Pairs drawn together keep their shared load: the interval stays near the shift...
    expect(r.high - r.low).toBeLessThan(2);
    // ...while drawing each side's bursts on its own (no pairing) mixes loads: far wider.
    const shuffled = paired.map((b, i): PairedBlock => ({ with: b.with, without: paired[(i * 7 + 3) % paired.length]!.without }));
    const u = pairedBootstrap(shuffled, mean, quick);
    expect(u.high - u.low).toBeGreaterThan(20);
  });

  it('is reproducible for the same data and seed, and gives NaN bounds with fewer than two blocks', () => {
    const blocks = Array.from({ length: 8 }, (_, i): PairedBlock => ({ with: spread(5 + i, 3, 15), without: spread(4 + i, 3, 15) }));
    expect(pairedBootstrap(blocks, p95, quick)).toEqual(pairedBootstrap(blocks, p95, quick));
    const one = pairedBootstrap([{ with: [2], without: [1] }], p95);
    expect(one.estimate).toBe(1);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
  });
});

describe('againstBudget and the table row status', () => {
  it('passes only when the whole interval is within the budget', () => {
    expect(againstBudget({ low: -0.5, high: 1.9 }, 2)).toBe('ok');
    expect(againstBudget({ low: 2.1, high: 9 }, 2)).toBe('over');
    // Holds the budget: this run cannot tell (a wide interval around a small estimate included).
    expect(againstBudget({ low: -150, high: 180 }, 2)).toBe('unresolved');
    expect(againstBudget({ low: 1, high: 3 }, 2)).toBe('unresolved');
    expect(againstBudget({ low: NaN, high: NaN }, 2)).toBe('unresolved');
  });

  it('a row with an interval takes its status from it, not from its estimate; a row without one from its figure', () => {
    const row = { metric: 'm', measured: 0.5, budget: 2, unit: 'ms' };
    expect(rowStatus({ ...row, interval: { low: -100, high: 100, level: 0.95 } })).toBe('unresolved');
    expect(rowStatus({ ...row, interval: { low: 0.1, high: 1.2, level: 0.95 } })).toBe('ok');
    expect(rowStatus(row)).toBe('ok');
    expect(rowStatus({ ...row, measured: 3 })).toBe('over');
  });

  it('formats an interval for the table', () => {
    expect(formatInterval({ estimate: 0.4, low: -0.42, high: 1.26, level: 0.95 }, 'ms', 1)).toBe('95% CI [−0.4, 1.3] ms');
  });
});
