import { describe, expect, it } from 'vitest';
import { discordHandle, normalizeHandle } from '../../src/core/handles';

describe('discordHandle (a Discord user as the page shows it)', () => {
  it.each([
    ['1000000000000000055', 'discord:1000000000000000055'],
    [' 80351110224678912 ', 'discord:80351110224678912'],
    ['https://cdn.discordapp.com/avatars/1000000000000000055/a1b2c3d4e5f60718293a4b5c6d7e8f90.webp?size=80', 'discord:1000000000000000055'],
    ['https://cdn.discordapp.com/avatars/80351110224678912/a_0b2d5d75d4f1287befda6b2180aec41d.gif', 'discord:80351110224678912'],
    ['https://media.discordapp.net/avatars/1000000000000000055/abc.png', 'discord:1000000000000000055'],
  ])('%s → %s', (input, expected) => {
    expect(discordHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['1234', 'too short for a snowflake'],
    ['123456789012345678901', 'too long'],
    ['@sam_rivera', 'a label, not an id'],
    ['sam_rivera', 'a username, not an id'],
    ['https://cdn.discordapp.com/embed/avatars/3.png', 'a default avatar names no one'],
    ['https://cdn.discordapp.com/icons/1100000000000000001/abc.webp', 'a server icon'],
    ['https://evil.example/avatars/1000000000000000055/abc.png', 'another host'],
    ['http://cdn.discordapp.com/avatars/1000000000000000055/abc.png', 'not https'],
  ])('%j is no user (%s)', (input) => {
    expect(discordHandle(input)).toBe('');
  });

  it('gives the form normalizeHandle stores for a typed discord: handle', () => {
    expect(normalizeHandle('discord:1000000000000000055')).toBe(discordHandle('1000000000000000055'));
  });
});
