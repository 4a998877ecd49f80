import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot, TabState } from '../../src/core/types';
import type { ContentSender, PageSender } from '../../src/shared/messaging/server';

// The warning panel's actions, driven through the worker's handlers in the order a user would:
// each answer, and what the very next draft:check says after it. storage.session and the browser
// APIs are faked as plain maps and spies; Dexie runs on fake-indexeddb.
const session = new Map<string, unknown>();
const created: unknown[] = [];
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
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    runtime: { getURL: (path: string) => `chrome-extension://hatcheck/${path}` },
    windows: { create: async (options: unknown) => { created.push(options); return {}; } },
  },
}));

const { contentHandlers, pageHandlers } = await import('../../src/background/handlers');
const { snoozeHeadline } = await import('../../src/background/check-draft');
const { settled } = await import('../../src/background/after-reply');
const { db } = await import('../../src/shared/storage/db');
const { setSetting, getSetting } = await import('../../src/shared/storage/settings');

let tabCounter = 100;
/** A fresh tab per test: the rate limiter lives as long as the module, across tests. */
const linkedin = (): ContentSender => ({ context: 'content', tabId: ++tabCounter, url: 'https://www.linkedin.com/feed/', site: 'linkedin' });
const popupPage: PageSender = { context: 'page', url: 'chrome-extension://hatcheck/src/popup/index.html?tabId=7' };
const anonymous = { name: 'Sam Lee', handle: '', kind: 'unknown' } as const;
const draft = (text: string, overrides: Partial<DraftSnapshot> = {}): DraftSnapshot => ({
  site: 'linkedin', composerId: 'share-box', text, mentions: [], visibility: 'Anyone', profile: anonymous, ...overrides,
});
const phrases = (verdict: { findings: { text: string }[] }) => verdict.findings.map((f) => f.text.toLowerCase());

beforeEach(async () => {
  // The last test's per-tab writes (made after its answers) land before this one starts.
  await settled();
  session.clear();
  created.length = 0;
  await db().delete({ disableAutoOpen: false });
});

