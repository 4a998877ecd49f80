// What each site's own visibility label means. Labels are matched lower-case, trimmed, without a
// leading "post to" / "sharing with" and without anything after the first comma or colon
// ("Public, anyone can quote" → "public"; "Friends except: Dana" → "friends except").
// Labels as the research saw them (../shared/research/sites.md, 2026): English UIs only.
import type { AudienceKind, VisibilityKind } from './types';

/** Where a contact can be part of the audience. `email` is the address book. */
export const NETWORKS = ['linkedin', 'facebook', 'x', 'bluesky', 'mastodon', 'slack', 'discord', 'teams', 'email', 'reddit', 'instagram', 'threads', 'youtube', 'wordpress'] as const;
export type Network = (typeof NETWORKS)[number];

export interface VisibilityMeaning {
  kind: VisibilityKind;
  /** How the description starts: "Your Facebook friends". */
  phrase: string;
  /** Reaches people beyond the user's own contacts there (friends of friends): never "personal". */
  broad?: boolean;
}

export interface SiteAudience {
  label: string;
  network: Network;
  /** A workplace tool or professional network: whatever the setting, the audience is professional. */
  professional: boolean;
  /** The meaning when the page gives no label or one Hatcheck does not know. */
  fallback: (label: string) => VisibilityMeaning;
  visibilities: Record<string, VisibilityMeaning>;
  /** What the people there are called: "Facebook friends", "LinkedIn connections". */
  audienceNoun: string;
  /**
   * Sites whose label names the place after its kind ("Channel: #general in Acme Corp"): the
   * phrase for a known kind (the table's key) and that detail.
   */
  named?: (key: string, detail: string) => string;
}

const v = (kind: VisibilityKind, phrase: string, broad?: boolean): VisibilityMeaning => (broad ? { kind, phrase, broad } : { kind, phrase });

const LINKEDIN: SiteAudience = {
  label: 'LinkedIn',
  network: 'linkedin',
  professional: true,
  audienceNoun: 'LinkedIn connections',
  // LinkedIn is professional whatever the setting: connections are colleagues, recruiters and clients.
  fallback: (label) => (label ? v('unknown', `${label} on LinkedIn`) : v('public', 'Your LinkedIn audience')),
  visibilities: {
    anyone: v('public', 'Anyone on or off LinkedIn'),
    'connections only': v('connections', 'Your LinkedIn connections'),
    connections: v('connections', 'Your LinkedIn connections'),
    group: v('channel', 'A LinkedIn group'),
  },
};

const FACEBOOK: SiteAudience = {
  label: 'Facebook',
  network: 'facebook',
  professional: false,
  audienceNoun: 'Facebook friends',
  fallback: (label) => v('unknown', label ? `${label} on Facebook` : 'Your Facebook audience'),
  visibilities: {
    public: v('public', 'Anyone on or off Facebook'),
    friends: v('friends', 'Your Facebook friends'),
    'friends of friends': v('friends', 'Your Facebook friends and their friends', true),
    'your friends of friends': v('friends', 'Your Facebook friends and their friends', true),
    'friends except': v('friends-except', 'Your Facebook friends, except those you left out'),
    'friends except…': v('friends-except', 'Your Facebook friends, except those you left out'),
    'friends except...': v('friends-except', 'Your Facebook friends, except those you left out'),
    // Hatcheck cannot see whom the user picked: counted as the friends they were picked from.
    'specific friends': v('friends-except', 'Some of your Facebook friends'),
    custom: v('friends-except', 'Some of your Facebook friends'),
    'only me': v('only-me', 'Only you'),
    // A Messenger chat in facebook.com (the adapter's label for chat boxes).
    'direct message': v('mentioned-only', 'The people in this conversation'),
  },
};

