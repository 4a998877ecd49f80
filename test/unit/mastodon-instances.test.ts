import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { grantedInstanceSite, scriptId, syncInstanceScripts, type InstanceBrowser, type RegisteredScript } from '../../src/background/mastodon-instances';
import { instanceOrigins, parseInstance } from '../../src/core/mastodon-instances';
import { createListener, type ContentHandlers, type PageHandlers } from '../../src/shared/messaging/server';

/** A fake browser: granted origins and registered scripts as plain state, every call recorded. */
function fakeBrowser(granted: string[], registered: Array<{ id: string; matches?: string[] }> = []) {
  const state = { granted: [...granted], scripts: [...registered] as Array<{ id: string; matches?: string[]; js?: string[] }> };
  const api = {
    permissions: { getAll: vi.fn(async () => ({ origins: [...state.granted], permissions: ['storage', 'scripting'] })) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => state.scripts.map((s) => ({ ...s }))),
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
        for (const s of scripts) if (state.scripts.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.push(...scripts);
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        state.scripts = state.scripts.filter((s) => !filter?.ids?.includes(s.id));
      }),
    },
    contentScriptFiles: () => ['content.js'],
  } satisfies InstanceBrowser;
  return { api, state };
}

describe('parseInstance', () => {
  it.each([
    ['hachyderm.io', 'https://hachyderm.io'],
    ['  Hachyderm.IO ', 'https://hachyderm.io'],
    ['https://fosstodon.org/home', 'https://fosstodon.org'],
    ['@jane@social.example.com', 'https://social.example.com'],
    ['jane@social.example.com', 'https://social.example.com'],
    ['xn--mstdn-kva.example', 'https://xn--mstdn-kva.example'],
  ])('%s → %s', (input, origin) => {
    expect(parseInstance(input)).toEqual({ ok: true, origin, pattern: `${origin}/*`, host: new URL(origin).hostname });
  });

  it.each([
    ['', 'Type the domain'],
    ['http://hachyderm.io', 'https'],
    ['hachyderm.io:8443', 'port'],
    ['*.social', 'not a domain'],
    ['localhost', 'not a domain'],
    ['mastodon.social', 'already supported'],
    ['www.linkedin.com', 'already supported'],
    ['not a domain', 'not a domain'],
  ])('refuses %j', (input, reason) => {
    const parsed = parseInstance(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('instanceOrigins', () => {
  it('takes exact https host patterns the user granted, never broad ones or the built-in sites', () => {
    expect(instanceOrigins([
      'https://www.linkedin.com/*', 'https://mastodon.social/*', // content-script matches Chrome lists too
      'https://hachyderm.io/*', 'https://fosstodon.org/*', 'https://hachyderm.io/*',
      'https://*/*', '*://*/*', '<all_urls>', 'http://plain.example/*', 'https://*.example.org/*', 'https://path.example/only/*',
    ])).toEqual(['https://fosstodon.org', 'https://hachyderm.io']);
  });
});

describe('syncInstanceScripts', () => {
  it('registers the content script for a granted origin: that origin only, top frame, persisted', async () => {
    const { api, state } = fakeBrowser(['https://www.linkedin.com/*', 'https://mastodon.social/*', 'https://hachyderm.io/*']);
    expect(await syncInstanceScripts(api)).toEqual({ registered: ['https://hachyderm.io'], removed: [] });
    expect(api.scripting.registerContentScripts).toHaveBeenCalledExactlyOnceWith([
      { id: 'hatcheck-mastodon:hachyderm.io', matches: ['https://hachyderm.io/*'], js: ['content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
    expect(state.scripts.map((s) => s.id)).toEqual(['hatcheck-mastodon:hachyderm.io']);
  });

  it('does nothing when everything is already registered (a second sync, a browser restart)', async () => {
    const { api } = fakeBrowser(['https://hachyderm.io/*']);
    await syncInstanceScripts(api);
    expect(await syncInstanceScripts(api)).toEqual({ registered: [], removed: [] });
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(api.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('unregisters the script of an origin whose permission was removed, and keeps the others', async () => {
    const { api, state } = fakeBrowser(['https://hachyderm.io/*', 'https://fosstodon.org/*']);
    await syncInstanceScripts(api);
    state.granted = ['https://fosstodon.org/*'];
    expect(await syncInstanceScripts(api)).toEqual({ registered: [], removed: ['https://hachyderm.io'] });
    expect(api.scripting.unregisterContentScripts).toHaveBeenCalledExactlyOnceWith({ ids: ['hatcheck-mastodon:hachyderm.io'] });
    expect(state.scripts.map((s) => s.id)).toEqual(['hatcheck-mastodon:fosstodon.org']);
  });

  it('never touches scripts that are not its own, and replaces one whose matches are wrong', async () => {
    const { api, state } = fakeBrowser(['https://hachyderm.io/*'], [
      { id: 'someone-else', matches: ['https://example.com/*'] },
      { id: scriptId('https://hachyderm.io'), matches: ['https://*/*'] },
    ]);
    expect(await syncInstanceScripts(api)).toEqual({ registered: ['https://hachyderm.io'], removed: [] });
    expect(state.scripts).toEqual([
      { id: 'someone-else', matches: ['https://example.com/*'] },
      expect.objectContaining({ id: 'hatcheck-mastodon:hachyderm.io', matches: ['https://hachyderm.io/*'] }),
    ]);
  });

  it('survives two syncs racing to register the same origin', async () => {
    const { api, state } = fakeBrowser(['https://hachyderm.io/*']);
    await Promise.all([syncInstanceScripts(api), syncInstanceScripts(api)]);
    expect(state.scripts.map((s) => s.id)).toEqual(['hatcheck-mastodon:hachyderm.io']);
  });
});

describe('the sender check for granted instances', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const extension = { id: ID, origin: `chrome-extension://${ID}/` };
  const snapshot = { site: 'mastodon', composerId: 'c1', text: 'beer', mentions: [], visibility: 'Public', profile: { name: '', handle: '', kind: 'unknown' } };
  const message = { hatcheck: 1, type: 'draft:check', payload: snapshot };
  const tab = (url: string, overrides: Partial<Runtime.MessageSender> = {}) => ({ id: ID, url, tab: { id: 9 }, frameId: 0, ...overrides }) as Runtime.MessageSender;

  function setup(granted: string[]) {
    const { api } = fakeBrowser(granted);
    const content = { 'draft:check': vi.fn(async () => ({ level: 'none' })), 'draft:clear': vi.fn(async () => null) };
    const listener = createListener(content as unknown as ContentHandlers, { 'tab:state': vi.fn() } as unknown as PageHandlers, extension, (url) => grantedInstanceSite(api, url));
    return { content, listener };
  }

  it('accepts a content script on a granted instance, as the mastodon site', async () => {
    const { content, listener } = setup(['https://hachyderm.io/*']);
    await expect(listener(message, tab('https://hachyderm.io/home'))).resolves.toEqual({ level: 'none' });
    expect(content['draft:check']).toHaveBeenCalledExactlyOnceWith(snapshot, { context: 'content', tabId: 9, url: 'https://hachyderm.io/home', site: 'mastodon' });
  });

  it('the built-in instance needs no grant', async () => {
    const { content, listener } = setup([]);
    await expect(listener(message, tab('https://mastodon.social/home'))).resolves.toEqual({ level: 'none' });
    expect(content['draft:check']).toHaveBeenCalledWith(snapshot, expect.objectContaining({ site: 'mastodon' }));
  });

  it.each([
    ['an origin never granted', tab('https://evil.example/home')],
    ['a look-alike of a granted one', tab('https://hachyderm.io.evil.example/home')],
    ['a subdomain of a granted one', tab('https://sub.hachyderm.io/home')],
    ['plain http on a granted host', tab('http://hachyderm.io/home')],
  ])('refuses %s, calling no handler', async (_label, sender) => {
    const { content, listener } = setup(['https://hachyderm.io/*']);
    const result = listener(message, sender);
    if (result) await expect(result).rejects.toThrow(/refused/);
    expect(content['draft:check']).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', tab('https://hachyderm.io/home', { id: 'someone-else' })],
    ['a sub-frame', tab('https://hachyderm.io/home', { frameId: 2 })],
    ['no tab', tab('https://hachyderm.io/home', { tab: undefined })],
  ])('does not even ask for %s', (_label, sender) => {
    const { content, listener } = setup(['https://hachyderm.io/*']);
    expect(listener(message, sender)).toBeUndefined();
    expect(content['draft:check']).not.toHaveBeenCalled();
  });
});
