import { describe, expect, it } from 'vitest';
import { normalizeHandle, slackHandle } from '../../src/core/handles';

describe('slackHandle (a Slack member as the page shows it)', () => {
  it.each([
    ['U05SAMRIV55', 'slack:u05samriv55'],
    [' U05SAMRIV55 ', 'slack:u05samriv55'],
    ['W012ABCDEF9', 'slack:w012abcdef9'],
    ['https://ca.slack-edge.com/T01ACME2345-U05SAMRIV55-7b33e50dd75a-48', 'slack:u05samriv55'],
    ['https://ca.slack-edge.com/E0ENTERPRS1-W012ABCDEF9-480e63356723-192', 'slack:w012abcdef9'],
  ])('%s → %s', (input, expected) => {
    expect(slackHandle(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['C01GENERAL1', 'a channel id'],
    ['S0ENGTEAM01', 'a user group id'],
    ['T01ACME2345', 'a team id'],
    ['u05samriv55', 'lower case: not how Slack writes ids'],
    ['U05', 'too short'],
    ['U05SAM RIV', 'a space'],
    ['@Sam Rivera', 'a label, not an id'],
    ['https://evil.example/T01ACME2345-U05SAMRIV55-abc-48', 'another host'],
    ['https://ca.slack-edge.com/T01ACME2345-C01GENERAL1-abc-48', 'a channel in an avatar URL'],
  ])('%j is no member (%s)', (input) => {
    expect(slackHandle(input)).toBe('');
  });

  it('gives the form normalizeHandle stores for a typed slack: handle', () => {
    expect(normalizeHandle('slack:U05SAMRIV55')).toBe(slackHandle('U05SAMRIV55'));
  });
});
