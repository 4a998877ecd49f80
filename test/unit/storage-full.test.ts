import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../src/core/backup/format';
import { addContact } from '../../src/shared/storage/contacts';
import { db } from '../../src/shared/storage/db';
import { exportBackup, restoreBackup } from '../../src/shared/storage/backup';
import { applyImport } from '../../src/shared/storage/imports';
import { getSetting, setSetting } from '../../src/shared/storage/settings';
import { isQuotaError, STORAGE_FULL_MESSAGE, StorageFullError } from '../../src/shared/storage/storage-full';

// Issue 9 item 5: a disk (or browser quota) that is full. IndexedDB then refuses writes with a
// QuotaExceededError; here fake-indexeddb's object stores are made to refuse after a number of
// writes, in the middle of an import or a restore. What the person had must be all there after,
// and the error must say what happened in words (the pages show error.message), not
// "QuotaExceededError" or "Transaction aborted".
// (A real browser reports the quota as the transaction's abort reason rather than a throw from
// add/put; both reach Dexie's transaction promise as a rejection, which is what is handled.)

vi.mock('zustand', async () => {
  const { createStore } = await import('zustand/vanilla');
  return { create: (init: import('zustand/vanilla').StateCreator<unknown>) => Object.assign(() => undefined, createStore(init)) };
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** From now on, the `allowed`+1-th add/put to any object store throws a quota error. */
function fillTheDiskAfter(allowed: number): void {
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++writes > allowed) throw quota();
      return original.apply(this, args);
    });
  }
}

async function everything(): Promise<Record<string, unknown[]>> {
  const store = db();
  const out: Record<string, unknown[]> = {};
  for (const table of store.tables) out[table.name] = await table.toArray();
  return out;
}

const row = (i: number) => ({ name: `Person ${i}`, handles: [`linkedin:person-${i}`], emails: [], employer: 'Acme', tag: 'work' as const, tagSource: 'import' as const, sources: ['linkedin-connections'] });

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  await addContact({ name: 'Dana Whitfield', handle: 'dana@acme.example', tag: 'work' });
  await applyImport('Connections.csv', { format: 'linkedin-connections', contacts: [row(1), row(2)], warnings: [] });
  await setSetting('paused', true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isQuotaError', () => {
  it('knows the quota error however it is wrapped', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', { 1: quota() }))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota() }))).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
  });

  it('and nothing else', () => {
    for (const other of [new Error('boom'), new Dexie.ConstraintError('key already exists'), new Dexie.AbortError('aborted'), new DOMException('x', 'DataError'), null, 'QuotaExceededError', { code: 22 }]) {
      expect(isQuotaError(other), String(other)).toBe(false);
    }
  });
});

describe('a full disk', () => {
  it('during an import: nothing of the file is stored, everything before is intact, and the error says why', async () => {
    const before = await everything();
    fillTheDiskAfter(50);
    const file = { format: 'linkedin-connections' as const, contacts: Array.from({ length: 500 }, (_, i) => row(100 + i)), warnings: [] };
    const failed = await applyImport('big.csv', file).then(() => null, (error: unknown) => error);
    expect(failed).toBeInstanceOf(StorageFullError);
    expect((failed as Error).message).toBe(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
    // With room again, the same import goes through whole.
    await applyImport('big.csv', file);
    expect(await db().contacts.count()).toBe(3 + 500);
  });

  it('during a restore: nothing of the backup is stored, and the error says why', async () => {
    const backup = await exportBackup();
    const parsed = parseBackup(JSON.stringify({ ...backup, contacts: [...backup.contacts, ...Array.from({ length: 300 }, (_, i) => ({ ...row(1000 + i), updatedAt: 5 }))] }));
    if (!parsed.ok) throw new Error(parsed.error);
    const before = await everything();
    fillTheDiskAfter(20);
    await expect(restoreBackup(parsed.backup)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
  });

  it('adding one contact or changing a setting: refused with the sentence, nothing changed', async () => {
    const before = await everything();
    fillTheDiskAfter(0);
    await expect(addContact({ name: 'Eve', handle: '', tag: 'personal' })).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(setSetting('paused', false)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
    expect(await getSetting('paused')).toBe(true);
  });

  it('is shown on the options page\'s backup section as a sentence, with "Nothing was changed"', async () => {
    const { useBackup } = await import('../../src/options/backup/store');
    const backup = await exportBackup();
    const parsed = parseBackup(JSON.stringify({ ...backup, contacts: [...backup.contacts, ...Array.from({ length: 50 }, (_, i) => ({ ...row(2000 + i), updatedAt: 5 }))] }));
    if (!parsed.ok) throw new Error(parsed.error);
    useBackup.setState({ phase: 'preview', preview: { fileName: 'hatcheck-backup.json', backup: parsed.backup, counts: { identities: 2, accounts: 0, contacts: 53, decisionWeeks: 0, imports: 1, settings: 1 } as never } });
    const before = await everything();
    fillTheDiskAfter(5);
    await useBackup.getState().restore();
    vi.restoreAllMocks();
    expect(useBackup.getState().outcome).toEqual({ kind: 'error', text: `Could not restore: ${STORAGE_FULL_MESSAGE}. Nothing was changed.`, details: [] });
    expect(await everything()).toEqual(before);
  });
});
