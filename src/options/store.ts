import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { ContactTag } from '../core/audience';
import { findDuplicates, mergeGroup, type DuplicateGroup } from '../core/import/duplicates';
import { deleteContacts, editContact, lastChange, mergeContactsInto, setRoles, tagContacts, undoLastChange, type ContactEdit } from '../shared/storage/contact-changes';
import { addContact, ContactInputError, type NewContact } from '../shared/storage/contacts';
import { CONTACTS_VERSION_KEY } from '../shared/storage/contacts-version';
import { db, type Contact, type ContactRole } from '../shared/storage/db';
import { compareRows, facets, filterRows, NO_FILTERS, toRow, type ContactFilters, type Row } from './contacts/contact-filter';
import { keepExisting, selectAll, selectRange, toggle } from './contacts/selection';

// View state of the options page's contacts. Dexie is the source of truth; the page holds every
// contact in memory (50,000 rows ≈ a few MB) so that search, filters, counts and "select all N
// matching" are instant, and the table puts only the visible rows in the DOM (contacts/ContactGrid).
// Opening the page reads the first screenful through the name index first, so the table is usable
// before the whole list has arrived; writes patch the rows they changed instead of reading all again.

/** Rows read before the rest, enough to fill the first screen of the table. */
const HEAD = 60;

interface OptionsState {
  /** Every contact, by name (only the first HEAD until `complete`). */
  rows: Row[];
  /** The rows that match `filters`, in the same order. */
  shown: Row[];
  /** How many contacts there are in all (known before `complete`). */
  total: number;
  /** Whether `rows` holds every contact yet. */
  complete: boolean;
  filters: ContactFilters;
  /** Sites and sources present, for the filter menus. */
  sites: string[];
  sources: string[];
  selected: Set<number>;
  /** The row a Shift-click or Shift+Space range starts from. */
  anchor: number | undefined;
  /** The last bulk change, which Undo takes back. */
  undoable: string;
  /** Groups of likely duplicates, after "Find duplicates" (null: not looked for). */
  duplicates: DuplicateGroup[] | null;
  status: 'loading' | 'ready' | 'error';
  /** The last thing that went wrong, in words for people. */
  error: string;
  /** The last thing that went right ("Added Jane Doe"), for the live region. */
  message: string;
  /** Counts every change to `shown`, so the grid knows a new result arrived (and the bench can mark it). */
  version: number;
  /** Reads every contact again (after an import, a restore, or on opening). */
  load(): Promise<void>;
  setFilters(patch: Partial<ContactFilters>): void;
  /** Click or Space on a row: `range` (Shift) extends from the anchor. */
  select(id: number, range: boolean): void;
  selectAllMatching(): void;
  clearSelection(): void;
  bulkTag(tag: ContactTag): Promise<void>;
  bulkRole(role: ContactRole | null): Promise<void>;
  bulkDelete(): Promise<void>;
  undo(): Promise<void>;
  findDuplicates(): void;
  /** Merges a group; returns false when its tags conflict and `tag` is needed. */
  merge(group: DuplicateGroup, tag?: ContactTag): Promise<boolean>;
  add(contact: NewContact): Promise<boolean>;
  tag(id: number, tag: ContactTag): Promise<void>;
  role(id: number, role: ContactRole | null): Promise<void>;
  /** Saves an edit in place; resolves to an error message, or '' when saved. */
  edit(id: number, edit: ContactEdit): Promise<string>;
  remove(id: number): Promise<void>;
}

const describe = (error: unknown) => (error instanceof ContactInputError ? error.message : `Could not save: ${error instanceof Error ? error.message : String(error)}`);

/** Each load gets a number; an older answer that arrives late is dropped. */
let latestLoad = 0;

/** Contacts written while the whole list was being read (their chunk may predate the write). */
const touchedWhileLoading = new Set<number>();

/** Rows per read: small enough that a chunk's structured clone never holds the page for long. */
const CHUNK = 5000;

/**
 * Every contact, read in primary-key chunks with a pause between them, so typing, scrolling and
 * painting go on while 50,000 rows arrive (one getAll of them all holds the main thread for its
 * whole deserialisation). Sorted by name afterwards.
 */
