// Pure statistics for the benchmarks: percentiles, and the side-by-side comparison of a run with the
// extension against the same run without it (difference and ratio). No I/O, so it is unit-tested
// (test/unit/bench-stats.test.ts).

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (the same definition
 * as numpy's default and Excel's PERCENTILE.INC). NaN for no values. Does not sort in place.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  return { n: finite.length, p50: percentile(finite, 50), p95: percentile(finite, 95), max: finite.length ? Math.max(...finite) : NaN };
}

export interface SideBySide {
  /** The figure with the extension. */
  with: number;
  /** The same figure without it. */
  without: number;
  /** with − without: what the extension added (negative when the run with it came out faster). */
  added: number;
  /** with ÷ without (NaN when the baseline is 0). */
  ratio: number;
}

export function sideBySide(withExtension: number, without: number): SideBySide {
  return { with: withExtension, without, added: withExtension - without, ratio: without === 0 ? NaN : withExtension / without };
}

/** A number for a table cell: fixed digits, a minus sign for negatives, '—' for NaN. */
export function formatNumber(value: number, digits = 1): string {
  if (Number.isNaN(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  // -0.0 reads as 0.0: a difference that rounds to nothing has no sign.
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** A ratio for a table cell: `1.05×`, '—' when undefined. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
}

/** `with 12.3 / without 11.9 ms (1.03×)`: the two sides of a comparison in one phrase. */
export function formatSideBySide(side: SideBySide, unit: string, digits = 1): string {
  return `with ${formatNumber(side.with, digits)} / without ${formatNumber(side.without, digits)} ${unit} (${formatRatio(side.ratio)})`;
}
