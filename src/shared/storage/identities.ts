import { normalizeHandle } from '../../core/handles';
import { anyHandle } from '../../core/import/handles-social';
import { DEFAULT_POLICY, type CategoryPolicy, type Policy } from '../../core/policy';
import { CATEGORIES, LEVELS, type ActiveProfile, type AudienceKind, type Category, type IdentityKind, type IdentitySummary, type Level } from '../../core/types';
import { db, type Account, type Identity } from './db';
import { restoreDetectedProfiles, type DetectedProfile } from './detected-profiles';
import { getSetting, setSetting } from './settings';

export interface ResolvedIdentity {
  /** The stored identity whose policy and terms apply; absent when none does (an unlinked brand). */
  id?: number;
  summary: IdentitySummary;
  policy?: Partial<Policy>;
  customTerms: string[];
  neverTerms: string[];
}

export function resolved(identity: Identity): ResolvedIdentity {
  return { id: identity.id, summary: { name: identity.name, kind: identity.kind, color: identity.color }, policy: identity.policy, customTerms: identity.customTerms, neverTerms: identity.neverTerms ?? [] };
}

/**
 * Who the user is posting as: the identity the page's profile is linked to, else what the page
 * itself tells (a company admin page is a brand), else the user's own personal self.
 *
 * An unlinked personal or work profile is named as the page names it, but works with the built-in
 * Personal or Work identity's policy and terms: the lists the user edits there (and "ignore this
 * phrase" in the page, which writes to them) must apply before any account is linked. An unlinked
 * brand has no stored identity to borrow from.
 */
export async function resolveIdentity(site: string, profile: ActiveProfile): Promise<ResolvedIdentity> {
  const account = profile.handle ? await db().accounts.where('[site+handle]').equals([site, profile.handle]).first() : undefined;
  const identity: Identity | undefined = account ? await db().identities.get(account.identityId) : undefined;
  if (identity) return resolved(identity);
  const kind = profile.kind === 'unknown' ? 'personal' : profile.kind;
  const builtIn = kind === 'brand' ? undefined : await builtInIdentity(kind);
  // A box that shows no author (a comment box) is posted from the identity whose lists apply.
  const summary = { name: profile.name || builtIn?.name || 'you', kind, ...(builtIn ? { color: builtIn.color } : {}) };
  if (!builtIn) return { summary, customTerms: [], neverTerms: [] };
  return { ...resolved(builtIn), summary };
}

/** The built-in identity of a kind: the oldest one of that kind (see defaultIdentityIds). */
async function builtInIdentity(kind: 'personal' | 'work'): Promise<Identity | undefined> {
  const ofKind = await db().identities.where('kind').equals(kind).toArray();
  return ofKind.filter((i) => i.id !== undefined).sort((a, b) => a.id! - b.id!)[0];
}

// ---------------------------------------------------------------------------------------------
// Editing identities (the options page). Every function validates and throws IdentityInputError
// with a sentence for people; nothing is written when it throws.

export class IdentityInputError extends Error {}

