import type { ActiveProfile, IdentitySummary } from '../../core/types';
import type { Policy } from '../../core/policy';
import { db, type Identity } from './db';

export interface ResolvedIdentity {
  summary: IdentitySummary;
  policy?: Partial<Policy>;
  customTerms: string[];
  neverTerms: string[];
}

export function resolved(identity: Identity): ResolvedIdentity {
  return { summary: { name: identity.name, kind: identity.kind }, policy: identity.policy, customTerms: identity.customTerms, neverTerms: identity.neverTerms ?? [] };
}

/**
 * Who the user is posting as: the identity the page's profile is linked to, else what the page
 * itself tells (a company admin page is a brand), else the user's own personal self.
 */
export async function resolveIdentity(site: string, profile: ActiveProfile): Promise<ResolvedIdentity> {
  const account = profile.handle ? await db().accounts.where('[site+handle]').equals([site, profile.handle]).first() : undefined;
  const identity: Identity | undefined = account ? await db().identities.get(account.identityId) : undefined;
  if (identity) return resolved(identity);
  const kind = profile.kind === 'unknown' ? 'personal' : profile.kind;
  return { summary: { name: profile.name || 'you', kind }, customTerms: [], neverTerms: [] };
}
