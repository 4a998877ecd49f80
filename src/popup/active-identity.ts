import type { TabState } from '../core/types';
import type { Identity } from '../shared/storage/db';
import { defaultIdentityIds } from '../shared/storage/identities';
import type { IdentityChoice } from './identity-choice';

/**
 * The stored identity the next draft on this tab is checked as, the way the worker picks it
 * (background/check-draft.ts, storage/identities.ts resolveIdentity): the popup's "Post as", else the
 * identity the page's account is linked to, else the built-in one of the account's kind (Personal
 * when the page shows no author). Undefined for an unlinked brand account: there is no stored
 * identity whose settings apply, so there is nothing to change until the account is linked.
 */
export function activeIdentity(identities: readonly Identity[], choice: IdentityChoice, linkedId: number | null, tab: TabState | null): Identity | undefined {
  const byId = (id: number | null) => (id === null ? undefined : identities.find((i) => i.id === id));
  const chosen = byId(choice.identityId) ?? byId(linkedId);
  if (chosen) return chosen;
  const latest = [...(tab?.composers ?? [])].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const kind = latest?.identity.kind ?? 'personal';
  if (kind === 'brand') return undefined;
  const builtIn = defaultIdentityIds(identities);
  return identities.find((i) => i.kind === kind && builtIn.has(i.id!));
}
