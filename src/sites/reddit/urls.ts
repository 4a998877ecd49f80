// URL predicates for Reddit pages, with the URLs they are meant for (sites.md §8, §19: the
// subreddit in the URL is the most robust audience signal there is).

/** www.reddit.com (new "shreddit" UI) and old.reddit.com (plain forms); reddit.com only redirects to www. */
export function isReddit(url: URL): boolean {
  return url.hostname === 'www.reddit.com' || url.hostname === 'old.reddit.com';
}

export function isOldReddit(url: URL): boolean {
  return url.hostname === 'old.reddit.com';
}

/**
 * The subreddit a page belongs to, as `r/<name>` with the case the URL has, or '':
 * `/r/cats/comments/1abc23/my_cat/` → `r/cats`, `/r/AskUK/submit` → `r/AskUK`, `/submit` → '',
 * `/user/jane_doe/` → ''. Subreddit names are 2-21 letters, digits and underscores.
 */
export function subredditOf(url: URL): string {
  const m = /^\/r\/([A-Za-z0-9_]{2,21})(?:\/|$)/.exec(url.pathname);
  return m ? `r/${m[1]}` : '';
}

/** The new-post page: `/r/cats/submit`, `/submit`, `/user/jane_doe/submit` (new and old Reddit). */
export function isSubmitPage(url: URL): boolean {
  return /^\/(?:(?:r|user|u)\/[^/]+\/)?submit\/?$/.test(url.pathname);
}

/** Old Reddit's private-message page: `/message/compose/?to=sam_rivera`. */
export function isMessageCompose(url: URL): boolean {
  return /^\/message\/compose\/?$/.test(url.pathname);
}
