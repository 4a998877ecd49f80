import { describe, expect, it } from 'vitest';
import { formatNumber, formatRatio, formatSideBySide, percentile, sideBySide, summarize } from '../../bench/stats';

describe('bench statistics', () => {
  it('percentile interpolates between closest ranks (numpy linear)', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    // rank 0.4 × 4 = 1.6: 20 + 0.6 × (35 − 20)
    expect(percentile(values, 40)).toBeCloseTo(29, 10);
    // rank 0.95 × 4 = 3.8: 40 + 0.8 × 10
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
  });

  it('percentile ignores order and non-finite values, and does not sort its input', () => {
    const values = [5, NaN, 1, 3, Infinity, 2, 4];
    expect(percentile(values, 50)).toBe(3);
    expect(values).toEqual([5, NaN, 1, 3, Infinity, 2, 4]);
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarize gives n, p50, p95 and max', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(summarize(values)).toEqual({ n: 101, p50: 50, p95: 95, max: 100 });
    expect(summarize([]).max).toBeNaN();
  });

  it('side by side: the difference and the ratio', () => {
    expect(sideBySide(12, 10)).toEqual({ with: 12, without: 10, added: 2, ratio: 1.2 });
    expect(sideBySide(9, 10).added).toBe(-1);
    expect(sideBySide(3, 0).ratio).toBeNaN();
  });

  it('formats numbers, negative differences and ratios for the table', () => {
    expect(formatNumber(1.234)).toBe('1.2');
    expect(formatNumber(-1.25, 2)).toBe('−1.25');
    expect(formatNumber(-0.01)).toBe('0.0');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatRatio(1.0449)).toBe('1.04×');
    expect(formatRatio(NaN)).toBe('—');
    expect(formatSideBySide(sideBySide(12.34, 10), 'ms')).toBe('with 12.3 / without 10.0 ms (1.23×)');
  });
});
