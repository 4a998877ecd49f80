// A lexicon list as written in lexicon/*.ts: one term per line in a template string that starts
// and ends with a line break, sorted (a test keeps it so). Kept as one string, not an array: V8
// reads a string literal about three times faster than an array literal of the same terms (about
// 2.5 ms of the start-up budget for the 6,500 terms, bench/run.ts, 2026-11), and the phrase index
// binary-searches the string itself, so nothing is split at start-up.

/** Sorted terms, one a line, with a line break first and last. */
export type TermList = string;

/** The terms of a list, in order (splits: call once, not per draft). */
export function termsOf(list: TermList): string[] {
  const out = list.split('\n');
  return out.filter((t) => t !== '');
}

/** Position of the first line of `list` that is >= `word` (list.length when none is). */
export function lowerBound(list: TermList, word: string): number {
  let lo = 1;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The start of the line holding position mid - 1 (lo is a line start, so s >= lo; s <= mid < hi).
    const s = list.lastIndexOf('\n', mid - 1) + 1;
    let e = list.indexOf('\n', s);
    if (e < 0) e = list.length;
    if (list.slice(s, e) < word) lo = e + 1;
    else hi = s;
  }
  return Math.min(lo, list.length);
}

/** The term on the line starting at `at`. */
export function lineAt(list: TermList, at: number): string {
  const e = list.indexOf('\n', at);
  return list.slice(at, e < 0 ? list.length : e);
}
