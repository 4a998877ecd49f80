import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkSentences, MAX_CHUNK } from '../../src/core/detect/chunk';
import { endOf, normalize, originalRange, startOf } from '../../src/core/detect/normalize';
import { isStretchOf, makeToken, squeeze, tokenize } from '../../src/core/detect/tokens';
import { unmask, unmaskCompound, unmaskGrawlix } from '../../src/core/detect/masked';
import { quotedRanges, withoutSpeech } from '../../src/core/detect/context';
import { classify } from '../../src/core/detect/classify';

const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((u) => String.fromCharCode(...u));
const anyText = fc.oneof(anyUtf16, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string());

describe('normalize: the matching view and its index map', () => {
  it('lower-cases and folds accents, look-alike letters and typographic marks', () => {
    expect(normalize('DRUNK Ça 𝒻𝓊𝒸𝓀 ｆｕｃｋ ‘quote’ “x” İ').text).toBe("drunk ca fuck fuck 'quote' \"x\" i");
  });

  it('drops invisible characters and maps each kept one to where it was typed', () => {
    const input = 'dr\u200bunk\u00ad!';
    const view = normalize(input);
    expect(view.text).toBe('drunk!');
    expect(originalRange(view, 0, 5)).toEqual([0, 6]);
    expect(input.slice(...originalRange(view, 0, 5))).toBe('dr\u200bunk');
  });

  it('expands the ligature ﬁ to fi, both letters mapped to the one ligature', () => {
    const view = normalize('Proﬁt');
    expect(view.text).toBe('profit');
    expect([startOf(view, 3), endOf(view, 3), startOf(view, 4), endOf(view, 4)]).toEqual([3, 4, 3, 4]);
    expect([startOf(view, 5), endOf(view, 5)]).toEqual([4, 5]);
  });

  it('turns lone surrogates and control characters into spaces and keeps emoji whole', () => {
    const view = normalize('a\ud83cb\u0000c🍺');
    expect(view.text).toBe('a b c🍺');
    expect(originalRange(view, 5, 7)).toEqual([5, 7]);
  });

  it('maps offsets of a slice into the whole text', () => {
    const view = normalize('xx Ça va', 3);
    expect(view.text).toBe('ca va');
    expect(originalRange(view, 0, 2)).toEqual([3, 5]);
  });

  it('maps every view character into the text, in order, on code point boundaries', () => {
    fc.assert(fc.property(anyText, (s) => {
      const view = normalize(s);
      let last = 0;
      for (let i = 0; i < view.text.length; i++) {
        const a = startOf(view, i);
        const b = endOf(view, i);
        expect(a).toBeGreaterThanOrEqual(last > a ? a : 0);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeGreaterThan(a);
        expect(b).toBeLessThanOrEqual(s.length);
        expect(a).toBeGreaterThanOrEqual(i === 0 ? 0 : startOf(view, i - 1));
        // Never between the halves of a surrogate pair.
        const low = s.charCodeAt(a);
        expect(low >= 0xdc00 && low <= 0xdfff && a > 0 && s.charCodeAt(a - 1) >= 0xd800 && s.charCodeAt(a - 1) <= 0xdbff).toBe(false);
        last = a;
      }
    }), { numRuns: 1000 });
  });

  it('is the identity map for plain ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 019.,!?\'\n') }), (s) => {
      const view = normalize(s);
      expect(view.text).toBe(s.toLowerCase());
      for (let i = 0; i < s.length; i++) expect([startOf(view, i), endOf(view, i)]).toEqual([i, i + 1]);
    }));
  });
});

