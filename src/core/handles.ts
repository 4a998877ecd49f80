// Site-qualified handles are how a mention in a page meets a contact in the audience map.
// `linkedin:jane-doe` for a member, `linkedin:company/acme` for a page, `email:a@b.c`.

import { SUPPORTED_SITES } from './sites';

const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;
/** The prefixes a stored handle may have: our sites and e-mail. */
const QUALIFIERS = new Set(['email', ...SUPPORTED_SITES.map((s) => s.id)]);

const LINKEDIN_PATH = /^\/(in|company|school|showcase)\/([^/?#]+)/i;

/** A LinkedIn URL or path to its handle, or '' if it is not a profile link. */
export function linkedinHandle(urlOrPath: string): string {
  let path = urlOrPath.trim();
  try {
    const url = new URL(path, 'https://www.linkedin.com');
    if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return '';
    path = url.pathname;
  } catch {
    return '';
  }
  const m = LINKEDIN_PATH.exec(path);
  if (!m) return '';
  let slug: string;
  try {
    slug = decodeURIComponent(m[2] ?? '').toLowerCase();
  } catch {
    return ''; // malformed escapes ("/in/100%") are no profile
  }
  if (/\s/.test(slug)) return ''; // "/in/first%20name" is no LinkedIn slug
  return m[1]?.toLowerCase() === 'in' ? `linkedin:${slug}` : `linkedin:${m[1]?.toLowerCase()}/${slug}`;
}

// Facebook hosts whose paths name profiles and Pages (mobile and basic included).
const FACEBOOK_HOST = /^(?:(?:www|web|m|mbasic|touch)\.)?(?:facebook|fb)\.com$/i;
// First path segments on facebook.com that are not profiles (as core/import/handles-social.ts).
const FACEBOOK_NOT_PROFILES = new Set(['groups', 'events', 'watch', 'marketplace', 'gaming', 'friends', 'messages', 'notifications', 'settings', 'help', 'login', 'photo', 'photos', 'photo.php', 'stories', 'reel', 'reels', 'share', 'sharer', 'hashtag', 'search', 'public', 'privacy', 'policies', 'bookmarks', 'saved', 'memories', 'home.php', 'story.php', 'permalink.php']);

/** A Facebook numeric account or Page id to its handle (`facebook:id:100001`), or ''. */
export function facebookIdHandle(id: string): string {
  return /^\d{1,20}$/.test(id) ? `facebook:id:${id}` : '';
}

/**
 * A Facebook profile or Page link to its handle, the same forms the friend-list import stores:
 * `/jane.doe` → `facebook:jane.doe`; `/profile.php?id=100001`, `/people/Jane-Doe/100001/` and
 * `/pages/Acme/123/` → `facebook:id:…`. Tracking queries (`?__cft__[0]=…`) are ignored. '' when
 * the link names no profile (a group, a photo, another site).
 */
export function facebookHandle(urlOrPath: string): string {
  let url: URL;
  try {
    url = new URL(urlOrPath.trim(), 'https://www.facebook.com');
  } catch {
    return '';
  }
  if (!/^https?:$/.test(url.protocol) || !FACEBOOK_HOST.test(url.hostname)) return '';
  const path = url.pathname;
  if (/^\/profile\.php\/?$/i.test(path)) return facebookIdHandle(url.searchParams.get('id') ?? '');
  const byId = /^\/(?:people|pages)\/[^/]+\/(\d{1,20})\/?$/i.exec(path);
  if (byId) return facebookIdHandle(byId[1]!);
  const m = /^\/([A-Za-z0-9.]{1,50})\/?$/.exec(path);
  if (!m) return '';
  const slug = m[1]!.toLowerCase();
  if (/^\d+$/.test(slug)) return facebookIdHandle(slug);
  // Usernames are at least five characters of letters, digits and periods.
  return slug.length >= 5 && !FACEBOOK_NOT_PROFILES.has(slug) ? `facebook:${slug}` : '';
}

const X_HOSTS = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/i;
const X_NAME = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments of x.com that are app pages, not accounts (x.com/home is no one's profile). */
const X_RESERVED = new Set(['home', 'explore', 'i', 'compose', 'messages', 'notifications', 'search', 'settings', 'login', 'logout', 'signup', 'tos', 'privacy', 'intent', 'share', 'hashtag', 'jobs']);

/**
 * An X account as the page shows it to its handle (`x:jane_doe`, lower case: X handles ignore
 * case): `@Jane_Doe` (a mention, the account switcher) or `/jane_doe` (a profile link's href, or
 * the same on x.com / twitter.com). '' otherwise. Imported URLs go through import/handles-social.ts.
 */
export function xHandle(input: string): string {
  const value = input.trim();
  let name = '';
  if (value.startsWith('@')) name = value.slice(1);
  else {
    try {
      const url = new URL(value, 'https://x.com');
      if (!X_HOSTS.test(url.hostname)) return '';
      // A profile link is one path segment; /jane/status/1 is a post, not an account.
      const segments = url.pathname.split('/').filter(Boolean);
      if (segments.length !== 1) return '';
      name = segments[0]!;
    } catch {
      return '';
    }
  }
  if (!X_NAME.test(name) || X_RESERVED.has(name.toLowerCase())) return '';
  return `x:${name.toLowerCase()}`;
}

/**
 * What a person typed into "profile link or handle" to a stored handle: a LinkedIn URL, an e-mail
 * address, or an already qualified `site:handle`. Returns '' when it is none of those.
 */
export function normalizeHandle(input: string): string {
  const value = input.trim().replace(/^mailto:/i, 'email:');
  if (!value) return '';
  const qualified = /^([a-z]+):([^\s/][^\s]*)$/i.exec(value);
  if (qualified && QUALIFIERS.has(qualified[1]!.toLowerCase())) {
    const [, site, rest] = qualified;
    return site!.toLowerCase() === 'email' ? normalizeHandle(rest!) : value.toLowerCase();
  }
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)*linkedin\.com\//i.test(value)) return linkedinHandle(/^https?:/i.test(value) ? value : `https://${value}`);
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)*(?:facebook|fb)\.com\//i.test(value)) return facebookHandle(/^https?:/i.test(value) ? value : `https://${value}`);
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)?reddit\.com\/(?:u|user)\//i.test(value)) return redditHandle(/^https?:/i.test(value) ? value : `https://${value}`);
  if (/^(?:https?:\/\/)?bsky\.app\/profile\//i.test(value)) return blueskyHandle(/^https?:/i.test(value) ? value : `https://${value}`);
  if (EMAIL.test(value)) return `email:${value.toLowerCase()}`;
  return '';
}

const BSKY_DOMAIN_HANDLE = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const BSKY_DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{1,253})$/;

