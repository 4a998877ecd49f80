// URL predicates for Facebook pages, with the URLs they are meant for.

/**
 * Every www.facebook.com page can hold a composer or a chat tab: the feed
 * `https://www.facebook.com/`, a profile or Page `https://www.facebook.com/acmecorp`, a post
 * `https://www.facebook.com/jane.doe/posts/123`, `https://www.facebook.com/groups/123/`.
 * Not web.facebook.com or m.facebook.com: sites.md §5 covers www only.
 */
export function isFacebook(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'www.facebook.com';
}
