import { presetPolicy, offCategories, policyOverrides, sensitivityOf, withCategory, type Sensitivity } from '../../core/sensitivity';
import type { Category } from '../../core/types';
import { db, type Identity } from './db';
import { effectivePolicy, IdentityInputError } from './identities';

// The popup's quick settings (sensitivity, categories on or off) for one identity. They rewrite the
// identity's policy rows (core/sensitivity.ts), in one transaction each, so the options page's
// policy table shows the same thing and the next verdict uses it.

async function rewrite(id: number, change: (identity: Identity) => Identity['policy']): Promise<Identity> {
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const current = await store.identities.get(id);
    if (!current) throw new IdentityInputError('That identity no longer exists.');
    const next: Identity = { ...current };
    const policy = change(current);
    if (policy) next.policy = policy;
    else delete next.policy;
    await store.identities.put(next);
    return next;
  });
}

/** Every category one step quieter or louder than the default; categories that are off stay off. */
export function setSensitivity(id: number, sensitivity: Sensitivity): Promise<Identity> {
  return rewrite(id, (identity) => policyOverrides(presetPolicy(sensitivity, offCategories(effectivePolicy(identity)))));
}

/** One category on (at the identity's sensitivity) or off (never warns). */
export function setCategoryOn(id: number, category: Category, on: boolean): Promise<Identity> {
  return rewrite(id, (identity) => {
    const policy = effectivePolicy(identity);
    return policyOverrides(withCategory(policy, category, on, sensitivityOf(policy)));
  });
}
