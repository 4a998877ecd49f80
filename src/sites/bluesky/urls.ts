// URL predicates for Bluesky's web app (bsky.app), with the URLs they are meant for.

/** `https://bsky.app/`, `/profile/alice.bsky.social/post/3k…`, `/messages/3kxyz…`. */
export function isBluesky(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'bsky.app';
}

/** A chat conversation, `https://bsky.app/messages/<convoId>` (not the list at `/messages` or `/messages/settings`). */
export function isChatConversation(url: URL): boolean {
  return /^\/messages\/(?!settings(?:\/|$))[^/]+\/?$/.test(url.pathname);
}
