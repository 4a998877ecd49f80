import { describe, expect, it, vi } from 'vitest';
import { composerState } from '../../src/shared/storage/tab-state';
import type { Verdict } from '../../src/core/types';

vi.mock('webextension-polyfill', () => ({ default: { storage: { session: {} } } }));

const DRAFT = 'So hungover, called in sick to see Falcon';
const verdict: Verdict = {
  level: 'confirm',
  findings: [
    { category: 'alcohol', severity: 'high', start: 3, end: 11, text: 'hungover', why: 'Mentions drinking heavily.' },
    { category: 'absence', severity: 'high', start: 13, end: 27, text: 'called in sick', why: 'Says you are away from work.' },
    { category: 'custom', severity: 'high', start: 35, end: 41, text: 'Falcon', why: '"falcon" is on your own always-warn list.' },
  ],
  audience: {
    kind: 'professional', description: 'Anyone on or off LinkedIn', visibility: 'Anyone', workMentions: [], personalMentions: [],
    visibilityKind: 'public', counts: { work: 0, personal: 0, both: 0, untagged: 0 }, named: [], reason: 'Public post on LinkedIn, a professional network: anyone can see it',
  },
  identity: { name: 'Sam Lee', kind: 'personal' },
  headline: 'Check before posting: alcohol, absence from work, your own terms',
  reasons: ['Public post on LinkedIn, a professional network: anyone can see it'],
};

describe('composerState', () => {
  it('keeps the verdict without the text of any finding', () => {
    expect(composerState('share-box', verdict, 1234)).toStrictEqual({
      composerId: 'share-box',
      level: 'confirm',
      headline: verdict.headline,
      findings: [
        { category: 'alcohol', severity: 'high', start: 3, end: 11, why: 'Mentions drinking heavily.' },
        { category: 'absence', severity: 'high', start: 13, end: 27, why: 'Says you are away from work.' },
        { category: 'custom', severity: 'high', start: 35, end: 41, why: '"falcon" is on your own always-warn list.' },
      ],
      audience: verdict.audience,
      identity: verdict.identity,
      reasons: verdict.reasons,
      updatedAt: 1234,
    });
  });

  it('leaves no draft words in what would be stored', () => {
    const stored = JSON.stringify(composerState('share-box', verdict, 1));
    for (const word of ['hungover', 'called in sick', 'Falcon', DRAFT]) expect(stored).not.toContain(word);
  });

  it('does not change the verdict it was given', () => {
    composerState('share-box', verdict, 1);
    expect(verdict.findings.map((f) => f.text)).toEqual(['hungover', 'called in sick', 'Falcon']);
  });
});
