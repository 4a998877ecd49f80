import * as v from 'valibot';
import { SUPPORTED_SITES } from '../../core/sites';
import { CATEGORIES, LEVELS } from '../../core/types';

// One protocol for every message. Each request type names its payload schema; the handler
// signatures in background/handlers.ts are checked against these types, so a caller and its
// handler cannot drift apart. Content scripts get a narrower surface than extension pages.

const MAX_TEXT = 1_000_000;
const shortText = v.pipe(v.string(), v.maxLength(500));

export const MentionSchema = v.object({ name: shortText, handle: shortText });

export const ProfileSchema = v.object({
  name: shortText,
  handle: shortText,
  kind: v.picklist(['personal', 'work', 'brand', 'unknown']),
});

export const DraftSnapshotSchema = v.object({
  site: v.pipe(v.string(), v.maxLength(40)),
  composerId: v.pipe(v.string(), v.maxLength(80)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  mentions: v.pipe(v.array(MentionSchema), v.maxLength(200)),
  visibility: shortText,
  profile: ProfileSchema,
});

// Verdict and tab-state shapes are produced by our own background, but the popup still treats
// storage.session as data from elsewhere (another version of the extension may have written it).
export const LevelSchema = v.picklist(LEVELS);
export const CategorySchema = v.picklist(CATEGORIES);

/** One of core/sites.ts's ids (`linkedin`; a granted Mastodon instance is `mastodon`). */
const SiteIdSchema = v.union([
  v.picklist(SUPPORTED_SITES.map((site) => site.id)),
  // A site the user enabled for the generic adapter: `web:<host>` (core/web-sites.ts).
  v.pipe(v.string(), v.maxLength(260), v.regex(/^web:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/)),
]);

/** Requests a content script may send. */
export const ContentRequests = {
  'draft:check': DraftSnapshotSchema,
  'draft:clear': v.object({ composerId: v.pipe(v.string(), v.maxLength(80)) }),
  /** The self-test found the page's compose boxes unreadable (src/content/self-test.ts). */
  'page:problem': v.object({ problem: v.picklist(['unrecognised-editor', 'read-failed']) }),
  /**
   * The panel's "ignore this phrase": a never-warn term for the identity the draft is checked as
   * (resolved from the profile exactly as draft:check does). Blank phrases are refused here.
   */
  'phrase:ignore': v.object({ phrase: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)), profile: ProfileSchema }),
  /** "Snooze on this site": the site is the sender's, never named in the message. */
  'site:snooze': v.object({ minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)) }),
  /** Opens the popup for the sender's tab (to switch identity). No payload: null on the wire. */
  'popup:open': v.null(),
  /**
   * Which site this page is (a content script on a granted origin picks its adapter by the answer:
   * `web:<host>` → the generic adapter). No payload; the answer comes from sender.url only.
   */
  'page:site': v.null(),
  /** Typing began after a quiet spell: start the worker now, not after the debounce. No payload. */
  'worker:wake': v.null(),
  /** What the user did with a warning, for the weekly History counts: never any text. */
  'decision:record': v.object({
    /**
     * A random id per decision, the same on every retry of one send: a worker that MV3 stopped
     * after counting but before answering gets the retry, and must not count it twice.
     */
    id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/))),
    decision: v.picklist(['posted-anyway', 'edited', 'dismissed']),
    level: LevelSchema,
    categories: v.pipe(v.array(CategorySchema), v.maxLength(20)),
  }),
} as const;

/** Requests extension pages (popup, options) may send. */
export const PageRequests = {
  'tab:state': v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** The popup's "Check drafts on …" after the grant: run the content script in that tab now. */
  'site:inject': v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** The popup's "Resume now". */
  'site:unsnooze': v.object({ site: SiteIdSchema }),
  /** The popup's "Pause on this site for 1 hour" (the panel's snooze, for the tab's site). */
  'site:pause': v.object({ site: SiteIdSchema, minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)) }),
} as const;

export type ContentRequestType = keyof typeof ContentRequests;
export type PageRequestType = keyof typeof PageRequests;
export type RequestType = ContentRequestType | PageRequestType;
export type RequestPayload<T extends RequestType> = v.InferOutput<(typeof ContentRequests & typeof PageRequests)[T]>;

/** The envelope on the wire. `hatcheck: 1` tells our messages from anything else. */
export interface Envelope<T extends RequestType = RequestType> {
  hatcheck: 1;
  type: T;
  payload: RequestPayload<T>;
}

export const EnvelopeSchema = v.object({
  hatcheck: v.literal(1),
  type: v.string(),
  payload: v.unknown(),
});

export type SenderContext = 'content' | 'page';

/** Validates an incoming message for a sender context; returns undefined when it must be ignored. */
export function parseRequest(message: unknown, context: SenderContext): { type: RequestType; payload: unknown } | undefined {
  const envelope = v.safeParse(EnvelopeSchema, message);
  if (!envelope.success) return undefined;
  const table: Record<string, v.GenericSchema> = context === 'content' ? ContentRequests : PageRequests;
  const schema = Object.hasOwn(table, envelope.output.type) ? table[envelope.output.type] : undefined;
  if (!schema) return undefined;
  const payload = v.safeParse(schema, envelope.output.payload);
  return payload.success ? { type: envelope.output.type as RequestType, payload: payload.output } : undefined;
}

/** What each request answers. */
export interface Responses {
  'draft:check': import('../../core/types').Verdict;
  'draft:clear': null;
  'page:problem': null;
  'phrase:ignore': PhraseIgnored;
  'site:snooze': { until: number };
  'popup:open': null;
  'decision:record': null;
  'page:site': { site: string };
  'worker:wake': null;
  'site:inject': { injected: boolean };
  'tab:state': import('../../core/types').TabState | null;
  'site:unsnooze': null;
  'site:pause': { until: number };
}

/**
 * What "ignore this phrase" did, for the panel's sentence ("Hatcheck will ignore “X” for Work"):
 * `added` or `already-ignored`: the next check no longer reports it; `always-warn`: it is on the
 * same identity's always-warn list and stays (the options page can change that); `list-full`: the
 * never-warn list holds 500 terms; `no-identity`: an unlinked brand, no stored identity to add it to
 * (identityName is then the page's name for it); `rate-limited`: over 60 a minute from this tab,
 * nothing done (identityName is empty).
 */
export interface PhraseIgnored {
  identityName: string;
  result: 'added' | 'already-ignored' | 'always-warn' | 'list-full' | 'no-identity' | 'rate-limited';
}
