import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../src/core/import/detect';
import { addContact, listContacts } from '../../src/shared/storage/contacts';
import { tagContacts } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';
import { applyImport, listImports, undoImport } from '../../src/shared/storage/imports';

// An import lands whole with its undo record; re-importing changes nothing; the user's own tags win;
// undo takes back only what the import did.
const connections = readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8');
const friends = readFileSync('test/fixtures/imports/facebook/your_friends.json', 'utf8');

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('applyImport', () => {
  it('adds every contact of a LinkedIn export as work, indexed by handle and e-mail', async () => {
    const result = parseImport('Connections.csv', connections);
    const { record } = await applyImport('Connections.csv', result);
    expect(record.added).toBe(result.contacts.length);
    const contacts = await listContacts();
    expect(contacts).toHaveLength(result.contacts.length);
    const dana = await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').first();
    expect(dana).toMatchObject({ name: 'Dana Whitfield', tag: 'work', tagSource: 'import', sources: ['linkedin-connections'] });
    expect(await db().contacts.where('handles').equals('linkedin:dana-whitfield-4a1b2c3d').count()).toBe(1);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    const before = await listContacts();
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    expect([record.added, record.updated]).toEqual([0, 0]);
    expect((await listContacts()).map(({ updatedAt: _u, ...c }) => c)).toEqual(before.map(({ updatedAt: _u, ...c }) => c));
  });

  it('never overrides a tag the user set by hand', async () => {
    const mine = await addContact({ name: 'Dana Whitfield', handle: 'dana.whitfield@acme-corp.example', tag: 'personal' });
    await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    expect((await db().contacts.get(mine.id!))?.tag).toBe('personal');
    expect(await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').count()).toBe(1);
  });

  it('keeps Facebook friends personal and separate from LinkedIn connections', async () => {
    await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    await applyImport('your_friends.json', parseImport('your_friends.json', friends));
    const facebookOnly = (await listContacts()).filter((c) => c.sources.join() === 'facebook-friends');
    expect(facebookOnly.length).toBeGreaterThan(0);
    expect(new Set(facebookOnly.map((c) => c.tag))).toEqual(new Set(['personal']));
  });
});

describe('undoImport', () => {
  it('removes what the import added and leaves contacts the user changed since', async () => {
    const kept = await addContact({ name: 'Someone Else', handle: '', tag: 'work' });
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    const dana = (await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').first())!;
    await tagContacts([dana.id!], 'personal');
    const undone = await undoImport(record.id!);
    expect(undone.removed).toBe(record.added - 1);
    expect(undone.skipped).toEqual(['Dana Whitfield']);
    expect((await listContacts()).map((c) => c.name).sort()).toEqual(['Dana Whitfield', kept.name].sort());
    expect((await listImports())[0]?.undoneAt).toEqual(expect.any(Number));
    expect(await undoImport(record.id!)).toEqual({ removed: 0, restored: 0, skipped: [] });
  });
});
