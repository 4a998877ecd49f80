import { DEFAULT_POLICY, type Policy } from '../core/policy';
import { SUPPORTED_SITES } from '../core/sites';
import type { ActiveProfile, DraftSnapshot, Verdict } from '../core/types';
import { buildVerdict } from '../core/verdict';
import { isWebSite, webAudience, webSiteHost, webSiteOrigin } from '../core/web-sites';
import { audienceIndex } from '../shared/storage/audience-index';
import { db } from '../shared/storage/db';
import { resolved, resolveIdentity, type ResolvedIdentity } from '../shared/storage/identities';
import { getSetting, getSettings, type SettingValue } from '../shared/storage/settings';
import { activeSnooze } from '../shared/storage/snoozes';

function mergePolicy(overrides: Partial<Policy> | undefined): Policy {
  return overrides ? { ...DEFAULT_POLICY, ...overrides } : { ...DEFAULT_POLICY };
}

/**
 * The identity a draft is checked as: the popup's switch for this site (while it lasts), then its
 * switch for everywhere, then what the page says (a linked account, else the built-in identity). "Ignore this phrase" (handlers.ts) resolves through here too, so the phrase lands
 * on the list the next check reads. `read`: the two switches when the caller has just read them.
 */
export async function identityFor(site: string, profile: ActiveProfile, now = Date.now(), read?: { activeIdentityId: SettingValue<'activeIdentityId'>; siteIdentity: SettingValue<'siteIdentity'> }): Promise<ResolvedIdentity> {
  const [everywhere, perSite] = read ? [read.activeIdentityId, read.siteIdentity] : await Promise.all([getSetting('activeIdentityId'), getSetting('siteIdentity')]);
  const override = Object.hasOwn(perSite, site) ? perSite[site] : undefined;
  const forSite = override && (override.until === undefined || override.until > now) ? override.identityId : null;
  for (const chosen of [forSite, everywhere]) {
    // A chosen identity that was deleted since falls through to the next rule.
    const identity = chosen === null ? undefined : await db().identities.get(chosen);
    if (identity) return resolved(identity);
  }
  return resolveIdentity(site, profile);
}

/** "Snoozed on LinkedIn until 14:05", in the browser's language and time zone. */
export function snoozeHeadline(site: string, until: number): string {
  const label = SUPPORTED_SITES.find((s) => s.id === site)?.label ?? webSiteHost(site);
  const time = new Date(until).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `Snoozed on ${label} until ${time}`;
}

/**
 * Who posts × who sees × what it says → a verdict. The audience index is rebuilt whenever a contact
 * or an identity's work domains changed since it was built (shared/storage/audience-index.ts), so it
 * is never stale; only the summary it yields (counts, at most five names) goes back to the page.
 */
export async function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  // Every setting a verdict needs in one read (getSettings: one transaction instead of seven, about
  // 5 ms of a cold start), the identity and the audience index beside it. Still read fresh for
  // each verdict: nothing is kept between checks.
  const now = Date.now();
  const settings = getSettings(['activeIdentityId', 'siteIdentity', 'paused', 'siteSnoozes', 'holdAtWarn', 'sendDelaySeconds', 'webSites'] as const);
  const [identity, index, { paused, siteSnoozes, holdAtWarn, sendDelaySeconds: delay, webSites }] = await Promise.all([settings.then((read) => identityFor(snapshot.site, snapshot.profile, now, read)), audienceIndex(), settings]);
  // Writes only when a snooze has expired (as before), from the map just read.
  const snoozedUntil = await activeSnooze(snapshot.site, now, siteSnoozes);
  // A site the user enabled (`web:<host>`): who reads it is what the user chose in the popup.
  const chosenAudience = isWebSite(snapshot.site) ? webAudience(webSites, webSiteOrigin(snapshot.site)) : undefined;
  const verdict = buildVerdict({ snapshot, audienceIndex: index, identity: identity.summary, policy: mergePolicy(identity.policy), customTerms: identity.customTerms, neverTerms: identity.neverTerms, ...(chosenAudience ? { chosenAudience } : {}) });
  if (paused) return { ...verdict, level: 'none', findings: [], headline: 'Hatcheck is paused' };
  if (snoozedUntil !== undefined) return { ...verdict, level: 'none', findings: [], headline: snoozeHeadline(snapshot.site, snoozedUntil) };
  // The submit guard asks at `confirm` (the contract), and at `warn` too when the user chose so.
  const hold = verdict.findings.length > 0 && (verdict.level === 'confirm' || (holdAtWarn && verdict.level === 'warn'));
  const sendDelaySeconds = SUPPORTED_SITES.find((s) => s.id === snapshot.site)?.undoSend ? 0 : delay;
  return { ...verdict, hold, sendDelaySeconds };
}