const KINDS: readonly IdentityKind[] = ['personal', 'work', 'brand'];
const COLOR = /^#[0-9a-f]{6}$/i;
// A DNS name with at least one dot: labels of letters, digits and inner hyphens, a TLD of letters.
const DOMAIN = /^(?=.{4,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

export async function listIdentities(): Promise<Identity[]> {
  return db().identities.orderBy('id').toArray();
}

/**
 * The two identities every database starts with (Personal and Work) cannot be deleted and keep
 * their kind: they are the oldest identity of kind personal and the oldest of kind work.
 */
export function defaultIdentityIds(identities: readonly Identity[]): Set<number> {
  const ids = new Set<number>();
  for (const kind of ['personal', 'work'] as const) {
    const oldest = identities.filter((i) => i.kind === kind && i.id !== undefined).sort((a, b) => a.id! - b.id!)[0];
    if (oldest) ids.add(oldest.id!);
  }
  return ids;
}

/** `@Acme.com`, `https://www.acme.com/`, ` ACME.COM ` → `acme.com`; '' when it is no domain. */
export function normalizeDomain(input: string): string {
  const value = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^.*@/, '').replace(/^www\./, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
  return DOMAIN.test(value) ? value : '';
}

/** Trimmed, without empty entries and case-insensitive repeats (first spelling kept). */
function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, ' ');
    const key = value.toLowerCase();
    if (value && !seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

export interface NewIdentity {
  name: string;
  color?: string;
  kind?: IdentityKind;
}

async function checkName(name: string, exceptId?: number): Promise<string> {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new IdentityInputError('An identity needs a name.');
  if (clean.length > 80) throw new IdentityInputError('Keep the name under 80 characters.');
  const clash = (await db().identities.toArray()).find((i) => i.id !== exceptId && i.name.trim().toLowerCase() === clean.toLowerCase());
  if (clash) throw new IdentityInputError(`There is already an identity called ${clash.name}.`);
  return clean;
}

function checkColor(color: string): string {
  if (!COLOR.test(color)) throw new IdentityInputError('Pick a colour (a value like #0a66c2).');
  return color.toLowerCase();
}

function checkKind(kind: string): IdentityKind {
  if (!(KINDS as readonly string[]).includes(kind)) throw new IdentityInputError('The kind is personal, work or brand.');
  return kind as IdentityKind;
}

export async function addIdentity(input: NewIdentity): Promise<Identity> {
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const identity: Identity = {
      name: await checkName(input.name),
      kind: checkKind(input.kind ?? 'brand'),
      color: checkColor(input.color ?? '#8e44ad'),
      customTerms: [],
      neverTerms: [],
      workDomains: [],
      employers: [],
      createdAt: Date.now(),
    };
    identity.id = await store.identities.add(identity);
    return identity;
  });
}

export type IdentityPatch = Partial<Pick<Identity, 'name' | 'color' | 'kind' | 'workDomains' | 'employers' | 'customTerms' | 'neverTerms'>>;

/** Changes some fields of an identity; lists are replaced whole (cleaned: trimmed, no repeats). */
export async function updateIdentity(id: number, patch: IdentityPatch): Promise<Identity> {
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const current = await store.identities.get(id);
    if (!current) throw new IdentityInputError('That identity no longer exists.');
    const next: Identity = { ...current };
    if (patch.name !== undefined) next.name = await checkName(patch.name, id);
    if (patch.color !== undefined) next.color = checkColor(patch.color);
    if (patch.kind !== undefined && patch.kind !== current.kind) {
      next.kind = checkKind(patch.kind);
      if (defaultIdentityIds(await store.identities.toArray()).has(id)) {
        throw new IdentityInputError(`${current.name} is one of the two built-in identities and stays ${current.kind}; add a new identity for another kind.`);
      }
    }
    if (patch.workDomains !== undefined) {
      const bad = patch.workDomains.filter((d) => d.trim() && !normalizeDomain(d));
      if (bad.length) throw new IdentityInputError(`'${bad[0]!.trim()}' is not an e-mail domain. Use a form like acme.com.`);
      next.workDomains = cleanList(patch.workDomains.map(normalizeDomain).filter(Boolean));
    }
    if (patch.employers !== undefined) next.employers = cleanList(patch.employers);
    if (patch.customTerms !== undefined) next.customTerms = cleanList(patch.customTerms);
    if (patch.neverTerms !== undefined) next.neverTerms = cleanList(patch.neverTerms);
    const both = next.customTerms.filter((t) => next.neverTerms.some((n) => n.toLowerCase() === t.toLowerCase()));
    if (both.length) throw new IdentityInputError(`'${both[0]}' cannot both always warn and never warn.`);
    await store.identities.put(next);
    return next;
  });
}

/** Never-warn terms per identity: enough for any real list, small enough to scan per keystroke. */
export const MAX_NEVER_TERMS = 500;

export type IgnorePhraseResult = 'added' | 'already-ignored' | 'always-warn' | 'list-full' | 'no-identity';

/**
 * "Ignore this phrase" from the page: adds one term to an identity's never-warn list (the list the
 * options page edits). Never throws for the user's input: the answer says what happened, so the
 * page can word it. A phrase on the same identity's always-warn list is left alone: the user put
 * it there on purpose, and only the options page should take it off.
 */
