// URL predicates for Threads web, with the URLs they are meant for.

/**
 * Every Threads page can hold a composer: the feed `https://www.threads.com/`, `/compose` (the
 * composer opened by URL), a profile `https://www.threads.com/@jane.doe`, a post
 * `https://www.threads.com/@priya.shah/post/C8abcDEF`. www.threads.net is the old host and still
 * serves the same app (sites.md §7).
 */
export function isThreads(url: URL): boolean {
  return url.protocol === 'https:' && (url.hostname === 'www.threads.com' || url.hostname === 'www.threads.net');
}
