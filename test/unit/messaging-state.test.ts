import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 9 item 3, end to end inside the worker: the real listener (server.ts) over the real handlers
// (background/handlers.ts) on a seeded database (fake-indexeddb) and a fake storage.session. Messages
// from the wrong sender, of a type the sender's surface does not have (every extension-page operation
// a content script might try), malformed or oversized, are refused — and every store, the session
// and the browser APIs are exactly as they were. A valid message in the same run does change the
// state, so the comparison is able to see a change.

const session = new Map<string, unknown>();
const browserCalls: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string | null) => {
          if (key === null) return Object.fromEntries([...session].map(([k, v]) => [k, structuredClone(v)]));
          return session.has(key) ? { [key]: structuredClone(session.get(key)) } : {};
        },
        set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v)); },
        remove: async (key: string) => { session.delete(key); },
      },
    },
    action: {
      setBadgeText: async () => { browserCalls.push('action'); },
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    runtime: { id: ID, getURL: (path: string) => `${ORIGIN}${path}`, getManifest: () => ({ content_scripts: [{ js: ['content.js'] }] }) },
    windows: { create: async () => { browserCalls.push('windows.create'); return {}; } },
    permissions: { getAll: async () => ({ origins: [] }), contains: async () => false },
    scripting: {
      executeScript: async () => { browserCalls.push('scripting.executeScript'); return []; },
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => { browserCalls.push('scripting.register'); },
      unregisterContentScripts: async () => undefined,
    },
    tabs: { get: async () => ({ id: 7, url: 'https://forum.example/' }) },
  },
}));

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

const { createListener } = await import('../../src/shared/messaging/server');
const { ContentRequests, PageRequests } = await import('../../src/shared/messaging/protocol');
const { contentHandlers, pageHandlers } = await import('../../src/background/handlers');
const { db } = await import('../../src/shared/storage/db');
const { setSetting } = await import('../../src/shared/storage/settings');

const listener = createListener(contentHandlers, pageHandlers, { id: ID, origin: ORIGIN }, async () => undefined);

let tab = 40;
const contentScript = (overrides: Partial<Runtime.MessageSender> = {}) =>
  ({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: ++tab }, frameId: 0, ...overrides }) as Runtime.MessageSender;
const optionsPage = { id: ID, url: `${ORIGIN}src/options/index.html` } as Runtime.MessageSender;
const envelope = (type: string, payload: unknown) => ({ hatcheck: 1, type, payload });

const profile = { name: 'Sam Lee', handle: 'linkedin:sam-lee', kind: 'personal' };
const draft = { site: 'linkedin', composerId: 'share-box', text: 'So hungover, called in sick', mentions: [], visibility: 'Anyone', profile };

/** Everything a message could change: every Dexie table, storage.session, and calls to browser APIs. */
async function state(): Promise<unknown> {
  const store = db();
  const tables: Record<string, unknown> = {};
  for (const table of store.tables) tables[table.name] = await table.toArray();
  return structuredClone({ tables, session: Object.fromEntries(session), calls: [...browserCalls] });
}

/** Sends and waits for the answer; a refusal is a rejected promise or `undefined` (left to other listeners). */
async function outcome(message: unknown, sender: Runtime.MessageSender): Promise<'refused' | 'ignored' | 'answered'> {
  const answer = listener(message, sender);
  if (answer === undefined) return 'ignored';
  try {
    await answer;
    return 'answered';
  } catch {
    return 'refused';
  }
}

beforeEach(async () => {
  session.clear();
  browserCalls.length = 0;
  const store = db();
  await store.delete({ disableAutoOpen: false });
  await store.open();
  await store.contacts.add({ name: 'Dana Whitfield', nameKey: 'dana whitfield', handles: ['linkedin:dana'], emails: ['dana@acme.example'], tag: 'work', tagSource: 'manual', sources: ['manual'], updatedAt: 1 });
  await store.decisionWeeks.put({ week: '2026-W47', site: 'linkedin', decision: 'edited', level: 'warn', count: 2, categories: { alcohol: 2 } });
  await setSetting('paused', false);
  session.set('tab:7', { tabId: 7, site: 'linkedin', url: 'https://www.linkedin.com/feed/', composers: [] });
});

/**
 * What a content script has no business doing: the page surface, and the operations extension pages
 * do through the storage layer directly (they are no message at all, so no sender can ask for them).
 */
const PAGE_OPERATIONS = [
  ...Object.keys(PageRequests),
  'contacts:list', 'contacts:add', 'contacts:edit', 'contacts:tag', 'contacts:delete', 'contact:update',
  'import:apply', 'import:undo', 'backup:export', 'backup:restore', 'everything:delete',
  'settings:set', 'settings:get', 'setting:write', 'identity:update', 'identities:list', 'accounts:link',
];

describe('the two surfaces', () => {
  it('give content scripts drafts, the panel\'s actions and their own page\'s facts, nothing more', () => {
    expect(Object.keys(ContentRequests).sort()).toEqual(['decision:record', 'draft:check', 'draft:clear', 'page:problem', 'page:site', 'phrase:ignore', 'popup:open', 'site:snooze', 'worker:wake']);
    expect(Object.keys(PageRequests).sort()).toEqual(['site:inject', 'site:pause', 'site:unsnooze', 'tab:state']);
  });

  it('have one handler per request type and no handler without a schema', () => {
    expect(Object.keys(contentHandlers).sort()).toEqual(Object.keys(ContentRequests).sort());
    expect(Object.keys(pageHandlers).sort()).toEqual(Object.keys(PageRequests).sort());
  });
});

