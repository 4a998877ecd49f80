import { create } from 'zustand';
import type { ContactTag } from '../core/audience';
import { addContact, ContactInputError, queryContacts, removeContact, setContactRole, setContactTag, type NewContact } from '../shared/storage/contacts';
import type { Contact, ContactRole } from '../shared/storage/db';

// View state only; Dexie is the source of truth and every change re-reads from it. The list shows
// one page of contacts at a time, so thousands of contacts render as fast as fifty.

export const PAGE_SIZE = 50;

interface OptionsState {
  /** The contacts on the current page (not all of them). */
  contacts: Contact[];
  /** How many contacts match the search and tag filter. */
  matching: number;
  /** How many contacts there are in all. */
  total: number;
  search: string;
  tagFilter: ContactTag | '';
  /** 0-based page. */
  page: number;
  status: 'loading' | 'ready' | 'error';
  /** The last thing that went wrong, in words for people. */
  error: string;
  /** The last thing that went right ("Added Jane Doe"), for the live region. */
  message: string;
  /** Loads a page of contacts (the current one by default) and shows it with its page number. */
  load(page?: number): Promise<void>;
  setSearch(search: string): Promise<void>;
  setTagFilter(tag: ContactTag | ''): Promise<void>;
  goToPage(page: number): Promise<void>;
  add(contact: NewContact): Promise<boolean>;
  tag(id: number, tag: ContactTag): Promise<void>;
  role(id: number, role: ContactRole | null): Promise<void>;
  remove(id: number): Promise<void>;
}

const describe = (error: unknown) => (error instanceof ContactInputError ? error.message : `Could not save: ${error instanceof Error ? error.message : String(error)}`);

/** Each load gets a number; an older answer that arrives late (typing fast) is dropped. */
let latestLoad = 0;

export const useOptions = create<OptionsState>((set, get) => ({
  contacts: [],
  matching: 0,
  total: 0,
  search: '',
  tagFilter: '',
  page: 0,
  status: 'loading',
  error: '',
  message: '',
  async load(requested) {
    const ticket = ++latestLoad;
    try {
      const { search, tagFilter } = get();
      // The page number changes together with its rows, so "Showing 51–100" never labels page 1's rows.
      const page = requested ?? get().page;
      let result = await queryContacts({ search, tag: tagFilter || undefined, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      // A removal or undo can leave the page past the end: step back to the last page.
      if (result.contacts.length === 0 && page > 0 && result.matching > 0) {
        const last = Math.ceil(result.matching / PAGE_SIZE) - 1;
        result = await queryContacts({ search, tag: tagFilter || undefined, offset: last * PAGE_SIZE, limit: PAGE_SIZE });
        if (ticket !== latestLoad) return;
        set({ contacts: result.contacts, matching: result.matching, total: result.total, page: last, status: 'ready' });
        return;
      }
      if (ticket !== latestLoad) return;
      set({ contacts: result.contacts, matching: result.matching, total: result.total, page, status: 'ready' });
    } catch (error) {
      if (ticket === latestLoad) set({ status: 'error', error: describe(error) });
    }
  },
  async setSearch(search) {
    set({ search });
    await get().load(0);
  },
  async setTagFilter(tagFilter) {
    set({ tagFilter });
    await get().load(0);
  },
  async goToPage(page) {
    await get().load(Math.max(0, page));
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
  async role(id, role) {
    const name = get().contacts.find((c) => c.id === id)?.name ?? 'the contact';
    try {
      await setContactRole(id, role);
      set({ error: '', message: role ? `Saved the role of ${name}: ${role}.` : `Cleared the role of ${name}.` });
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