export async function ignorePhrase(id: number, phrase: string): Promise<{ identity?: Identity; result: IgnorePhraseResult }> {
  const term = phrase.trim().replace(/\s+/g, ' ');
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const current = await store.identities.get(id);
    if (!current) return { result: 'no-identity' as const };
    const key = term.toLowerCase();
    const never = current.neverTerms ?? [];
    if (!term || never.some((t) => t.toLowerCase() === key)) return { identity: current, result: 'already-ignored' as const };
    if (current.customTerms.some((t) => t.toLowerCase() === key)) return { identity: current, result: 'always-warn' as const };
    if (never.length >= MAX_NEVER_TERMS) return { identity: current, result: 'list-full' as const };
    const next: Identity = { ...current, neverTerms: [...never, term] };
    await store.identities.put(next);
    return { identity: next, result: 'added' as const };
  });
}

/** The policy an identity works with: DEFAULT_POLICY with its own rows on top. */
export function effectivePolicy(identity: Pick<Identity, 'policy'>): Policy {
  return { ...DEFAULT_POLICY, ...(identity.policy ?? {}) };
}

/**
 * Sets one cell of an identity's policy. The Policy type overrides whole categories, so the row is
 * stored with the other audiences as they are now; a row equal to the default is dropped again.
 */
export async function setPolicyLevel(id: number, category: Category, audience: AudienceKind, level: Level): Promise<Identity> {
  if (!(CATEGORIES as readonly string[]).includes(category)) throw new IdentityInputError(`Unknown category '${category}'.`);
  if (!(LEVELS as readonly string[]).includes(level)) throw new IdentityInputError(`Unknown level '${level}'.`);
  if (!['professional', 'public', 'personal'].includes(audience)) throw new IdentityInputError(`Unknown audience '${audience}'.`);
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const current = await store.identities.get(id);
    if (!current) throw new IdentityInputError('That identity no longer exists.');
    const row: CategoryPolicy = { ...effectivePolicy(current)[category], [audience]: level };
    const policy: Partial<Policy> = { ...(current.policy ?? {}) };
    const base = DEFAULT_POLICY[category];
    if (row.professional === base.professional && row.public === base.public && row.personal === base.personal) delete policy[category];
    else policy[category] = row;
    const next: Identity = { ...current, policy: Object.keys(policy).length ? policy : undefined };
    if (!next.policy) delete next.policy;
    await store.identities.put(next);
    return next;
  });
}

/** Back to DEFAULT_POLICY for one category, or for all when none is given. */
export async function resetPolicy(id: number, category?: Category): Promise<Identity> {
  const store = db();
  return store.transaction('rw', store.identities, async () => {
    const current = await store.identities.get(id);
    if (!current) throw new IdentityInputError('That identity no longer exists.');
    const policy: Partial<Policy> = { ...(current.policy ?? {}) };
    if (category) delete policy[category];
    const next: Identity = { ...current };
    if (category && Object.keys(policy).length) next.policy = policy;
    else delete next.policy;
    await store.identities.put(next);
    return next;
  });
}

/**
 * Deletes an identity the user added. Its accounts go back to the suggestion list (nothing about
 * them is lost), and the popup's identity switch falls back to "read it from the page". Contacts do
 * not belong to identities and are not touched.
 */
export async function deleteIdentity(id: number): Promise<{ name: string; accounts: number }> {
  const store = db();
  const { name, accounts } = await store.transaction('rw', store.identities, store.accounts, store.settings, async () => {
    const current = await store.identities.get(id);
    if (!current) throw new IdentityInputError('That identity no longer exists.');
    if (defaultIdentityIds(await store.identities.toArray()).has(id)) throw new IdentityInputError(`${current.name} is built in and cannot be deleted.`);
    const owned = await store.accounts.where('identityId').equals(id).toArray();
    await store.accounts.bulkDelete(owned.map((a) => a.id!));
    await store.identities.delete(id);
    if ((await getSetting('activeIdentityId')) === id) await setSetting('activeIdentityId', null);
    await restoreDetectedProfiles(owned.map((a) => ({ site: a.site, handle: a.handle, name: a.name, kind: current.kind })));
    return { name: current.name, accounts: owned.length };
  });
  return { name, accounts };
}

