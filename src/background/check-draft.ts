import { DEFAULT_POLICY, type Policy } from '../core/policy';
import type { DraftSnapshot, Verdict } from '../core/types';
import { buildVerdict } from '../core/verdict';
import { audienceIndex } from '../shared/storage/audience-index';
import { db } from '../shared/storage/db';
import { resolved, resolveIdentity, type ResolvedIdentity } from '../shared/storage/identities';
import { getSetting } from '../shared/storage/settings';

function mergePolicy(overrides: Partial<Policy> | undefined): Policy {
  return overrides ? { ...DEFAULT_POLICY, ...overrides } : { ...DEFAULT_POLICY };
}

/** The identity the user switched to in the popup wins over what the page says. */
async function identityFor(snapshot: DraftSnapshot): Promise<ResolvedIdentity> {
  const chosen = await getSetting('activeIdentityId');
  const identity = chosen === null ? undefined : await db().identities.get(chosen);
  if (identity) return resolved(identity);
  return resolveIdentity(snapshot.site, snapshot.profile);
}

/**
 * Who posts × who sees × what it says → a verdict. The audience index is rebuilt whenever a contact
 * or an identity's work domains changed since it was built (shared/storage/audience-index.ts), so it
 * is never stale; only the summary it yields (counts, at most five names) goes back to the page.
 */
export async function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  const [identity, index, paused] = await Promise.all([identityFor(snapshot), audienceIndex(), getSetting('paused')]);
  const verdict = buildVerdict({ snapshot, audienceIndex: index, identity: identity.summary, policy: mergePolicy(identity.policy), customTerms: identity.customTerms, neverTerms: identity.neverTerms });
  if (!paused) return verdict;
  return { ...verdict, level: 'none', findings: [], headline: 'Hatcheck is paused' };
}
