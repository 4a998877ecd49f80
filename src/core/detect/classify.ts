import { foldForMatching, sentenceSpans } from '../text';
import type { Finding } from '../types';
import { NEGATION, PROFESSIONAL_CONTEXT, RULES, type Rule } from './rules';

interface CompiledRule extends Rule {
  regex: RegExp;
}

// Compiled once per process; `\b` on both sides keeps "coke" out of "Cokestudio".
const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  ...rule,
  regex: new RegExp(`(?<![\\w*])(?:${rule.pattern})(?![\\w*])`, 'gi'),
}));

export interface ClassifyOptions {
  /** The user's own always-warn terms (project codenames, client names). */
  customTerms?: readonly string[];
}

/** Finds personal content in a draft. Pure; offsets are UTF-16 indices into `text`. */
export function classify(text: string, options: ClassifyOptions = {}): Finding[] {
  const folded = foldForMatching(text);
  const sentences = sentenceSpans(folded);
  const findings: Finding[] = [];
  // One flag per UTF-16 unit: a character already reported is not reported again by a later
  // rule. A mask, not a list of spans, keeps the check O(match length) and the whole pass linear.
  const taken = new Uint8Array(folded.length);
  const overlapsTaken = (start: number, end: number) => taken.subarray(start, end).includes(1);

  /** Binary search: the sentence around `index` (a linear scan per match made long texts quadratic). */
  const sentenceOf = (index: number): string => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = sentences[mid]!;
      if (index < s) hi = mid - 1;
      else if (index >= e) lo = mid + 1;
      else return folded.slice(s, e);
    }
    return folded;
  };

  for (const rule of COMPILED) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(folded); m; m = rule.regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsTaken(start, end)) continue;
      const before = folded.slice(Math.max(0, start - 24), start);
      if (NEGATION.test(before)) continue;
      const context = PROFESSIONAL_CONTEXT[rule.category];
      if (context?.severities.includes(rule.severity) && context.pattern.test(sentenceOf(start))) continue;
      taken.fill(1, start, end);
      findings.push({ category: rule.category, severity: rule.severity, start, end, text: text.slice(start, end), why: rule.why });
    }
  }

  const terms = new Map<string, string>();
  for (const term of options.customTerms ?? []) {
    const needle = term.trim();
    if (needle && !terms.has(needle.toLowerCase())) terms.set(needle.toLowerCase(), needle);
  }
  for (const needle of terms.values()) {
    // A regex, not toLowerCase+indexOf: lower-casing can change string length and shift offsets.
    const regex = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      findings.push({ category: 'custom', severity: 'high', start, end, text: text.slice(start, end), why: `"${needle}" is on your own always-warn list.` });
    }
  }

  return findings.sort((a, b) => a.start - b.start);
}
