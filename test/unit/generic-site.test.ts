import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDraft } from '../../src/background/check-draft';
import { grantedSiteFor, injectEnabledSite, syncInstanceScripts, type InjectBrowser, type RegisteredScript } from '../../src/background/mastodon-instances';
import { resolveAudience } from '../../src/core/audience';
import { buildVerdict } from '../../src/core/verdict';
import { enableableOrigin, isWebSite, webAudience, webSiteKey, webSiteOrigin } from '../../src/core/web-sites';
import { parseRequest } from '../../src/shared/messaging/protocol';
import { createListener, type ContentHandlers, type PageHandlers } from '../../src/shared/messaging/server';
import { db } from '../../src/shared/storage/db';
import { setSetting } from '../../src/shared/storage/settings';

// Any site the user enables (issue 6 item 5): which granted origin is a generic site, the sender
// check, registration and injection with a fake browser API, the protocol, and the audience the
// user chose deciding the verdict.

function fakeBrowser(granted: string[], urls: Record<number, string> = {}) {
  const state = { granted: [...granted], scripts: [] as Array<{ id: string; matches?: string[]; js?: string[] }>, injected: [] as Array<{ tabId: number; files: string[] }> };
  const api = {
    permissions: { getAll: vi.fn(async () => ({ origins: [...state.granted] })) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => state.scripts.map((s) => ({ ...s }))),
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => void state.scripts.push(...scripts)),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        state.scripts = state.scripts.filter((s) => !filter?.ids?.includes(s.id));
      }),
      executeScript: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => void state.injected.push({ tabId: target.tabId, files })),
    },
    tabs: { get: vi.fn(async (tabId: number) => (urls[tabId] ? { url: urls[tabId] } : { })) },
    contentScriptFiles: () => ['content.js'],
  } satisfies InjectBrowser;
  return { api, state };
}

const FORUM = 'https://forum.example.com';
const webSites = (sites: Record<string, { audience: 'professional' | 'public' | 'personal' }>) => async () => sites;

describe('core/web-sites', () => {
  it('keys a site by its host, and back', () => {
    expect(webSiteKey(FORUM)).toBe('web:forum.example.com');
    expect(webSiteOrigin('web:forum.example.com')).toBe(FORUM);
    expect(isWebSite('web:forum.example.com')).toBe(true);
    expect(isWebSite('web:')).toBe(false);
    expect(isWebSite('mastodon')).toBe(false);
  });

  it.each([
    ['https://forum.example.com/t/1?x=2', FORUM],
    ['https://www.linkedin.com/feed/', undefined],
    ['http://forum.example.com/', undefined],
    ['https://forum.example.com:8443/', undefined],
    ['chrome://extensions/', undefined],
    ['https://localhost/', undefined],
    [undefined, undefined],
  ])('the origin a tab at %s can be enabled on: %s', (url, origin) => {
    expect(enableableOrigin(url)).toBe(origin);
  });

  it('reads a stored audience, else public (anyone)', () => {
    expect(webAudience({ [FORUM]: { audience: 'professional' } }, FORUM)).toBe('professional');
    expect(webAudience({}, FORUM)).toBe('public');
    expect(webAudience({ [FORUM]: { audience: 'bogus' as 'public' } }, FORUM)).toBe('public');
  });
});

describe('which site a granted origin is', () => {
  it('web:<host> when enabled from the popup, mastodon otherwise, nothing when not granted', async () => {
    const { api } = fakeBrowser([`${FORUM}/*`, 'https://hachyderm.io/*']);
    const sites = webSites({ [FORUM]: { audience: 'public' } });
    expect(await grantedSiteFor(api, `${FORUM}/t/1`, sites)).toBe('web:forum.example.com');
    expect(await grantedSiteFor(api, 'https://hachyderm.io/home', sites)).toBe('mastodon');
    expect(await grantedSiteFor(api, 'https://evil.example/', sites)).toBeUndefined();
    // Enabled once, but the permission is gone: not a site any more.
    expect(await grantedSiteFor(fakeBrowser([]).api, `${FORUM}/t/1`, sites)).toBeUndefined();
    // A look-alike, a subdomain or plain http of the enabled host.
    for (const url of ['https://forum.example.com.evil.test/', 'https://sub.forum.example.com/', 'http://forum.example.com/']) {
      expect(await grantedSiteFor(api, url, sites)).toBeUndefined();
    }
  });

  it('the sender check admits the enabled origin as web:<host>, from sender.url, never from the body', async () => {
    const ID = 'abcdefghijklmnopabcdefghijklmnop';
    const { api } = fakeBrowser([`${FORUM}/*`]);
    const content = { 'draft:check': vi.fn(async () => ({ level: 'none' })), 'page:site': vi.fn(async (_p: null, s: { site: string }) => ({ site: s.site })) };
    const listener = createListener(content as unknown as ContentHandlers, {} as PageHandlers, { id: ID, origin: `chrome-extension://${ID}/` }, (url) => grantedSiteFor(api, url, webSites({ [FORUM]: { audience: 'public' } })));
    const sender = (url: string, frameId = 0) => ({ id: ID, url, tab: { id: 4 }, frameId }) as Runtime.MessageSender;
    const snapshot = { site: 'linkedin', composerId: 'c1', text: 'beer', mentions: [], visibility: '', profile: { name: '', handle: '', kind: 'unknown' } };
    await listener({ hatcheck: 1, type: 'draft:check', payload: snapshot }, sender(`${FORUM}/t/1`));
    expect(content['draft:check']).toHaveBeenCalledWith(snapshot, { context: 'content', tabId: 4, url: `${FORUM}/t/1`, site: 'web:forum.example.com' });
    await expect(listener({ hatcheck: 1, type: 'page:site', payload: null }, sender(`${FORUM}/`))).resolves.toEqual({ site: 'web:forum.example.com' });
    await expect(listener({ hatcheck: 1, type: 'page:site', payload: null }, sender('https://other.example/'))).rejects.toThrow(/not granted/);
    // A subframe is never a content sender.
    expect(listener({ hatcheck: 1, type: 'page:site', payload: null }, sender(`${FORUM}/`, 3))).toBeUndefined();
  });
});

