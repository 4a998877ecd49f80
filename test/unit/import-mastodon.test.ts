import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { anyHandle, facebookHandleFromUrl, mastodonHandle, xHandleFromUrl, xIdHandle } from '../../src/core/import/handles-social';
import { parseMastodonFollowing } from '../../src/core/import/mastodon';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

describe('Mastodon following_accounts.csv', () => {
  it('reads the 4.x export: one contact per address, named by it, personal by default', () => {
    const result = parseMastodonFollowing(fixture('mastodon/following_accounts.csv'));
    expect(result.format).toBe('mastodon-following');
    expect(result.contacts).toEqual([
      { name: 'anasilva@mastodon.social', handles: ['mastodon:anasilva@mastodon.social'], emails: [], tag: 'personal' },
      { name: 'priya@hachyderm.io', handles: ['mastodon:priya@hachyderm.io'], emails: [], tag: 'personal' },
      { name: 'gargron@mastodon.social', handles: ['mastodon:gargron@mastodon.social'], emails: [], tag: 'personal' },
      { name: 'news@journa.host', handles: ['mastodon:news@journa.host'], emails: [], tag: 'personal' },
    ]);
    expect(result.warnings).toEqual([
      '1 account address(es) were not of the form user@instance and were skipped.',
      '1 row has no name, e-mail or handle and was skipped (line 7).',
      '1 duplicate row was merged.',
    ]);
  });

  it('reads the 3.x export and the old one without a header', () => {
    const expected = ['mastodon:anasilva@mastodon.social', 'mastodon:priya@hachyderm.io'];
    expect(parseMastodonFollowing(fixture('mastodon/following_accounts-v3.csv')).contacts.flatMap((c) => c.handles)).toEqual(expected);
    expect(parseMastodonFollowing(fixture('mastodon/following_accounts-legacy.csv')).contacts.flatMap((c) => c.handles)).toEqual(expected);
  });

  it('reads BOM and CRLF', () => {
    const text = `\uFEFF${fixture('mastodon/following_accounts-v3.csv').replace(/\n/g, '\r\n')}`;
    expect(parseMastodonFollowing(text).contacts).toHaveLength(2);
  });

  it('names the header it expected', () => {
    expect(() => parseMastodonFollowing('First Name,Last Name\nJane,Doe\n')).toThrow(ImportError);
    expect(() => parseMastodonFollowing('First Name,Last Name\nJane,Doe\n')).toThrow("This does not look like a Mastodon following_accounts.csv: the header 'Account address,Show boosts,Notify on new posts,Languages' was not found.");
    expect(() => parseMastodonFollowing('Account address,Show boosts\n')).toThrow(/lists no accounts/);
  });
});

describe('handles for other sites', () => {
  it.each([
    ['ana@mastodon.social', 'mastodon:ana@mastodon.social'],
    ['@Ana@Mastodon.Social', 'mastodon:ana@mastodon.social'],
    ['acct:ana@mastodon.social', 'mastodon:ana@mastodon.social'],
    ['https://hachyderm.io/@priya', 'mastodon:priya@hachyderm.io'],
    ['https://mastodon.social/@priya@hachyderm.io', 'mastodon:priya@hachyderm.io'],
    ['ana@localhost', ''],
    ['not an address', ''],
    ['a@b@c.social', ''],
  ])('mastodonHandle(%j) → %j', (input, expected) => {
    expect(mastodonHandle(input)).toBe(expected);
  });

  it.each([
    ['https://twitter.com/intent/user?user_id=123', 'x:id:123'],
    ['https://x.com/JaneDoe', 'x:janedoe'],
    ['https://twitter.com/janedoe/status/1', 'x:janedoe'],
    ['https://x.com/home', ''],
    ['https://example.com/janedoe', ''],
  ])('xHandleFromUrl(%j) → %j', (input, expected) => {
    expect(xHandleFromUrl(input)).toBe(expected);
  });

  it('xIdHandle takes digits only', () => {
    expect(xIdHandle(' 783214 ')).toBe('x:id:783214');
    expect(xIdHandle('12a')).toBe('');
  });

  it.each([
    ['https://www.facebook.com/jane.doe.1', 'facebook:jane.doe.1'],
    ['https://www.facebook.com/profile.php?id=100001234', 'facebook:id:100001234'],
    ['https://www.facebook.com/groups/', ''],
  ])('facebookHandleFromUrl(%j) → %j', (input, expected) => {
    expect(facebookHandleFromUrl(input)).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/', 'linkedin:jane-doe'],
    ['linkedin:jane-doe', 'linkedin:jane-doe'],
    ['jane@example.com', 'email:jane@example.com'],
    ['@ana@mastodon.social', 'mastodon:ana@mastodon.social'],
    ['mastodon:ana@mastodon.social', 'mastodon:ana@mastodon.social'],
    ['x:id:123', 'x:id:123'],
    ['X:JaneDoe', 'x:janedoe'],
    ['facebook:id:42', 'facebook:id:42'],
    ['https://x.com/janedoe', 'x:janedoe'],
    ['@janedoe', ''],
    ['x:', ''],
  ])('anyHandle(%j) → %j', (input, expected) => {
    expect(anyHandle(input)).toBe(expected);
  });
});
