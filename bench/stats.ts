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

/** One short burst of keys typed on each side, back to back: the unit the bootstrap resamples. */
export interface PairedBlock {
  with: readonly number[];
  without: readonly number[];
}

export interface Interval {
  /** The statistic on the data as measured. */
  estimate: number;
  low: number;
  high: number;
  /** Confidence level of [low, high], e.g. 0.95. */
  level: number;
}

/** A small seeded generator (mulberry32), so a bench's interval is the same for the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `stat(with) − stat(without)` and its percentile-bootstrap confidence interval, resampling whole
 * pairs of blocks. Why blocks, and why pairs: on a shared machine the load changes from one second
 * to the next, so keys typed close together are alike (not independent samples), and a burst on
 * one side and the burst just after it on the other saw the same load. Drawing pairs keeps that
 * link, so the interval says how well this run pins the difference down, load swings included.
 */
export function pairedBootstrap(blocks: readonly PairedBlock[], stat: (values: readonly number[]) => number, options: { resamples?: number; level?: number; seed?: number } = {}): Interval {
  const { resamples = 2000, level = 0.95, seed = 1 } = options;
  const all = (side: 'with' | 'without', picks: readonly PairedBlock[]) => picks.flatMap((b) => b[side]);
  const estimate = stat(all('with', blocks)) - stat(all('without', blocks));
  if (blocks.length < 2 || !Number.isFinite(estimate)) return { estimate, low: NaN, high: NaN, level };
  const next = random(seed);
  const diffs: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const picks = Array.from({ length: blocks.length }, () => blocks[Math.floor(next() * blocks.length)]!);
    const d = stat(all('with', picks)) - stat(all('without', picks));
    if (Number.isFinite(d)) diffs.push(d);
  }
  const tail = ((1 - level) / 2) * 100;
  return { estimate, low: percentile(diffs, tail), high: percentile(diffs, 100 - tail), level };
}

/**
 * A figure with an interval against its budget: `ok` only when the whole interval is within it,
 * `over` when the whole interval is beyond it, and `unresolved` when the interval holds the
 * budget (this run cannot tell; a wider-than-budget interval usually is this): never a pass.
 */
export function againstBudget(interval: Pick<Interval, 'low' | 'high'>, budget: number): 'ok' | 'over' | 'unresolved' {
  if (!(interval.low <= interval.high)) return 'unresolved';
  if (interval.high <= budget) return 'ok';
  if (interval.low > budget) return 'over';
  return 'unresolved';
}

/** `95% CI [−0.4, 1.2] ms` for a table cell. */
export function formatInterval(interval: Interval, unit: string, digits = 1): string {
  return `${Math.round(interval.level * 100)}% CI [${formatNumber(interval.low, digits)}, ${formatNumber(interval.high, digits)}] ${unit}`;
}
