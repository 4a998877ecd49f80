import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import type { Finding } from '../../src/core/types';

// Issue 3, "Bad input": empty text, 1 MB of text, lone surrogates, right-to-left text, emoji only,
// HTML, control characters. None throws, every offset lands inside the text, time stays linear.
// (Speed budgets are in `npm run bench`; the one timing check here has a tenfold margin, so only
// a quadratic step can fail it.)

const loneSurrogates = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 8 }).map((u) => String.fromCharCode(...u));
const controls = fc.array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 8 }).map((u) => String.fromCharCode(...u));
const rtl = fc.constantFrom('שלום', 'مرحبا بالعالم', '\u202eso drunk\u202c', '\u200fאני שיכור\u200f', 'سكران جدا');
const emoji = fc.constantFrom('🍺', '🍻', '🥴', '🌿', '🍑', '💊', '👨‍👩‍👧', '🏳️‍🌈', '👍🏽', '🇬🇧', '\ufe0f', '\u200d');
const html = fc.constantFrom('<p>', '</p>', '<b>so drunk</b>', '<a href="https://example.com/beer?x=1&y=2">', '&amp;', '&#128074;', '<script>alert(1)</script>', '<!-- weed -->');
const words = fc.constantFrom('so drunk', 'hungoverrr', 'called in sick', 'w33d', 'f*ck', 'f u c k', '#beachday', 'my boss', 'useless', "don't", 'NDA', 'our client', '555-123-4567', 'jane@gmail.com', '"quoted"', '...', '!!!', '?', '\n', ' ', '  ');
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u));
const bad = fc.array(fc.oneof(loneSurrogates, controls, rtl, emoji, html, words, anyUnits, fc.string({ unit: 'grapheme' })), { maxLength: 40 }).map((p) => p.join(''));
const terms = fc.array(fc.oneof(fc.string(), words, loneSurrogates), { maxLength: 3 });

function checkFindings(text: string, findings: Finding[]): void {
  let lastStart = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = f.start;
    // Never half of a surrogate pair at either end.
    const first = text.charCodeAt(f.start);
    const last = text.charCodeAt(f.end - 1);
    expect(first >= 0xdc00 && first <= 0xdfff && f.start > 0 && text.charCodeAt(f.start - 1) >= 0xd800 && text.charCodeAt(f.start - 1) <= 0xdbff).toBe(false);
    expect(last >= 0xd800 && last <= 0xdbff && f.end < text.length && text.charCodeAt(f.end) >= 0xdc00 && text.charCodeAt(f.end) <= 0xdfff).toBe(false);
    expect(f.why.length).toBeGreaterThan(0);
  }
}

describe('classify on bad input', () => {
  it('never throws and keeps every offset inside the text, for any mix of bad input and user terms', () => {
    fc.assert(fc.property(bad, terms, terms, (text, customTerms, neverTerms) => {
      checkFindings(text, classify(text, { customTerms, neverTerms }));
    }), { numRuns: 400 });
  });

  it('handles the named cases', () => {
    for (const text of ['', ' ', '\u0000', '\ud83c', '\udf7a', '🍺🍺🍺', '<p>so <b>drunk</b></p>', 'שלום so drunk', '\u202eknurd os\u202c', '\r\n\r\n', '#', '@', '*', "'", '"']) {
      checkFindings(text, classify(text));
    }
    expect(classify('')).toEqual([]);
  });

  it('finds words inside HTML and right-to-left text', () => {
    expect(classify('<p>so <b>drunk</b> last night</p>').map((f) => f.text)).toEqual(['drunk']);
    expect(classify('שלום, so drunk').map((f) => f.text)).toEqual(['so drunk']);
  });

  it('is invariant to case, extra spaces and zero-width characters between letters', () => {
    const sentences = fc.constantFrom('so drunk last night', 'called in sick, beach day', 'my boss is useless', 'smoked weed all weekend', 'Our brewery client launched a new IPA', 'I don\'t drink');
    fc.assert(fc.property(sentences, (s) => {
      const cats = (t: string) => classify(t).map((f) => `${f.category}/${f.severity}`);
      expect(cats(s.toUpperCase())).toEqual(cats(s));
      expect(cats(s.replace(/ /g, '   '))).toEqual(cats(s));
      expect(cats(s.replace(/([a-z])([a-z])/g, '$1\u200b$2'))).toEqual(cats(s));
    }));
  });

  it('takes 1 MB of text without throwing, offsets inside it', () => {
    // "I" in it: the brewery's work voice quiets a combination whose words no "I"/"my" claims.
    const mb = 'I called in sick 🏖️ so hungover. Our brewery client launched an IPA! \ud83c <b>x</b> '.repeat(14_000).slice(0, 1_000_000);
    const findings = classify(mb);
    expect(findings.length).toBeGreaterThan(10_000);
    checkFindings(mb, findings.slice(0, 200));
    checkFindings(mb, findings.slice(-200));
    // A megabyte with no sentence end and no spaces at all.
    checkFindings('x'.repeat(1_000_000), classify('x'.repeat(1_000_000)));
  });
});
