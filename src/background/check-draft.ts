import { DEFAULT_POLICY, type Policy } from '../core/policy';
import type { DraftSnapshot, Verdict } from '../core/types';
import { buildVerdict } from '../core/verdict';
import { matchMentions } from '../shared/storage/contacts';
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
 * Who posts × who sees × what it says → a verdict. Reads the audience map fresh every time:
 * indexed look-ups of a handful of mentions, nothing cached that could go stale.
 */
export async function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  const [identity, matched, paused] = await Promise.all([identityFor(snapshot), matchMentions(snapshot.mentions), getSetting('paused')]);
  const verdict = buildVerdict({ snapshot, matched, identity: identity.summary, policy: mergePolicy(identity.policy), customTerms: identity.customTerms, neverTerms: identity.neverTerms });
  if (!paused) return verdict;
  return { ...verdict, level: 'none', findings: [], headline: 'Hatcheck is paused' };
}