const X: SiteAudience = {
  label: 'X',
  network: 'x',
  professional: false,
  audienceNoun: 'X followers and follows',
  // X posts are public; the "… can reply" button only limits replies (research/sites.md §X), so a
  // reply setting never narrows who reads the post.
  fallback: (label) => v('public', /can reply$/.test(label.toLowerCase()) ? 'Anyone on X' : label ? `${label} on X` : 'Anyone on X'),
  visibilities: {
    everyone: v('public', 'Anyone on X'),
    public: v('public', 'Anyone on X'),
    followers: v('followers', 'Your X followers'),
    'followers only': v('followers', 'Your X followers'),
    // A protected account: only approved followers read it.
    protected: v('followers', 'Your X followers'),
    'only accounts you mention': v('mentioned-only', 'Only the accounts you mention'),
    'mentioned only': v('mentioned-only', 'Only the accounts you mention'),
    'direct message': v('mentioned-only', 'The people in this conversation'),
  },
};

const BLUESKY: SiteAudience = {
  label: 'Bluesky',
  network: 'bluesky',
  professional: false,
  audienceNoun: 'Bluesky follows',
  // Every Bluesky post is public; "Anybody can interact" / "Interaction limited" gate replies only.
  fallback: () => v('public', 'Anyone on Bluesky'),
  visibilities: {
    everybody: v('public', 'Anyone on Bluesky'),
    public: v('public', 'Anyone on Bluesky'),
    'direct message': v('mentioned-only', 'The people in this conversation'),
  },
};

const MASTODON: SiteAudience = {
  label: 'Mastodon',
  network: 'mastodon',
  professional: false,
  audienceNoun: 'Mastodon follows',
  fallback: (label) => v('unknown', label ? `${label} on Mastodon` : 'Your Mastodon audience'),
  visibilities: {
    public: v('public', 'Anyone on Mastodon'),
    'quiet public': v('public', 'Anyone on Mastodon (kept off public timelines)'),
    unlisted: v('public', 'Anyone on Mastodon (kept off public timelines)'),
    followers: v('followers', 'Your Mastodon followers'),
    'followers only': v('followers', 'Your Mastodon followers'),
    private: v('followers', 'Your Mastodon followers'),
    'specific people': v('mentioned-only', 'Only the people you mention'),
    'mentioned people only': v('mentioned-only', 'Only the people you mention'),
    direct: v('mentioned-only', 'Only the people you mention'),
  },
};

// Reddit: whatever the page shows is a subreddit ("r/cats") or the user's own profile ("u/jane_doe");
// both are read by anyone on Reddit (a private subreddit's members only, which the page does not
// tell). The Reddit adapter's label is the community the post or comment goes to.
const REDDIT: SiteAudience = {
  label: 'Reddit',
  network: 'reddit',
  professional: false,
  audienceNoun: 'Reddit users you know',
  fallback: (label) => {
    const community = /^\/?r\/([A-Za-z0-9_]{2,21})$/i.exec(label)?.[1];
    if (community) return v('public', `Anyone on Reddit, in r/${community}`);
    if (/^\/?u(?:ser)?\/[A-Za-z0-9_-]{3,20}$/i.test(label)) return v('public', 'Anyone on Reddit, on your profile');
    return v('public', 'Anyone on Reddit');
  },
  visibilities: {
    'direct message': v('mentioned-only', 'The people in this conversation'),
  },
};

const chat = (label: string, network: Network, professional: boolean): SiteAudience => ({
  label,
  network,
  professional,
  audienceNoun: `${label} contacts`,
  fallback: (l) => v('channel', l ? `${l} on ${label}` : `A ${label} channel`),
  visibilities: {
    channel: v('channel', `A ${label} channel`),
    'public channel': v('channel', `A ${label} channel`),
    'private channel': v('channel', `A private ${label} channel`),
    'direct message': v('mentioned-only', 'The people in this conversation'),
    'group message': v('mentioned-only', 'The people in this conversation'),
    dm: v('mentioned-only', 'The people in this conversation'),
    chat: v('mentioned-only', 'The people in this conversation'),
  },
});

