// Changes to contacts from the options page (tag, role, delete, merge of duplicates, an edit in
// place; of one row or many at once), each in one Dexie transaction, and one Undo for the last change.
//
// The audience index stays in sync the way every contact write does: the contacts-version middleware
// (contacts-version.ts) stamps `contactsVersion` in the same transaction, so the worker rebuilds its
// index on the next verdict. Nothing here has to remember to invalidate anything.
//
// The undo record (the rows before and after) is stored in `settings` in the same transaction as the
// change, so Undo survives a reload or a closed tab, and a half-written change never has an undo that
// does not match it. Undo restores a contact only if it is still exactly as the change left it: a
// contact edited since keeps the later edit (named in `skipped`), as an import's undo does.
import { normalizeHandle, nameKey } from '../../core/handles';
import type { ContactTag } from '../../core/audience';
import { ContactInputError, CONTACT_ROLES } from './contacts';
import { db, type Contact, type ContactRole } from './db';

export const LAST_CHANGE_KEY = 'contactsLastChange';

export interface ContactChange {
  /** Rows to write (whole contacts, with their ids). */
  put: Contact[];
  /** Ids to delete. */
  remove: number[];
}

export interface LastChange {
  /** For people: "Tagged 1,204 contacts Work." */
  summary: string;
  at: number;
  /** The touched contacts as they were before. */
  before: Contact[];
  /** The written rows as the change left them. */
  after: Contact[];
  removed: number[];
}

export interface ChangeResult {
  /** Contacts as written. */
  written: Contact[];
  removed: number[];
}

/** Key-order independent comparison of two stored rows. */
function sameRow(a: Contact | undefined, b: Contact | undefined): boolean {
  if (!a || !b) return a === b;
  const norm = (c: Contact) => JSON.stringify(Object.keys(c).sort().map((k) => [k, (c as unknown as Record<string, unknown>)[k]]));
  return norm(a) === norm(b);
}

const withManual = (sources: string[]) => (sources.includes('manual') ? sources : [...sources, 'manual']);

/**
 * Reads `ids`, lets `plan` decide what to write and delete, writes it: all in one transaction. With a
 * `summary`, the change becomes the one Undo offers (replacing the previous one).
 */
export async function changeContacts(ids: readonly number[], plan: (rows: Contact[]) => ContactChange, summary?: (result: ChangeResult) => string): Promise<ChangeResult & { summary?: string }> {
  const store = db();
  return store.transaction('rw', store.contacts, store.settings, async () => {
    const rows = (await store.contacts.bulkGet([...ids])).filter((c): c is Contact => c !== undefined);
    // A row's own action on a contact deleted meanwhile (another tab, an import's undo) says so.
    if (ids.length === 1 && rows.length === 0) throw new ContactInputError('That contact no longer exists.');
    const { put, remove } = plan(rows.map((c) => structuredClone(c)));
    const now = Date.now();
    const written = put.map((c) => ({ ...c, updatedAt: now }));
    if (written.length) await store.contacts.bulkPut(written);
    if (remove.length) await store.contacts.bulkDelete(remove);
    const result: ChangeResult = { written, removed: [...remove] };
    if (!summary) return result;
    const touched = new Set([...written.map((c) => c.id!), ...remove]);
    const text = summary(result);
    const record: LastChange = { summary: text, at: now, before: rows.filter((c) => touched.has(c.id!)), after: written, removed: [...remove] };
    await store.settings.put({ key: LAST_CHANGE_KEY, value: record });
    return { ...result, summary: text };
  });
}

export async function lastChange(): Promise<LastChange | undefined> {
  return (await db().settings.get(LAST_CHANGE_KEY))?.value as LastChange | undefined;
}

export interface UndoResult {
  summary: string;
  /** Contacts put back as they were. */
  restored: Contact[];
  /** Ids the undo deleted again (none today: no bulk change adds contacts). */
  removed: number[];
  /** Names of contacts left as they are because they changed after the bulk change. */
  skipped: string[];
}

/** Takes the last bulk change back (see the file comment); undefined when there is none. */
export async function undoLastChange(): Promise<UndoResult | undefined> {
  const store = db();
  return store.transaction('rw', store.contacts, store.settings, async () => {
    const record = (await store.settings.get(LAST_CHANGE_KEY))?.value as LastChange | undefined;
    if (!record) return undefined;
    const after = new Map(record.after.map((c) => [c.id!, c]));
    const current = await store.contacts.bulkGet(record.before.map((c) => c.id!));
    const restored: Contact[] = [];
    const skipped: string[] = [];
    record.before.forEach((before, i) => {
      const now = current[i];
      const expected = after.get(before.id!); // undefined: the change deleted it
      if (sameRow(now, expected)) restored.push(before);
      else if (now) skipped.push(now.name);
      // Deleted by the change and now back under its id: impossible (ids are never reused), skip quietly.
    });
    if (restored.length) await store.contacts.bulkPut(restored);
    await store.settings.delete(LAST_CHANGE_KEY);
    return { summary: record.summary, restored, removed: [], skipped };
  });
}

