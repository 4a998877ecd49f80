import type { Account } from '../shared/storage/db';
import { assignDetectedProfile, listAccounts, removeAccount } from '../shared/storage/identities';
import { getSetting, setSetting } from '../shared/storage/settings';

/** Where the popup's "Post as" applies: every site, this site, or this site for the next hour. */
export type Scope = 'everywhere' | 'site' | 'hour';

export interface IdentityChoice {
  /** null: the account the page shows decides (its linked identity, else the built-in one). */
  identityId: number | null;
  scope: Scope;
}

export const HOUR_MS = 60 * 60 * 1000;

/** What the popup shows as chosen for a tab on `site` (undefined: not a supported site). */
export async function readChoice(site: string | undefined, now = Date.now()): Promise<IdentityChoice & { until?: number }> {
  const [everywhere, perSite] = await Promise.all([getSetting('activeIdentityId'), getSetting('siteIdentity')]);
  const override = site && Object.hasOwn(perSite, site) ? perSite[site] : undefined;
  if (override && (override.until === undefined || override.until > now)) {
    return override.until === undefined ? { identityId: override.identityId, scope: 'site' } : { identityId: override.identityId, scope: 'hour', until: override.until };
  }
  return { identityId: everywhere, scope: 'everywhere' };
}

/**
 * Stores a choice. "Everywhere" also drops this site's own choice (the person just said what they
 * want here); "the account on the page" clears both, so the page decides again.
 */
export async function applyChoice(site: string | undefined, choice: IdentityChoice, now = Date.now()): Promise<void> {
  const perSite = { ...(await getSetting('siteIdentity')) };
  // Expired "for the next hour" entries are dropped whenever the map is written.
  for (const [key, value] of Object.entries(perSite)) if (value.until !== undefined && value.until <= now) delete perSite[key];
  if (site) delete perSite[site];
  if (choice.identityId === null) {
    await setSetting('activeIdentityId', null);
  } else if (choice.scope === 'everywhere' || !site) {
    await setSetting('activeIdentityId', choice.identityId);
  } else {
    perSite[site] = choice.scope === 'hour' ? { identityId: choice.identityId, until: now + HOUR_MS } : { identityId: choice.identityId };
  }
  await setSetting('siteIdentity', perSite);
}

/** The page's account, linked to an identity ("this account is Work"), moving it if another had it. */
export async function linkAccount(account: { site: string; handle: string; name: string }, identityId: number | null): Promise<Account | undefined> {
  const existing = (await listAccounts()).find((a) => a.site === account.site && a.handle === account.handle);
  if (existing?.identityId === identityId) return existing;
  if (existing?.id !== undefined) await removeAccount(existing.id);
  return identityId === null ? undefined : assignDetectedProfile(account, identityId);
}

export async function linkedIdentityId(account: { site: string; handle: string } | undefined): Promise<number | null> {
  if (!account) return null;
  return (await listAccounts()).find((a) => a.site === account.site && a.handle === account.handle)?.identityId ?? null;
}
