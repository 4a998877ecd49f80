import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot, TabState } from '../../src/core/types';
import type { ContentSender, PageSender } from '../../src/shared/messaging/server';

// The worker answers a draft check first and records the popup's copy and the toolbar badge after
// (src/background/after-reply.ts). These prove the order stays right: per-tab writes happen one at
// a time in the order they were asked for, the popup reads the state after the verdicts already
// answered, and a failed write does not stop the next.

const session = new Map<string, unknown>();
const calls: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string | null) => {
          calls.push('session.get');
          if (key === null) return Object.fromEntries([...session].map(([k, v]) => [k, structuredClone(v)]));
          return session.has(key) ? { [key]: structuredClone(session.get(key)) } : {};
        },
        set: async (items: Record<string, unknown>) => {
          calls.push('session.set');
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        remove: async (key: string) => { session.delete(key); },
      },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => { calls.push(`badge ${text}`); },
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
  },
}));

const { contentHandlers, pageHandlers } = await import('../../src/background/handlers');
const { afterReply, inOrder, settled } = await import('../../src/background/after-reply');
const { db } = await import('../../src/shared/storage/db');

let tabCounter = 500;
const linkedin = (): ContentSender => ({ context: 'content', tabId: ++tabCounter, url: 'https://www.linkedin.com/feed/', site: 'linkedin' });
const popupPage: PageSender = { context: 'page', url: 'chrome-extension://hatcheck/src/popup/index.html' };
const draft = (text: string, composerId = 'share-box'): DraftSnapshot => ({
  site: 'linkedin', composerId, text, mentions: [], visibility: 'Anyone', profile: { name: 'Sam Lee', handle: '', kind: 'unknown' },
});
const stateOf = (tabId: number) => session.get(`tab:${tabId}`) as TabState | undefined;

beforeEach(async () => {
  await settled();
  session.clear();
  calls.length = 0;
  await db().delete({ disableAutoOpen: false });
});

describe('the queue', () => {
  it('runs tasks one at a time, in the order asked, even when an earlier one is slower', async () => {
    const log: string[] = [];
    const slow = inOrder(async () => {
      log.push('slow starts');
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('slow ends');
      return 1;
    });
    const quick = inOrder(async () => {
      log.push('quick');
      return 2;
    });
    await expect(Promise.all([slow, quick])).resolves.toEqual([1, 2]);
    expect(log).toEqual(['slow starts', 'slow ends', 'quick']);
  });

  it('passes a failure to its caller and goes on with the next task', async () => {
    const failing = inOrder(async () => {
      throw new Error('quota');
    });
    const next = inOrder(async () => 'ran');
    await expect(failing).rejects.toThrow('quota');
    await expect(next).resolves.toBe('ran');
  });

  it('starts an after-reply task only after the caller has returned, and settled() waits for it', async () => {
    let ran = false;
    afterReply(async () => {
      ran = true;
    });
    await Promise.resolve();
    expect(ran).toBe(false);
    await settled();
    expect(ran).toBe(true);
  });
});

describe('draft:check answers first', () => {
  it('answers before the tab state and badge are written, and writes them afterwards', async () => {
    const tab = linkedin();
    const verdict = await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab);
    expect(verdict.level).not.toBe('none');
    expect(calls.filter((c) => c === 'session.set' || c.startsWith('badge'))).toEqual([]);
    await settled();
    expect(stateOf(tab.tabId)?.composers.map((c) => [c.composerId, c.level])).toEqual([['share-box', verdict.level]]);
    expect(calls).toContain(`badge ${new Set(verdict.findings.map((f) => f.category)).size}`);
    // No draft text in the recorded copy: findings keep their offsets, not their words.
    expect(stateOf(tab.tabId)?.composers[0]?.findings.length).toBeGreaterThan(0);
    expect(stateOf(tab.tabId)?.composers[0]?.findings.some((f) => 'text' in f)).toBe(false);
  });

  it('a composer cleared right after its check stays cleared (the later request wins)', async () => {
    const tab = linkedin();
    await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab);
    // Not awaited in between: the clear is asked while the check's write is still queued.
    await contentHandlers['draft:clear']({ composerId: 'share-box' }, tab);
    await settled();
    expect(stateOf(tab.tabId)?.composers).toEqual([]);
    expect(calls.filter((c) => c.startsWith('badge')).at(-1)).toBe('badge ');
  });

  it('the popup reads the state after every verdict already answered', async () => {
    const tab = linkedin();
    const first = await contentHandlers['draft:check'](draft('So hungover, called in sick', 'a'), tab);
    const second = await contentHandlers['draft:check'](draft('Quarterly numbers are in', 'b'), tab);
    const state = await pageHandlers['tab:state']({ tabId: tab.tabId }, popupPage);
    expect(state?.composers.map((c) => [c.composerId, c.level])).toEqual([['b', second.level], ['a', first.level]]);
  });

  it('a snooze asked after a check is written over that check\'s state, not under it', async () => {
    const tab = linkedin();
    await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab);
    const { until } = await contentHandlers['site:snooze']({ minutes: 5 }, tab);
    await settled();
    expect(stateOf(tab.tabId)?.snoozedUntil).toBe(until);
    expect(stateOf(tab.tabId)?.composers).toHaveLength(1);
  });
});