/**
 * A Bluesky handle (`@Alice.bsky.social`, `alice.bsky.social`), DID (`did:plc:…`) or profile link
 * (`https://bsky.app/profile/alice.bsky.social/post/…`, `/profile/…`) to `bluesky:<handle or did>`,
 * or '' when it is none of those (atproto handle and DID syntax).
 */
export function blueskyHandle(input: string): string {
  let value = input.trim();
  if (/^(?:https?:\/\/|\/)/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value, 'https://bsky.app');
    } catch {
      return '';
    }
    if (url.hostname !== 'bsky.app') return '';
    const m = /^\/profile\/([^/?#]+)/.exec(url.pathname);
    if (!m) return '';
    try {
      value = decodeURIComponent(m[1]!);
    } catch {
      return '';
    }
  }
  value = value.replace(/^@/, '').toLowerCase();
  return BSKY_DOMAIN_HANDLE.test(value) || BSKY_DID.test(value) ? `bluesky:${value}` : '';
}

const REDDIT_HOST = /^(?:(?:www|old|new|np|m|sh)\.)?reddit\.com$/i;
/** Reddit usernames: 3-20 letters, digits, `_` and `-` (Reddit's sign-up rule). */
const REDDIT_NAME = /^[A-Za-z0-9_-]{3,20}$/;

