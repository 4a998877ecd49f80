import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useOptions } from '../../src/options/store';
import { tagContacts } from '../../src/shared/storage/contact-changes';
import { db, type Contact } from '../../src/shared/storage/db';

// The options page's contacts store against the real Dexie code: 12,345 contacts read first
// screenful first, then in three chunks (none lost or doubled at the chunk edges), filtered,
// selected, tagged in bulk and undone, and reloaded when another tab writes.
const N = 12_345;

beforeAll(async () => {
  await db().delete({ disableAutoOpen: false });
  // Inserted in an order unrelated to the names, so sorting by name is the store's job.
  const rows: Contact[] = Array.from({ length: N }, (_, k) => {
    const i = (k * 7919) % N;
    const name = `Person ${String(i).padStart(5, '0')}`;
    return { name, nameKey: name.toLowerCase(), handles: [`linkedin:p${i}`], emails: [], employer: i % 10 === 0 ? 'Globex' : 'Initech', tag: 'untagged', tagSource: 'import', sources: ['linkedin-connections'], updatedAt: 1 };
  });
  await db().contacts.bulkAdd(rows);
});

const state = () => useOptions.getState();

describe('options contacts store', () => {
  it('shows the first screenful, then every contact once, sorted by name', async () => {
    const loading = state().load();
    await vi.waitFor(() => expect(state().status).toBe('ready'));
    await loading;
    expect(state().complete).toBe(true);
    expect(state().total).toBe(N);
    const names = state().rows.map((r) => r.contact.name);
    expect(names).toHaveLength(N);
    expect(new Set(state().rows.map((r) => r.contact.id)).size).toBe(N);
    expect(names[0]).toBe('Person 00000');
    expect(names.at(-1)).toBe(`Person ${N - 1}`);
    expect(names.every((n, i) => i === 0 || names[i - 1]! < n)).toBe(true);
  });

  it('filters, selects a range and all matching, tags them in one go, and undoes', async () => {
    state().setFilters({ search: 'globex' });
    expect(state().shown).toHaveLength(Math.ceil(N / 10));
    const ids = state().shown.map((r) => r.contact.id!);
    state().select(ids[2]!, false);
    state().select(ids[6]!, true);
    expect(state().selected.size).toBe(5);
    state().selectAllMatching();
    expect(state().selected.size).toBe(ids.length);
    await state().bulkTag('work');
    expect(state().undoable).toBe(`Tagged ${ids.length.toLocaleString('en')} contacts Work.`);
    expect(await db().contacts.where('tag').equals('work').count()).toBe(ids.length);
    expect(state().rows.filter((r) => r.contact.tag === 'work')).toHaveLength(ids.length);

    await state().undo();
    expect(await db().contacts.where('tag').equals('work').count()).toBe(0);
    expect(state().rows.filter((r) => r.contact.tag === 'work')).toHaveLength(0);
    expect(state().message).toBe(`Undone: Tagged ${ids.length.toLocaleString('en')} contacts Work.`);
    state().setFilters({ search: '' });
    expect(state().shown).toHaveLength(N);
  });

  it('reads the list again when a contact is written elsewhere', async () => {
    const id = state().rows[3]!.contact.id!;
    await tagContacts([id], 'personal'); // not through the store: as another tab would
    await vi.waitFor(() => expect(state().rows.find((r) => r.contact.id === id)?.contact.tag).toBe('personal'), { timeout: 10_000 });
    expect(state().rows).toHaveLength(N);
  });
});
