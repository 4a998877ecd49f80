import { describe, expect, it } from 'vitest';
import { xHandle } from '../../src/core/handles';
import { xHandleFromUrl } from '../../src/core/import/handles-social';

describe('xHandle (an X account as the page shows it)', () => {
  it.each([
    ['@janedoe', 'x:janedoe'],
    ['@Jane_Doe', 'x:jane_doe'],
    ['  @ada_l ', 'x:ada_l'],
    ['/janedoe', 'x:janedoe'],
    ['/JaneDoe/', 'x:janedoe'],
    ['https://x.com/Sam_Rivera', 'x:sam_rivera'],
    ['https://twitter.com/sam_rivera', 'x:sam_rivera'],
    ['https://mobile.x.com/sam_rivera?s=20', 'x:sam_rivera'],
  ])('%s → %s', (input, expected) => {
    expect(xHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['@', 'an @ alone'],
    ['@this_name_is_too_long', 'more than 15 characters'],
    ['@jane-doe', 'a character X never allows'],
    ['@jane doe', 'a space'],
    ['/home', 'an app page'],
    ['/i/chat/1-2', 'a chat route'],
    ['/compose/post', 'the compose route'],
    ['/sam_rivera/status/1800000000000000001', 'a post, not an account'],
    ['https://evil.example/janedoe', 'another site'],
    ['https://www.linkedin.com/in/jane', 'another network'],
    ['javascript:alert(1)', 'a script URL'],
  ])('%s is no handle (%s)', (input) => {
    expect(xHandle(input)).toBe('');
  });

  it('gives the same handle the importers give for the profile URL', () => {
    for (const name of ['janedoe', 'Sam_Rivera', 'a', 'x_1234567890123']) {
      expect(xHandle(`@${name}`)).toBe(xHandleFromUrl(`https://x.com/${name}`));
    }
  });
});
