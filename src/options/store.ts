import { create } from 'zustand';
import type { ContactTag } from '../core/audience';
import { addContact, ContactInputError, listContacts, removeContact, setContactTag, type NewContact } from '../shared/storage/contacts';
import type { Contact } from '../shared/storage/db';

// View state only; Dexie is the source of truth and every change re-reads from it.

interface OptionsState {
  contacts: Contact[];
  status: 'loading' | 'ready' | 'error';
  /** The last thing that went wrong, in words for people. */
  error: string;
  /** The last thing that went right ("Added Jane Doe"), for the live region. */
  message: string;
  load(): Promise<void>;
  add(contact: NewContact): Promise<boolean>;
  tag(id: number, tag: ContactTag): Promise<void>;
  remove(id: number): Promise<void>;
}

const describe = (error: unknown) => (error instanceof ContactInputError ? error.message : `Could not save: ${error instanceof Error ? error.message : String(error)}`);

export const useOptions = create<OptionsState>((set, get) => ({
  contacts: [],
  status: 'loading',
  error: '',
  message: '',
  async load() {
    try {
      set({ contacts: await listContacts(), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: describe(error) });
    }
  },
  async add(contact) {
    try {
      const added = await addContact(contact);
      set({ error: '', message: `Added ${added.name} as ${added.tag === 'untagged' ? 'untagged' : `a ${added.tag} contact`}.` });
      await get().load();
      return true;
    } catch (error) {
      set({ error: describe(error), message: '' });
      return false;
    }
  },
  async tag(id, tag) {
    try {
      await setContactTag(id, tag);
      await get().load();
    } catch (error) {
      set({ error: describe(error) });
    }
  },
  async remove(id) {
    const name = get().contacts.find((c) => c.id === id)?.name ?? 'contact';
    try {
      await removeContact(id);
      set({ message: `Removed ${name}.`, error: '' });
      await get().load();
    } catch (error) {
      set({ error: describe(error) });
    }
  },
}));
