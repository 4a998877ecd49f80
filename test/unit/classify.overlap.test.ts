import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/detect/classify';

// The shipped lexicon has no two rules that can match the same characters, so this file swaps in
// rules that do, to prove the first rule (table order) keeps the span and the second is dropped.
vi.mock('../../src/core/detect/rules', () => ({
  RULES: [
    { category: 'drugs', severity: 'high', pattern: 'wine and weed', why: 'drugs' },
    { category: 'alcohol', severity: 'low', pattern: 'wine', why: 'alcohol' },
    { category: 'drugs', severity: 'high', pattern: 'weed', why: 'weed' },
    { category: 'profanity', severity: 'medium', pattern: 'weed out', why: 'overlaps the end' },
  ],
  NEGATION: /(?!)/, // never matches
  PROFESSIONAL_CONTEXT: {},
}));

describe('classify: overlapping rules', () => {
  it('reports each span once, for the rule listed first', () => {
    expect(classify('wine and weed out').map(({ category, start, end, text }) => ({ category, start, end, text }))).toEqual([
      { category: 'drugs', start: 0, end: 13, text: 'wine and weed' },
    ]);
  });

  it('still reports non-overlapping matches of later rules', () => {
    expect(classify('wine and weed, then wine, then weed out').map((f) => [f.category, f.start, f.text])).toEqual([
      ['drugs', 0, 'wine and weed'],
      ['alcohol', 20, 'wine'],
      ['drugs', 31, 'weed'],
    ]);
  });
});
