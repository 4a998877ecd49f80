// URL predicates for Instagram web, with the URLs they are meant for.

/**
 * Every www.instagram.com page can hold a composer: the feed `https://www.instagram.com/` (comment
 * boxes, the Create dialog), a post `https://www.instagram.com/p/C8abcDEF/`, a profile
 * `https://www.instagram.com/jane.doe/`, a DM thread `https://www.instagram.com/direct/t/340282366841710300949128/`.
 * Not m.instagram.com or instagram.com itself: sites.md §6 covers www only (the bare host redirects).
 */
export function isInstagram(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'www.instagram.com';
}

/** A DM page: `/direct/t/<thread id>/` (a conversation) or `/direct/inbox/`. */
export function isDirect(url: URL): boolean {
  return isInstagram(url) && /^\/direct\//.test(url.pathname);
}