describe('phrase:ignore', () => {
  it('adds the phrase to the identity draft:check uses, and the next check no longer reports it', async () => {
    const tab = linkedin();
    const before = await contentHandlers['draft:check'](draft('So hungover today, what a night'), tab);
    expect(phrases(before)).toContain('hungover');

    // An unlinked personal profile is checked with the built-in Personal identity's lists.
    await expect(contentHandlers['phrase:ignore']({ phrase: 'Hungover', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Personal', result: 'added' });
    const personal = await db().identities.where('name').equals('Personal').first();
    expect(personal?.neverTerms).toEqual(['Hungover']);

    const after = await contentHandlers['draft:check'](draft('So hungover today, what a night'), tab);
    expect(phrases(after)).not.toContain('hungover');
    // Case-insensitive: the same phrase again is not added twice.
    await expect(contentHandlers['phrase:ignore']({ phrase: 'HUNGOVER', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Personal', result: 'already-ignored' });
    expect((await db().identities.get(personal!.id!))?.neverTerms).toEqual(['Hungover']);
  });

  it('goes to the identity the popup chose, which wins over the page', async () => {
    const tab = linkedin();
    const work = await db().identities.where('name').equals('Work').first();
    await setSetting('activeIdentityId', work!.id!);
    await expect(contentHandlers['phrase:ignore']({ phrase: 'hungover', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Work', result: 'added' });
    expect(phrases(await contentHandlers['draft:check'](draft('So hungover today'), tab))).not.toContain('hungover');
    // The Personal identity did not get it: without the popup's choice the phrase is reported again.
    await setSetting('activeIdentityId', null);
    expect(phrases(await contentHandlers['draft:check'](draft('So hungover today'), tab))).toContain('hungover');
  });

  it('goes to the identity a linked account belongs to, on the sender\'s site only', async () => {
    const acmeId = (await db().identities.add({ name: 'Acme Corp', kind: 'brand', color: '#b3261e', customTerms: [], neverTerms: [], workDomains: [], employers: [], createdAt: 1 }))!;
    await db().accounts.add({ site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme', identityId: acmeId });
    const acme = { name: 'Acme', handle: 'linkedin:company/acme', kind: 'brand' } as const;
    await expect(contentHandlers['phrase:ignore']({ phrase: 'hungover', profile: acme }, linkedin())).resolves.toEqual({ identityName: 'Acme Corp', result: 'added' });
    // The same handle on another site is not that account: an unlinked brand has no list to add to.
    const x: ContentSender = { context: 'content', tabId: ++tabCounter, url: 'https://x.com/home', site: 'x' };
    await expect(contentHandlers['phrase:ignore']({ phrase: 'beer', profile: acme }, x)).resolves.toEqual({ identityName: 'Acme', result: 'no-identity' });
    expect((await db().identities.get(acmeId))?.neverTerms).toEqual(['hungover']);
  });

  it('leaves an always-warn term alone and refuses beyond 500 terms', async () => {
    const tab = linkedin();
    const personal = (await db().identities.where('name').equals('Personal').first())!;
    await db().identities.update(personal.id!, { customTerms: ['Falcon'], neverTerms: Array.from({ length: 500 }, (_, i) => `term ${i}`) });
    await expect(contentHandlers['phrase:ignore']({ phrase: 'falcon', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Personal', result: 'always-warn' });
    await expect(contentHandlers['phrase:ignore']({ phrase: 'beer', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Personal', result: 'list-full' });
    await expect(contentHandlers['phrase:ignore']({ phrase: 'Term 7', profile: anonymous }, tab)).resolves.toEqual({ identityName: 'Personal', result: 'already-ignored' });
    const stored = await db().identities.get(personal.id!);
    expect(stored?.neverTerms).toHaveLength(500);
    expect(stored?.customTerms).toEqual(['Falcon']);
  });

  it('drops calls beyond 60 a minute from one tab, without throwing, and another tab is not held back', async () => {
    const tab = linkedin();
    for (let i = 0; i < 60; i++) expect((await contentHandlers['phrase:ignore']({ phrase: `word${i}`, profile: anonymous }, tab)).result).toBe('added');
    await expect(contentHandlers['phrase:ignore']({ phrase: 'one too many', profile: anonymous }, tab)).resolves.toEqual({ identityName: '', result: 'rate-limited' });
    expect((await db().identities.where('name').equals('Personal').first())?.neverTerms).toHaveLength(60);
    expect((await contentHandlers['phrase:ignore']({ phrase: 'elsewhere', profile: anonymous }, linkedin())).result).toBe('added');
  });
});

describe('site:snooze and site:unsnooze', () => {
  it('quiets the site\'s checks until it ends, shows in the tab state, and the popup can resume', async () => {
    const tab = linkedin();
    const start = Date.now();
    const { until } = await contentHandlers['site:snooze']({ minutes: 60 }, tab);
    expect(until).toBeGreaterThanOrEqual(start + 60 * 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 60 * 60_000);
    expect(await getSetting('siteSnoozes')).toEqual({ linkedin: until });

    const quiet = await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab);
    expect(quiet).toMatchObject({ level: 'none', findings: [], headline: snoozeHeadline('linkedin', until) });
    expect(quiet.headline).toMatch(/^Snoozed on LinkedIn until \d/);
    expect(await pageHandlers['tab:state']({ tabId: tab.tabId }, popupPage)).toMatchObject({ site: 'linkedin', snoozedUntil: until });

    // Another site is not snoozed.
    const x: ContentSender = { context: 'content', tabId: ++tabCounter, url: 'https://x.com/home', site: 'x' };
    expect((await contentHandlers['draft:check'](draft('So hungover, called in sick', { site: 'x' }), x)).level).not.toBe('none');

    await expect(pageHandlers['site:unsnooze']({ site: 'linkedin' }, popupPage)).resolves.toBeNull();
    expect(await getSetting('siteSnoozes')).toEqual({});
    expect((session.get(`tab:${tab.tabId}`) as TabState).snoozedUntil).toBeUndefined();
    expect((await pageHandlers['tab:state']({ tabId: tab.tabId }, popupPage))?.snoozedUntil).toBeUndefined();
    expect((await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab)).level).not.toBe('none');
  });

  it('marks every tab on the site, and a tab with no checked draft yet', async () => {
    const first = linkedin();
    const second = linkedin();
    await contentHandlers['draft:check'](draft('hello'), second);
    const { until } = await contentHandlers['site:snooze']({ minutes: 5 }, first);
    expect(session.get(`tab:${first.tabId}`)).toEqual({ tabId: first.tabId, site: 'linkedin', url: first.url, composers: [], snoozedUntil: until });
    expect((session.get(`tab:${second.tabId}`) as TabState).snoozedUntil).toBe(until);
    // A later verdict keeps it.
    await contentHandlers['draft:check'](draft('hello again'), second);
    expect((session.get(`tab:${second.tabId}`) as TabState).snoozedUntil).toBe(until);
  });

  it('the popup\'s "Pause on this site" is the same snooze, for every tab of the site', async () => {
    const tab = linkedin();
    await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab);
    const { until } = await pageHandlers['site:pause']({ site: 'linkedin', minutes: 60 }, popupPage);
    expect(await getSetting('siteSnoozes')).toEqual({ linkedin: until });
    expect((session.get(`tab:${tab.tabId}`) as TabState).snoozedUntil).toBe(until);
    expect((await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab)).level).toBe('none');
    await pageHandlers['site:unsnooze']({ site: 'linkedin' }, popupPage);
    expect((await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab)).level).not.toBe('none');
  });

  it('ignores an expired snooze and cleans it up', async () => {
    const tab = linkedin();
    await setSetting('siteSnoozes', { linkedin: Date.now() - 1, x: Date.now() + 60_000 });
    expect((await contentHandlers['draft:check'](draft('So hungover, called in sick'), tab)).level).not.toBe('none');
    expect(Object.keys(await getSetting('siteSnoozes'))).toEqual(['x']);
    // The tab's copy of the verdict is written after the answer (background/after-reply.ts).
    await settled();
    session.set(`tab:${tab.tabId}`, { ...(session.get(`tab:${tab.tabId}`) as TabState), snoozedUntil: Date.now() - 1 });
    expect((await pageHandlers['tab:state']({ tabId: tab.tabId }, popupPage))?.snoozedUntil).toBeUndefined();
  });

  it('says paused, not snoozed, when both', async () => {
    const tab = linkedin();
    await contentHandlers['site:snooze']({ minutes: 5 }, tab);
    await setSetting('paused', true);
    expect((await contentHandlers['draft:check'](draft('So hungover'), tab)).headline).toBe('Hatcheck is paused');
  });
});

describe('popup:open', () => {
  it('opens the page the manifest names as the popup, and needs no new permission', async () => {
    const { POPUP_PATH } = await import('../../src/background/open-popup');
    const manifest = (await import('../../manifest.json', { with: { type: 'json' } })).default;
    expect(POPUP_PATH).toBe(manifest.action.default_popup);
    // windows.create needs no permission (Chrome's and Firefox's docs): none was added for it.
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
  });

  it('opens the popup for the sender\'s tab in a small window, at most 3 a minute per tab', async () => {
    const tab = linkedin();
    await expect(contentHandlers['popup:open'](null, tab)).resolves.toBeNull();
    expect(created).toEqual([{ url: `chrome-extension://hatcheck/src/popup/index.html?tabId=${tab.tabId}`, type: 'popup', width: 380, height: 600 }]);
    for (let i = 0; i < 5; i++) await expect(contentHandlers['popup:open'](null, tab)).resolves.toBeNull();
    expect(created).toHaveLength(3);
  });
});

describe('decision:record', () => {
  it('counts the decision in its week, for the sender\'s site, with no text', async () => {
    const tab = linkedin();
    await expect(contentHandlers['decision:record']({ decision: 'posted-anyway', level: 'confirm', categories: ['alcohol', 'absence'] }, tab)).resolves.toBeNull();
    await contentHandlers['decision:record']({ decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] }, tab);
    const rows = await db().decisionWeeks.toArray();
    expect(rows).toEqual([{ week: expect.stringMatching(/^\d{4}-W\d{2}$/), site: 'linkedin', decision: 'posted-anyway', level: 'confirm', count: 2, categories: { alcohol: 2, absence: 1 } }]);
  });

  it('drops records beyond 60 a minute from one tab, without throwing', async () => {
    const tab = linkedin();
    for (let i = 0; i < 70; i++) await expect(contentHandlers['decision:record']({ decision: 'dismissed', level: 'warn', categories: [] }, tab)).resolves.toBeNull();
    expect((await db().decisionWeeks.toArray())[0]?.count).toBe(60);
  });
});

describe('worker:wake', () => {
  it('answers null and leaves the audience index read, so the verdict after the debounce does not read it again', async () => {
    const index = await import('../../src/shared/storage/audience-index');
    index.forgetAudienceIndex();
    await db().contacts.add({ name: 'Dana Boss', nameKey: 'dana boss', handles: ['linkedin:dana'], emails: [], tag: 'work', tagSource: 'manual', sources: ['manual'], updatedAt: Date.now() });
    const reads = () => index.indexBuilds + index.snapshotReads;
    const before = reads();
    await expect(contentHandlers['worker:wake'](null, linkedin())).resolves.toBeNull();
    expect(reads()).toBe(before + 1);
    await contentHandlers['draft:check'](draft('Proud of the team'), linkedin());
    expect(reads()).toBe(before + 1);
  });
});
