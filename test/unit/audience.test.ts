import { describe, expect, it } from 'vitest';
import { resolveAudience, siteLabel, type MatchedMention } from '../../src/core/audience';

const work = (name: string): MatchedMention => ({ mention: { name, handle: '' }, tag: 'work' });
const personal = (name: string): MatchedMention => ({ mention: { name, handle: '' }, tag: 'personal' });

describe('resolveAudience on LinkedIn', () => {
  it.each([
    ['Anyone', 'Anyone on or off LinkedIn'],
    ['anyone', 'Anyone on or off LinkedIn'],
    ['Post to Anyone', 'Anyone on or off LinkedIn'],
    ['Post to  Connections only ', 'Your LinkedIn connections'],
    ['Connections only', 'Your LinkedIn connections'],
    ['Group', 'A LinkedIn group'],
    ['', 'Your LinkedIn audience'],
    ['Alumni of Acme', 'Alumni of Acme on LinkedIn'],
  ])('%j is professional: %s', (visibility, description) => {
    expect(resolveAudience('linkedin', visibility, [])).toEqual({ kind: 'professional', description, visibility, workMentions: [], personalMentions: [] });
  });

  // Regression (fixed 2026-11-22): the visibility label indexes a plain object, so labels that name Object.prototype
  // members ("constructor", "__proto__") return kind undefined, and the verdict drops to 'none'.
  it.each(['constructor', '__proto__'])('treats the label %j like any unknown label', (visibility) => {
    expect(resolveAudience('linkedin', visibility, [])).toEqual({
      kind: 'professional', description: `${visibility} on LinkedIn`, visibility, workMentions: [], personalMentions: [],
    });
  });
});

describe('resolveAudience on a site it does not know', () => {
  it('is public with an honest description', () => {
    expect(resolveAudience('mastodon', 'Public', [])).toEqual({
      kind: 'public', description: 'An audience Hatcheck cannot see', visibility: 'Public', workMentions: [], personalMentions: [],
    });
  });

  it('stays public when only personal contacts are mentioned', () => {
    expect(resolveAudience('mastodon', '', [personal('Sam')])).toMatchObject({ kind: 'public', personalMentions: ['Sam'], workMentions: [] });
  });
});

describe('resolveAudience with work mentions', () => {
  it('becomes professional and names the work contacts', () => {
    expect(resolveAudience('mastodon', 'Public', [work('Jane Doe'), personal('Sam')])).toEqual({
      kind: 'professional',
      description: 'An audience Hatcheck cannot see, including 1 work contact you mentioned (Jane Doe)',
      visibility: 'Public',
      workMentions: ['Jane Doe'],
      personalMentions: ['Sam'],
    });
  });

  it('counts several work contacts in the plural, in mention order', () => {
    expect(resolveAudience('linkedin', 'Connections only', [work('Jane Doe'), work('Raj Patel')]).description)
      .toBe('Your LinkedIn connections, including 2 work contacts you mentioned (Jane Doe, Raj Patel)');
  });
});

describe('siteLabel', () => {
  it('names known sites and echoes unknown ids', () => {
    expect(siteLabel('linkedin')).toBe('LinkedIn');
    expect(siteLabel('mastodon')).toBe('mastodon');
  });
});
