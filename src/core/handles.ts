// Site-qualified handles are how a mention in a page meets a contact in the audience map.
// `linkedin:jane-doe` for a member, `linkedin:company/acme` for a page, `email:a@b.c`.

import { SUPPORTED_SITES } from './sites';

const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;
/** The prefixes a stored handle may have: our sites and e-mail. */
const QUALIFIERS = new Set(['email', ...SUPPORTED_SITES.map((s) => s.id)]);

const LINKEDIN_PATH = /^\/(in|company|school|showcase)\/([^/?#]+)/i;

/** A LinkedIn URL or path to its handle, or '' if it is not a profile link. */
export function linkedinHandle(urlOrPath: string): string {
  let path = urlOrPath.trim();
  try {
    const url = new URL(path, 'https://www.linkedin.com');
    if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return '';
    path = url.pathname;
  } catch {
    return '';
  }
  const m = LINKEDIN_PATH.exec(path);
  if (!m) return '';
  let slug: string;
  try {
    slug = decodeURIComponent(m[2] ?? '').toLowerCase();
  } catch {
    return ''; // malformed escapes ("/in/100%") are no profile
  }
  if (/\s/.test(slug)) return ''; // "/in/first%20name" is no LinkedIn slug
  return m[1]?.toLowerCase() === 'in' ? `linkedin:${slug}` : `linkedin:${m[1]?.toLowerCase()}/${slug}`;
}

/**
 * What a person typed into "profile link or handle" to a stored handle: a LinkedIn URL, an e-mail
 * address, or an already qualified `site:handle`. Returns '' when it is none of those.
 */
export function normalizeHandle(input: string): string {
  const value = input.trim().replace(/^mailto:/i, 'email:');
  if (!value) return '';
  const qualified = /^([a-z]+):([^\s/][^\s]*)$/i.exec(value);
  if (qualified && QUALIFIERS.has(qualified[1]!.toLowerCase())) {
    const [, site, rest] = qualified;
    return site!.toLowerCase() === 'email' ? normalizeHandle(rest!) : value.toLowerCase();
  }
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)*linkedin\.com\//i.test(value)) return linkedinHandle(/^https?:/i.test(value) ? value : `https://${value}`);
  if (EMAIL.test(value)) return `email:${value.toLowerCase()}`;
  return '';
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
