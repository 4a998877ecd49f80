import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanEditorText, foldForMatching, sentenceSpans } from '../../src/core/text';

const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyText = fc.oneof(anyUtf16, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('foldForMatching', () => {
  it('folds no-break spaces, typographic apostrophes and quotes', () => {
    expect(foldForMatching('a\u00a0b\u2007c\u202fd \u2018x\u2019 \u02bcy \u201cz\u201d')).toBe("a b c d 'x' 'y \"z\"");
  });

  it('leaves other text alone', () => {
    expect(foldForMatching('Ça va? 🍺 «ok» İ ß')).toBe('Ça va? 🍺 «ok» İ ß');
  });

  it('keeps the length of any string', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(foldForMatching(s).length).toBe(s.length);
    }), { numRuns: 1000 });
  });
});

describe('cleanEditorText', () => {
  it('normalises line ends, no-break spaces and zero-width characters', () => {
    expect(cleanEditorText('a\r\nb\rc\u00a0d\u200be\ufeff\n')).toBe('a\nb\nc de\n');
  });

  it('leaves clean text unchanged', () => {
    expect(cleanEditorText('Line one\nLine two 🎉')).toBe('Line one\nLine two 🎉');
  });
});

describe('sentenceSpans', () => {
  it('splits at sentence ends and keeps the punctuation with the sentence', () => {
    expect(sentenceSpans('Hi. How are you?! Fine\nBye')).toEqual([[0, 3], [3, 17], [17, 23], [23, 26]]);
  });

  it('returns no spans for empty text and one span for text without a boundary', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans('no boundary here')).toEqual([[0, 16]]);
  });

  it('covers any text from 0 to its length without gaps or empty spans', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const spans = sentenceSpans(s);
        let cursor = 0;
        for (const [start, end] of spans) {
          expect(start).toBe(cursor);
          expect(end).toBeGreaterThan(start);
          cursor = end;
        }
        expect(cursor).toBe(s.length);
      }),
      { numRuns: 1000 },
    );
  });
});