// Slack is a workplace tool: every box is professional unless the user says otherwise (issue 6
// item 3), public channel, private channel or DM alike. The adapter's labels name the channel and
// the workspace ("Channel: #general in Acme Corp"), so the description can say where the message
// goes: "#general in Acme Corp (Slack)".
const SLACK: SiteAudience = {
  ...chat('Slack', 'slack', true),
  named: (key, detail) => {
    switch (key) {
      case 'private channel':
        return `${detail.replace(/^(#\S+)/, '$1 (private)')} (Slack)`;
      case 'direct message':
      case 'dm':
        return `A direct message to ${detail} (Slack)`;
      case 'group message':
        return `A group message to ${detail} (Slack)`;
      default:
        return `${detail} (Slack)`;
    }
  },
};

// Teams is a workplace tool too (issue 6 item 3): a chat and a channel are both professional. The
// adapter tells them apart ("Chat: Sam Rivera, Lee Chen" / "Channel: Acme Corp › General"), so the
// description says who reads it: the people in the chat, or the channel's members.
const TEAMS_CHAT = chat('Teams', 'teams', true);
const TEAMS: SiteAudience = {
  ...TEAMS_CHAT,
  visibilities: {
    ...TEAMS_CHAT.visibilities,
    chat: v('mentioned-only', 'The people in this chat'),
    channel: v('channel', 'The members of a Teams channel'),
  },
  fallback: (l) => v('channel', l ? `${l} on Teams` : 'A Teams conversation'),
  named: (key, detail) => {
    switch (key) {
      case 'chat':
        return `The people in this chat: ${detail} (Teams)`;
      case 'channel':
        return `Members of ${detail} (Teams)`;
      default:
        return `${detail} (Teams)`;
    }
  },
};

