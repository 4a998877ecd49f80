import { describe, expect, it } from 'vitest';
import { normalizeHandle, teamsHandle } from '../../src/core/handles';
import { isTeams, threadKind, urlConversationKind } from '../../src/sites/teams/urls';

describe('teamsHandle (a Teams person as a mention carries them)', () => {
  it.each([
    ['8:orgid:6B1F2C3D-4E5F-4a6b-8c7d-9e0f1a2b3c4d', 'teams:6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
    ['6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'teams:6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
    [' 8:orgid:6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d ', 'teams:6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
    ['8:live:.cid.1a2b3c4d5e6f', 'teams:live:.cid.1a2b3c4d5e6f'],
  ])('%s → %s', (input, expected) => {
    expect(teamsHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['Lee Chen', 'a name'],
    ['@Lee Chen', 'a mention label'],
    ['28:bot-id-1234', 'a bot'],
    ['19:abc123@thread.tacv2', 'a channel'],
    ['8:orgid:not-a-guid', 'no GUID'],
    ['8:live:two words', 'a space'],
  ])('%j is no person (%s)', (input) => {
    expect(teamsHandle(input)).toBe('');
  });

  it('gives the form normalizeHandle stores for a typed teams: handle', () => {
    expect(normalizeHandle('teams:6B1F2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D')).toBe(teamsHandle('8:orgid:6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'));
  });
});

describe('Teams URLs', () => {
  it.each([
    ['https://teams.microsoft.com/v2/', true],
    ['https://teams.cloud.microsoft/', true],
    ['https://teams.live.com/v2/', true],
    ['https://teams.microsoft.com.evil.example/', false],
    ['https://microsoft.com/teams', false],
  ])('%s is Teams: %s', (url, expected) => {
    expect(isTeams(new URL(url))).toBe(expected);
  });

  it.each([
    ['19:8f2a1b3c_4d5e6f70@unq.gbl.spaces', 'chat'],
    ['19:a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d@thread.v2', 'chat'],
    ['19:0123456789abcdef0123456789abcdef@thread.tacv2', 'channel'],
    ['19:0123456789abcdef@thread.skype', 'channel'],
    ['19%3a0123456789abcdef0123456789abcdef%40thread.tacv2', 'channel'],
    ['no thread here', ''],
  ])('thread %s is a %s', (id, kind) => {
    expect(threadKind(id)).toBe(kind);
  });

  it.each([
    ['https://teams.microsoft.com/l/chat/19:a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d@thread.v2/conversations', 'chat'],
    ['https://teams.microsoft.com/l/channel/19%3a0123456789abcdef0123456789abcdef%40thread.tacv2/General?groupId=1&tenantId=2', 'channel'],
    ['https://teams.microsoft.com/_#/conversations/19:8f2a1b3c_4d5e6f70@unq.gbl.spaces?ctx=chat', 'chat'],
    ['https://teams.microsoft.com/_#/channel/19:0123456789abcdef@thread.tacv2/General', 'channel'],
    ['https://teams.microsoft.com/l/chat/0/0?users=lee@acme.example', 'chat'],
    ['https://teams.microsoft.com/v2/', ''],
  ])('%s names a %s', (url, kind) => {
    expect(urlConversationKind(new URL(url))).toBe(kind);
  });
});
