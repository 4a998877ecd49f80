import { instanceOrigins } from '../core/mastodon-instances';
import { webSiteKey, type WebSiteSettings } from '../core/web-sites';

// Origins the user granted: Mastodon instances (options page) and sites enabled for the generic
// adapter (popup, issue 6). For each granted origin the content script is registered dynamically
// (scripting.registerContentScripts, persisted across browser restarts) — the same script whatever
// the kind, with the historical id prefix `hatcheck-mastodon:`; when the permission goes, so does
// the script. The grant is the record of *where*; the `webSites` setting only says which granted
// origins are generic sites (the rest are Mastodon instances). The content script asks the worker
// which it is (`page:site`), and the worker answers from sender.url. Every call re-derives the state.

/** The browser API surface this needs (webextension-polyfill's shapes), so tests can pass a fake. */
export interface InstanceBrowser {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  /** The content script's files as the built manifest names them (`content.js`). */
  contentScriptFiles(): string[];
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

const PREFIX = 'hatcheck-mastodon:';

export const scriptId = (origin: string): string => `${PREFIX}${new URL(origin).hostname}`;

/** The instances the user has granted right now. */
export async function grantedInstances(api: InstanceBrowser): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return instanceOrigins(origins);
}

/**
 * The site a page URL on a granted origin is (the sender check): `web:<host>` when the user enabled
 * the origin from the popup, else `mastodon`; undefined when the origin was not granted.
 */
export async function grantedSiteFor(api: InstanceBrowser, url: string, webSites: () => Promise<Readonly<Record<string, WebSiteSettings>>>): Promise<string | undefined> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  // Both at once: this runs before every verdict from a granted origin.
  const [granted, sites] = await Promise.all([grantedInstances(api), webSites()]);
  if (!granted.includes(origin)) return undefined;
  return Object.hasOwn(sites, origin) ? webSiteKey(origin) : 'mastodon';
}

/** 'mastodon' when a page URL is on a granted instance, else undefined (no generic sites known). */
export async function grantedInstanceSite(api: InstanceBrowser, url: string): Promise<'mastodon' | undefined> {
  return (await grantedSiteFor(api, url, async () => ({}))) === 'mastodon' ? 'mastodon' : undefined;
}

/** What injecting into an open tab needs (webextension-polyfill's shapes). */
export interface InjectBrowser extends InstanceBrowser {
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  scripting: InstanceBrowser['scripting'] & {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
}

/**
 * Right after the user enabled a site from the popup: registers the script (as onAdded would) and
 * runs it in that tab at once, so no reload is needed. Only when the tab's origin is granted and
 * enabled as a generic site; the content script's own guard makes a second run do nothing.
 */
export async function injectEnabledSite(api: InjectBrowser, tabId: number, webSites: () => Promise<Readonly<Record<string, WebSiteSettings>>>): Promise<boolean> {
  const { url } = await api.tabs.get(tabId).catch(() => ({ url: undefined }));
  if (!url) return false;
  const site = await grantedSiteFor(api, url, webSites);
  if (!site?.startsWith('web:')) return false;
  await syncInstanceScripts(api);
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: api.contentScriptFiles() });
  return true;
}

/**
 * Makes the registered scripts match the granted instances: registers what is missing (or out of
 * date), unregisters what is no longer granted. Scripts that are not ours are never touched.
 */
export async function syncInstanceScripts(api: InstanceBrowser): Promise<{ registered: string[]; removed: string[] }> {
  const granted = await grantedInstances(api);
  const js = api.contentScriptFiles();
  const wanted = new Map(granted.map((origin) => [scriptId(origin), origin]));
  const ours = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));

  const stale = ours.filter((s) => {
    const origin = wanted.get(s.id);
    return !origin || JSON.stringify(s.matches ?? []) !== JSON.stringify([`${origin}/*`]);
  });
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });

  const present = new Set(ours.filter((s) => !stale.includes(s)).map((s) => s.id));
  const missing = [...wanted].filter(([id]) => !present.has(id));
  const registered: string[] = [];
  for (const [id, origin] of missing) {
    try {
      await api.scripting.registerContentScripts([{ id, matches: [`${origin}/*`], js, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
      registered.push(origin);
    } catch {
      // Two syncs at once (onAdded and onStartup) may race to the same id: the other one won.
    }
  }
  return { registered, removed: stale.filter((s) => !wanted.has(s.id)).map((s) => `https://${s.id.slice(PREFIX.length)}`) };
}
