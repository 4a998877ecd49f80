import { describe, expect, it } from 'vitest';
import { instagramHandle, normalizeHandle, threadsHandle } from '../../src/core/handles';

describe('instagramHandle (an Instagram account as the page shows it)', () => {
  it.each([
    ['@jane.doe', 'instagram:jane.doe'],
    ['Jane.Doe', 'instagram:jane.doe'],
    ['  @ada_l ', 'instagram:ada_l'],
    ['/jane.doe/', 'instagram:jane.doe'],
    ['/sam.lee', 'instagram:sam.lee'],
    ['https://www.instagram.com/Sam_Rivera/', 'instagram:sam_rivera'],
    ['https://instagram.com/sam_rivera?igsh=abc', 'instagram:sam_rivera'],
  ])('%s → %s', (input, expected) => {
    expect(instagramHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['@', 'an @ alone'],
    ['@.jane', 'a leading dot'],
    ['@jane.', 'a trailing dot'],
    ['@jane..doe', 'two dots'],
    ['@jane-doe', 'a hyphen'],
    ['@this.name.is.far.too.long.for.ig', 'more than 30 characters'],
    ['/explore/', 'an app page'],
    ['/direct/t/1234567890/', 'a DM thread'],
    ['/p/C8abcDEF/', 'a post'],
    ['/jane.doe/p/C8abcDEF/', 'a post under a name'],
    ['https://www.threads.com/@jane.doe', 'Threads, not Instagram'],
    ['https://evil.example/jane.doe/', 'another site'],
  ])('%s → "" (%s)', (input) => {
    expect(instagramHandle(input)).toBe('');
  });
});

describe('threadsHandle (a Threads account as the page shows it)', () => {
  it.each([
    ['@jane.doe', 'threads:jane.doe'],
    ['Jane.Doe', 'threads:jane.doe'],
    ['/@jane.doe', 'threads:jane.doe'],
    ['/@priya.shah/post/C8abcDEF', 'threads:priya.shah'],
    ['https://www.threads.com/@Sam_Rivera', 'threads:sam_rivera'],
    ['https://www.threads.net/@sam_rivera?xmt=abc', 'threads:sam_rivera'],
    ['https://threads.net/@sam_rivera', 'threads:sam_rivera'],
  ])('%s → %s', (input, expected) => {
    expect(threadsHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['@', 'an @ alone'],
    ['/search', 'an app page'],
    ['/jane.doe', 'a path without @'],
    ['/@jane..doe', 'two dots'],
    ['https://www.instagram.com/jane.doe/', 'Instagram, not Threads'],
    ['https://evil.example/@jane.doe', 'another site'],
  ])('%s → "" (%s)', (input) => {
    expect(threadsHandle(input)).toBe('');
  });

  it('qualified handles typed by a person are kept (the sites are supported)', () => {
    expect(normalizeHandle('instagram:Jane.Doe')).toBe('instagram:jane.doe');
    expect(normalizeHandle('threads:jane.doe')).toBe('threads:jane.doe');
  });
});
