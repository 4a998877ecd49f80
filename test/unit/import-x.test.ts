import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseXArchive, xArchiveKind } from '../../src/core/import/x-archive';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

describe('X archive follower.js / following.js', () => {
  it('reads follower.js past its window.YTD wrapper into x:id handles, personal by default', () => {
    const result = parseXArchive(fixture('x/follower.js.txt'));
    expect(result.format).toBe('x-followers');
    expect(result.contacts.map((c) => c.handles)).toEqual([['x:id:1234567890'], ['x:id:783214'], ['x:id:1500000000000000001']]);
    expect(result.contacts.every((c) => c.tag === 'personal' && c.name === c.handles[0])).toBe(true);
    expect(result.warnings).toEqual(['1 duplicate entry was merged.']);
  });

  it('tells following.js from follower.js by its wrapper', () => {
    const text = fixture('x/following.js.txt');
    expect(xArchiveKind(text)).toBe('x-following');
    const result = parseXArchive(text);
    expect(result.format).toBe('x-following');
    expect(result.contacts.flatMap((c) => c.handles)).toEqual(['x:id:44196397', 'x:id:12']);
  });

  it('reads later parts, a trailing semicolon, CRLF and a BOM', () => {
    const text = `\uFEFF${fixture('x/follower.js.txt').replace('part0', 'part1').replace(/\n/g, '\r\n')};\r\n`;
    expect(parseXArchive(text).contacts).toHaveLength(3);
  });

  it('falls back to the user link when the id is missing', () => {
    const text = 'window.YTD.follower.part0 = [{"follower":{"userLink":"https://twitter.com/intent/user?user_id=99"}},{"follower":{}}]';
    const result = parseXArchive(text);
    expect(result.contacts.flatMap((c) => c.handles)).toEqual(['x:id:99']);
    expect(result.warnings[0]).toMatch(/^1 entry has no name, e-mail or handle and was skipped \(entry 2\)/);
  });

  it('refuses a truncated file, another archive file and other text with clear messages', () => {
    const text = fixture('x/follower.js.txt');
    expect(() => parseXArchive(text.slice(0, 200))).toThrow(ImportError);
    expect(() => parseXArchive(text.slice(0, 200))).toThrow(/damaged or cut short/);
    expect(() => parseXArchive('window.YTD.tweets.part0 = []')).toThrow(/it is the archive's "tweets" file; choose data\/follower.js or data\/following.js/);
    expect(() => parseXArchive('hello')).toThrow("This does not look like an X archive follower.js: it does not start with 'window.YTD.follower.part0 = [' (or 'window.YTD.following.part0 = [').");
    expect(() => parseXArchive('window.YTD.follower.part0 = []')).toThrow(/lists no accounts/);
  });
});
