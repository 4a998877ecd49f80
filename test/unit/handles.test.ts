import { describe, expect, it } from 'vitest';
import { blueskyHandle, linkedinHandle, nameKey, normalizeHandle, redditHandle } from '../../src/core/handles';

describe('linkedinHandle', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'linkedin:jane-doe'],
    ['https://www.linkedin.com/in/Jane-Doe/', 'linkedin:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe?trk=feed#about', 'linkedin:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/', 'linkedin:jane-doe'],
    ['/in/jane-doe', 'linkedin:jane-doe'],
    ['  https://linkedin.com/in/jane-doe  ', 'linkedin:jane-doe'],
    ['https://de.linkedin.com/in/hans', 'linkedin:hans'],
    ['https://www.linkedin.com/in/j%C3%BCrgen', 'linkedin:jürgen'],
    ['https://www.linkedin.com/company/acme/', 'linkedin:company/acme'],
    ['https://www.linkedin.com/company/12345/admin/', 'linkedin:company/12345'],
    ['https://www.linkedin.com/school/mit/', 'linkedin:school/mit'],
    ['https://www.linkedin.com/showcase/acme-labs', 'linkedin:showcase/acme-labs'],
  ])('%j → %j', (input, expected) => {
    expect(linkedinHandle(input)).toBe(expected);
  });

  it.each([
    'https://example.com/in/jane',
    'https://linkedin.com.evil.com/in/jane',
    'https://evillinkedin.com/in/jane',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/',
    'javascript:alert(1)',
    '',
  ])('%j is not a profile link', (input) => {
    expect(linkedinHandle(input)).toBe('');
  });

  // Regression (fixed 2026-11-22): decodeURIComponent is outside the try, so a malformed escape throws URIError
  // (the LinkedIn adapter calls this on every mention href; addContact on what the user typed).
  it('returns "" for a malformed percent escape', () => {
    expect(linkedinHandle('https://www.linkedin.com/in/%E0%A4%A')).toBe('');
  });
});

describe('normalizeHandle', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/', 'linkedin:jane-doe'],
    ['www.linkedin.com/in/jane-doe?trk=x', 'linkedin:jane-doe'],
    ['linkedin.com/company/acme', 'linkedin:company/acme'],
    ['  Jane.Doe@Example.COM ', 'email:jane.doe@example.com'],
    ['linkedin:Jane-Doe', 'linkedin:jane-doe'],
    ['linkedin:company/acme', 'linkedin:company/acme'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHandle(input)).toBe(expected);
  });

  it.each(['', '   ', 'Jane Doe', 'jane@', '@jane', 'linkedin.com/feed/', 'https://www.linkedin.com/feed/'])('%j is not a handle', (input) => {
    expect(normalizeHandle(input)).toBe('');
  });

  // Regression (fixed 2026-11-22): the e-mail test runs before the `site:handle` test, so an already qualified
  // e-mail handle is qualified twice, and `mailto:` links keep their scheme.
  it('keeps an already qualified e-mail handle', () => {
    expect(normalizeHandle('email:Jane@Example.com')).toBe('email:jane@example.com');
  });

  it('reads a mailto: link as its address', () => {
    expect(normalizeHandle('mailto:jane@example.com')).toBe('email:jane@example.com');
  });

  // Regression (fixed 2026-11-22): any URL matches the `site:handle` pattern (`https:` looks like a site id), so
  // links to other hosts, including look-alikes of linkedin.com, are stored as handles.
  it.each(['https://example.com/in/jane', 'https://linkedin.com.evil.com/in/jane'])('rejects the non-LinkedIn URL %j', (input) => {
    expect(normalizeHandle(input)).toBe('');
  });
});

describe('nameKey', () => {
  it('folds case, width and spacing', () => {
    expect(nameKey('  Jane   DOE ')).toBe('jane doe');
    expect(nameKey('Ｊａｎｅ\tDoe')).toBe('jane doe');
    expect(nameKey('Zoë')).toBe(nameKey('Zoe\u0308'));
  });
});

describe('blueskyHandle', () => {
  it.each([
    ['alice.bsky.social', 'bluesky:alice.bsky.social'],
    ['@Alice.Bsky.Social', 'bluesky:alice.bsky.social'],
    ['  @jane.example.com ', 'bluesky:jane.example.com'],
    ['https://bsky.app/profile/alice.bsky.social', 'bluesky:alice.bsky.social'],
    ['https://bsky.app/profile/Alice.bsky.social/post/3kabc', 'bluesky:alice.bsky.social'],
    ['/profile/alice.bsky.social', 'bluesky:alice.bsky.social'],
    ['did:plc:abcdefghijklmnopqrstuvwx', 'bluesky:did:plc:abcdefghijklmnopqrstuvwx'],
    ['https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx', 'bluesky:did:plc:abcdefghijklmnopqrstuvwx'],
  ])('%j → %j', (input, expected) => {
    expect(blueskyHandle(input)).toBe(expected);
  });

  it.each([
    '', 'alice', '@alice', 'alice bsky.social', 'https://evil.app/profile/alice.bsky.social', 'https://bsky.app.evil.com/profile/a.b',
    'https://bsky.app/', 'https://bsky.app/search?q=a.b', 'did:plc:short', '/profile/%E0%A4%A', 'a..b', '-a.b', 'javascript:alert(1)',
  ])('%j is no Bluesky handle', (input) => {
    expect(blueskyHandle(input)).toBe('');
  });

  it('normalizeHandle reads Bluesky profile links and qualified handles', () => {
    expect(normalizeHandle('https://bsky.app/profile/Alice.bsky.social')).toBe('bluesky:alice.bsky.social');
    expect(normalizeHandle('bsky.app/profile/alice.bsky.social/')).toBe('bluesky:alice.bsky.social');
    expect(normalizeHandle('bluesky:Alice.bsky.social')).toBe('bluesky:alice.bsky.social');
  });
});

describe('redditHandle', () => {
  it.each([
    ['u/Jane_Doe', 'reddit:jane_doe'],
    ['/u/jane-doe', 'reddit:jane-doe'],
    ['/user/Jane_Doe/', 'reddit:jane_doe'],
    ['https://www.reddit.com/user/Jane_Doe/comments/', 'reddit:jane_doe'],
    ['https://old.reddit.com/u/sam_rivera', 'reddit:sam_rivera'],
    ['jane_doe', 'reddit:jane_doe'],
  ])('%s → %s', (input, handle) => {
    expect(redditHandle(input)).toBe(handle);
  });

  it.each(['r/cats', '/r/cats/', '/user/', 'u/ab', 'u/this_name_is_far_too_long', 'https://evilreddit.com/user/jane', 'https://x.com/u/jane', 'jane doe', ''])('%j names no account', (input) => {
    expect(redditHandle(input)).toBe('');
  });

  it('normalizeHandle reads Reddit profile links and qualified handles', () => {
    expect(normalizeHandle('https://www.reddit.com/user/Jane_Doe/')).toBe('reddit:jane_doe');
    expect(normalizeHandle('old.reddit.com/u/jane_doe')).toBe('reddit:jane_doe');
    expect(normalizeHandle('reddit:Jane_Doe')).toBe('reddit:jane_doe');
  });
});
