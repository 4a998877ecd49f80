import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../src/core/import/detect';
import { ContactInputError, addContact } from '../../src/shared/storage/contacts';
import { setRoles } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';
import { applyImport, undoImport } from '../../src/shared/storage/imports';

// The contact list's storage: roles saved as manual edits (searching and filtering happen in the
// options page's memory: contact-filter.test.ts).
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('setRoles on one contact', () => {
  it('sets and clears a role, marking the contact as edited by hand', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    await setRoles([jane.id!], 'manager');
    expect(await db().contacts.get(jane.id!)).toMatchObject({ role: 'manager', sources: ['manual'], tag: 'work' });
    await setRoles([jane.id!], null);
    expect((await db().contacts.get(jane.id!))!.role).toBeUndefined();
  });

  it('refuses a role it does not know and a contact that is gone', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    await expect(setRoles([jane.id!], 'boss' as never)).rejects.toThrow(ContactInputError);
    await expect(setRoles([9999], 'friend')).rejects.toThrow('That contact no longer exists.');
    expect((await db().contacts.get(jane.id!))!.role).toBeUndefined();
  });

  it('survives a re-import, and undoing the import keeps a contact whose role was set', async () => {
    const text = readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8');
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', text));
    const dana = (await db().contacts.where('nameKey').equals('dana whitfield').first())!;
    await setRoles([dana.id!], 'manager');
    await applyImport('Connections.csv', parseImport('Connections.csv', text));
    expect((await db().contacts.get(dana.id!))!.role).toBe('manager');
    const { skipped } = await undoImport(record.id!);
    expect(skipped).toContain('Dana Whitfield');
    expect(await db().contacts.get(dana.id!)).toMatchObject({ name: 'Dana Whitfield', role: 'manager' });
  });
});