async function readAll(): Promise<Contact[]> {
  const store = db();
  const all: Contact[] = [];
  for (;;) {
    const last = all.length ? all[all.length - 1]!.id! : 0;
    const chunk = await store.contacts.where(':id').above(last).limit(CHUNK).toArray();
    all.push(...chunk);
    if (chunk.length < CHUNK) return all;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

// Writes from elsewhere (another options tab, a restore in another window): every contact write
// stamps `contactsVersion` (contacts-version.ts), so a stamp this page did not write means "read
// everything again". The page's own writes patch its rows instead; `own` records their stamps.
let pendingOwnWrites = 0;
const ownStamps = new Set<unknown>();
const readStamp = async () => (await db().settings.get(CONTACTS_VERSION_KEY))?.value;

async function own<T>(write: () => Promise<T>): Promise<T> {
  pendingOwnWrites++;
  try {
    return await write();
  } finally {
    ownStamps.add(await readStamp().catch(() => undefined));
    pendingOwnWrites--;
  }
}

let watching = false;
function watchOtherWriters(reload: () => void) {
  if (watching) return;
  watching = true;
  let first = true;
  liveQuery(readStamp).subscribe({
    next(stamp) {
      // The first answer is the stamp as the page opens, what load() reads anyway: not a change.
      if (first) {
        first = false;
        ownStamps.add(stamp);
        return;
      }
      // Wait for own writes in flight to record their stamps before judging this one.
      const judge = () => {
        if (pendingOwnWrites > 0) return void setTimeout(judge, 20);
        if (stamp === undefined || ownStamps.has(stamp)) return;
        ownStamps.add(stamp);
        reload();
      };
      judge();
    },
    error: () => { watching = false; },
  });
}

/** `npm run bench` reports opening the page to here (every contact searchable). */
function markComplete() {
  if (performance.getEntriesByName('hatcheck:contacts-complete').length === 0) performance.mark('hatcheck:contacts-complete');
}

export const useOptions = create<OptionsState>((set, get) => {
  /** New rows (or filters): recompute what is shown, the facets and the selection that still applies. */
  const show = (rows: Row[], patch: Partial<OptionsState> = {}) => {
    const filters = patch.filters ?? get().filters;
    const shown = filterRows(rows, filters);
    // Per keystroke only the filter runs: facets change with the rows, a selection only if there is one.
    const selected = patch.selected ?? get().selected;
    set({
      rows,
      shown,
      ...(rows === get().rows && get().sites.length + get().sources.length > 0 ? {} : facets(rows)),
      ...patch,
      selected: selected.size === 0 ? selected : keepExisting(selected, shown.map((r) => r.contact.id!)),
      version: get().version + 1,
    });
  };
  /** Puts written rows in place and drops removed ones, without reading the whole list again. */
  const patchRows = (written: readonly Contact[], removed: readonly number[] = [], added = 0) => {
    if (!get().complete) for (const id of [...written.map((c) => c.id!), ...removed]) touchedWhileLoading.add(id);
    const byId = new Map(written.map((c) => [c.id!, c]));
    const gone = new Set(removed);
    const rows = get().rows.filter((r) => !gone.has(r.contact.id!)).map((r) => {
      const c = byId.get(r.contact.id!);
      if (!c) return r;
      byId.delete(r.contact.id!);
      return toRow(c);
    });
    for (const c of byId.values()) rows.push(toRow(c)); // not in the list yet (an undone delete)
    rows.sort(compareRows);
    // Until every row is read, `rows` is the first screenful: count from the stored total instead.
    show(rows, { total: get().complete ? rows.length : get().total - gone.size + added });
  };
  const ids = () => get().shown.map((r) => r.contact.id!);
  const fail = (error: unknown) => set({ error: describe(error), message: '' });

  return {
    rows: [],
    shown: [],
    total: 0,
    complete: false,
    filters: NO_FILTERS,
    sites: [],
    sources: [],
    selected: new Set(),
    anchor: undefined,
    undoable: '',
    duplicates: null,
    status: 'loading',
    error: '',
    message: '',
    version: 0,
    async load() {
      const ticket = ++latestLoad;
      try {
        const store = db();
        watchOtherWriters(() => void get().load());
        if (!get().complete && get().rows.length === 0) {
          // The first screenful alone first (one small indexed read, ~ms): the table is there and
          // usable before 50,000 rows are read. Even count() walks the whole store, so it waits too.
          // The stamp read with it: what is read from here on is at least this new (no reload for it).
          const [head, stamp] = await store.transaction('r', store.contacts, store.settings, () => Promise.all([store.contacts.orderBy('nameKey').limit(HEAD).toArray(), readStamp()]));
          ownStamps.add(stamp);
          if (ticket !== latestLoad) return;
          const complete = head.length < HEAD;
          show(head.map(toRow), { total: head.length, complete, status: 'ready' }); // the true total follows
          if (complete) {
            set({ undoable: (await lastChange())?.summary ?? '' });
            markComplete();
            return;
          }
          // Let the first rows paint before the long read starts taking the main thread.
          await new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));
          const total = await store.contacts.count();
          if (ticket !== latestLoad) return;
          set({ total });
        }
        touchedWhileLoading.clear();
        if (get().complete) ownStamps.add(await readStamp()); // a reload: the stamp it starts from
        const all = await readAll();
        if (ticket !== latestLoad) return;
        // An edit made to one of the first rows while the rest was read: its stored state wins.
        if (touchedWhileLoading.size) {
          const fresh = new Map((await store.contacts.bulkGet([...touchedWhileLoading])).map((c, i) => [[...touchedWhileLoading][i]!, c]));
          for (let i = all.length - 1; i >= 0; i--) {
            const id = all[i]!.id!;
            if (!fresh.has(id)) continue;
            const now = fresh.get(id);
            if (now) all[i] = now;
            else all.splice(i, 1);
            fresh.delete(id);
          }
          for (const c of fresh.values()) if (c) all.push(c);
          touchedWhileLoading.clear();
        }
        const rows = all.map(toRow).sort(compareRows);
        const undoable = (await lastChange())?.summary ?? '';
        if (ticket !== latestLoad) return;
        show(rows, { total: rows.length, complete: true, status: 'ready', undoable, duplicates: get().duplicates === null ? null : findDuplicates(all.map(asDup)) });
        markComplete();
      } catch (error) {
        if (ticket === latestLoad) set({ status: 'error', error: describe(error) });
      }
    },
    setFilters(patch) {
      const filters = { ...get().filters, ...patch };
      show(get().rows, { filters });
    },
    select(id, range) {
      const { selected, anchor, shown } = get();
      if (range && anchor !== undefined) {
        const index = shown.findIndex((r) => r.contact.id === id);
        set({ selected: selectRange(selected, ids(), anchor, index, selected.has(anchor)) });
        return;
      }
      set({ selected: toggle(selected, id), anchor: id });
    },
    selectAllMatching() {
      set({ selected: selectAll(ids()), anchor: undefined });
    },
    clearSelection() {
      set({ selected: new Set(), anchor: undefined });
    },
    async bulkTag(tag) {
      try {
        const result = await own(() => tagContacts([...get().selected], tag));
        patchRows(result.written);
        set({ undoable: result.summary ?? '', message: result.summary ?? '', error: '' });
      } catch (error) {
        fail(error);
      }
    },
    async bulkRole(role) {
      try {
        const result = await own(() => setRoles([...get().selected], role));
        patchRows(result.written);
        set({ undoable: result.summary ?? '', message: result.summary ?? '', error: '' });
      } catch (error) {
        fail(error);
      }
    },
    async bulkDelete() {
      try {
        const result = await own(() => deleteContacts([...get().selected]));
        patchRows([], result.removed);
        set({ undoable: result.summary ?? '', message: result.summary ?? '', error: '', selected: new Set(), anchor: undefined });
      } catch (error) {
        fail(error);
      }
    },
    async undo() {
      try {
        const result = await own(undoLastChange);
        if (!result) {
          set({ undoable: '' });
          return;
        }
        patchRows(result.restored);
        const skipped = result.skipped.length ? ` ${result.skipped.length.toLocaleString('en')} contact${result.skipped.length === 1 ? '' : 's'} you changed since kept your change (${result.skipped.slice(0, 3).join(', ')}${result.skipped.length > 3 ? '…' : ''}).` : '';
        set({ undoable: '', message: `Undone: ${result.summary}${skipped}`, error: '' });
        if (get().duplicates !== null) get().findDuplicates();
      } catch (error) {
        fail(error);
      }
    },
    findDuplicates() {
      set({ duplicates: findDuplicates(get().rows.map((r) => asDup(r.contact))) });
    },
    async merge(group, tag) {
      const byId = new Map(get().rows.map((r) => [r.contact.id!, r.contact]));
      const members = group.ids.map((id) => byId.get(id)).filter((c): c is Contact => c !== undefined);
      if (members.length < 2) {
        get().findDuplicates();
        return true;
      }
      const outcome = mergeGroup(members.map((c) => ({ ...c, id: c.id! })), tag);
      if ('conflict' in outcome) return false;
      try {
        const result = await own(() => mergeContactsInto(outcome.keep, outcome.remove));
        patchRows(result.written, result.removed);
        set({ undoable: result.summary ?? '', message: result.summary ?? '', error: '' });
        get().findDuplicates();
      } catch (error) {
        fail(error);
      }
      return true;
    },
    async add(contact) {
      try {
        const added = await own(() => addContact(contact));
        set({ error: '', message: `Added ${added.name} as ${added.tag === 'untagged' ? 'untagged' : `a ${added.tag} contact`}.` });
        patchRows([added], [], 1);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    // One row's tag, role, edit or removal is undoable like a bulk change: a slip of the mouse on
    // a 50,000-row table must not cost a contact.
    async tag(id, tag) {
      try {
        const result = await own(() => tagContacts([id], tag));
        patchRows(result.written);
        set({ undoable: result.summary ?? '', error: '' });
      } catch (error) {
        set({ error: describe(error) });
      }
    },
    async role(id, role) {
      const name = get().rows.find((r) => r.contact.id === id)?.contact.name ?? 'the contact';
      try {
        const result = await own(() => setRoles([id], role));
        patchRows(result.written);
        set({ error: '', undoable: result.summary ?? '', message: role ? `Saved the role of ${name}: ${role}.` : `Cleared the role of ${name}.` });
      } catch (error) {
        set({ error: describe(error) });
      }
    },
    async edit(id, change) {
      try {
        const saved = await own(() => editContact(id, change));
        patchRows([saved]);
        set({ error: '', message: `Saved ${saved.name}.`, undoable: (await lastChange())?.summary ?? '' });
        return '';
      } catch (error) {
        return describe(error);
      }
    },
    async remove(id) {
      try {
        const result = await own(() => deleteContacts([id]));
        patchRows([], result.removed);
        set({ undoable: result.summary ?? '', message: result.summary ?? '', error: '' });
      } catch (error) {
        set({ error: describe(error) });
      }
    },
  };

});

function asDup(c: Contact) {
  return { ...c, id: c.id! };
}