describe('tokenize and makeToken', () => {
  const keys = (text: string) => tokenize(normalize(text).text).map((t) => t.keys);

  it('offers apostrophe-free, possessive, leetspeak and unmasked spellings', () => {
    expect(keys('Don’t')).toEqual([['dont']]);
    expect(keys("client's")).toEqual([['clients', 'client']]);
    expect(keys('w33d b00ze $hit sh!t')).toEqual([['w33d', 'weed'], ['b00ze', 'booze'], ['$hit', 'shit'], ['sh!t', 'shit']]);
    expect(keys('f*ck f**king s***')).toEqual([['f*ck', 'fuck'], ['f**king', 'fucking'], ['s***', 'shit']]);
  });

  it('keeps numbers numbers and apostrophes that matter', () => {
    expect(keys('420 2024 he’ll I’ll')).toEqual([['420'], ['2024'], ["he'll"], ["i'll"]]);
  });

  it('undoes text speak, misspellings and dropped g', () => {
    expect(keys('lookin 4 u hungova')).toEqual([['lookin', 'looking'], ['4', 'for'], ['u', 'you'], ['hungova', 'hungover']]);
  });

  it('drops emphasis, quotes and trailing punctuation but not masks', () => {
    expect(tokenize('*so* drunk!! brunch* f***').map((t) => t.text)).toEqual(['so', 'drunk', 'brunch', 'f***']);
  });

  it('marks hashtags and handles', () => {
    expect(tokenize('#beachday @jane').map((t) => [t.text, t.hashtag, t.handle])).toEqual([['beachday', true, false], ['@jane', false, true]]);
  });

  it('splits where a script without spaces meets Latin, not where Cyrillic look-alikes hide in a word', () => {
    expect(tokenize(normalize('我昨天called in sick').text).map((t) => t.text)).toEqual(['我昨天', 'called', 'in', 'sick']);
    expect(makeToken('fuсk', 0, 4).keys).toContain('fuck');
  });

  it('never yields an empty word, whatever the text', () => {
    fc.assert(fc.property(anyText, (s) => {
      const t = normalize(s).text;
      for (const tok of tokenize(t)) {
        expect(tok.end).toBeGreaterThan(tok.start);
        expect(t.slice(tok.start, tok.end)).toBe(tok.text);
        expect(tok.keys.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });
});

describe('stretched letters', () => {
  it.each([['sooo', 'so'], ['soo', 'so'], ['hungoverrr', 'hungover'], ['drunkk', 'drunk'], ['weeed', 'weed'], ['fuuuck', 'fuck']])('%s is a stretched %s', (written, word) => {
    expect(isStretchOf(written, word)).toBe(true);
  });

  it.each([['good', 'god'], ['weed', 'wed'], ['so', 'so'], ['drunk', 'drank']])('%s is not a stretched %s', (written, word) => {
    expect(isStretchOf(written, word)).toBe(false);
  });

  it('squeezes runs', () => {
    expect(squeeze('sooo')).toBe('so');
    expect(squeeze('plain')).toBe('plain');
  });
});

describe('unmask', () => {
  it.each([['f***', 'fuck'], ['sh*t', 'shit'], ['b****', 'bitch'], ['a**hole', 'asshole'], ['motherf***ing', 'motherfucking']])('%s → %s', (m, w) => {
    expect(unmask(m)).toBe(w);
  });

  it('leaves stars that spell nothing alone', () => {
    expect(unmask('a*b')).toBeNull();
    expect(unmask('***')).toBeNull();
  });
});

describe('chunkSentences', () => {
  it('splits at sentence ends and line breaks, keeping emoji after the stop', () => {
    const text = "We're hiring! 🍺 Apply now. gmail.com stays\nNext";
    expect(chunkSentences(text).map(([s, e]) => text.slice(s, e))).toEqual(["We're hiring! 🍺", ' Apply now.', ' gmail.com stays\n', 'Next']);
  });

  it('covers any text without gaps in chunks of at most MAX_CHUNK, never splitting a surrogate pair', () => {
    const long = fc.array(fc.oneof(anyUtf16, fc.constantFrom('!!!!', '🍺🍺', '. ', '\n', 'x'.repeat(700))), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(long, (s) => {
      let cursor = 0;
      for (const [a, b] of chunkSentences(s)) {
        expect(a).toBe(cursor);
        expect(b).toBeGreaterThan(a);
        expect(b - a).toBeLessThanOrEqual(MAX_CHUNK);
        const c = s.charCodeAt(b);
        if (b < s.length && c >= 0xdc00 && c <= 0xdfff) expect(s.charCodeAt(b - 1) >= 0xd800 && s.charCodeAt(b - 1) <= 0xdbff).toBe(false);
        cursor = b;
      }
      expect(cursor).toBe(s.length);
    }), { numRuns: 500 });
  });
});

describe('unmaskGrawlix', () => {
  it.each([
    ['f#k', 'fuck'], ['f#%k', 'fuck'], ['f#%@k', 'fuck'], ['f@#king', 'fucking'], ['f%#ked', 'fucked'], ['f&@ker', 'fucker'], ["f#%kin'", 'fuckin'],
    ['f#@%', 'fuck'], ['sh#t', 'shit'], ['s#!t', 'shit'], ['sh#tty', 'shitty'], ['a##hole', 'asshole'], ['a@$hole', 'asshole'], ['b#tch', 'bitch'],
    ['c#nt', 'cunt'], ['bull$#!t', 'bullshit'], ['mother#%$er', 'motherfucker'],
  ])('%s → %s', (m, w) => {
    expect(unmaskGrawlix(m)).toBe(w);
  });

  it('leaves music keys, languages, "and", leetspeak and symbols that spell no swear word alone', () => {
    for (const w of ['f#', 'c#', 'f#m', 'c#dim', 'r&d', 's&t', 'c&p', 'at&t', 'p@ss', 'sh@t', 'a$$', 'a#s', 'love#work', 'f#!', '#@%', 'x#y']) {
      expect(unmaskGrawlix(w), w).toBeNull();
    }
  });
});

describe('quotedRanges', () => {
  const quoted = (text: string) => quotedRanges(text).map(([s, e]) => text.slice(s, e + 1));

  it('reads double and single quotation marks', () => {
    expect(quoted('He said "fine" and left')).toEqual(['"fine"']);
    expect(quoted("my 'flexible' contract, on ‘jury duty’ (Mykonos)")).toEqual(["'flexible'", '‘jury duty’']);
    expect(quoted("('f*** the landlord' gets the biggest laugh)")).toEqual(["'f*** the landlord'"]);
  });

  it('leaves apostrophes alone: contractions, possessives, dropped letters, decades, quotes inside quotes', () => {
    expect(quoted("it's the boys' car, 'cause 'em lads were in the '90s, rock 'n' roll")).toEqual([]);
    expect(quoted('He said "don\'t \'quote\' me" ok')).toEqual(['"don\'t \'quote\' me"']);
  });
});

describe('withoutSpeech', () => {
  const blank = (text: string) => withoutSpeech(text, quotedRanges(text));

  it('blanks a quoted speaker\'s "I", "my" or "we", keeping offsets', () => {
    const text = 'From an exit interview: "I didn\'t quit the job. I quit my manager." Every HR lead knows it.';
    const out = blank(text);
    expect(out.length).toBe(text.length);
    expect(out).toBe(`From an exit interview: "${' '.repeat(41)}" Every HR lead knows it.`);
    expect(blank('The CFO: "We lost our best people." Then a Q&A.')).toBe(`The CFO: "${' '.repeat(24)}" Then a Q&A.`);
  });

  it('keeps scare quotes, short quotes and quoted instructions with no speaker in them', () => {
    for (const text of [
      'My manager booked a 4:55pm Friday "quick sync" again.',
      'He said "I quit" and left',
      'Legal told us to "stop putting things in writing" about the trial.',
      'No quotes at all here.',
    ]) expect(blank(text)).toBe(text);
  });

  it('outside a work voice, blanks only one speaker\'s "I"/"my" in double quotes', () => {
    const any = (text: string) => withoutSpeech(text, quotedRanges(text), false);
    expect(any('"My boss is a nightmare, how do I quit?" Top question in my inbox.')).toBe(`"${' '.repeat(38)}" Top question in my inbox.`);
    for (const text of [
      'Manager says "we are like a family" again.',
      "practising answers that don't include the words 'my manager is a nightmare'",
      'He said "I quit" and left',
    ]) expect(any(text)).toBe(text);
  });
});

describe('unmaskCompound', () => {
  it('fills a starred compound with a swear stem whose shown letters agree', () => {
    expect(unmaskCompound('sh*tshow')).toBe('shitshow');
    expect(unmaskCompound('clusterf*ck')).toBe('clusterfuck');
    expect(unmaskCompound('f*ckwit')).toBe('fuckwit');
  });

  it('leaves words no stem fits, or fits with fewer than two shown letters', () => {
    for (const w of ['w*rk', 'a*b', 'c**', '***', 'sh*tshow*']) expect(unmaskCompound(w), w).toBeNull();
  });
});

describe('hashtags split by everyday words only', () => {
  it('does not split a plain word into letters and lexicon abbreviations (2026-11-23)', () => {
    for (const tag of ['#compassionateleave', '#assistant', '#fantastic', '#comfortable', '#absence', '#engine', '#cautious'])
      expect(classify(tag, { rulesOnly: true }), tag).toEqual([]);
    expect(classify('#fuckmylife', { rulesOnly: true }).map((f) => f.category)).toContain('profanity');
  });
});
