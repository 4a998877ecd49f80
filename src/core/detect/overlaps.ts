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
 * earlier one. Returned in text order. Quadratic in the spans of one sentence, which chunking
 * bounds (chunk.ts), so linear in the draft.
 */
export function keepStrongest<T extends Span>(spans: readonly T[]): T[] {
  const ordered = [...spans].sort((a, b) => RANK[b.severity] - RANK[a.severity] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of ordered) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
