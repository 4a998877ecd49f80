import { mergeContacts, type ContactFields, type ExistingContact } from '../../core/import/merge';
import type { ImportResult } from '../../core/import/types';
import { bindAddedIds, planUndo } from '../../core/import/undo';
import { nameKey } from '../../core/handles';
import { db, type Contact, type ImportRecord } from './db';
import { explainingStorageFull } from './storage-full';

// Imports write through one Dexie transaction: either every contact of a file lands, with its undo
// record, or none does and nothing stored before is touched.

function toExisting(contact: Contact): ExistingContact {
  const { id, name, handles, emails, employer, title, tag, tagSource, sources } = contact;
  return { id: id!, name, handles, emails, employer, title, tag, tagSource, sources };
}

function toRow(fields: ContactFields | ExistingContact, now: number, previous?: Contact): Contact {
  const { name, handles, employer, title, tag, tagSource } = fields;
  return {
    ...(previous ?? {}),
    name,
    nameKey: nameKey(name),
    handles: handles.filter((h) => !h.startsWith('email:')),
    emails: fields.emails ?? [],
    employer,
    title,
    tag,
    tagSource,
    sources: fields.sources ?? [],
    updatedAt: now,
  };
}

export interface ImportSummary {
  record: ImportRecord;
  warnings: string[];
}

export async function applyImport(fileName: string, result: ImportResult): Promise<ImportSummary> {
  const store = db();
  // A full disk aborts the one transaction: nothing of the file is stored, and the error says so.
  return explainingStorageFull(() => store.transaction('rw', store.contacts, store.imports, async () => {
    const now = Date.now();
    const existing = await store.contacts.toArray();
    const merged = mergeContacts(existing.map(toExisting), result.contacts, { format: result.format });
    const byId = new Map(existing.map((c) => [c.id!, c]));
    const ids = (await store.contacts.bulkAdd(merged.adds.map((a) => toRow(a.contact, now)), { allKeys: true })) as number[];
    await store.contacts.bulkPut(merged.updates.map((u) => ({ ...toRow(u.after, now, byId.get(Number(u.id))), id: Number(u.id) })));
    const record: ImportRecord = {
      at: now,
      format: result.format,
      fileName,
      added: merged.adds.length,
      updated: merged.updates.length,
      unchanged: merged.unchanged,
      undo: bindAddedIds(merged.undo, ids),
    };
    record.id = await store.imports.add(record);
    return { record, warnings: [...result.warnings, ...merged.warnings] };
  }));
}

export async function listImports(): Promise<ImportRecord[]> {
  return db().imports.orderBy('at').reverse().toArray();
}

/** Takes an import back; contacts changed since are kept as they are and named in the answer. */
export async function undoImport(id: number): Promise<{ removed: number; restored: number; skipped: string[] }> {
  const store = db();
  return store.transaction('rw', store.contacts, store.imports, async () => {
    const record = await store.imports.get(id);
    if (!record || record.undoneAt) return { removed: 0, restored: 0, skipped: [] };
    const touched = [...record.undo.added.map((a) => a.id), ...record.undo.updated.map((u) => u.id)].filter((x) => x !== undefined).map(Number);
    const current = (await store.contacts.bulkGet(touched)).filter((c): c is Contact => c !== undefined);
    const plan = planUndo(current.map(toExisting), record.undo);
    const byId = new Map(current.map((c) => [c.id!, c]));
    await store.contacts.bulkDelete(plan.remove.map(Number));
    await store.contacts.bulkPut(plan.restore.map((c) => ({ ...toRow(c, Date.now(), byId.get(Number(c.id))), id: Number(c.id) })));
    await store.imports.update(id, { undoneAt: Date.now() });
    return { removed: plan.remove.length, restored: plan.restore.length, skipped: plan.skipped };
  });
}
