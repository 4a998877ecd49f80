// One finding per stretch of text. Several readings can claim the same words ("tequila" is a
// drink, and with "shots" a night of drinking); the reader should see the strongest once.

import type { Severity } from '../types';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export interface Span {
  severity: Severity;
  start: number;
  end: number;
}

/**
 * Keeps spans that overlap no stronger one: higher severity first, then the longer span, then the
 * earlier one. Returned in text order. A mask of taken characters makes each check cost the
 * span's length, not the number of spans kept.
 */
export function keepStrongest<T extends Span>(spans: readonly T[]): T[] {
  if (spans.length <= 1) return [...spans];
  // Usually nothing overlaps: then text order is the answer.
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  let disjoint = true;
  for (let i = 1; i < byStart.length && disjoint; i++) disjoint = byStart[i]!.start >= byStart[i - 1]!.end;
  if (disjoint) return byStart;
  const ordered = [...spans].sort((a, b) => RANK[b.severity] - RANK[a.severity] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let from = Infinity;
  let to = 0;
  for (const s of spans) { from = Math.min(from, s.start); to = Math.max(to, s.end); }
  const taken = new Uint8Array(to - from);
  const kept: T[] = [];
  for (const s of ordered) {
    if (taken.subarray(s.start - from, s.end - from).includes(1)) continue;
    taken.fill(1, s.start - from, s.end - from);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
