// The user's own terms: always-warn terms (project codenames, client names) become `custom`
// findings; never-warn terms ("Dick Smith", the brewery they work for) silence any finding that
// contains one or sits inside one.

import type { Finding } from '../types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Trimmed, non-empty, each once whatever its case. */
function distinct(terms: readonly string[] | undefined): string[] {
  const seen = new Map<string, string>();
  for (const term of terms ?? []) {
    const needle = term.trim();
    if (needle && !seen.has(needle.toLowerCase())) seen.set(needle.toLowerCase(), needle);
  }
  return [...seen.values()];
}

/**
 * Every occurrence of each term, case-insensitive, in `folded` (the draft with typographic
 * apostrophes and spaces folded, same length as the draft). A regex, not toLowerCase + indexOf:
 * lower-casing can change a string's length and shift offsets.
 */
function occurrences(folded: string, terms: readonly string[]): Array<{ term: string; start: number; end: number }> {
  const out: Array<{ term: string; start: number; end: number }> = [];
  for (const term of terms) {
    // 'u': match whole code points, so a term never matches half of a surrogate pair.
    const regex = new RegExp(escape(term), 'giu');
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      if (m[0].length === 0) { regex.lastIndex++; continue; }
      out.push({ term, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export function customFindings(text: string, folded: string, terms: readonly string[] | undefined): Finding[] {
  return occurrences(folded, distinct(terms)).map(({ term, start, end }) => ({
    category: 'custom', severity: 'high', start, end, text: text.slice(start, end), why: `"${term}" is on your own always-warn list.`,
  }));
}

/**
 * Drops findings that contain a never-warn term or overlap an occurrence of one: with "dick move"
 * as never-warn, "what a dick move" is not reported as "what a dick" either.
 */
export function dropNeverTerms(findings: Finding[], folded: string, terms: readonly string[] | undefined): Finding[] {
  const list = distinct(terms);
  if (list.length === 0 || findings.length === 0) return findings;
  const lowered = list.map((t) => t.toLowerCase());
  // Occurrences by start, with the furthest end so far: "overlaps one" is a binary search, so a
  // long draft with many findings and many occurrences stays n log n.
  const spans = occurrences(folded, list).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, s] of spans.entries()) reach.push(Math.max(s.end, i > 0 ? reach[i - 1]! : 0));
  const inside = (f: Finding) => {
    // The last occurrence starting before the finding ends; any up to it reaching past its start overlaps.
    let lo = 0;
    let hi = spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < f.end) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! > f.start;
  };
  return findings.filter((f) => {
    const matched = folded.slice(f.start, f.end).toLowerCase();
    return !lowered.some((t) => matched.includes(t)) && !inside(f);
  });
}
