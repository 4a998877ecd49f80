import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../src/core/backup/format';
import { restoreSummaryText } from '../../src/core/backup/restore-plan';
import { parseImport } from '../../src/core/import/detect';
import { BACKED_UP_SETTINGS, deleteEverything, exportBackup, NOT_BACKED_UP_SETTINGS, restoreBackup, restoreFromText } from '../../src/shared/storage/backup';
import { addContact } from '../../src/shared/storage/contacts';
import { setRoles, tagContacts } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';
import { recordDecision } from '../../src/shared/storage/decision-history';
import { noteDetectedProfile } from '../../src/shared/storage/detected-profiles';
import { addAccount, addIdentity, setPolicyLevel, updateIdentity } from '../../src/shared/storage/identities';
import { applyImport, undoImport } from '../../src/shared/storage/imports';
import { getSetting, setSetting, SETTINGS } from '../../src/shared/storage/settings';
import { audienceIndex, pendingSnapshot } from '../../src/shared/storage/audience-index';

// Backup and restore on fake-indexeddb: a backup restored into a wiped database gives back exactly
// what was exported; a restore never removes what the file does not hold; a file that is not a
// valid backup changes nothing; "Delete everything" leaves a database like a new install's.
const connections = readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8');
const friends = readFileSync('test/fixtures/imports/facebook/your_friends.json', 'utf8');

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

/** A database with something in every table and every backed-up setting. */
async function seed(): Promise<void> {
  const acme = await addIdentity({ name: 'Acme Corp', kind: 'brand', color: '#aa3300' });
  await updateIdentity(acme.id!, { customTerms: ['Project Falcon'], neverTerms: ['Acme Lager'], workDomains: ['acme.example'], employers: ['Acme'] });
  await setPolicyLevel(acme.id!, 'alcohol', 'public', 'confirm');
  await addAccount(acme.id!, { site: 'linkedin', handle: 'linkedin.com/company/acme', name: 'Acme Corp' });
  await applyImport('Connections.csv', parseImport('Connections.csv', connections));
  await applyImport('your_friends.json', parseImport('your_friends.json', friends));
  const sam = await addContact({ name: 'Sam Rivera', handle: 'sam@home.example', tag: 'personal' });
  await setRoles([sam.id!], 'friend');
  const dana = await db().contacts.where('emails').equals('dana.whitfield@acme-corp.example').first();
  await tagContacts([dana!.id!], 'both');
  await setRoles([dana!.id!], 'manager');
  await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol', 'profanity'] });
  await recordDecision('x', { decision: 'posted-anyway', level: 'confirm', categories: ['drugs'] });
  await setSetting('paused', true);
  await setSetting('sendDelaySeconds', 10);
  await setSetting('activeIdentityId', acme.id!);
  await setSetting('siteSnoozes', { linkedin: Date.now() + 3_600_000 });
  await setSetting('siteIdentity', { x: { identityId: acme.id! }, bluesky: { identityId: 1, until: Date.now() + 3_600_000 } });
  await noteDetectedProfile('x', { name: 'Acme on X', handle: 'x:acmecorp', kind: 'brand' });
}

const withoutTime = (backup: Backup) => ({ ...JSON.parse(JSON.stringify(backup)), exportedAt: '' });

