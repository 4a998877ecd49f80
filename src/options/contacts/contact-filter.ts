// Search and filters over the contacts held in the options page. Pure and in memory: the page reads
// every contact once (≈ 50,000 rows), keeps one lower-case "haystack" string per contact, and a
// keystroke is one pass of `includes` over those strings (a few ms; `npm run bench` measures the
// keystroke to rendered rows in Chromium).
import type { ContactTag } from '../../core/audience';
import { foldName } from '../../core/import/match-keys';
import type { Contact, ContactRole } from '../../shared/storage/db';

export interface ContactFilters {
  /** Words that must all appear in the name, a handle, an e-mail, the employer or the title (any case, accents optional). */
  search: string;
  tag: ContactTag | '';
  /** A handle's site ('linkedin', 'mastodon'…), 'email' for an e-mail address, or '' for any. */
  site: string;
  /** A role, 'none' for contacts without one, or '' for any. */
  role: ContactRole | 'none' | '';
  /** An import format id or 'manual', or '' for any. */
  source: string;
}

export const NO_FILTERS: ContactFilters = { search: '', tag: '', site: '', role: '', source: '' };

/** A contact and its search text, made once per load or edit (not per keystroke). */
export interface Row {
  contact: Contact;
  hay: string;
  sites: string[];
}

export function siteOf(handle: string): string {
  const colon = handle.indexOf(':');
  return colon > 0 ? handle.slice(0, colon) : '';
}

export function toRow(contact: Contact): Row {
  const name = contact.name.toLowerCase();
  const folded = foldName(contact.name);
  const parts = [name, folded === name ? '' : folded, ...contact.handles, ...contact.emails, contact.employer ?? '', contact.title ?? ''];
  const sites = new Set<string>();
  for (const h of contact.handles) {
    const site = siteOf(h);
    if (site) sites.add(site);
  }
  if (contact.emails.length) sites.add('email');
  return { contact, hay: parts.join('\n').toLowerCase(), sites: [...sites] };
}

/** By name, then by id (the order the list and its ranges use). */
export function compareRows(a: Row, b: Row): number {
  return a.contact.nameKey < b.contact.nameKey ? -1 : a.contact.nameKey > b.contact.nameKey ? 1 : (a.contact.id ?? 0) - (b.contact.id ?? 0);
}

export function searchWords(search: string): string[] {
  const lower = search.toLowerCase();
  const words = lower.split(/\s+/).filter(Boolean);
  return words;
}

export function isFiltered(filters: ContactFilters): boolean {
  return Boolean(filters.search.trim() || filters.tag || filters.site || filters.role || filters.source);
}

/** The rows that match every filter, in the order given. */
export function filterRows(rows: readonly Row[], filters: ContactFilters): Row[] {
  if (!isFiltered(filters)) return rows as Row[];
  const words = searchWords(filters.search);
  const { tag, site, role, source } = filters;
  return rows.filter((row) => {
    const c = row.contact;
    if (tag && c.tag !== tag) return false;
    if (role && (role === 'none' ? c.role !== undefined : c.role !== role)) return false;
    if (source && !c.sources.includes(source)) return false;
    if (site && !row.sites.includes(site)) return false;
    for (const w of words) if (!row.hay.includes(w)) return false;
    return true;
  });
}

/** The sites and sources present in the list, for the filter menus (sorted, each once). */
export function facets(rows: readonly Row[]): { sites: string[]; sources: string[] } {
  const sites = new Set<string>();
  const sources = new Set<string>();
  for (const row of rows) {
    for (const s of row.sites) sites.add(s);
    for (const s of row.contact.sources) sources.add(s);
  }
  return { sites: [...sites].sort(), sources: [...sources].sort() };
}