/**
 * A Reddit account as the page or the user writes it to `reddit:<name>` (lower case: Reddit names
 * ignore case): `u/Jane_Doe`, `/u/Jane_Doe`, a profile link (`/user/Jane_Doe/`, `https://old.reddit.com/user/Jane_Doe/comments`),
 * or a bare name. '' when it names no account (`r/cats`, `/user/`, another site).
 */
export function redditHandle(input: string): string {
  let value = input.trim();
  if (/^(?:https?:\/\/|\/(?:u|user)\/)/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value, 'https://www.reddit.com');
    } catch {
      return '';
    }
    if (!REDDIT_HOST.test(url.hostname)) return '';
    const m = /^\/(?:u|user)\/([^/?#]+)/i.exec(url.pathname);
    if (!m) return '';
    value = m[1]!;
  } else {
    value = value.replace(/^u\//i, '');
  }
  return REDDIT_NAME.test(value) ? `reddit:${value.toLowerCase()}` : '';
}

/** Slack member ids: `U…` (or `W…` on Enterprise Grid), upper-case letters and digits. */
const SLACK_MEMBER = /^[UW][A-Z0-9]{6,}$/;
/** A Slack avatar URL: `https://ca.slack-edge.com/<team>-<member>-<hash>-<size>`. */
const SLACK_AVATAR = /^https:\/\/ca\.slack-edge\.com\/[TE][A-Z0-9]+-([UW][A-Z0-9]{6,})-/;

/**
 * A Slack member as the page shows it to `slack:<id>` (lower case, as normalizeHandle stores every
 * qualified handle): a member id (`U05SAMRIV55`, from a mention's `data-id`) or an avatar URL
 * (`https://ca.slack-edge.com/T01ACME2345-U05SAMRIV55-abc123-48`). '' for anything else: channel
 * (`C…`), user-group (`S…`) and team (`T…`) ids are not people.
 */
export function slackHandle(input: string): string {
  const value = input.trim();
  const id = SLACK_MEMBER.test(value) ? value : (SLACK_AVATAR.exec(value)?.[1] ?? '');
  return id ? `slack:${id.toLowerCase()}` : '';
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An Entra (work or school) user id: a GUID. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A Teams person as a mention carries them to `teams:<guid>` (lower case): a work or school
 * account's MRI `8:orgid:<guid>` or the bare GUID; a Teams free account's `8:live:<name>` to
 * `teams:live:<name>`. '' for anything else (a bot's `28:…`, a channel's `19:…@thread…`).
 */
export function teamsHandle(input: string): string {
  const value = input.trim();
  const org = /^(?:8:orgid:)?(.+)$/i.exec(value)?.[1] ?? '';
  if (GUID.test(org)) return `teams:${org.toLowerCase()}`;
  const live = /^8:live:([\w.-]{1,64})$/i.exec(value)?.[1];
  return live ? `teams:live:${live.toLowerCase()}` : '';
}

/** Discord user ids are snowflakes: 17 to 20 digits. */
const DISCORD_ID = /^\d{17,20}$/;
/** A Discord avatar URL: `https://cdn.discordapp.com/avatars/<user id>/<hash>.<ext>` (Discord's CDN path). */
const DISCORD_AVATAR = /^https:\/\/(?:cdn\.discordapp\.com|media\.discordapp\.net)\/avatars\/(\d{17,20})\//;

/**
 * A Discord user as the page shows it to `discord:<id>`: a user id (`1000000000000000055`, from a
 * mention) or an avatar URL (`https://cdn.discordapp.com/avatars/1000000000000000055/ab12….webp?size=80`).
 * '' for anything else: default avatars (`/embed/avatars/3.png`) and server icons name no one.
 */
export function discordHandle(input: string): string {
  const value = input.trim();
  const id = DISCORD_ID.test(value) ? value : (DISCORD_AVATAR.exec(value)?.[1] ?? '');
  return id ? `discord:${id}` : '';
}

/**
 * Instagram and Threads usernames (one Meta account name for both): 1-30 letters, digits, `.` and
 * `_`, never starting or ending with `.`, never `..` (Instagram's sign-up rule).
 */
const META_NAME = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._]{1,30}(?<!\.)$/;
/** First path segments of instagram.com that are app pages, not accounts. */
const INSTAGRAM_RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'direct', 'accounts', 'stories', 'about', 'legal', 'developer', 'web', 'create', 'emails', 'challenge', 'session', 'privacy', 'press', 'api', 'graphql', 'ajax', 'static']);

