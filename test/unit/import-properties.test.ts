// Every parser, on any text at all: a result or an ImportError, never another exception, and every
// result well-formed. Arbitrary strings, and real sample files cut, spliced and corrupted at random.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseImport } from '../../src/core/import/detect';
import { ImportError } from '../../src/core/import/error';
import { parseFacebookFriends } from '../../src/core/import/facebook';
import { parseGenericCsv } from '../../src/core/import/generic-csv';
import { parseGoogleContacts } from '../../src/core/import/google';
import { parseLinkedInConnections } from '../../src/core/import/linkedin';
import { parseMastodonFollowing } from '../../src/core/import/mastodon';
import type { ImportResult } from '../../src/core/import/types';
import { parseVcard } from '../../src/core/import/vcard';
import { parseXArchive } from '../../src/core/import/x-archive';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

const PARSERS: Array<[string, (text: string) => ImportResult, string]> = [
  ['LinkedIn', parseLinkedInConnections, 'linkedin/Connections.csv'],
  ['Facebook', parseFacebookFriends, 'facebook/your_friends.json'],
  ['Google', parseGoogleContacts, 'google/contacts.csv'],
  ['vCard', parseVcard, 'vcard/contacts-v3.vcf'],
  ['Mastodon', parseMastodonFollowing, 'mastodon/following_accounts.csv'],
  ['X', parseXArchive, 'x/follower.js.txt'],
  ['generic CSV', (t) => parseGenericCsv(t, { mapping: { name: 0, email: 1, handle: 2, tag: 5 }, hasHeader: false }), 'generic/crm-export.csv'],
  ['parseImport', (t) => parseImport('upload.csv', t, { mapping: { name: 0, email: 1 }, hasHeader: false }), 'google/contacts.csv'],
];

const TAGS = new Set(['work', 'personal', 'both', 'untagged']);

function check(parse: (text: string) => ImportResult, text: string): void {
  let result: ImportResult;
  try {
    result = parse(text);
  } catch (e) {
    if (e instanceof ImportError) {
      expect(e.message.length).toBeGreaterThan(10);
      return;
    }
    throw e;
  }
  for (const c of result.contacts) {
    expect(c.name.trim()).toBe(c.name);
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name).not.toMatch(/[\n\r\t]/);
    expect(TAGS.has(c.tag)).toBe(true);
    expect(new Set(c.emails).size).toBe(c.emails.length);
    for (const e of c.emails) expect(e).toMatch(/^[^\sA-Z@]+@[^\sA-Z@]+\.[^\sA-Z@]+$/);
    for (const h of c.handles) expect(h).toMatch(/^(linkedin|mastodon|x|facebook):\S+$/);
  }
  expect(result.warnings.every((w) => typeof w === 'string')).toBe(true);
}

/** A sample file damaged at random: cut, with a slice repeated, or with characters swapped in. */
function damaged(base: string) {
  const pos = fc.nat({ max: base.length });
  return fc.oneof(
    pos.map((n) => base.slice(0, n)),
    fc.tuple(pos, pos).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.min(a, b), Math.max(a, b)).repeat(2) + base.slice(Math.max(a, b))),
    fc.tuple(pos, fc.string({ unit: 'binary', maxLength: 8 })).map(([n, s]) => base.slice(0, n) + s + base.slice(n + s.length)),
    fc.tuple(pos, fc.constantFrom('"', ',', '\n', '\r', '\\', '{', ']', ':', ';', '=', '\uFEFF', '\u0000')).map(([n, c]) => base.slice(0, n) + c + base.slice(n)),
  );
}

describe.each(PARSERS)('%s parser', (_, parse, sample) => {
  it('throws nothing but ImportError on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(parse, text)), { numRuns: 300 });
  });

  it('throws nothing but ImportError on damaged real files', () => {
    const base = fixture(sample);
    fc.assert(fc.property(damaged(base), (text) => check(parse, text)), { numRuns: 300 });
  });

  it('throws nothing but ImportError on every other sample file', () => {
    for (const other of PARSERS) check(parse, fixture(other[2]));
  });
});

describe('detectFormat', () => {
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 300 }), (name, text) => {
      const format = detectFormat(name, text);
      expect(format === null || typeof format === 'string').toBe(true);
    }), { numRuns: 500 });
  });
});