// ---------------------------------------------------------------------------------------------
// Accounts: the profiles on sites that belong to an identity.

/** Sites an account may be on, with how people write a handle there. */
export const ACCOUNT_SITES = [
  { id: 'linkedin', label: 'LinkedIn', example: 'linkedin.com/company/acme or linkedin.com/in/jane-doe' },
  { id: 'x', label: 'X (Twitter)', example: '@acme or x.com/acme' },
  { id: 'mastodon', label: 'Mastodon', example: '@acme@mastodon.social' },
  { id: 'facebook', label: 'Facebook', example: 'facebook.com/acme' },
] as const;
export type AccountSite = (typeof ACCOUNT_SITES)[number]['id'];

/** What the person typed for a site to a stored, site-qualified handle; '' when it is not one. */
export function accountHandle(site: string, input: string): string {
  const value = input.trim();
  if (!value) return '';
  let handle = anyHandle(value);
  if (!handle && site === 'x' && /^@?[A-Za-z0-9_]{1,15}$/.test(value)) handle = `x:${value.replace(/^@/, '').toLowerCase()}`;
  if (!handle && site === 'facebook' && /^[A-Za-z0-9.]{5,50}$/.test(value)) handle = `facebook:${value.toLowerCase()}`;
  if (!handle && site === 'linkedin' && /^(company|school|showcase|in)\/[^\s/]+$/i.test(value)) handle = normalizeHandle(`https://www.linkedin.com/${value}`);
  return handle.startsWith(`${site}:`) ? handle : '';
}

export async function listAccounts(): Promise<Account[]> {
  return db().accounts.orderBy('id').toArray();
}

export interface NewAccount {
  site: string;
  /** A profile link or handle as typed. */
  handle: string;
  /** How the profile is called on the site; defaults to the handle. */
  name?: string;
}

export async function addAccount(identityId: number, input: NewAccount): Promise<Account> {
  const site = ACCOUNT_SITES.find((s) => s.id === input.site);
  if (!site) throw new IdentityInputError('Choose the site the account is on.');
  if (!input.handle.trim()) throw new IdentityInputError(`Enter the account's handle or profile link on ${site.label}.`);
  const handle = accountHandle(site.id, input.handle);
  if (!handle) throw new IdentityInputError(`'${input.handle.trim()}' is not a handle on ${site.label}. Use a form like ${site.example}.`);
  const store = db();
  return store.transaction('rw', store.identities, store.accounts, async () => {
    const identity = await store.identities.get(identityId);
    if (!identity) throw new IdentityInputError('That identity no longer exists.');
    const existing = await store.accounts.where('[site+handle]').equals([site.id, handle]).first();
    if (existing) {
      const owner = existing.identityId === identityId ? identity : await store.identities.get(existing.identityId);
      throw new IdentityInputError(`${handle} is already an account of ${owner?.name ?? 'another identity'}.`);
    }
    const account: Account = { site: site.id, handle, name: input.name?.trim() || handle.slice(site.id.length + 1), identityId };
    account.id = await store.accounts.add(account);
    return account;
  });
}

export async function removeAccount(id: number): Promise<void> {
  await db().accounts.delete(id);
}

/** One click on a suggestion: the detected profile becomes an account of the identity. */
export async function assignDetectedProfile(profile: Pick<DetectedProfile, 'site' | 'handle' | 'name'>, identityId: number): Promise<Account> {
  const store = db();
  return store.transaction('rw', store.identities, store.accounts, async () => {
    const identity = await store.identities.get(identityId);
    if (!identity) throw new IdentityInputError('That identity no longer exists.');
    const existing = await store.accounts.where('[site+handle]').equals([profile.site, profile.handle]).first();
    if (existing) {
      if (existing.identityId === identityId) return existing;
      const owner = await store.identities.get(existing.identityId);
      throw new IdentityInputError(`${profile.handle} is already an account of ${owner?.name ?? 'another identity'}.`);
    }
    const account: Account = { site: profile.site, handle: profile.handle, name: profile.name, identityId };
    account.id = await store.accounts.add(account);
    return account;
  });
}
