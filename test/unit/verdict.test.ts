import { describe, expect, it } from 'vitest';
import { buildAudienceIndex } from '../../src/core/audience-index';
import type { DraftSnapshot, IdentitySummary } from '../../src/core/types';
import { buildVerdict } from '../../src/core/verdict';

const me: IdentitySummary = { name: 'Jane Doe', kind: 'personal' };
const acme: IdentitySummary = { name: 'Acme Corp', kind: 'brand' };

function snapshot(text: string, overrides: Partial<DraftSnapshot> = {}): DraftSnapshot {
  return { site: 'linkedin', composerId: 'c1', text, mentions: [], visibility: 'Anyone', profile: { name: '', handle: '', kind: 'unknown' }, ...overrides };
}

describe('buildVerdict', () => {
  it('finds nothing in professional text', () => {
    expect(buildVerdict({ snapshot: snapshot('Excited to share our Q3 results with the team'), identity: me })).toEqual({
      level: 'none',
      findings: [],
      audience: {
        kind: 'professional', description: 'Anyone on or off LinkedIn', visibility: 'Anyone', workMentions: [], personalMentions: [],
        visibilityKind: 'public', counts: { work: 0, personal: 0, both: 0, untagged: 0 }, named: [],
        reason: 'Public post on LinkedIn, a professional network: anyone can see it',
      },
      identity: me,
      headline: 'Nothing personal found',
      reasons: ['Public post on LinkedIn, a professional network: anyone can see it'],
    });
  });

  it('names the level and the categories in order, once each', () => {
    const verdict = buildVerdict({ snapshot: snapshot('So hungover, called in sick, more beer'), identity: me });
    expect(verdict.level).toBe('confirm');
    expect(verdict.findings.map((f) => f.category)).toEqual(['alcohol', 'absence', 'alcohol']);
    expect(verdict.headline).toBe('Check before posting: alcohol, absence from work');
  });

  it('uses the words for each level', () => {
    expect(buildVerdict({ snapshot: snapshot('beer and wine'), identity: me }).headline).toBe('Worth a look: alcohol');
    expect(buildVerdict({ snapshot: snapshot('what the fuck'), identity: me }).headline).toBe('Warning: swearing');
  });

  it('says who the post is from when posting as a brand', () => {
    const verdict = buildVerdict({ snapshot: snapshot('I had a beer'), identity: acme });
    expect(verdict.level).toBe('confirm');
    expect(verdict.headline).toBe('Check before posting: alcohol, posting as Acme Corp');
    expect(verdict.reasons).toEqual(['Posting as Acme Corp (brand)', 'Public post on LinkedIn, a professional network: anyone can see it']);
  });

  it('keeps the table level for a brand speaking as "we"', () => {
    expect(buildVerdict({ snapshot: snapshot('Beer o clock at the office'), identity: acme }).level).toBe('notice');
  });

  it('applies custom terms', () => {
    const verdict = buildVerdict({ snapshot: snapshot('Project Falcon ships soon'), identity: me, customTerms: ['falcon'] });
    expect(verdict.level).toBe('warn');
    expect(verdict.headline).toBe('Warning: your own terms');
  });

  it('lets a mentioned work contact make an unknown audience professional', () => {
    const draft = snapshot('one more beer tonight', { site: 'mastodon', visibility: 'Public' });
    expect(buildVerdict({ snapshot: draft, identity: me }).level).toBe('none');
    const audienceIndex = buildAudienceIndex([{ name: 'Raj Patel', handles: [], emails: [], tag: 'work', tagSource: 'manual' }]);
    expect(buildVerdict({ snapshot: draft, identity: me, audienceIndex }).level).toBe('none');
    const verdict = buildVerdict({ snapshot: { ...draft, mentions: [{ name: 'Raj Patel', handle: '' }] }, identity: me, audienceIndex });
    expect(verdict.level).toBe('notice');
    expect(verdict.audience.workMentions).toEqual(['Raj Patel']);
  });
});