/** `@name` or a bare name: the username, or '' when it is none. */
function metaName(value: string): string {
  const name = value.trim().replace(/^@/, '');
  return META_NAME.test(name) ? name.toLowerCase() : '';
}

/**
 * An Instagram account as the page shows it to `instagram:<name>` (lower case: usernames ignore
 * case): `@jane.doe` (a mention), `jane.doe`, or a profile link (`/jane.doe/`,
 * `https://www.instagram.com/jane.doe/`). '' for app pages (`/explore/`, `/direct/inbox/`, `/p/…`),
 * a post under a name (`/jane.doe/p/…` is a post), and other sites.
 */
export function instagramHandle(input: string): string {
  const value = input.trim();
  if (!/^(?:https?:\/\/|\/)/i.test(value)) return value && !/[/:]/.test(value) ? prefixed('instagram', metaName(value)) : '';
  let url: URL;
  try {
    url = new URL(value, 'https://www.instagram.com');
  } catch {
    return '';
  }
  if (!/^(?:www\.|m\.)?instagram\.com$/i.test(url.hostname)) return '';
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1 || INSTAGRAM_RESERVED.has(segments[0]!.toLowerCase())) return '';
  return prefixed('instagram', metaName(segments[0]!));
}

/**
 * A Threads account as the page shows it to `threads:<name>`: `@jane.doe`, `jane.doe`, or a
 * profile link (`/@jane.doe`, `https://www.threads.com/@jane.doe`, threads.net too). A post's
 * link (`/@jane.doe/post/C8…`) names its author. '' for app pages and other sites.
 */
export function threadsHandle(input: string): string {
  const value = input.trim();
  if (!/^(?:https?:\/\/|\/)/i.test(value)) return value && !/[/:]/.test(value) ? prefixed('threads', metaName(value)) : '';
  let url: URL;
  try {
    url = new URL(value, 'https://www.threads.com');
  } catch {
    return '';
  }
  if (!/^(?:www\.)?threads\.(?:com|net)$/i.test(url.hostname)) return '';
  const m = /^\/@([^/?#]+)/.exec(url.pathname);
  if (!m) return '';
  try {
    return prefixed('threads', metaName(decodeURIComponent(m[1]!)));
  } catch {
    return '';
  }
}

function prefixed(site: string, name: string): string {
  return name ? `${site}:${name}` : '';
}

const YOUTUBE_NAME = /^[A-Za-z0-9._·-]{3,30}$/;

/**
 * A YouTube channel handle as the page shows it to `youtube:<handle>` (lower case: handles ignore
 * case): `@sam_rivera` (a mention or a comment's author), or a channel link (`/@sam_rivera`,
 * `https://www.youtube.com/@sam_rivera/videos`). '' for `/channel/UC…` ids, app pages and other sites.
 */
export function youtubeHandle(input: string): string {
  const value = input.trim();
  if (!/^(?:https?:\/\/|\/)/i.test(value)) {
    const name = value.replace(/^@/, '');
    return YOUTUBE_NAME.test(name) ? `youtube:${name.toLowerCase()}` : '';
  }
  let url: URL;
  try {
    url = new URL(value, 'https://www.youtube.com');
  } catch {
    return '';
  }
  if (!/^(?:www\.|m\.)?youtube\.com$/i.test(url.hostname)) return '';
  const m = /^\/@([^/?#]+)/.exec(url.pathname);
  if (!m) return '';
  try {
    const name = decodeURIComponent(m[1]!);
    return YOUTUBE_NAME.test(name) ? `youtube:${name.toLowerCase()}` : '';
  } catch {
    return '';
  }
}