describe('exportBackup', () => {
  it('holds every table, the person\'s settings and no internal or per-tab state', async () => {
    await seed();
    const backup = await exportBackup(new Date('2026-11-23T10:00:00Z'));
    expect(backup).toMatchObject({ format: 'hatcheck-backup', version: 1, exportedAt: '2026-11-23T10:00:00.000Z' });
    expect(backup.identities.map((i) => [i.ref, i.name, i.kind])).toEqual([[1, 'Personal', 'personal'], [2, 'Work', 'work'], [3, 'Acme Corp', 'brand']]);
    expect(backup.identities[2]).toMatchObject({ customTerms: ['Project Falcon'], policy: { alcohol: { public: 'confirm' } } });
    expect(backup.accounts).toEqual([{ site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme Corp', identityRef: 3 }]);
    expect(backup.contacts.length).toBe(await db().contacts.count());
    expect(backup.contacts.find((c) => c.name === 'Dana Whitfield')).toMatchObject({ tag: 'both', tagSource: 'manual', role: 'manager' });
    expect(backup.decisionWeeks.map((w) => w.count)).toEqual([1, 1]);
    expect(backup.imports.map((i) => i.fileName)).toEqual(['Connections.csv', 'your_friends.json']);
    expect(backup.settings).toMatchObject({ paused: true, sendDelaySeconds: 10, activeIdentityRef: 3 });
    // The lasting choice for X is kept, the one for the next hour on Bluesky is not.
    expect(backup.settings.siteIdentity).toEqual({ x: 3 });
    expect(backup.settings.detectedProfiles?.map((p) => p.handle)).toEqual(['x:acmecorp']);
    const text = JSON.stringify(backup);
    for (const absent of ['contactsVersion', 'siteSnoozes', '"undo"', '"id"', 'nameKey']) expect(text).not.toContain(absent);
    expect(parseBackup(text)).toMatchObject({ ok: true });
  });
});

describe('what a backup holds', () => {
  it('knows every table (a new one must be added to the backup, or to why it is left out, and to Delete everything)', () => {
    // `decisions` (schema v1) is never written: the weekly counts replaced it. It is cleared, not exported.
    expect(db().tables.map((t) => t.name).sort()).toEqual(['accounts', 'contacts', 'decisionWeeks', 'decisions', 'identities', 'imports', 'settings']);
  });

  it('names every setting: backed up, or left out on purpose', () => {
    expect([...BACKED_UP_SETTINGS, ...NOT_BACKED_UP_SETTINGS].sort()).toEqual(Object.keys(SETTINGS).sort());
  });
});

describe('restoreBackup', () => {
  it('round-trips: export, delete everything, restore gives the same data back', async () => {
    await seed();
    const before = await exportBackup();
    await deleteEverything();
    expect(await db().contacts.count()).toBe(0);
    const progress: number[] = [];
    const { summary } = await restoreBackup(before, (p) => progress.push(p.done));
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
    expect(summary.contacts).toEqual({ added: before.contacts.length, updated: 0, unchanged: 0 });
    expect(summary.identities).toEqual({ added: 1, updated: 2, unchanged: 0 });
    expect(progress.at(-1)).toBe(before.contacts.length);
    // The restored identity ids are what the settings and accounts point to.
    const acme = await db().identities.where('name').equals('Acme Corp').first();
    expect(await getSetting('activeIdentityId')).toBe(acme!.id);
    expect(await getSetting('siteIdentity')).toEqual({ x: { identityId: acme!.id } });
    expect((await db().accounts.toArray())[0]!.identityId).toBe(acme!.id);
    // Lookups by the derived index still work.
    expect(await db().contacts.where('nameKey').equals('sam rivera').count()).toBe(1);
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    await seed();
    const backup = await exportBackup();
    const { summary } = await restoreBackup(backup);
    expect(summary.contacts).toEqual({ added: 0, updated: 0, unchanged: backup.contacts.length });
    expect(summary.decisionWeeks).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(backup));
  });

  it('keeps what the file lacks when restoring into a database that is not empty', async () => {
    await seed();
    const backup = await exportBackup();
    await deleteEverything();
    // Made after the backup: a brand, its account, contacts, a count; one of them also in the file.
    const beta = await addIdentity({ name: 'Beta Labs', kind: 'brand' });
    await addAccount(beta.id!, { site: 'x', handle: '@betalabs' });
    await addContact({ name: 'Noor Haddad', handle: 'noor@beta.example', tag: 'work' });
    const sam = await addContact({ name: 'Sam Rivera', handle: 'sam@home.example', tag: 'work' });
    await recordDecision('bluesky', { decision: 'dismissed', level: 'notice', categories: ['family'] });
    await setSetting('holdAtWarn', true);
    await setSetting('siteIdentity', { linkedin: { identityId: beta.id! } });

    const { summary } = await restoreBackup(backup);
    expect(await db().identities.where('name').equals('Beta Labs').count()).toBe(1);
    expect(await db().accounts.where('[site+handle]').equals(['x', 'x:betalabs']).count()).toBe(1);
    expect(await db().contacts.where('emails').equals('noor@beta.example').count()).toBe(1);
    expect(await db().contacts.count()).toBe(backup.contacts.length + 1);
    // Sam, edited here after the backup was made, keeps the newer tag and gains the file's role.
    expect(await db().contacts.get(sam.id!)).toMatchObject({ tag: 'work', role: 'friend' });
    expect(summary.contacts).toMatchObject({ added: backup.contacts.length - 1, updated: 1 });
    expect((await db().decisionWeeks.toArray()).map((w) => w.site).sort()).toEqual(['bluesky', 'linkedin', 'x']);
    expect(await getSetting('holdAtWarn')).toBe(true);
    expect(await getSetting('paused')).toBe(true);
    const acme = await db().identities.where('name').equals('Acme Corp').first();
    expect(await getSetting('siteIdentity')).toEqual({ linkedin: { identityId: beta.id }, x: { identityId: acme!.id } });
    expect(restoreSummaryText(summary)).toMatch(/^Restored \d+ contacts \(\d+ added, 1 updated\), 3 identities \(1 added, 2 updated\), 1 account \(1 added\), 2 weekly counts \(2 added\), 2 past imports \(2 added\); \d settings changed\.$/);
  });

  it('adds a file identity whose name another kind already uses under a new name', async () => {
    await seed();
    const backup = await exportBackup();
    await deleteEverything();
    await addIdentity({ name: 'Acme Corp', kind: 'work' });
    const { warnings } = await restoreBackup(backup);
    expect((await db().identities.toArray()).map((i) => `${i.name}/${i.kind}`)).toEqual(['Personal/personal', 'Work/work', 'Acme Corp/work', 'Acme Corp (restored)/brand']);
    expect(warnings[0]).toMatch(/added as Acme Corp \(restored\)/);
  });

  it('brings past imports back as history that cannot be undone', async () => {
    await seed();
    const backup = await exportBackup();
    await deleteEverything();
    await restoreBackup(backup);
    const records = await db().imports.toArray();
    expect(records.every((r) => r.restored && r.undo.added.length === 0)).toBe(true);
    const count = await db().contacts.count();
    expect(await undoImport(records[0]!.id!)).toMatchObject({ removed: 0, restored: 0 });
    expect(await db().contacts.count()).toBe(count);
  });

  it('refuses another format, another version or a damaged file, and writes nothing', async () => {
    await seed();
    const backup = await exportBackup();
    const before = withoutTime(backup);
    const cases: Array<[string, RegExp]> = [
      ['{"hello": "world"}', /not a Hatcheck backup/],
      ['not json at all', /not a Hatcheck backup/],
      [JSON.stringify({ ...backup, version: 2 }), /version 2, written by a newer Hatcheck/],
      [JSON.stringify({ ...backup, version: '1' }), /version \("1"\) is not one/],
      [JSON.stringify({ ...backup, contacts: [{ ...backup.contacts[0], tag: 'enemy' }] }), /damaged at contacts\[0\]\.tag/],
      [JSON.stringify({ ...backup, accounts: [{ ...backup.accounts[0], identityRef: 99 }] }), /belongs to no identity/],
    ];
    for (const [text, message] of cases) {
      const result = await restoreFromText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(message);
        expect(result.error).toMatch(/Nothing was changed\.$/);
      }
    }
    expect(withoutTime(await exportBackup())).toEqual(before);
  });
});

describe('restoreBackup at scale', () => {
  it('restores 20,000 contacts over 5,000 stored ones, telling progress chunk by chunk', async () => {
    const person = (i: number) => ({ name: `Person ${i}`, handles: [`linkedin:person-${i}`], emails: [`p${i}@example.com`], tag: 'work' as const, tagSource: 'import' as const, sources: ['linkedin-connections'], updatedAt: 1_700_000_000_000 });
    await db().contacts.bulkAdd(Array.from({ length: 5_000 }, (_, i) => ({ ...person(i), nameKey: `person ${i}` })));
    const backup = await exportBackup();
    // The file: the 5,000 stored people (2,500 of them with a newer title) and 15,000 more.
    backup.contacts = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 && i < 5_000 ? { ...person(i), title: 'Engineer', updatedAt: 1_800_000_000_000 } : person(i)));
    const checked = parseBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(true);
    const progress: Array<[number, number]> = [];
    const { summary } = await restoreBackup((checked as { backup: Backup }).backup, (p) => progress.push([p.done, p.total]));
    expect(summary.contacts).toEqual({ added: 15_000, updated: 2_500, unchanged: 2_500 });
    expect(progress.length).toBeGreaterThan(8);
    expect(progress.at(-1)).toEqual([17_500, 17_500]);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);
    expect(await db().contacts.count()).toBe(20_000);
    expect(restoreSummaryText(summary)).toMatch(/^Restored 20,000 contacts \(15,000 added, 2,500 updated, 2,500 already up to date\)/);
  });
});

describe('deleteEverything', () => {
  it('empties every table and setting, and starts again with the built-in Personal and Work', async () => {
    await seed();
    // The worker's stored audience snapshot (derived from the contacts) goes too.
    await audienceIndex();
    await pendingSnapshot();
    expect(await getSetting('audienceIndexSnapshot')).not.toBeNull();
    await deleteEverything();
    const store = db();
    for (const table of [store.accounts, store.contacts, store.decisions, store.imports, store.decisionWeeks]) expect(await table.count()).toBe(0);
    expect((await store.identities.toArray()).map((i) => [i.name, i.kind, i.customTerms.length])).toEqual([['Personal', 'personal', 0], ['Work', 'work', 0]]);
    // Only the fresh contacts-version stamp of the clear itself remains among the settings.
    expect((await store.settings.toArray()).map((s) => s.key)).toEqual(['contactsVersion']);
    expect(await getSetting('paused')).toBe(false);
    expect(await getSetting('activeIdentityId')).toBe(null);
    expect(await getSetting('siteSnoozes')).toEqual({});
  });
});
