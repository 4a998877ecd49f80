// "Any site the user enables" (issue 6): an https origin the user granted from the popup for the
// generic adapter (src/sites/generic/). Such a site is known to the worker as `web:<host>`, so every
// per-site setting (identity, snooze, audience) is per origin. Pure helpers; the record of which
// granted origins are generic sites is the `webSites` setting (see docs/decisions.md).
import type { AudienceKind } from './types';
import { parseInstance } from './mastodon-instances';

export const WEB_PREFIX = 'web:';

/** The audiences the user can pick for a site ("Who reads what you write here"). */
export const WEB_AUDIENCES: readonly AudienceKind[] = ['professional', 'public', 'personal'];

/** An enabled site's settings: who reads what the user writes there. */
export interface WebSiteSettings {
  audience: AudienceKind;
}

/** `web:forum.example.com` for `https://forum.example.com`. */
export function webSiteKey(origin: string): string {
  return `${WEB_PREFIX}${new URL(origin).hostname}`;
}

export function isWebSite(site: string | undefined): site is string {
  return typeof site === 'string' && site.startsWith(WEB_PREFIX) && site.length > WEB_PREFIX.length;
}

/** `https://forum.example.com` for `web:forum.example.com`. */
export function webSiteOrigin(site: string): string {
  return `https://${site.slice(WEB_PREFIX.length)}`;
}

/** The host a person reads (`forum.example.com`) for a site key, or the key itself. */
export function webSiteHost(site: string): string {
  return isWebSite(site) ? site.slice(WEB_PREFIX.length) : site;
}

/**
 * The origin Hatcheck could be enabled on for a tab's URL: https, a plain host name (no port, no
 * user), not a site Hatcheck already covers. Undefined otherwise (chrome://, http, file, built-in).
 */
export function enableableOrigin(url: string | undefined): string | undefined {
  if (!url || !url.startsWith('https://')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.port || parsed.username || parsed.password) return undefined;
  const result = parseInstance(parsed.origin);
  return result.ok ? result.origin : undefined;
}

/** A stored audience, or 'public' (anyone: the site cannot say) when none or a bad one is stored. */
export function webAudience(sites: Readonly<Record<string, WebSiteSettings>>, origin: string): AudienceKind {
  const chosen = Object.hasOwn(sites, origin) ? sites[origin]?.audience : undefined;
  return chosen && WEB_AUDIENCES.includes(chosen) ? chosen : 'public';
}
