// Site-qualified handles for the networks Hatcheck imports from but handles.ts does not know yet
// (it only knows the sites with a content script). Kept apart so handles.ts stays the contract for
// pages; the forms match it: lower-case `site:rest`.
//   mastodon:user@instance   x:id:<account id>   x:<screen name>   facebook:<username>   facebook:id:<id>
import { normalizeHandle } from '../handles';

const MASTODON_USER = /^[a-z0-9_][a-z0-9_.-]*$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;

function parseUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** `user@instance`, `@user@instance`, `acct:user@instance` or `https://instance/@user` → `mastodon:user@instance`. */
export function mastodonHandle(value: string): string {
  const v = value.trim();
  const url = parseUrl(v);
  let user: string;
  let host: string;
  if (url) {
    const m = /^\/@([^/@]+)(?:@([^/]+))?\/?$/.exec(url.pathname);
    if (!m) return '';
    user = m[1]!;
    host = m[2] ?? url.hostname;
  } else {
    const m = /^(?:acct:)?@?([^@\s]+)@([^@\s]+)$/i.exec(v);
    if (!m) return '';
    [, user, host] = m as unknown as [string, string, string];
  }
  if (!MASTODON_USER.test(user) || !DOMAIN.test(host)) return '';
  return `mastodon:${user.toLowerCase()}@${host.toLowerCase()}`;
}

/** An X (Twitter) numeric account id → `x:id:<id>`: archives name accounts by id, not by @name. */
export function xIdHandle(accountId: string): string {
  const id = accountId.trim();
  return /^\d{1,20}$/.test(id) ? `x:id:${id}` : '';
}

// Paths on x.com / twitter.com that are not profiles.
const X_RESERVED = new Set(['home', 'i', 'intent', 'search', 'settings', 'explore', 'notifications', 'messages', 'share', 'hashtag', 'login', 'signup', 'tos', 'privacy']);

/** `https://x.com/jane`, `https://twitter.com/intent/user?user_id=123` → `x:jane`, `x:id:123`. */
export function xHandleFromUrl(value: string): string {
  const url = parseUrl(value.trim());
  if (!url || !/(^|\.)(x|twitter)\.com$/i.test(url.hostname)) return '';
  const id = url.searchParams.get('user_id');
  if (/^\/intent\/(user|follow)\/?$/i.test(url.pathname) && id) return xIdHandle(id);
  const m = /^\/([A-Za-z0-9_]{1,15})\/?(?:$|\/)/.exec(url.pathname);
  if (!m || X_RESERVED.has(m[1]!.toLowerCase())) return '';
  return `x:${m[1]!.toLowerCase()}`;
}

/** `https://www.facebook.com/jane.doe`, `…/profile.php?id=100001` → `facebook:jane.doe`, `facebook:id:100001`. */
export function facebookHandleFromUrl(value: string): string {
  const url = parseUrl(value.trim());
  if (!url || !/(^|\.)(facebook|fb)\.com$/i.test(url.hostname)) return '';
  if (/^\/profile\.php$/i.test(url.pathname)) {
    const id = url.searchParams.get('id') ?? '';
    return /^\d{1,20}$/.test(id) ? `facebook:id:${id}` : '';
  }
  const m = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(url.pathname);
  return m && !FACEBOOK_RESERVED.has(m[1]!.toLowerCase()) ? `facebook:${m[1]!.toLowerCase()}` : '';
}

// First path segments on facebook.com that are not profiles.
const FACEBOOK_RESERVED = new Set(['groups', 'pages', 'events', 'watch', 'marketplace', 'gaming', 'friends', 'messages', 'notifications', 'settings', 'help', 'login', 'photo', 'photos', 'stories', 'reel', 'share', 'sharer', 'hashtag', 'search', 'people', 'public', 'privacy', 'policies']);

// eslint-disable-next-line no-control-regex
const CLEAN_HANDLE = /^[a-z]+:[^\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]+$/;

/**
 * Whether a handle is fit to store: qualified, lower-case site, no white space or invisible characters.
 * handles.ts can return a slug with a space (`/in/first%20name`) when given a damaged URL.
 */
export function isCleanHandle(handle: string): boolean {
  return CLEAN_HANDLE.test(handle);
}

const OWN_QUALIFIERS = /^(x|mastodon|facebook):(.+)$/i;

/**
 * Whatever a "handle" or "profile" cell holds to a handle: anything handles.ts accepts (LinkedIn URLs,
 * `linkedin:…`, e-mail → `email:…`), the forms above, or an already qualified `x:…` / `mastodon:…` /
 * `facebook:…`. '' when it is none of them (a bare "@jane" could be any site).
 */
export function anyHandle(value: string): string {
  const v = value.trim();
  if (!v) return '';
  const own = OWN_QUALIFIERS.exec(v);
  if (own) {
    const site = own[1]!.toLowerCase();
    const rest = own[2]!.trim();
    if (site === 'mastodon') return mastodonHandle(rest);
    if (site === 'x') return /^id:/i.test(rest) ? xIdHandle(rest.slice(3)) : /^[A-Za-z0-9_]{1,15}$/.test(rest) ? `x:${rest.toLowerCase()}` : '';
    return /^id:\d{1,20}$/i.test(rest) ? `facebook:${rest.toLowerCase()}` : /^[A-Za-z0-9.]{5,50}$/.test(rest) ? `facebook:${rest.toLowerCase()}` : '';
  }
  return normalizeHandle(v) || xHandleFromUrl(v) || facebookHandleFromUrl(v) || mastodonHandle(v);
}