describe('registration and injection', () => {
  it('registers the one content script for an enabled origin, like an instance, and removes it with the grant', async () => {
    const { api, state } = fakeBrowser([`${FORUM}/*`]);
    await syncInstanceScripts(api);
    expect(state.scripts).toEqual([{ id: 'hatcheck-mastodon:forum.example.com', matches: [`${FORUM}/*`], js: ['content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
    state.granted = [];
    await syncInstanceScripts(api);
    expect(state.scripts).toEqual([]);
  });

  it('injects into the tab at once after the popup enabled its site, and nowhere else', async () => {
    const { api, state } = fakeBrowser([`${FORUM}/*`, 'https://hachyderm.io/*'], { 1: `${FORUM}/t/1`, 2: 'https://hachyderm.io/home', 3: 'https://never.example/' });
    const sites = webSites({ [FORUM]: { audience: 'personal' } });
    expect(await injectEnabledSite(api, 1, sites)).toBe(true);
    expect(await injectEnabledSite(api, 2, sites)).toBe(false); // a Mastodon instance: not the popup's to inject
    expect(await injectEnabledSite(api, 3, sites)).toBe(false); // not granted
    expect(await injectEnabledSite(api, 99, sites)).toBe(false); // no URL readable
    expect(state.injected).toEqual([{ tabId: 1, files: ['content.js'] }]);
    expect(state.scripts.map((s) => s.id).sort()).toEqual(['hatcheck-mastodon:forum.example.com', 'hatcheck-mastodon:hachyderm.io']);
  });
});

describe('protocol', () => {
  it('page:site takes no payload; site:inject a tab id; site:unsnooze a web site key', () => {
    expect(parseRequest({ hatcheck: 1, type: 'page:site', payload: null }, 'content')).toEqual({ type: 'page:site', payload: null });
    expect(parseRequest({ hatcheck: 1, type: 'page:site', payload: { site: 'web:x.test' } }, 'content')).toBeUndefined();
    expect(parseRequest({ hatcheck: 1, type: 'site:inject', payload: { tabId: 3 } }, 'content')).toBeUndefined();
    expect(parseRequest({ hatcheck: 1, type: 'site:inject', payload: { tabId: 3 } }, 'page')).toEqual({ type: 'site:inject', payload: { tabId: 3 } });
    expect(parseRequest({ hatcheck: 1, type: 'site:unsnooze', payload: { site: 'web:forum.example.com' } }, 'page')).toBeDefined();
    expect(parseRequest({ hatcheck: 1, type: 'site:unsnooze', payload: { site: 'web:<script>' } }, 'page')).toBeUndefined();
    expect(parseRequest({ hatcheck: 1, type: 'site:unsnooze', payload: { site: 'nowhere' } }, 'page')).toBeUndefined();
  });
});

describe('the audience the user chose', () => {
  const TEXT = 'Called in sick today, so hungover';
  const snapshot = { site: 'web:forum.example.com', composerId: 'c1', text: TEXT, mentions: [], visibility: '', profile: { name: '', handle: '', kind: 'unknown' as const } };

  it('decides the audience kind, says so, and changes the level', () => {
    const audience = resolveAudience({ site: 'web:forum.example.com', visibility: '', mentions: [], chosenAudience: 'professional' });
    expect(audience).toMatchObject({ kind: 'professional', description: 'Your readers on forum.example.com: a professional audience, as you chose' });
    const identity = { name: '', kind: 'personal' as const };
    const professional = buildVerdict({ snapshot, identity, chosenAudience: 'professional' });
    const personal = buildVerdict({ snapshot, identity, chosenAudience: 'personal' });
    expect(professional.level).not.toBe('none');
    expect(['none', 'notice']).toContain(personal.level);
    expect(personal.audience.kind).toBe('personal');
  });

  describe('in the worker (checkDraft)', () => {
    beforeEach(async () => {
      await db().delete({ disableAutoOpen: false });
    });

    it('reads the per-origin setting; no setting means public', async () => {
      expect((await checkDraft(snapshot)).audience.kind).toBe('public');
      await setSetting('webSites', { [FORUM]: { audience: 'professional' } });
      const verdict = await checkDraft(snapshot);
      expect(verdict.audience.kind).toBe('professional');
      expect(verdict.reasons).toContain('You said what you write on forum.example.com reaches a professional audience');
      // Another enabled site keeps its own choice.
      expect((await checkDraft({ ...snapshot, site: 'web:other.example.com' })).audience.kind).toBe('public');
      // A built-in site never reads it.
      expect((await checkDraft({ ...snapshot, site: 'facebook', visibility: 'Public' })).audience.description).not.toContain('as you chose');
    });

    it('uses the identity chosen for that site only', async () => {
      const work = (await db().identities.toArray()).find((i) => i.kind === 'work')!;
      await setSetting('siteIdentity', { 'web:forum.example.com': { identityId: work.id! } });
      expect((await checkDraft(snapshot)).identity.kind).toBe('work');
      expect((await checkDraft({ ...snapshot, site: 'web:other.example.com' })).identity.kind).not.toBe('work');
    });
  });
});
