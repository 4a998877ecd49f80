import { create } from 'zustand';
import type { AudienceKind, Category, Level } from '../../core/types';
import type { Account, Identity } from '../../shared/storage/db';
import { dismissDetectedProfile, listDetectedProfiles, type DetectedProfile } from '../../shared/storage/detected-profiles';
import {
  IdentityInputError, addAccount, addIdentity, assignDetectedProfile, defaultIdentityIds, deleteIdentity, listAccounts, listIdentities,
  removeAccount, resetPolicy, setPolicyLevel, updateIdentity, type IdentityPatch, type NewAccount, type NewIdentity,
} from '../../shared/storage/identities';

// View state of the identities editor; Dexie is the source of truth and every change re-reads it.
// Actions return an error sentence (or null) so each form can show its own message beside itself.

interface IdentitiesState {
  status: 'loading' | 'ready' | 'error';
  identities: Identity[];
  accounts: Account[];
  suggestions: DetectedProfile[];
  /** Ids of the built-in Personal and Work identities (not deletable, kind fixed). */
  builtIn: number[];
  selectedId: number | null;
  /** The last thing that went right, for the live region. */
  message: string;
  /** A load failure, for the alert. */
  error: string;
  load(): Promise<void>;
  select(id: number): void;
  add(input: NewIdentity): Promise<string | null>;
  update(id: number, patch: IdentityPatch, done?: string): Promise<string | null>;
  setLevel(id: number, category: Category, audience: AudienceKind, level: Level): Promise<string | null>;
  reset(id: number, category?: Category): Promise<string | null>;
  remove(id: number): Promise<string | null>;
  addAccount(identityId: number, input: NewAccount): Promise<string | null>;
  removeAccount(id: number): Promise<string | null>;
  assign(profile: DetectedProfile, identityId: number): Promise<string | null>;
  dismiss(profile: DetectedProfile): Promise<string | null>;
}

const describe = (error: unknown) =>
  error instanceof IdentityInputError ? error.message : `Could not save: ${error instanceof Error ? error.message : String(error)}`;

export const useIdentities = create<IdentitiesState>((set, get) => {
  /** Runs a change, re-reads, and reports; returns the error sentence or null. */
  async function change(work: () => Promise<string>): Promise<string | null> {
    try {
      const message = await work();
      await get().load();
      set({ message });
      return null;
    } catch (error) {
      set({ message: '' });
      return describe(error);
    }
  }
  const nameOf = (id: number) => get().identities.find((i) => i.id === id)?.name ?? 'identity';

  return {
    status: 'loading',
    identities: [],
    accounts: [],
    suggestions: [],
    builtIn: [],
    selectedId: null,
    message: '',
    error: '',
    async load() {
      try {
        const [identities, accounts, suggestions] = await Promise.all([listIdentities(), listAccounts(), listDetectedProfiles()]);
        const selected = get().selectedId;
        set({
          identities,
          accounts,
          suggestions,
          builtIn: [...defaultIdentityIds(identities)],
          selectedId: identities.some((i) => i.id === selected) ? selected : (identities[0]?.id ?? null),
          status: 'ready',
          error: '',
        });
      } catch (error) {
        set({ status: 'error', error: describe(error) });
      }
    },
    select(id) {
      set({ selectedId: id, message: '' });
    },
    add(input) {
      return change(async () => {
        const added = await addIdentity(input);
        set({ selectedId: added.id! });
        return `Added ${added.name}.`;
      });
    },
    update(id, patch, done) {
      return change(async () => {
        const next = await updateIdentity(id, patch);
        return done ?? `Saved ${next.name}.`;
      });
    },
    setLevel(id, category, audience, level) {
      return change(async () => {
        await setPolicyLevel(id, category, audience, level);
        return `Saved the policy of ${nameOf(id)}.`;
      });
    },
    reset(id, category) {
      return change(async () => {
        await resetPolicy(id, category);
        return category ? `Reset ${category} to the default for ${nameOf(id)}.` : `Reset every category to the default for ${nameOf(id)}.`;
      });
    },
    remove(id) {
      return change(async () => {
        const { name, accounts } = await deleteIdentity(id);
        set({ selectedId: null });
        return `Deleted ${name}.${accounts ? ` Its ${accounts === 1 ? 'account is' : `${accounts} accounts are`} back among the suggestions.` : ''}`;
      });
    },
    addAccount(identityId, input) {
      return change(async () => {
        const account = await addAccount(identityId, input);
        return `Added ${account.handle} to ${nameOf(identityId)}.`;
      });
    },
    removeAccount(id) {
      const account = get().accounts.find((a) => a.id === id);
      return change(async () => {
        await removeAccount(id);
        return `Removed ${account?.handle ?? 'the account'}.`;
      });
    },
    assign(profile, identityId) {
      return change(async () => {
        await assignDetectedProfile(profile, identityId);
        return `${profile.name} (${profile.handle}) now belongs to ${nameOf(identityId)}.`;
      });
    },
    dismiss(profile) {
      return change(async () => {
        await dismissDetectedProfile(profile.site, profile.handle);
        return `Hatcheck will not suggest ${profile.handle} again.`;
      });
    },
  };
});