const TAG_WORDS: Record<ContactTag, string> = { work: 'Work', personal: 'Personal', both: 'Work and personal', untagged: 'Not tagged' };
const ROLE_WORDS: Record<ContactRole, string> = { manager: 'Manager', colleague: 'Colleague', report: 'Reports to me', client: 'Client', recruiter: 'Recruiter', friend: 'Friend', family: 'Family' };
const people = (n: number) => `${n.toLocaleString('en')} contact${n === 1 ? '' : 's'}`;
/** Who a change touched, for its summary: the contact's name when it is one, else how many. */
const who = (rows: readonly Contact[]) => (rows.length === 1 ? rows[0]!.name : people(rows.length));

/** The user's own tag (tagSource 'manual') for one contact or many: imports never change it afterwards. */
export async function tagContacts(ids: readonly number[], tag: ContactTag) {
  if (!(tag in TAG_WORDS)) throw new ContactInputError(`'${String(tag)}' is not a tag.`);
  return changeContacts(ids, (rows) => ({
    put: rows.filter((c) => c.tag !== tag || c.tagSource !== 'manual').map((c) => ({ ...c, tag, tagSource: 'manual' as const })),
    remove: [],
  }), ({ written }) => (tag === 'untagged' ? `Cleared the tag of ${who(written)}.` : `Tagged ${who(written)} ${TAG_WORDS[tag]}.`));
}

/**
 * A role the user chose ("manager"), or none, for one contact or many. Saved as a manual edit: the
 * contact lists 'manual' among its sources, so undoing the import that brought it in keeps it.
 */
export async function setRoles(ids: readonly number[], role: ContactRole | null) {
  if (role !== null && !CONTACT_ROLES.includes(role)) throw new ContactInputError(`'${String(role)}' is not a role Hatcheck knows.`);
  return changeContacts(ids, (rows) => ({
    put: rows.filter((c) => (c.role ?? null) !== role).map((c) => {
      const next: Contact = { ...c, sources: withManual(c.sources) };
      if (role) next.role = role;
      else delete next.role;
      return next;
    }),
    remove: [],
  }), ({ written }) => (role ? `Set the role of ${who(written)} to ${ROLE_WORDS[role]}.` : `Cleared the role of ${who(written)}.`));
}

export async function deleteContacts(ids: readonly number[]) {
  let names: Contact[] = [];
  return changeContacts(ids, (rows) => {
    names = rows;
    return { put: [], remove: rows.map((c) => c.id!) };
  }, () => `Deleted ${who(names)}.`);
}

/** Merges duplicates: `keep` (already merged, see core/import/duplicates.ts) is written, `remove` deleted. */
export async function mergeContactsInto(keep: Contact, remove: readonly number[]) {
  return changeContacts([keep.id!, ...remove], (rows) => {
    if (rows.length !== remove.length + 1) throw new ContactInputError('One of these contacts changed or was deleted meanwhile; look for duplicates again.');
    return { put: [{ ...keep, nameKey: nameKey(keep.name) }], remove: [...remove] };
  }, () => `Merged ${remove.length + 1} contacts into ${keep.name}.`);
}

export interface ContactEdit {
  name?: string;
  employer?: string;
  title?: string;
  /** Profile links, `site:handle`s and e-mails, separated by commas or new lines. */
  handles?: string;
}

/** Splits what a person typed into handles and e-mails; throws ContactInputError naming what it cannot read. */
export function parseHandleList(text: string): { handles: string[]; emails: string[] } {
  const handles: string[] = [];
  const emails: string[] = [];
  for (const part of text.split(/[,\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const h = normalizeHandle(part);
    if (!h) throw new ContactInputError(`'${part}' is not a profile link, site:handle or e-mail address.`);
    if (h.startsWith('email:')) {
      if (!emails.includes(h.slice(6))) emails.push(h.slice(6));
    } else if (!handles.includes(h)) handles.push(h);
  }
  return { handles, emails };
}

/** An edit in place of one contact; like every change here, the one Undo offers next. */
export async function editContact(id: number, edit: ContactEdit): Promise<Contact> {
  const next: Partial<Contact> = {};
  if (edit.name !== undefined) {
    const name = edit.name.trim();
    if (!name) throw new ContactInputError('A contact needs a name.');
    next.name = name;
    next.nameKey = nameKey(name);
  }
  const parsed = edit.handles !== undefined ? parseHandleList(edit.handles) : undefined;
  const store = db();
  const { written } = await store.transaction('rw', store.contacts, store.settings, async () => {
    if (parsed) {
      // One e-mail or handle belongs to one contact (imports and the audience map rely on it).
      for (const e of parsed.emails) {
        const owner = await store.contacts.where('emails').equals(e).first();
        if (owner && owner.id !== id) throw new ContactInputError(`${e} already belongs to ${owner.name}; merge the two instead.`);
      }
      for (const h of parsed.handles) {
        const owner = await store.contacts.where('handles').equals(h).first();
        if (owner && owner.id !== id) throw new ContactInputError(`${h} already belongs to ${owner.name}; merge the two instead.`);
      }
    }
    return changeContacts([id], (rows) => {
      const c = rows[0]!; // changeContacts refused an id that is gone
      const out: Contact = { ...c, ...next, sources: withManual(c.sources) };
      if (parsed) {
        out.handles = parsed.handles;
        out.emails = parsed.emails;
      }
      for (const field of ['employer', 'title'] as const) {
        if (edit[field] === undefined) continue;
        const value = edit[field]!.trim();
        if (value) out[field] = value;
        else delete out[field];
      }
      return { put: [out], remove: [] };
    }, ({ written: [c] }) => `Edited ${c!.name}.`);
  });
  return written[0]!;
}
