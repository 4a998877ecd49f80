import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, parseEmails } from '../../src/core/import/emails';
import { nameKey } from '../../src/core/handles';
import { employerKey, foldName, personKey } from '../../src/core/import/match-keys';
import { combineImportedTags, tagFromText } from '../../src/core/import/tags';
import { cleanText, MAX_FIELD_CHARS } from '../../src/core/import/text';
import { decodeImportBytes, decodeUtf8Strict } from '../../src/core/import/utf8';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeImportBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeImportBytes(new Uint8Array(Buffer.from('\uFEFFJosé,😊', 'utf8')))).toBe('José,😊');
    expect(decodeImportBytes(new Uint8Array(Buffer.from('José', 'utf8')))).toBe('José');
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, ...Buffer.from('Zoë 😊', 'utf16le')]))).toBe('Zoë 😊');
    const be = Buffer.from('Zoë', 'utf16le').swap16();
    expect(decodeImportBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Zoë');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Excel "CSV" on Windows)', () => {
    expect(decodeImportBytes(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80, 0x93, 0x94))).toBe('José €“”');
  });

  it('decodes large files in chunks', () => {
    const text = 'Ünïcödé, '.repeat(100_000);
    expect(decodeImportBytes(new Uint8Array(Buffer.from(text, 'utf8')))).toBe(text);
  });
});

describe('decodeUtf8Strict', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
      let expected: string | null;
      try {
        expected = reference.decode(b);
      } catch {
        expected = null;
      }
      expect(decodeUtf8Strict(b)).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('round-trips any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (s) => {
      expect(decodeUtf8Strict(new Uint8Array(Buffer.from(s, 'utf8')))).toBe(s);
    }));
  });

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['cut short', [0xe2, 0x82]],
  ])('refuses %s sequences', (_, b) => {
    expect(decodeUtf8Strict(b)).toBeNull();
  });
});

describe('e-mail cells', () => {
  it('splits on " ::: ", ";" and ",", takes "Name <addr>" and mailto:, lower-cases, drops junk', () => {
    expect(parseEmails('A@X.example ::: b@y.example; Jane <Jane@Z.example>, mailto:c@w.example, nope, , a@x.example')).toEqual({
      emails: ['a@x.example', 'b@y.example', 'jane@z.example', 'c@w.example'],
      invalid: 1,
    });
  });

  it.each(['', 'a@b', 'a b@c.d', '@c.d', 'a@@c.d', `${'a'.repeat(250)}@c.de`])('%j is no address', (v) => {
    expect(normalizeEmail(v)).toBe('');
  });
});

describe('text and keys', () => {
  it('cleanText makes one visible line and caps it', () => {
    expect(cleanText('  Jane\r\n\tDoe\u0000 \u2028x ')).toBe('Jane Doe x');
    expect(cleanText('x'.repeat(1000))).toHaveLength(MAX_FIELD_CHARS);
    expect(cleanText(undefined)).toBe('');
  });

  it('folds names and employers for matching', () => {
    expect(foldName('  José  NÚÑEZ-García ')).toBe('jose nunez garcia');
    expect(foldName('Jose Nunez Garcia')).toBe('jose nunez garcia');
    expect(employerKey('ACME, Inc.')).toBe('acme');
    expect(employerKey('Acme GmbH & Co. KG')).toBe('acme gmbh co kg');
    expect(employerKey('Inc.')).toBe('inc');
    expect(personKey('Dana', 'Acme Ltd')).toBe(personKey('dana', 'ACME'));
    expect(personKey('Dana', '')).toBe('');
  });

  it('foldName gives the same key on its ASCII fast path as the full Unicode folding would', () => {
    const slow = (v: string) => nameKey(v).normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 }), (s) => {
      expect(foldName(s)).toBe(slow(s));
    }), { numRuns: 500 });
  });

  it('combines import tags: anything over untagged, work + personal = both', () => {
    expect(combineImportedTags('untagged', 'work')).toBe('work');
    expect(combineImportedTags('personal', 'untagged')).toBe('personal');
    expect(combineImportedTags('work', 'personal')).toBe('both');
    expect(combineImportedTags('both', 'work')).toBe('both');
  });

  it('reads tag words people write', () => {
    expect(['Work', ' colleague ', 'FAMILY', 'friends', 'Work and personal', 'vendor'].map(tagFromText)).toEqual(['work', 'work', 'personal', 'personal', 'both', undefined]);
    expect(tagFromText('constructor')).toBeUndefined();
  });
});
