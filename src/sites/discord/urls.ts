// URL predicates for Discord's web client, with the URLs they are meant for (sites.md §11 "Server /
// channel": the URL names the server and the channel, the most robust audience signal Discord gives).

/** The web client: `https://discord.com/app`, `https://discord.com/channels/…` (other paths are marketing and sign-in). */
export function isDiscord(url: URL): boolean {
  return url.hostname === 'discord.com' && /^\/(?:app(?:\/|$)|channels\/)/.test(url.pathname);
}

const CHANNELS = /^\/channels\/(@me|\d{17,20})(?:\/(\d{17,20}))?(?:\/|$)/;

export interface DiscordLocation {
  /** The server (guild) id, '@me' for direct messages, or '' off a /channels/ URL. */
  guild: string;
  /** The open channel, DM or thread id, or ''. */
  channel: string;
}

/**
 * The server and channel a client URL names:
 * `/channels/1100000000000000001/1200000000000000011` (a server's channel),
 * `/channels/@me/1300000000000000031` (a DM or group DM), `/channels/@me` (the friends list).
 */
export function discordLocation(url: URL): DiscordLocation {
  const m = CHANNELS.exec(url.pathname);
  return { guild: m?.[1] ?? '', channel: m?.[2] ?? '' };
}
