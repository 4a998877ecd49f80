// URL predicates for X, with the URLs they are meant for.

/** x.com and the old name (twitter.com redirects there); mobile.x.com serves the same app. */
const HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com']);

export function isX(url: URL): boolean {
  return HOSTS.has(url.hostname);
}

/** `/i/chat/123-456` (X Chat, 2026) and `/messages/123-456` (legacy DMs). */
export function isChat(url: URL): boolean {
  return /^\/(?:i\/chat|messages)(?:\/|$)/.test(url.pathname);
}

/** `/sam_rivera/status/1800000000000000001`: a post's page, whose inline box replies to it. */
export function isStatus(url: URL): boolean {
  return /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/.test(url.pathname);
}
