// The vocabulary every part of Hatcheck shares. Plain JSON types only: Chrome JSON-serialises
// extension messages, so Maps, Sets, Dates and class instances would arrive as `{}`.

/** Contract ids (../shared/design/architecture.md). Existing ids never change name. */
export const CATEGORIES = [
  'alcohol', 'drugs', 'sexual', 'profanity', 'absence', 'work-complaint', 'job-search', 'health',
  'money', 'personal-info', 'confidential', 'family', 'politics', 'religion', 'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered: none < notice < warn < confirm. */
export const LEVELS = ['none', 'notice', 'warn', 'confirm'] as const;
export type Level = (typeof LEVELS)[number];

export type Severity = 'low' | 'medium' | 'high';

/** Who will see the post, as far as the policy cares. */
export type AudienceKind = 'professional' | 'public' | 'personal';

/** What kind of identity the user is posting as. */
export type IdentityKind = 'personal' | 'work' | 'brand';

export interface Finding {
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the draft text. */
  start: number;
  end: number;
  text: string;
  /** One short sentence a person can read: why this was flagged. */
  why: string;
}

/** Someone the draft addresses: an @mention, a recipient. */
export interface Mention {
  name: string;
  /** Site-qualified handle, e.g. `linkedin:jane-doe`; empty when the page gives none. */
  handle: string;
}

/** The profile the page says the user is posting as. */
export interface ActiveProfile {
  name: string;
  /** Site-qualified handle where the page gives one (`linkedin:company/12345`). */
  handle: string;
  /** What the page itself tells (a company admin URL is a brand); `unknown` when it tells nothing. */
  kind: IdentityKind | 'unknown';
}

/** What a content script reads from one compose box. Never stored. */
export interface DraftSnapshot {
  site: string;
  composerId: string;
  text: string;
  mentions: Mention[];
  /** The site's own visibility label as shown ("Anyone", "Connections only"); empty if unknown. */
  visibility: string;
  profile: ActiveProfile;
}

/** `both`: a friend who is also a colleague; for exposure they count as work. */
export type ContactTag = 'work' | 'personal' | 'both' | 'untagged';

/** How a contact relates to the user; the first five are work relations. */
export const CONTACT_ROLES = ['manager', 'client', 'report', 'colleague', 'recruiter', 'friend', 'family'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/**
 * What a site's own visibility label means, in one vocabulary for every site ("Friends except…",
 * "Quiet public", "Connections only" …). `recipients` is e-mail; `only-me` is nobody but the author.
 */
export const VISIBILITY_KINDS = [
  'public', 'friends', 'friends-except', 'connections', 'followers', 'mentioned-only', 'channel', 'recipients', 'only-me', 'unknown',
] as const;
export type VisibilityKind = (typeof VISIBILITY_KINDS)[number];

/** People who can see a post, by the tag the user gave them (people, not stored rows). */
export interface AudienceCounts {
  work: number;
  personal: number;
  both: number;
  untagged: number;
}

/** A work contact who can see the post, named in the reason ("your manager Dana"). */
export interface NamedContact {
  name: string;
  role?: ContactRole;
  /** The draft mentions or addresses them. */
  mentioned: boolean;
}

export interface AudienceSummary {
  kind: AudienceKind;
  /** One line for people: "Anyone on LinkedIn, including 2 work contacts". */
  description: string;
  visibility: string;
  /** Mentioned people the user tagged as work contacts (names only; the page already shows them). */
  workMentions: string[];
  personalMentions: string[];
  /** What the site's label means (the label itself stays in `visibility`). */
  visibilityKind: VisibilityKind;
  /** Who can see it, by tag, as far as the user's contacts tell. */
  counts: AudienceCounts;
  /** At most five work contacts who can see it: manager, client, report, colleague, recruiter, then the rest. */
  named: NamedContact[];
  /** One sentence: "Public post: anyone, including 14 work contacts, can see it". */
  reason: string;
}

export interface IdentitySummary {
  name: string;
  kind: IdentityKind;
  /** The identity's colour (#rrggbb), so the badge shows at a glance who is posting. */
  color?: string;
}

export interface Verdict {
  level: Level;
  findings: Finding[];
  audience: AudienceSummary;
  identity: IdentitySummary;
  /** Why the level is what it is, for the warning's first line. */
  headline: string;
  /** Sentences the UI can show under the headline: who posts, who sees ("Posting as Acme Corp (brand)"). */
  reasons: string[];
  /**
   * Whether the submit guard holds this post for a decision. Absent means "at `confirm`" (the
   * contract); the worker sets it when the user chose to be asked at `warn` too.
   */
  hold?: boolean;
  /**
   * Seconds a post waits, with Undo, after it is let through (the user's send delay); absent or 0:
   * none. Never on sites with their own undo (Gmail).
   */
  sendDelaySeconds?: number;
}

/** A finding as kept outside the page: no draft text, only what and where. */
export type StoredFinding = Omit<Finding, 'text'>;

/** What the popup shows for one compose box: the verdict without any draft text. */
export interface ComposerState {
  composerId: string;
  /** The account the page shows as the author (handle and name only), so the popup can link it to an identity. */
  account?: { site: string; handle: string; name: string };
  level: Level;
  headline: string;
  findings: StoredFinding[];
  audience: AudienceSummary;
  identity: IdentitySummary;
  /** The verdict's reasons (no draft text in them). */
  reasons: string[];
  updatedAt: number;
}

/** Per-tab facts the background keeps in storage.session (memory only, gone at browser restart). */
export interface TabState {
  tabId: number;
  site: string;
  url: string;
  /** Most recently checked composer first. */
  composers: ComposerState[];
  /**
   * Why the page is not protected, when the content script's self-test found out: a compose box
   * the adapter does not recognise was typed in, or a recognised one could not be read.
   */
  problem?: 'unrecognised-editor' | 'read-failed';
  /**
   * When "snooze on this site" ends for the tab's site (ms since the epoch); absent when not snoozed.
   * Compare with the clock before showing it: a snooze may have ended since this was written.
   */
  snoozedUntil?: number;
}
