// Merging an import into the contacts already stored. Pure: it returns a plan (adds and updates) for
// the storage layer to write in one transaction, and an UndoRecord that can take the import back.
//
// A person is matched, in this order, by: an e-mail; a handle; normalised name + employer; and, only
// for imported entries that carry nothing else (Facebook friends are names only), the name alone
// against an existing contact. Nothing is ever duplicated: an e-mail or handle already owned by one
// contact is never given to another. A tag the user set by hand (tagSource 'manual') is never changed;
// tags that came from imports combine (work + personal → both; tags.ts). Fields are only filled,
// never overwritten: a stored employer stays until the person edits it.
import type { ContactTag } from '../audience';
import { employerKey, foldName, personKey, personKeyOf } from './match-keys';
import { combineImportedTags } from './tags';
import type { ImportedContact, ImportFormat } from './types';

export type ContactId = number | string;
export type TagSource = 'manual' | 'import';

/** A contact as the merge sees it (the storage layer maps its rows to and from this). */
export interface ContactFields {
  name: string;
  /** Site handles. An existing contact may also keep e-mails here as `email:…` (they are matched as e-mails). */
  handles: string[];
  emails: string[];
  employer?: string;
  title?: string;
  tag: ContactTag;
  tagSource: TagSource;
  /** Where the contact came from ('manual' or import format ids), for "12 of your Facebook friends are LinkedIn connections". */
  sources: string[];
}

export interface ExistingContact extends Omit<ContactFields, 'emails' | 'sources'> {
  id: ContactId;
  emails?: string[];
  sources?: string[];
}

export interface ContactAdd {
  /** Names this add inside the plan and its UndoRecord until storage gives it an id (bindAddedIds). */
  ref: string;
  contact: ContactFields;
}

export interface ContactUpdate {
  id: ContactId;
  before: ExistingContact;
  after: ExistingContact;
  changed: Array<keyof ContactFields>;
}

/** Exactly what an import changed: enough to take it back without touching anything changed since. */
export interface UndoRecord {
  format: ImportFormat | null;
  added: Array<{ ref: string; id?: ContactId; contact: ContactFields }>;
  updated: Array<{ id: ContactId; before: ExistingContact; after: ExistingContact }>;
}

export interface MergeResult {
  adds: ContactAdd[];
  updates: ContactUpdate[];
  /** Imported contacts that matched a stored one and changed nothing. */
  unchanged: number;
  warnings: string[];
  undo: UndoRecord;
}

export interface MergeOptions {
  /** The import's format, recorded in `sources` and the UndoRecord. */
  format?: ImportFormat;
}

const FIELDS: Array<keyof ContactFields> = ['name', 'handles', 'emails', 'employer', 'title', 'tag', 'tagSource', 'sources'];

function emailsOf(c: { handles: string[]; emails?: string[] }): string[] {
  return [...(c.emails ?? []), ...c.handles.filter((h) => h.startsWith('email:')).map((h) => h.slice(6))];
}

