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
  const taken: Array<[number, number]> = [];

  const sentenceOf = (index: number): string => {
    const span = sentences.find(([s, e]) => index >= s && index < e);
    return span ? folded.slice(span[0], span[1]) : folded;
  };

  for (const rule of COMPILED) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(folded); m; m = rule.regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const before = folded.slice(Math.max(0, start - 24), start);
      if (NEGATION.test(before)) continue;
      const context = PROFESSIONAL_CONTEXT[rule.category];
      if (context?.severities.includes(rule.severity) && context.pattern.test(sentenceOf(start))) continue;
      taken.push([start, end]);
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
