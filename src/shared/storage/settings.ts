import { db } from './db';
import { explainingStorageFull } from './storage-full';
import type { WebSiteSettings } from '../../core/web-sites';
import type { DetectedProfile } from './detected-profiles';

/** Every setting with its default: the one place that lists them. */
export const SETTINGS = {
  /** The identity the user switched to in the popup, everywhere; null means "read it from the page". */
  activeIdentityId: null as number | null,
  /**
   * The popup's switch for one site (site id → identity), optionally until a time (ms since the
   * epoch: "for the next hour"). Wins over activeIdentityId on that site; expired entries are ignored.
   */
  siteIdentity: {} as Record<string, { identityId: number; until?: number }>,
  /** Pause all warnings (the popup's switch). */
  paused: false as boolean,
  /** Hold posts for a decision at `warn` too, not only at `confirm` (the popup's second switch). */
  holdAtWarn: false as boolean,
  /** A send delay with Undo, in seconds (0: off), on sites without their own undo (the popup's choice). */
  sendDelaySeconds: 0 as number,
  /**
   * Changes with every write to the contacts store (written by the middleware in contacts-version.ts,
   * never by hand); the background rebuilds its audience index when it no longer matches.
   */
  contactsVersion: '' as string,
  /** Profiles seen in drafts that no identity claims yet: suggestions on the options page (detected-profiles.ts). */
  detectedProfiles: [] as DetectedProfile[],
  /** "Snooze on this site" from the page: site id → end of the snooze, ms since the epoch (snoozes.ts). */
  siteSnoozes: {} as Record<string, number>,
  /**
   * Sites the user enabled from the popup for the generic adapter (issue 6): https origin → who
   * reads what they write there. An origin here counts only while its host permission is granted;
   * a granted origin not here is a Mastodon instance (docs/decisions.md, "Any site the user enables").
   */
  webSites: {} as Record<string, WebSiteSettings>,
  /**
   * The first-run guide (options page, #welcome): the step to resume at, and whether it was finished
   * or skipped (then it no longer opens by itself; the options page still links to it).
   */
  firstRun: { step: 0, done: false } as { step: number; done: boolean },
  /**
   * Derived data, not a choice: the background's audience index as one string (core/audience-index-
   * snapshot.ts), labelled with the `contactsVersion` and work rules it was built from, so a freshly
   * started worker reads this one row instead of every contact (shared/storage/audience-index.ts).
   * Used only while both labels still match; never backed up; delete-everything clears it.
   */
  audienceIndexSnapshot: null as { version: string; rules: string; index: string } | null,
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K];

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db().settings.get(key);
  return row === undefined ? SETTINGS[key] : (row.value as SettingValue<K>);
}

/**
 * Several settings in one read: one `bulkGet`, so one IndexedDB transaction, instead of one per
 * key. A verdict reads seven; on a worker's cold start each Dexie transaction pays its own round
 * trip. In builds with timing marks, the verdict's reads took a median of 15.3 ms as seven reads
 * and 10.7 ms as one (16 cold starts each, interleaved); the whole cold start varies by more than
 * that. Same values as getSetting.
 */
export async function getSettings<K extends SettingKey>(keys: readonly K[]): Promise<{ [P in K]: SettingValue<P> }> {
  const rows = await db().settings.bulkGet([...keys]);
  return Object.fromEntries(keys.map((key, i) => [key, rows[i] === undefined ? SETTINGS[key] : rows[i]!.value])) as { [P in K]: SettingValue<P> };
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await explainingStorageFull(() => db().settings.put({ key, value }));
}
