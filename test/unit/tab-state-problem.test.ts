import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposerState } from '../../src/core/types';

// storage.session, faked as a plain map: enough to prove what recordProblem keeps and drops.
const store = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v)); },
      },
    },
  },
}));

const { readTabState, recordProblem, recordVerdict } = await import('../../src/shared/storage/tab-state');

const composer = (composerId: string): ComposerState => ({
  composerId, level: 'warn', headline: 'Warning: alcohol', findings: [], reasons: [],
  audience: { kind: 'professional', description: 'Anyone', visibility: 'Anyone', workMentions: [], personalMentions: [], visibilityKind: 'public', counts: { work: 0, personal: 0, both: 0, untagged: 0 }, named: [], reason: '' },
  identity: { name: 'Sam', kind: 'personal' }, updatedAt: 1,
});

describe('the self-test\'s problem in tab state', () => {
  beforeEach(() => store.clear());

  it('is kept beside the checked composers of the same page, and survives a later verdict', async () => {
    await recordVerdict(7, 'linkedin', 'https://www.linkedin.com/feed/', composer('a'));
    await recordProblem(7, 'linkedin', 'https://www.linkedin.com/feed/', 'unrecognised-editor');
    await recordVerdict(7, 'linkedin', 'https://www.linkedin.com/feed/', composer('b'));
    const state = await readTabState(7);
    expect(state?.problem).toBe('unrecognised-editor');
    expect(state?.composers.map((c) => c.composerId)).toEqual(['b', 'a']);
  });

  it('is gone once the tab is on another page', async () => {
    await recordProblem(7, 'linkedin', 'https://www.linkedin.com/feed/', 'read-failed');
    await recordVerdict(7, 'linkedin', 'https://www.linkedin.com/jobs/', composer('c'));
    expect((await readTabState(7))?.problem).toBeUndefined();
  });

  it('starts a new page clean: composers of the previous URL are not carried over', async () => {
    await recordVerdict(7, 'linkedin', 'https://www.linkedin.com/feed/', composer('a'));
    await recordProblem(7, 'linkedin', 'https://www.linkedin.com/messaging/', 'unrecognised-editor');
    expect(await readTabState(7)).toMatchObject({ url: 'https://www.linkedin.com/messaging/', composers: [], problem: 'unrecognised-editor' });
  });
});
