import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseFacebookFriends } from '../../src/core/import/facebook';
import { fixMojibake } from '../../src/core/import/mojibake';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');
const names = (text: string) => parseFacebookFriends(text).contacts.map((c) => c.name);

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('Facebook friends', () => {
  it('reads your_friends.json ({"friends_v2": […]}), fixing the mojibake in names', () => {
    const result = parseFacebookFriends(fixture('facebook/your_friends.json'));
    expect(result.format).toBe('facebook-friends');
    expect(result.contacts.map((c) => c.name)).toEqual([
      'José Fernández', 'Zoë Dubois', 'Radosław Nowak', 'Dana Whitfield', '李雷', 'Chloé 😊 Martin', 'Sam Lee', 'Sam Lee',
    ]);
    expect(result.contacts.every((c) => c.tag === 'personal' && c.handles.length === 0 && c.emails.length === 0)).toBe(true);
  });

  it('merges the same friend listed twice (same name and time) but keeps two friends who share a name', () => {
    const result = parseFacebookFriends(fixture('facebook/your_friends.json'));
    expect(result.contacts.filter((c) => c.name === 'Sam Lee')).toHaveLength(2);
    expect(result.warnings).toEqual(['1 duplicate entry was merged.']);
  });

  it('reads the other shapes: friends_and_followers/friends.json, the older {"friends"}, a bare array, label_values', () => {
    expect(names(fixture('facebook/friends_and_followers-friends.json'))).toEqual(['Ana Silva', 'Björn Larsson']);
    expect(names(fixture('facebook/friends-2019.json'))).toEqual(['Ana Silva', 'François Petit']);
    expect(names(fixture('facebook/your_friends-array.json'))).toEqual(['Ana Silva', 'Müller Karl']);
    expect(names(fixture('facebook/your_friends-labels.json'))).toEqual(['Renée Blanc']);
  });

  it('reads a file with a BOM and CRLF line ends', () => {
    const text = `\uFEFF${fixture('facebook/friends-2019.json').replace(/\n/g, '\r\n')}`;
    expect(names(text)).toEqual(['Ana Silva', 'François Petit']);
  });

  it('skips entries without a name and says how many', () => {
    const result = parseFacebookFriends('{"friends_v2":[{"name":"Ana"},{"timestamp":1},"junk",{"name":""}]}');
    expect(result.contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(result.warnings[0]).toMatch(/^3 entries have no name, e-mail or handle and were skipped \(entry 2, 3, 4\)/);
  });

  it('keeps a name that starts like a formula as text and flags it', () => {
    const result = parseFacebookFriends('{"friends_v2":[{"name":"=HYPERLINK(\\"x\\")","timestamp":1}]}');
    expect(result.contacts[0]).toMatchObject({ name: '=HYPERLINK("x")', formulaFields: ['name'] });
  });

  it('refuses a truncated file with a clear message and imports nothing', () => {
    const text = fixture('facebook/your_friends.json');
    const e = errorOf(() => parseFacebookFriends(text.slice(0, text.length / 2)));
    expect(e.reason).toBe('damaged');
    expect(e.message).toMatch(/^This Facebook friends file .* is damaged or cut short/);
  });

  it('names the file it expected when given another JSON or not JSON at all', () => {
    expect(errorOf(() => parseFacebookFriends('{"messages":[]}')).message).toMatch(/^This does not look like a Facebook friends file .*: no "friends_v2" or "friends" list was found/);
    expect(errorOf(() => parseFacebookFriends('First Name,Last Name\n')).message).toMatch(/^This does not look like a Facebook friends file .*: it is not JSON/);
    expect(errorOf(() => parseFacebookFriends('[1,2,3]')).reason).toBe('wrong-format');
    expect(errorOf(() => parseFacebookFriends('{"friends_v2":[]}')).reason).toBe('empty');
  });
});

describe('fixMojibake', () => {
  it.each([
    ['JosÃ©', 'José'],
    ['RadosÅ\u0082aw', 'Radosław'],
    ['\u00f0\u009f\u0098\u008a', '😊'],
    ['plain ascii', 'plain ascii'],
    ['José', 'José'], // genuine Latin-1 é alone is not UTF-8: left alone
    ['Łukasz', 'Łukasz'], // already right (a unit above U+00FF)
    ['Ã', 'Ã'], // a lone lead byte: not valid UTF-8
  ])('%j → %j', (input, expected) => {
    expect(fixMojibake(input)).toBe(expected);
  });
});
