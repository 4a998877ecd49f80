// Taking an import back. Only what the import itself did is reverted, and only where nothing has
// changed since: a contact the person edited after the import (or a later import touched) is kept as
// it is now, and named in `skipped`, so undo never loses anyone's later work.
import { changedFields, type ContactFields, type ContactId, type ContactUpdate, type ExistingContact, type MergeResult, type UndoRecord } from './merge';

/** The UndoRecord with the ids storage gave the adds, in the order of `adds`. */
export function bindAddedIds(undo: UndoRecord, ids: readonly ContactId[]): UndoRecord {
  if (ids.length !== undo.added.length) throw new Error(`bindAddedIds: ${ids.length} ids for ${undo.added.length} added contacts`);
  return { ...undo, added: undo.added.map((a, i) => ({ ...a, id: ids[i]! })) };
}

export interface UndoPlan {
  remove: ContactId[];
  restore: ExistingContact[];
  /** Names of contacts left as they are because they changed after the import. */
  skipped: string[];
}

export function planUndo(current: readonly ExistingContact[], undo: UndoRecord): UndoPlan {
  const byId = new Map(current.map((c) => [c.id, c]));
  const plan: UndoPlan = { remove: [], restore: [], skipped: [] };
  for (const added of undo.added) {
    if (added.id === undefined) continue; // never stored
    const now = byId.get(added.id);
    if (!now) continue; // already deleted
    if (changedFields(added.contact, asFields(now)).length === 0) plan.remove.push(added.id);
    else plan.skipped.push(now.name);
  }
  for (const u of undo.updated) {
    const now = byId.get(u.id);
    if (!now) continue;
    if (changedFields(asFields(u.after), asFields(now)).length === 0) plan.restore.push(u.before);
    else plan.skipped.push(now.name);
  }
  return plan;
}

function asFields(c: ExistingContact | ContactFields): Partial<ContactFields> {
  const { name, handles, emails, employer, title, tag, tagSource, sources } = c;
  return { name, handles, emails: emails ?? [], employer, title, tag, tagSource, sources: sources ?? [] };
}

/** The contact list after a merge, with the given ids for the adds (for previews and tests). */
export function applyMerge(existing: readonly ExistingContact[], result: MergeResult, ids: readonly ContactId[]): ExistingContact[] {
  const updates = new Map<ContactId, ContactUpdate>(result.updates.map((u) => [u.id, u]));
  return [
    ...existing.map((c) => updates.get(c.id)?.after ?? c),
    ...result.adds.map((a, i) => ({ ...a.contact, id: ids[i]! })),
  ];
}

export function applyUndo(current: readonly ExistingContact[], plan: UndoPlan): ExistingContact[] {
  const remove = new Set(plan.remove);
  const restore = new Map(plan.restore.map((c) => [c.id, c]));
  return current.filter((c) => !remove.has(c.id)).map((c) => restore.get(c.id) ?? c);
}

export type { ContactFields };
