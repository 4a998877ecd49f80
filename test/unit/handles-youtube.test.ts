import { describe, expect, it } from 'vitest';
import { youtubeHandle } from '../../src/core/handles';

describe('youtubeHandle', () => {
  it.each([
    ['@sam_rivera', 'youtube:sam_rivera'],
    ['@Sam.Rivera-99', 'youtube:sam.rivera-99'],
    ['sam_rivera', 'youtube:sam_rivera'],
    ['/@sam_rivera', 'youtube:sam_rivera'],
    ['https://www.youtube.com/@JaneDoe/videos', 'youtube:janedoe'],
    ['https://m.youtube.com/@janedoe', 'youtube:janedoe'],
    ['/channel/UC1234567890abcdefghij', ''],
    ['/watch?v=dQw4w9WgXcQ', ''],
    ['https://evil.example/@janedoe', ''],
    ['@ab', ''],
    ['@has space', ''],
    ['', ''],
  ])('%j → %j', (input, handle) => {
    expect(youtubeHandle(input)).toBe(handle);
  });
});
