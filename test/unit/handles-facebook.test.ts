import { describe, expect, it } from 'vitest';
import { facebookHandle, facebookIdHandle, normalizeHandle } from '../../src/core/handles';
import { facebookHandleFromUrl } from '../../src/core/import/handles-social';

describe('facebookHandle', () => {
  it.each([
    ['https://www.facebook.com/jane.doe', 'facebook:jane.doe'],
    ['https://www.facebook.com/Jane.Doe/', 'facebook:jane.doe'],
    // Mention links in the composer carry tracking queries.
    ['https://www.facebook.com/ada.lovelace?__cft__[0]=AZX&__tn__=-]K-R', 'facebook:ada.lovelace'],
    ['/grace.hopper42', 'facebook:grace.hopper42'],
    ['https://web.facebook.com/jane.doe', 'facebook:jane.doe'],
    ['https://m.facebook.com/profile.php?id=100001234567890', 'facebook:id:100001234567890'],
    ['https://www.facebook.com/profile.php?id=100004&sk=about', 'facebook:id:100004'],
    ['https://www.facebook.com/people/Sam-Lee/100009876543210/', 'facebook:id:100009876543210'],
    ['https://www.facebook.com/pages/Acme-Corp/612345678901234', 'facebook:id:612345678901234'],
    ['https://www.facebook.com/612345678901234', 'facebook:id:612345678901234'],
    ['https://fb.com/acmecorp', 'facebook:acmecorp'],
  ])('%j → %j', (input, expected) => {
    expect(facebookHandle(input)).toBe(expected);
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/123456/',
    'https://www.facebook.com/hashtag/beer',
    'https://www.facebook.com/friends',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/jane.doe/posts/123',
    'https://www.facebook.com/abc', // usernames have at least five characters
    'https://facebook.com.evil.com/jane.doe',
    'https://evilfacebook.com/jane.doe',
    'javascript:alert(1)',
    '',
  ])('%j is no profile link', (input) => {
    expect(facebookHandle(input)).toBe('');
  });

  it('agrees with the friend-list import on every profile link (contacts must meet mentions)', () => {
    for (const url of ['https://www.facebook.com/jane.doe', 'https://www.facebook.com/profile.php?id=100004', 'https://www.facebook.com/Sam.Lee.77/']) {
      expect(facebookHandle(url)).toBe(facebookHandleFromUrl(url));
    }
  });
});

describe('facebookIdHandle', () => {
  it('qualifies numeric ids only', () => {
    expect(facebookIdHandle('100001234567890')).toBe('facebook:id:100001234567890');
    expect(facebookIdHandle('12a')).toBe('');
    expect(facebookIdHandle('')).toBe('');
  });
});

describe('normalizeHandle with Facebook', () => {
  it.each([
    ['https://www.facebook.com/Jane.Doe', 'facebook:jane.doe'],
    ['facebook.com/profile.php?id=100004', 'facebook:id:100004'],
    ['facebook:Jane.Doe', 'facebook:jane.doe'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHandle(input)).toBe(expected);
  });

  it('refuses facebook.com links that are no profile', () => {
    expect(normalizeHandle('https://www.facebook.com/groups/123/')).toBe('');
  });
});
