import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveAudience } from '../../src/core/audience';
import { parseImport } from '../../src/core/import/detect';
import { audienceIndex, forgetAudienceIndex, indexBuilds, pendingSnapshot, snapshotReads } from '../../src/shared/storage/audience-index';
import { addContact } from '../../src/shared/storage/contacts';
import { deleteContacts, tagContacts } from '../../src/shared/storage/contact-changes';
import { CONTACTS_VERSION_KEY } from '../../src/shared/storage/contacts-version';
import { db } from '../../src/shared/storage/db';
import { applyImport, undoImport } from '../../src/shared/storage/imports';
import { getSetting } from '../../src/shared/storage/settings';

// The worker's audience index is rebuilt after every kind of contact write, and reused otherwise.
const connections = readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8');

const linkedinWork = async () => (await audienceIndex()).networks.linkedin.counts.work;
const version = async () => String((await db().settings.get(CONTACTS_VERSION_KEY))?.value ?? '');

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  forgetAudienceIndex();
});

describe('contactsVersion', () => {
  it('is stamped anew by every kind of contact write, through any API', async () => {
    const stamps = new Set([await version()]);
    const stamp = async () => {
      const v = await version();
      expect(stamps.has(v)).toBe(false);
      stamps.add(v);
    };
    const jane = await addContact({ name: 'Jane Doe', handle: 'linkedin:jane-doe', tag: 'work' });
    await stamp();
    await tagContacts([jane.id!], 'personal');
    await stamp();
    await db().contacts.update(jane.id!, { role: 'manager' });
    await stamp();
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    await stamp();
    await undoImport(record.id!);
    await stamp();
    await deleteContacts([jane.id!]);
    await stamp();
    await db().contacts.bulkPut([{ name: 'A', nameKey: 'a', handles: [], emails: [], tag: 'work', tagSource: 'manual', sources: [], updatedAt: 1 }]);
    await stamp();
    await db().contacts.clear();
    await stamp();
    expect(await getSetting('contactsVersion')).toBe([...stamps].at(-1));
  });

  it('is not touched by reads or by writes to other stores', async () => {
    await addContact({ name: 'Jane Doe', handle: '', tag: 'work' });
    const before = await version();
    await db().contacts.toArray();
    await db().decisions.add({ at: 1, site: 'linkedin', level: 'warn', categories: ['alcohol'], decision: 'edited' });
    await db().identities.update(1, { color: '#000000' });
    expect(await version()).toBe(before);
  });

  it('rolls back with a contact write that fails', async () => {
    await addContact({ name: 'Jane Doe', handle: 'linkedin:jane-doe', tag: 'work' });
    const before = await version();
    const store = db();
    await expect(store.transaction('rw', store.contacts, async () => {
      await store.contacts.add({ name: 'Raj', nameKey: 'raj', handles: [], emails: [], tag: 'work', tagSource: 'manual', sources: [], updatedAt: 1 });
      throw new Error('abort');
    })).rejects.toThrow('abort');
    expect(await version()).toBe(before);
    expect(await store.contacts.count()).toBe(1);
  });
});

describe('audienceIndex', () => {
  it('follows imports, tag edits, role edits, undo and deletes', async () => {
    expect(await linkedinWork()).toBe(0);
    const { record } = await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    const imported = await linkedinWork();
    expect(imported).toBeGreaterThan(0);

    const dana = (await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').first())!;
    await tagContacts([dana.id!], 'personal');
    expect(await linkedinWork()).toBe(imported - 1);

    await db().contacts.update(dana.id!, { tag: 'work', role: 'manager' });
    const index = await audienceIndex();
    const summary = resolveAudience({ site: 'linkedin', visibility: 'Anyone', mentions: [], index });
    expect(summary.named[0]).toEqual({ name: 'Dana Whitfield', role: 'manager', mentioned: false });

    await deleteContacts([dana.id!]);
    expect(await linkedinWork()).toBe(imported - 1);

    await undoImport(record.id!);
    expect(await linkedinWork()).toBe(0);
  });

  it('is built once while nothing changes, and again after a change', async () => {
    await addContact({ name: 'Jane Doe', handle: 'linkedin:jane-doe', tag: 'work' });
    const first = await audienceIndex();
    const builds = indexBuilds;
    expect(await audienceIndex()).toBe(first);
    expect(indexBuilds).toBe(builds);
    await addContact({ name: 'Raj Patel', handle: 'linkedin:raj-patel', tag: 'work' });
    expect(await audienceIndex()).not.toBe(first);
    expect(indexBuilds).toBe(builds + 1);
  });

  it('follows the identities’ work domains and employers', async () => {
    await addContact({ name: 'Bo', handle: 'bo@acme.example', tag: 'untagged' });
    expect((await audienceIndex()).networks.email.counts).toMatchObject({ work: 0, untagged: 1 });
    await db().identities.where('kind').equals('work').modify({ workDomains: ['acme.example'] });
    expect((await audienceIndex()).networks.email.counts).toMatchObject({ work: 1, untagged: 0 });
  });

  it('is read from its stored snapshot by a new worker, never from a snapshot older than the contacts', async () => {
    await applyImport('Connections.csv', parseImport('Connections.csv', connections));
    const built = await audienceIndex();
    await pendingSnapshot();
    expect((await getSetting('audienceIndexSnapshot'))?.version).toBe(await version());

    // A worker started afresh: nothing in memory, the snapshot read instead of the contacts.
    forgetAudienceIndex();
    const [builds, reads] = [indexBuilds, snapshotReads];
    const restored = await audienceIndex();
    expect(restored).not.toBe(built);
    expect(restored).toEqual(built);
    expect([indexBuilds, snapshotReads]).toEqual([builds, reads + 1]);

    // A contact written since: the snapshot's stamp is old, so the next worker rebuilds.
    const dana = (await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').first())!;
    await tagContacts([dana.id!], 'personal');
    forgetAudienceIndex();
    expect((await audienceIndex()).networks.linkedin.counts.work).toBe(built.networks.linkedin.counts.work - 1);
    expect([indexBuilds, snapshotReads]).toEqual([builds + 1, reads + 1]);

    // The work rules changed since: rebuilt too (the snapshot is labelled with the rules).
    await pendingSnapshot();
    await db().identities.where('kind').equals('work').modify({ employers: ['Somewhere Else'] });
    forgetAudienceIndex();
    await audienceIndex();
    expect(indexBuilds).toBe(builds + 2);
  });

  it('builds once for requests that arrive together', async () => {
    await addContact({ name: 'Jane Doe', handle: 'linkedin:jane-doe', tag: 'work' });
    const builds = indexBuilds;
    const [a, b, c] = await Promise.all([audienceIndex(), audienceIndex(), audienceIndex()]);
    expect(indexBuilds).toBe(builds + 1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('starts from nothing in a new database', async () => {
    await addContact({ name: 'Jane Doe', handle: 'linkedin:jane-doe', tag: 'work' });
    expect(await linkedinWork()).toBe(1);
    await db().delete({ disableAutoOpen: false });
    expect(await linkedinWork()).toBe(0);
  });
});
