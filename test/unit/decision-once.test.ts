import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 9 item 5, "decision: recorded once". The content script's client retries a message while
// the worker wakes, including after "The message port closed before a response was received" — which
// is also what it sees when MV3 stops the worker after it counted the decision but before it
// answered. Each decision carries one random id, the same on every retry, and the worker counts an
// id once (decision-history.ts keeps the row's last ids beside its count, in the same write).

const sent: unknown[] = [];
let failures: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      sendMessage: async (message: unknown) => {
        sent.push(structuredClone(message));
        const failure = failures.shift();
        if (failure) throw new Error(failure);
        return null;
      },
    },
    storage: { session: { get: async () => ({}), set: async () => undefined, remove: async () => undefined } },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
  },
}));

const { recordDecision: sendDecision } = await import('../../src/shared/messaging/content-client');
const { recordDecision, decisionWeeks } = await import('../../src/shared/storage/decision-history');
const { createListener } = await import('../../src/shared/messaging/server');
const { contentHandlers, pageHandlers } = await import('../../src/background/handlers');
const { db } = await import('../../src/shared/storage/db');

const total = async () => (await decisionWeeks()).reduce((sum, w) => sum + w.count, 0);

beforeEach(async () => {
  sent.length = 0;
  failures = [];
  await db().delete({ disableAutoOpen: false });
});

describe('a decision is counted once', () => {
  it('by its id: the same id twice counts once, two ids count twice', async () => {
    const now = Date.UTC(2026, 10, 23);
    await recordDecision('linkedin', { id: 'decision-0001', decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }, now);
    await recordDecision('linkedin', { id: 'decision-0001', decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }, now);
    expect(await total()).toBe(1);
    expect((await decisionWeeks())[0]?.categories).toEqual({ alcohol: 1 });
    await recordDecision('linkedin', { id: 'decision-0002', decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }, now);
    expect(await total()).toBe(2);
    // Without an id (an older content script) every message counts, as before.
    await recordDecision('linkedin', { decision: 'posted-anyway', level: 'confirm', categories: [] }, now);
    await recordDecision('linkedin', { decision: 'posted-anyway', level: 'confirm', categories: [] }, now);
    expect(await total()).toBe(4);
  });

  it('the client sends one id per decision and the same id on a retry', async () => {
    failures = ['The message port closed before a response was received.'];
    await sendDecision('posted-anyway', 'confirm', ['alcohol', 'alcohol']);
    await sendDecision('edited', 'warn', []);
    expect(sent).toHaveLength(3);
    const [first, retry, next] = sent as Array<{ payload: { id: string; categories: string[] } }>;
    expect(retry).toEqual(first);
    expect(first!.payload.id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(first!.payload.categories).toEqual(['alcohol']);
    expect(next!.payload.id).not.toBe(first!.payload.id);
  });

  it('through the worker: a message delivered twice (counted, then the answer lost) is counted once', async () => {
    const listener = createListener(contentHandlers, pageHandlers, { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' });
    const tab = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'https://www.linkedin.com/feed/', tab: { id: 3 }, frameId: 0 } as Runtime.MessageSender;
    const message = { hatcheck: 1, type: 'decision:record', payload: { id: '7c1e6f0a-2b4d-4e8f-9a31-5d6c7b8e9f00', decision: 'posted-anyway', level: 'confirm', categories: ['absence'] } };
    await listener(message, tab);
    await listener(structuredClone(message), tab);
    expect(await total()).toBe(1);
    // An id that is not one is refused, not stored.
    await expect(listener({ ...message, payload: { ...message.payload, id: 'So hungover today' } }, tab)).rejects.toThrow('refused');
    expect(await total()).toBe(1);
  });
});
