import { bluesky } from './bluesky/adapter';
import { linkedin } from './linkedin/adapter';
import type { SiteAdapter } from './types';

/** Every site adapter. A test checks each has a fixture page and a row in core/sites.ts. */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin, bluesky];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url));
}