function copy(c: ExistingContact): ExistingContact {
  const out: ExistingContact = { ...c, handles: [...c.handles] };
  if (c.emails) out.emails = [...c.emails];
  if (c.sources) out.sources = [...c.sources];
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changedFields(before: Partial<ContactFields>, after: Partial<ContactFields>): Array<keyof ContactFields> {
  return FIELDS.filter((f) => !same(before[f], after[f]));
}

/** A name that only repeats one of the contact's own handles or e-mails, as parsers write when a file gives no name. */
function isPlaceholderName(c: { name: string; handles: string[]; emails?: string[] }): boolean {
  const n = c.name.toLowerCase().replace(/^@/, '');
  return c.handles.some((h) => h === n || h.endsWith(`:${n}`)) || emailsOf(c).includes(n);
}

/** How many equally matching contacts are weighed for one entry (the rest are taken in order). */
const MAX_CANDIDATES = 50;

type Target = { kind: 'existing'; index: number } | { kind: 'add'; index: number };

export function mergeContacts(existing: readonly ExistingContact[], imported: readonly ImportedContact[], options: MergeOptions = {}): MergeResult {
  const format = options.format ?? null;
  const byEmail = new Map<string, Target>();
  const byHandle = new Map<string, Target>();
  existing.forEach((c, index) => {
    const t: Target = { kind: 'existing', index };
    for (const e of emailsOf(c)) if (!byEmail.has(e)) byEmail.set(e, t);
    for (const h of c.handles) if (!h.startsWith('email:') && !byHandle.has(h)) byHandle.set(h, t);
  });

  const working = new Map<number, ExistingContact>(); // existing index → its copy with the import applied
  const adds: ContactAdd[] = [];
  let conflicts = 0;
  let keptManual = 0;
  const current = (index: number) => working.get(index) ?? existing[index]!;
  const strongHits = (c: ImportedContact) => [
    ...c.emails.map((e) => byEmail.get(e)),
    ...c.handles.map((h) => byHandle.get(h)),
  ].filter((t): t is Target => t !== undefined);

  const byPerson = new Map<string, Target[]>(); // name + employer → every contact with that key
  const indexPerson = (t: Target, c: { name: string; employer?: string }) => {
    const pk = personKey(c.name, c.employer);
    if (!pk) return;
    const list = byPerson.get(pk) ?? [];
    // Capped: a file of thousands of identical "John Smith, Acme" rows must not make this quadratic.
    if (list.length < MAX_CANDIDATES && !list.some((x) => x.kind === t.kind && x.index === t.index)) byPerson.set(pk, [...list, t]);
  };
  const contactAt = (t: Target): ContactFields | ExistingContact => (t.kind === 'add' ? adds[t.index]!.contact : current(t.index));
  // Whether merging `c` into `t` would change it: among several equally good candidates the one it
  // would not change is the one an earlier import of the same entry went to (re-imports are no-ops).
  const wouldChange = (t: Target, c: ImportedContact): boolean => {
    const into = contactAt(t);
    const emails = emailsOf(into);
    return c.emails.some((e) => !emails.includes(e) && !byEmail.has(e))
      || c.handles.some((h) => !into.handles.includes(h) && !byHandle.has(h))
      || (!into.employer && !!c.employer) || (!into.title && !!c.title)
      || (into.tagSource !== 'manual' && combineImportedTags(into.tag, c.tag) !== into.tag)
      || (!!format && !(into.sources ?? []).includes(format))
      || (isPlaceholderName(into) && !isPlaceholderName(c));
  };
  const pick = (candidates: Target[], c: ImportedContact): Target | undefined => candidates.slice(0, MAX_CANDIDATES).find((t) => !wouldChange(t, c)) ?? candidates[0];

  const matched = new Set<number>(); // stored contacts some entry matched
  const mergeInto = (target: Target, c: ImportedContact, hits: Target[]) => {
    if (hits.some((t) => t.kind !== target.kind || t.index !== target.index)) conflicts++;
    if (target.kind === 'existing') matched.add(target.index);
    const now = contactAt(target);
    if (now.tagSource === 'manual' && combineImportedTags(now.tag, c.tag) !== now.tag) keptManual++;
    // Most entries of a re-import change nothing: no copy for them (30,000 copies are felt).
    if (!wouldChange(target, c)) return;
    let into: ContactFields | ExistingContact;
    if (target.kind === 'add') {
      into = adds[target.index]!.contact;
    } else {
      let w = working.get(target.index);
      if (!w) {
        w = copy(existing[target.index]!);
        working.set(target.index, w);
      }
      into = w;
    }
    // Only e-mails and handles no other contact owns: two stored contacts never end up sharing one.
    const newEmails = c.emails.filter((e) => !byEmail.has(e));
    const newHandles = c.handles.filter((h) => !byHandle.has(h));
    if (newEmails.length) into.emails = [...(into.emails ?? []), ...newEmails];
    if (newHandles.length) into.handles = [...into.handles, ...newHandles];
    for (const e of newEmails) byEmail.set(e, target);
    for (const h of newHandles) byHandle.set(h, target);
    if (!into.employer && c.employer) into.employer = c.employer;
    if (!into.title && c.title) into.title = c.title;
    if (isPlaceholderName(into) && !isPlaceholderName(c)) into.name = c.name;
    if (into.employer !== now.employer || into.name !== now.name) indexPerson(target, into);
    if (into.tagSource !== 'manual') into.tag = combineImportedTags(into.tag, c.tag);
    if (format && !(into.sources ?? []).includes(format)) into.sources = [...(into.sources ?? []), format];
  };

  // Pass 1: e-mail and handle matches against stored contacts. Done first so that what they fill in
  // (an employer) is there for the weaker matches of pass 2, whatever order the file lists people in.
  const deferred: ImportedContact[] = [];
  for (const c of imported) {
    const hits = strongHits(c);
    if (hits[0]) mergeInto(hits[0], c, hits);
    else deferred.push(c);
  }

  // Pass 2: the rest, strongest evidence first so that weaker matches see what stronger ones filled
  // in: (a) with an e-mail or handle, (b) with an employer, (c) names alone.
  const byName = new Map<string, number[]>(); // folded name → stored contacts of that name not yet claimed in this import
  existing.forEach((_, index) => {
    const c = current(index);
    const nk = foldName(c.name);
    const pk = personKeyOf(nk, c.employer);
    if (pk) byPerson.set(pk, [...(byPerson.get(pk) ?? []), { kind: 'existing', index } as Target].slice(0, MAX_CANDIDATES));
    if (!nk) return;
    const list = byName.get(nk);
    if (list) list.push(index);
    else byName.set(nk, [index]);
  });
  const hasKeys = (c: ImportedContact) => c.emails.length > 0 || c.handles.length > 0;
  const phases = [
    deferred.filter(hasKeys),
    deferred.filter((c) => !hasKeys(c) && employerKey(c.employer)),
    deferred.filter((c) => !hasKeys(c) && !employerKey(c.employer)),
  ];
  phases.forEach((phase, n) => {
    for (const c of phase) {
      const pk = personKey(c.name, c.employer);
      const hits = strongHits(c);
      let target = hits[0] ?? (pk ? pick(byPerson.get(pk) ?? [], c) : undefined);
      if (!target && n === 2) {
        // Two friends may share a name: each stored contact of that name is claimed once per import.
        const free = byName.get(foldName(c.name)) ?? [];
        target = pick(free.slice(0, MAX_CANDIDATES).map((index): Target => ({ kind: 'existing', index })), c);
        if (target) free.splice(free.indexOf(target.index), 1);
      }
      if (target) {
        mergeInto(target, c, hits);
        continue;
      }
      const contact: ContactFields = { name: c.name, handles: [...c.handles], emails: [...c.emails], tag: c.tag, tagSource: 'import', sources: format ? [format] : [] };
      if (c.employer) contact.employer = c.employer;
      if (c.title) contact.title = c.title;
      const t: Target = { kind: 'add', index: adds.length };
      adds.push({ ref: `add-${adds.length + 1}`, contact });
      for (const e of contact.emails) byEmail.set(e, t);
      for (const h of contact.handles) byHandle.set(h, t);
      indexPerson(t, contact);
    }
  });

  const updates: ContactUpdate[] = [];
  for (const [index, after] of [...working].sort((a, b) => a[0] - b[0])) {
    const before = existing[index]!;
    const changed = changedFields(before, after);
    if (changed.length) updates.push({ id: before.id, before: copy(before), after, changed });
  }
  const unchanged = matched.size - updates.length;

  const warnings: string[] = [];
  if (conflicts) warnings.push(`${conflicts} imported contact(s) matched two different stored contacts (one by e-mail, one by handle); each was merged into the first and the stored contacts were left apart.`);
  if (keptManual) warnings.push(`${keptManual} contact(s) you tagged yourself kept your tag, although the import suggested another.`);
  return {
    adds,
    updates,
    unchanged,
    warnings,
    undo: {
      format,
      added: adds.map((a) => ({ ref: a.ref, contact: structuredCopy(a.contact) })),
      updated: updates.map((u) => ({ id: u.id, before: copy(u.before), after: copy(u.after) })),
    },
  };
}

function structuredCopy(c: ContactFields): ContactFields {
  return { ...c, handles: [...c.handles], emails: [...c.emails], sources: [...c.sources] };
}
