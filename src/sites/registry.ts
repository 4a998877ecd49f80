import { bluesky } from './bluesky/adapter';
import { discord } from './discord/adapter';
import { facebook } from './facebook/adapter';
import { gmail } from './gmail/adapter';
import { instagram } from './instagram/adapter';
import { linkedin } from './linkedin/adapter';
import { mastodon } from './mastodon/adapter';
import { slack } from './slack/adapter';
import { threads } from './threads/adapter';
import { teams } from './teams/adapter';
import { reddit } from './reddit/adapter';
import type { SiteAdapter } from './types';
import { x } from './x/adapter';

/** Every site adapter. A test checks each has a fixture page and a row in core/sites.ts. */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin, bluesky, mastodon, x, gmail, facebook, slack, reddit, teams, discord, instagram, threads];

export function adapterFor(url: URL): SiteAdapter | undefined {
  // Mastodon runs on any domain the user enables and is recognised by its DOM, so every site
  // that names its hosts is asked first, whatever the order above.
  return ADAPTERS.find((adapter) => adapter !== mastodon && adapter.matchesUrl(url)) ?? (mastodon.matchesUrl(url) ? mastodon : undefined);
}
