import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../src/core/import/detect';
import { ContactInputError, addContact, queryContacts, setContactRole } from '../../src/shared/storage/contacts';
import { db, type Contact } from '../../src/shared/storage/db';
import { applyImport, undoImport } from '../../src/shared/storage/imports';

// The contact list's storage: roles saved as manual edits, and a list that pages and filters.
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const row = (name: string, tag: Contact['tag'], extra: Partial<Contact> = {}): Contact => ({
  name, nameKey: name.toLowerCase(), handles: [], emails: [], tag, tagSource: 'import', sources: ['linkedin-connections'], updatedAt: 1, ...extra,
});

describe('setContactRole', () => {
  it('sets and clears a role, marking the contact as edited by hand', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    await setContactRole(jane.id!, 'manager');
    expect(await db().contacts.get(jane.id!)).toMatchObject({ role: 'manager', sources: ['manual'], tag: 'work' });
    await setContactRole(jane.id!, null);
    expect((await db().contacts.get(jane.id!))!.role).toBeUndefined();
  });

  it('refuses a role it does not know and a contact that is gone', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    await expect(setContactRole(jane.id!, 'boss' as never)).rejects.toThrow(ContactInputError);
    await expect(setContactRole(9999, 'friend')).rejects.toThrow('That contact no longer exists.');
    expect((await db().contacts.get(jane.id!))!.role).toBeUndefined();
  });

  it('survives a re-import, and undoing the import keeps a contact whose role was set', async () => {
    const text = readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8');
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', text));
    const dana = (await db().contacts.where('nameKey').equals('dana whitfield').first())!;
    await setContactRole(dana.id!, 'manager');
    await applyImport('Connections.csv', parseImport('Connections.csv', text));
    expect((await db().contacts.get(dana.id!))!.role).toBe('manager');
    const { skipped } = await undoImport(record.id!);
    expect(skipped).toContain('Dana Whitfield');
    expect(await db().contacts.get(dana.id!)).toMatchObject({ name: 'Dana Whitfield', role: 'manager' });
  });
});

describe('queryContacts', () => {
  beforeEach(async () => {
    const rows: Contact[] = [];
    for (let i = 0; i < 120; i++) rows.push(row(`Person ${String(i).padStart(3, '0')}`, i % 3 === 0 ? 'personal' : 'work', { emails: [`p${i}@${i % 2 ? 'acme.com' : 'home.example'}`] }));
    rows.push(row('Dana Whitfield', 'work', { employer: 'Acme Corp', handles: ['linkedin:dana-whitfield'] }));
    await db().contacts.bulkAdd(rows);
  });

  it('pages through everyone by name', async () => {
    const first = await queryContacts({ limit: 50 });
    expect(first).toMatchObject({ matching: 121, total: 121 });
    expect(first.contacts.map((c) => c.name).slice(0, 2)).toEqual(['Dana Whitfield', 'Person 000']);
    const third = await queryContacts({ offset: 100, limit: 50 });
    expect(third.contacts).toHaveLength(21);
    expect(third.contacts.at(-1)!.name).toBe('Person 119');
  });

  it('filters by tag and by words in name, handle, e-mail or employer', async () => {
    const personal = await queryContacts({ tag: 'personal', limit: 10 });
    expect(personal.matching).toBe(40);
    expect(personal.contacts.every((c) => c.tag === 'personal')).toBe(true);
    expect(personal.contacts.map((c) => c.name).slice(0, 2)).toEqual(['Person 000', 'Person 003']);

    expect((await queryContacts({ search: 'acme corp' })).contacts.map((c) => c.name)).toEqual(['Dana Whitfield']);
    expect((await queryContacts({ search: 'DANA-whit' })).contacts.map((c) => c.name)).toEqual(['Dana Whitfield']);
    const acmeWork = await queryContacts({ search: '@acme.com', tag: 'work', limit: 5 });
    expect(acmeWork.matching).toBe(40);
    expect(acmeWork.contacts).toHaveLength(5);
    expect(acmeWork.total).toBe(121);
    expect((await queryContacts({ search: 'nobody here' })).matching).toBe(0);
  });
});
