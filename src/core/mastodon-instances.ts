// Mastodon runs on thousands of domains. mastodon.social is built in; any other instance is an
// origin the user grants (an optional host permission), for which the background registers the
// content script. These pure helpers turn what a person types into that origin, and a browser's
// granted-permission list back into instances. See docs/decisions.md ("Mastodon on any instance").
import { SUPPORTED_SITES } from './sites';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const builtInOrigins = (): string[] => SUPPORTED_SITES.flatMap((s) => s.origins);

export type InstanceInput = { ok: true; origin: string; pattern: string; host: string } | { ok: false; reason: string };

/**
 * What a person typed ("hachyderm.io", "https://hachyderm.io/home", "@jane@hachyderm.io") to the
 * instance's https origin and the match pattern to request for it. Hosts only: no ports, paths
 * are dropped, no wildcards, and not a site Hatcheck already supports.
 */
export function parseInstance(input: string): InstanceInput {
  let value = input.trim().toLowerCase();
  if (!value) return { ok: false, reason: 'Type the domain of your Mastodon server, like hachyderm.io.' };
  const acct = /^@?[^@\s/]+@([^@\s/]+)$/.exec(value);
  if (acct) value = acct[1]!;
  if (/^http:\/\//.test(value)) return { ok: false, reason: 'Mastodon servers use https.' };
  if (!/^https:\/\//.test(value)) value = `https://${value}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'That is not a domain name.' };
  }
  if (url.port || url.username || url.password) return { ok: false, reason: 'Type the domain only, without a port or a user name.' };
  const host = url.hostname;
  if (!HOST.test(host)) return { ok: false, reason: 'That is not a domain name.' };
  const origin = `https://${host}`;
  if (builtInOrigins().includes(origin)) return { ok: false, reason: `${host} is already supported; nothing to enable.` };
  return { ok: true, origin, pattern: `${origin}/*`, host };
}

/**
 * The instances among granted host permissions: exact `https://<host>/*` patterns the user
 * granted, minus the built-in sites' own (Chrome lists content-script matches among them).
 * Broader patterns (`https://*\/*`, `*://…`) are never taken for an instance.
 */
export function instanceOrigins(grantedPatterns: readonly string[]): string[] {
  const builtIn = builtInOrigins();
  const out = new Set<string>();
  for (const pattern of grantedPatterns) {
    const m = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
    if (!m || !HOST.test(m[1]!)) continue;
    const origin = `https://${m[1]}`;
    if (!builtIn.includes(origin)) out.add(origin);
  }
  return [...out].sort();
}
