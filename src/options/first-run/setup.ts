import { db, type Identity } from '../../shared/storage/db';
import { accountHandle, addAccount, addIdentity, defaultIdentityIds, listAccounts, listIdentities, updateIdentity } from '../../shared/storage/identities';
import { getSetting, setSetting } from '../../shared/storage/settings';

// What each step of the first-run guide writes. Everything goes through identities.ts, which checks
// every value and throws a sentence for people (IdentityInputError); the guide shows it and stays on
// the step. The guide only adds: removing an account is the options page's job.

export type AccountSite = 'linkedin' | 'x' | 'mastodon' | 'facebook';
export type AccountInputs = Partial<Record<AccountSite, string>>;

export interface GuideData {
  personal: Identity;
  work: Identity;
  /** The newest brand identity, if any (the guide's brand step edits it when resumed). */
  brand?: Identity;
  /** Per identity id, per site: the handle as a person would type it. */
  accounts: Map<number, AccountInputs>;
}

/**
 * A stored handle as a person types it, so that a resumed step saves it again unchanged:
 * `linkedin:jane-doe` → `in/jane-doe`, `mastodon:jane@mastodon.social` → `@jane@mastodon.social`.
 */
export function typedForm(site: string, handle: string): string {
  const bare = handle.slice(site.length + 1);
  if (site === 'linkedin' && !bare.includes('/')) return `in/${bare}`;
  if (site === 'mastodon') return `@${bare}`;
  return bare;
}

/** The two built-in identities, the newest brand, and their accounts, for prefilling the steps. */
export async function readGuideData(): Promise<GuideData> {
  const [identities, accounts] = await Promise.all([listIdentities(), listAccounts()]);
  const builtIn = defaultIdentityIds(identities);
  const personal = identities.find((i) => i.kind === 'personal' && builtIn.has(i.id!));
  const work = identities.find((i) => i.kind === 'work' && builtIn.has(i.id!));
  if (!personal || !work) throw new Error('The built-in Personal and Work identities are missing.');
  const brand = identities.filter((i) => i.kind === 'brand').at(-1);
  const byIdentity = new Map<number, AccountInputs>();
  for (const a of accounts) {
    const inputs = byIdentity.get(a.identityId) ?? {};
    inputs[a.site as AccountSite] ??= typedForm(a.site, a.handle);
    byIdentity.set(a.identityId, inputs);
  }
  return { personal, work, ...(brand ? { brand } : {}), accounts: byIdentity };
}

/** Links every filled-in account to the identity; one it already has is left as it is. */
export async function linkAccounts(identityId: number, inputs: AccountInputs): Promise<void> {
  const existing = await listAccounts();
  for (const [site, value] of Object.entries(inputs) as Array<[AccountSite, string | undefined]>) {
    if (!value?.trim()) continue;
    const handle = accountHandle(site, value);
    if (existing.some((a) => a.site === site && a.handle === handle && a.identityId === identityId)) continue;
    await addAccount(identityId, { site, handle: value });
  }
}

export interface WorkInputs {
  employer: string;
  domain: string;
  accounts: AccountInputs;
}

/** Your work: the employer and e-mail domain mark contacts as work; accounts tell the identity apart. */
export async function saveWork(work: Identity, input: WorkInputs): Promise<void> {
  const employers = input.employer.trim() ? [...work.employers, input.employer] : work.employers;
  const workDomains = input.domain.trim() ? [...work.workDomains, input.domain] : work.workDomains;
  await updateIdentity(work.id!, { employers, workDomains });
  await linkAccounts(work.id!, input.accounts);
}

export interface BrandInputs {
  name: string;
  domain: string;
  accounts: AccountInputs;
}

/** A brand you post for: created (or, when the guide is resumed, the one it created renamed). */
export async function saveBrand(existing: Identity | undefined, input: BrandInputs): Promise<Identity> {
  const brand = existing ?? (await addIdentity({ name: input.name, kind: 'brand' }));
  const workDomains = input.domain.trim() ? [...brand.workDomains, input.domain] : brand.workDomains;
  const saved = await updateIdentity(brand.id!, { name: input.name, workDomains });
  await linkAccounts(saved.id!, input.accounts);
  return saved;
}

export const GUIDE_STEPS = ['Welcome', 'You', 'Your work', 'A brand', 'Your contacts', 'Done'] as const;

export async function guideProgress(): Promise<{ step: number; done: boolean }> {
  const saved = await getSetting('firstRun');
  return { step: Math.min(Math.max(0, Math.trunc(saved.step)), GUIDE_STEPS.length - 1), done: saved.done };
}

export async function saveProgress(step: number, done = false): Promise<void> {
  await setSetting('firstRun', { step, done });
}

/** How many contacts are stored, for the guide's last step. */
export async function contactCount(): Promise<number> {
  return db().contacts.count();
}
