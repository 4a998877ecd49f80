import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { CATEGORIES } from '../../src/core/types';

// Any UTF-16 sequence: lone surrogates, control characters, bidi marks, NUL.
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

// Pieces that make findings likely, so the offset properties are exercised, not vacuous.
const pieces = fc.constantFrom(
  'so drunk', 'weed', 'called in sick', 'I don’t drink beer', 'never hungover', 'our tequila brand', 'f**ck', 'shit',
  'under NDA but', 'house is empty', ' ', '.', '!\n', '\u00a0', '\u200f', '\u202e', 'שלום', 'مرحبا', '🍺', '\ud83c', '\udf7a', '\u0000', '\r\n', 'İ', 'ß',
);
const draft = fc.array(fc.oneof(codeUnits, pieces), { maxLength: 30 }).map((parts) => parts.join(''));
const terms = fc.array(fc.oneof(fc.string(), codeUnits, fc.constantFrom('C++ (beta)', '.*', '\\', 'beer', 'ß')), { maxLength: 4 });

const RUNS = { numRuns: 500 };

describe('classify on arbitrary text', () => {
  it('never throws, and every finding lies inside the text with start < end', () => {
    fc.assert(
      fc.property(draft, terms, (text, customTerms) => {
        const findings = classify(text, { customTerms });
        for (const f of findings) {
          expect(Number.isInteger(f.start)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(CATEGORIES).toContain(f.category);
        }
      }),
      RUNS,
    );
  });

  it('returns findings sorted by start', () => {
    fc.assert(
      fc.property(draft, terms, (text, customTerms) => {
        const starts = classify(text, { customTerms }).map((f) => f.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('never lets two rule findings overlap', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = classify(text);
        for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
      }),
      RUNS,
    );
  });

  it('finds at least one finding in generated drafts often enough to mean something', () => {
    const withFindings = fc.sample(draft, { numRuns: 300, seed: 42 }).filter((text) => classify(text).length > 0).length;
    expect(withFindings).toBeGreaterThan(100);
  });
});
