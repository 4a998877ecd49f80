// URL predicates for Slack's web client, with the URLs they are meant for (sites.md §9, §19: the
// team id in the URL is the most robust identity signal Slack gives).

/** `https://app.slack.com/client/T01ACME2345/C01GENERAL1` (the web client; other hosts are sign-in pages). */
export function isSlack(url: URL): boolean {
  return url.hostname === 'app.slack.com';
}

/** Slack ids: a letter and then upper-case letters and digits (`T01ACME2345`, `C01GENERAL1`, `D04…`, `G06…`). */
const CLIENT = /^\/client\/(T[A-Z0-9]{2,})(?:\/([CDG][A-Z0-9]{2,}))?(?:\/|$)/;

export interface SlackLocation {
  /** The workspace (team) id, `T…`, or ''. */
  team: string;
  /** The open conversation, `C…` (channel), `D…` (direct message), `G…` (private channel or group DM of old), or ''. */
  conversation: string;
}

/**
 * The workspace and conversation a client URL names:
 * `/client/T01ACME2345/C01GENERAL1`, `/client/T01ACME2345/D04SAMRIV44`,
 * `/client/T01ACME2345/C01GENERAL1/thread/C01GENERAL1-1700000000.000100` (a thread of that channel).
 */
export function slackLocation(url: URL): SlackLocation {
  const m = CLIENT.exec(url.pathname);
  return { team: m?.[1] ?? '', conversation: m?.[2] ?? '' };
}
