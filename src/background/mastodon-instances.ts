import { instanceOrigins } from '../core/mastodon-instances';

// Mastodon instances the user enabled: for each granted origin, the content script is registered
// dynamically (scripting.registerContentScripts, persisted across browser restarts); when the
// permission goes, so does the script. The granted permissions are the only record: nothing else
// is stored, so the two cannot disagree. Every call re-derives the state (the worker is stateless).

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

/** 'mastodon' when a page URL is on a granted instance (the sender check), else undefined. */
export async function grantedInstanceSite(api: InstanceBrowser, url: string): Promise<'mastodon' | undefined> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return (await grantedInstances(api)).includes(origin) ? 'mastodon' : undefined;
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