// Discord: a personal network (servers, friends), so a channel is the public-ish audience of its
// server, not a workplace. The adapter's labels name the server and the channel ("Channel: #general
// in Acme Dev Community") or the people of a DM ("Direct message: sam_rivera"), so the description
// says who reads it: the server's members who can see the channel, or the people in the conversation.
const DISCORD: SiteAudience = {
  ...chat('Discord', 'discord', false),
  named: (key, detail) => {
    switch (key) {
      case 'direct message':
      case 'dm':
        return `A direct message to ${detail} (Discord)`;
      case 'group message':
        return `A group message to ${detail} (Discord)`;
      default: {
        const m = /^(#.+?) in (.+)$/.exec(detail);
        return m ? `The members of ${m[2]} who can see ${m[1]} (Discord)` : `${detail} (Discord)`;
      }
    }
  },
};

// Instagram: posts and comments are public for a public account ("Anyone on Instagram"); the
// composer never shows whether the account is private (its followers only then), so the adapter
// gives no label for them and this fallback says the public case. A DM is its conversation.
const INSTAGRAM: SiteAudience = {
  label: 'Instagram',
  network: 'instagram',
  professional: false,
  audienceNoun: 'Instagram followers and follows',
  fallback: (label) => v('public', label ? `${label} on Instagram` : 'Anyone on Instagram'),
  visibilities: {
    public: v('public', 'Anyone on Instagram'),
    'anyone on instagram': v('public', 'Anyone on Instagram'),
    followers: v('followers', 'Your Instagram followers'),
    'close friends': v('friends', 'Your Instagram close friends'),
    'direct message': v('mentioned-only', 'The people in this conversation'),
  },
};

// Threads: every post and reply is public ("Anyone on Threads"); the reply controls ("Anyone can
// reply") limit who replies, never who reads, so the adapter gives no label.
const THREADS: SiteAudience = {
  label: 'Threads',
  network: 'threads',
  professional: false,
  audienceNoun: 'Threads followers and follows',
  fallback: () => v('public', 'Anyone on Threads'),
  visibilities: {
    public: v('public', 'Anyone on Threads'),
  },
};

// YouTube: a comment is public ("Anyone on YouTube"), under the video the adapter names ("Public:
// <video title>"). The page shows no audience control on a comment.
const YOUTUBE: SiteAudience = {
  label: 'YouTube',
  network: 'youtube',
  professional: false,
  audienceNoun: 'YouTube subscribers and subscriptions',
  fallback: (label) => v('public', label ? `${label} on YouTube` : 'Anyone on YouTube'),
  visibilities: {
    public: v('public', 'Anyone on YouTube'),
  },
  named: (key, detail) => (key === 'public' ? `Anyone on YouTube, under “${detail}”` : `${detail} (YouTube)`),
};

// WordPress: the post sidebar's Visibility (Public / Private / Password protected). A private post
// is read by the site's administrators and editors only (a team blog's are colleagues, so not
// "only me"); a password-protected one by whoever has the password (unknown people).
const WORDPRESS: SiteAudience = {
  label: 'WordPress',
  network: 'wordpress',
  professional: false,
  audienceNoun: 'blog readers',
  fallback: (label) => v('public', label ? `${label} on WordPress` : 'Anyone who visits the site'),
  visibilities: {
    public: v('public', 'Anyone who visits the site'),
    private: v('channel', 'Only the site’s administrators and editors'),
    'password protected': v('unknown', 'People with the password'),
    password: v('unknown', 'People with the password'),
    // WordPress 6.6+ shows the Status row instead ("Private" above): publishing makes any of these public.
    published: v('public', 'Anyone who visits the site'),
    draft: v('public', 'Anyone who visits the site, once published'),
    scheduled: v('public', 'Anyone who visits the site, once published'),
    pending: v('public', 'Anyone who visits the site, once published'),
  },
};

const EMAIL = (label: string): SiteAudience => ({
  label,
  network: 'email',
  professional: false,
  audienceNoun: 'address-book contacts',
  fallback: () => v('recipients', 'Your recipients'),
  visibilities: {},
});

/** Site ids as `core/sites.ts` names them (and as adapters for these sites will). */
const SITES: Record<string, SiteAudience> = {
  linkedin: LINKEDIN,
  facebook: FACEBOOK,
  x: X,
  bluesky: BLUESKY,
  mastodon: MASTODON,
  reddit: REDDIT,
  // Workplace chat: the people in it are colleagues.
  slack: SLACK,
  teams: TEAMS,
  discord: DISCORD,
  instagram: INSTAGRAM,
  threads: THREADS,
  youtube: YOUTUBE,
  wordpress: WORDPRESS,
  gmail: EMAIL('Gmail'),
  outlook: EMAIL('Outlook'),
  email: EMAIL('E-mail'),
};

export function siteAudience(site: string): SiteAudience | undefined {
  return Object.hasOwn(SITES, site) ? SITES[site] : undefined;
}

/** The label as the table keys it. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim()
    .replace(/^(?:post to|sharing with|share with|visible to|audience:)\s*/, '')
    .split(/[,:]/)[0]!.trim();
}

/** The meaning of a site's visibility label; unknown sites get an honest "cannot see". */
export function visibilityMeaning(site: string, label: string): VisibilityMeaning {
  const table = siteAudience(site);
  if (!table) return v('unknown', 'An audience Hatcheck cannot see');
  const key = labelKey(label);
  // Own keys only: a label like "constructor" must not find Object.prototype's.
  const known = Object.hasOwn(table.visibilities, key) ? table.visibilities[key] : undefined;
  const detail = label.includes(':') ? label.slice(label.indexOf(':') + 1).trim() : '';
  if (known && table.named && detail) return { ...known, phrase: table.named(key, detail) };
  return known ?? table.fallback(label.trim());
}

/** The kind the policy column uses when nothing about the people is known. */
export function defaultKind(site: string): AudienceKind {
  return siteAudience(site)?.professional ? 'professional' : 'public';
}
