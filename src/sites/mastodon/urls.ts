// URL predicates for Mastodon. Mastodon runs on any domain: the content script only runs on
// mastodon.social (built in) and on instances the user enabled (an optional host permission, then
// a dynamically registered content script), and the adapter recognises the app by its DOM there.

/** The instance Hatcheck supports without asking: `https://mastodon.social/home`. */
export const BUILT_IN_INSTANCE = 'mastodon.social';

/**
 * Any https page can be a Mastodon instance (`https://hachyderm.io/home`, `https://fosstodon.org/publish`),
 * except the other supported sites' origins (`https://www.linkedin.com/feed/`), which their own adapters read.
 */
export function mayBeMastodon(url: URL, otherSiteOrigins: readonly string[]): boolean {
  return url.protocol === 'https:' && !otherSiteOrigins.includes(url.origin);
}