describe('refused messages change nothing', () => {
  it('a valid message does change the state (the comparison can see a change)', async () => {
    const before = await state();
    expect(await outcome(envelope('decision:record', { decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }), contentScript())).toBe('answered');
    expect(await state()).not.toEqual(before);
  });

  it('a content script asking for any extension-page operation', async () => {
    const before = await state();
    const payloads = [{}, null, { tabId: 7 }, { site: 'linkedin' }, { name: 'Eve', tag: 'work' }, { id: 1, tag: 'personal' }, { key: 'paused', value: true }];
    for (const type of PAGE_OPERATIONS) {
      for (const payload of payloads) expect(await outcome(envelope(type, payload), contentScript()), `${type} ${JSON.stringify(payload)}`).toBe('refused');
    }
    expect(await state()).toEqual(before);
  });

  it('an extension page sending the content surface (no tab to act for)', async () => {
    const before = await state();
    expect(await outcome(envelope('draft:check', draft), optionsPage)).toBe('refused');
    expect(await outcome(envelope('phrase:ignore', { phrase: 'hungover', profile }), optionsPage)).toBe('refused');
    expect(await outcome(envelope('site:snooze', { minutes: 60 }), optionsPage)).toBe('refused');
    expect(await outcome(envelope('decision:record', { decision: 'edited', level: 'warn', categories: [] }), optionsPage)).toBe('refused');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['another extension', contentScript({ id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' })],
    ['a web page (no extension id)', contentScript({ id: undefined })],
    ['a sub-frame of a supported site', contentScript({ frameId: 4 })],
    ['plain-http LinkedIn', contentScript({ url: 'http://www.linkedin.com/feed/' })],
    ['a look-alike host', contentScript({ url: 'https://www.linkedin.com.evil.example/feed/' })],
    ['a site the user never enabled', contentScript({ url: 'https://forum.example/t/1' })],
    ['another extension\'s page', { id: ID, url: 'chrome-extension://zyxwvutsrqponmlkzyxwvutsrqponmlk/popup.html' } as Runtime.MessageSender],
  ])('every request from %s', async (_label, sender) => {
    const before = await state();
    const requests: Array<[string, unknown]> = [
      ['draft:check', draft], ['phrase:ignore', { phrase: 'hungover', profile }], ['site:snooze', { minutes: 60 }],
      ['decision:record', { decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }], ['popup:open', null],
      ['page:problem', { problem: 'read-failed' }], ['draft:clear', { composerId: 'share-box' }],
      ['site:unsnooze', { site: 'linkedin' }], ['site:inject', { tabId: 7 }], ['tab:state', { tabId: 7 }],
    ];
    for (const [type, payload] of requests) expect(await outcome(envelope(type, payload), sender), type).not.toBe('answered');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['draft:check without a profile', 'draft:check', { ...draft, profile: undefined }],
    ['draft:check with text over 1,000,000 characters', 'draft:check', { ...draft, text: 'drunk '.repeat(166_667) }],
    ['draft:check with 201 mentions', 'draft:check', { ...draft, mentions: Array.from({ length: 201 }, (_, i) => ({ name: `n${i}`, handle: `linkedin:n${i}` })) }],
    ['draft:check with a 501-character visibility', 'draft:check', { ...draft, visibility: 'v'.repeat(501) }],
    ['phrase:ignore with a 201-character phrase', 'phrase:ignore', { phrase: 'p'.repeat(201), profile }],
    ['phrase:ignore with a blank phrase', 'phrase:ignore', { phrase: '   ', profile }],
    ['phrase:ignore as an array', 'phrase:ignore', [{ phrase: 'hungover', profile }]],
    ['site:snooze for 0 minutes', 'site:snooze', { minutes: 0 }],
    ['site:snooze for 10 days', 'site:snooze', { minutes: 14_400 }],
    ['site:snooze with minutes as text', 'site:snooze', { minutes: '60' }],
    ['decision:record with 21 categories', 'decision:record', { decision: 'edited', level: 'warn', categories: Array.from({ length: 21 }, () => 'alcohol') }],
    ['decision:record with an unknown category', 'decision:record', { decision: 'edited', level: 'warn', categories: ['gossip'] }],
    ['decision:record with text in place of categories', 'decision:record', { decision: 'edited', level: 'warn', categories: 'So hungover' }],
    ['popup:open with a payload', 'popup:open', { tabId: 9 }],
    ['page:problem of an unknown kind', 'page:problem', { problem: 'everything' }],
    ['draft:clear with an 81-character id', 'draft:clear', { composerId: 'c'.repeat(81) }],
    ['a __proto__ type', '__proto__', {}],
  ])('a content script\'s %s', async (_label, type, payload) => {
    const before = await state();
    expect(await outcome(envelope(type, payload), contentScript())).toBe('refused');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['tab:state for tab -1', 'tab:state', { tabId: -1 }],
    ['site:unsnooze for an unknown site', 'site:unsnooze', { site: 'myspace' }],
    ['site:unsnooze for a 300-character web site', 'site:unsnooze', { site: `web:${'a'.repeat(296)}` }],
    ['site:inject for tab 1.5', 'site:inject', { tabId: 1.5 }],
  ])('an extension page\'s %s', async (_label, type, payload) => {
    const before = await state();
    expect(await outcome(envelope(type, payload), optionsPage)).toBe('refused');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['null', null], ['a string', 'draft:check'], ['a number', 1], ['an array', [1, 'draft:check', draft]],
    ['no marker', { type: 'draft:check', payload: draft }], ['marker 2', { hatcheck: 2, type: 'draft:check', payload: draft }],
    ['a 2 MB unknown type', envelope('x'.repeat(2_000_000), draft)],
  ])('a content script\'s envelope that is %s', async (_label, message) => {
    const before = await state();
    expect(await outcome(message, contentScript())).toBe('refused');
    expect(await state()).toEqual(before);
  });
});
