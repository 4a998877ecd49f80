// URL predicates for Microsoft Teams on the web (sites.md §12), with the URLs they are meant for.
// Teams names a conversation by its thread id, and the id's suffix says what kind of conversation
// it is (Microsoft Graph's chat and channel ids, as Teams deep links carry them):
//   19:<a>_<b>@unq.gbl.spaces   a one-on-one chat
//   19:<hex>@thread.v2          a group chat (and a meeting's chat)
//   19:<hex>@thread.tacv2       a channel (also the older @thread.skype)

/** The web app's hosts: work or school accounts (teams.microsoft.com, teams.cloud.microsoft) and Teams free (teams.live.com). */
export const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'] as const;

/** `https://teams.microsoft.com/v2/`, `https://teams.cloud.microsoft/`, `https://teams.live.com/v2/`. */
export function isTeams(url: URL): boolean {
  return (TEAMS_HOSTS as readonly string[]).includes(url.hostname);
}

export type ConversationKind = 'chat' | 'channel' | '';

const THREAD_ID = /19:[^/?#&\s]+?@(unq\.gbl\.spaces|thread\.v2|thread\.tacv2|thread\.skype)/i;

/** What kind of conversation a thread id (or any text holding one) names. */
export function threadKind(text: string): ConversationKind {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Keep the text as it is: a stray % is no thread id anyway.
  }
  const suffix = THREAD_ID.exec(decoded)?.[1]?.toLowerCase();
  if (!suffix) return '';
  return suffix === 'thread.tacv2' || suffix === 'thread.skype' ? 'channel' : 'chat';
}

/**
 * The conversation a Teams URL names, from the thread id in its path or hash, else the deep-link
 * route: `https://teams.microsoft.com/l/chat/19:…@thread.v2/conversations`,
 * `https://teams.microsoft.com/l/channel/19%3a…%40thread.tacv2/General?groupId=…&tenantId=…`,
 * the classic client's `#/conversations/19:…@unq.gbl.spaces?ctx=chat` and `#/channel/19:…@thread.tacv2/General`.
 */
export function urlConversationKind(url: URL): ConversationKind {
  const kind = threadKind(url.pathname + url.hash);
  if (kind) return kind;
  const route = `${url.pathname}${url.hash}`;
  if (/\/(?:l\/)?channel\//i.test(route)) return 'channel';
  if (/\/(?:l\/)?chat\//i.test(route) || /[?&]ctx=chat\b/.test(url.hash)) return 'chat';
  return '';
}
