import { bluesky } from './bluesky/adapter';
import { discord } from './discord/adapter';
import { facebook } from './facebook/adapter';
import { generic } from './generic/adapter';
import { gmail } from './gmail/adapter';
import { instagram } from './instagram/adapter';
import { linkedin } from './linkedin/adapter';
import { isMastodonApp, mastodon } from './mastodon/adapter';
import { slack } from './slack/adapter';
import { threads } from './threads/adapter';
import { teams } from './teams/adapter';
import { reddit } from './reddit/adapter';
import { wordpress } from './wordpress/adapter';
import { youtube } from './youtube/adapter';
import { SUPPORTED_SITES } from '../core/sites';
import type { SiteAdapter } from './types';
import { x } from './x/adapter';

/** Every site adapter. A test checks each has a fixture page and a row in core/sites.ts. */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin, bluesky, mastodon, x, gmail, facebook, slack, reddit, teams, discord, instagram, threads, youtube, wordpress];

export function adapterFor(url: URL): SiteAdapter | undefined {
  // Mastodon runs on any domain the user enables and is recognised by its DOM, so every site
  // that names its hosts is asked first, whatever the order above.
  return ADAPTERS.find((adapter) => adapter !== mastodon && adapter.matchesUrl(url)) ?? (mastodon.matchesUrl(url) ? mastodon : undefined);
}

/**
 * The adapter for a page the content script runs on. Built-in sites are known by URL at once; on
 * any other origin (one the user granted) `pageSite` asks the worker which site the page is, from
 * the browser's URL and the grants: `web:<host>` (enabled from the popup) gets the generic adapter,
 * `mastodon` Mastodon's when the page is a Mastodon app (by its DOM); a refusal gets nothing.
 */
export async function adapterForPage(url: URL, pageSite: () => Promise<string>, doc: Document = document): Promise<SiteAdapter | undefined> {
  const named = ADAPTERS.find((adapter) => adapter !== mastodon && adapter.matchesUrl(url));
  if (named) return named;
  if (!mastodon.matchesUrl(url)) return undefined;
  if (BUILT_IN_MASTODON.includes(url.origin)) return mastodon;
  const site = await pageSite().catch(() => '');
  if (site.startsWith('web:')) return generic;
  // A granted origin that is not a Mastodon app (no server-rendered app root) gets nothing, so a
  // site enabled later from the popup can start in the same page (content/main.ts runs one adapter).
  return site === 'mastodon' && isMastodonApp(doc) ? mastodon : undefined;
}

const BUILT_IN_MASTODON = SUPPORTED_SITES.find((s) => s.id === 'mastodon')?.origins ?? [];
