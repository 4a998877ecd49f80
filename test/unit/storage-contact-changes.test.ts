import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { audienceIndex, forgetAudienceIndex } from '../../src/shared/storage/audience-index';
import { deleteContacts, editContact, lastChange, mergeContactsInto, parseHandleList, setRoles, tagContacts, undoLastChange } from '../../src/shared/storage/contact-changes';
import { ContactInputError } from '../../src/shared/storage/contacts';
import { CONTACTS_VERSION_KEY } from '../../src/shared/storage/contacts-version';
import { db, type Contact } from '../../src/shared/storage/db';

// Changes from the contacts table (one row or many): one transaction each, the audience index stamp moved with
// them, and one Undo that never overwrites a later edit.
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  forgetAudienceIndex();
});

const row = (name: string, extra: Partial<Contact> = {}): Contact => ({
  name, nameKey: name.toLowerCase(), handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: ['linkedin-connections'], updatedAt: 1, ...extra,
});

async function seed(n: number): Promise<number[]> {
  return (await db().contacts.bulkAdd(Array.from({ length: n }, (_, i) => row(`Person ${i}`, { handles: [`linkedin:p${i}`] })), { allKeys: true })) as number[];
}
const person = async (handle: string) => {
  const index = await audienceIndex();
  const at = index.byHandle.get(handle);
  return at === undefined ? undefined : index.people[at];
};
const stamp = async () => (await db().settings.get(CONTACTS_VERSION_KEY))?.value;

describe('bulk changes', () => {
  it('tags a selection as the user\'s own tag, with a summary, and moves the audience index stamp', async () => {
    const ids = await seed(300);
    expect((await person('linkedin:p5'))?.tag).toBe('untagged');
    const before = await stamp();
    const result = await tagContacts(ids.slice(0, 120), 'work');
    expect(result.summary).toBe('Tagged 120 contacts Work.');
    expect(await stamp()).not.toBe(before);
    expect(await db().contacts.where('tag').equals('work').count()).toBe(120);
    expect((await db().contacts.get(ids[0]!))!.tagSource).toBe('manual');
    expect((await person('linkedin:p5'))?.tag).toBe('work');
    expect((await lastChange())!.summary).toBe('Tagged 120 contacts Work.');
  });

  it('undoes the last change, keeping a contact edited since', async () => {
    const ids = await seed(10);
    await tagContacts(ids, 'personal');
    // Changed since by something that is not an Undo entry (an import merging into it, say).
    await db().contacts.update(ids[3]!, { name: 'Renamed Person' });
    const undone = (await undoLastChange())!;
    expect(undone.summary).toBe('Tagged 10 contacts Personal.');
    expect(undone.restored).toHaveLength(9);
    expect(undone.skipped).toEqual(['Renamed Person']);
    expect(await db().contacts.where('tag').equals('untagged').count()).toBe(9);
    expect(await db().contacts.get(ids[3]!)).toMatchObject({ name: 'Renamed Person', tag: 'personal' });
    expect(await lastChange()).toBeUndefined();
    expect(await undoLastChange()).toBeUndefined();
  });

  it('deletes and brings back under the same ids; roles set and cleared', async () => {
    const ids = await seed(5);
    await setRoles(ids.slice(0, 2), 'colleague');
    expect((await db().contacts.get(ids[0]!))).toMatchObject({ role: 'colleague', sources: ['linkedin-connections', 'manual'] });
    expect((await setRoles(ids.slice(0, 2), null)).summary).toBe('Cleared the role of 2 contacts.');
    expect((await deleteContacts(ids.slice(1, 4))).summary).toBe('Deleted 3 contacts.');
    expect(await db().contacts.count()).toBe(2);
    await undoLastChange();
    expect((await db().contacts.bulkGet(ids)).map((c) => c?.name)).toEqual(['Person 0', 'Person 1', 'Person 2', 'Person 3', 'Person 4']);
  });

  it('a bulk change that fails half-way writes nothing', async () => {
    const ids = await seed(3);
    const before = await db().contacts.toArray();
    await expect(tagContacts(ids, 'nonsense' as never)).rejects.toThrow(ContactInputError);
    await expect(mergeContactsInto({ ...before[0]!, handles: ['x:merged'] }, [ids[1]!, 999])).rejects.toThrow(/changed or was deleted/);
    expect(await db().contacts.toArray()).toEqual(before);
  });

  it('merges into one contact and the undo splits them again', async () => {
    const ids = await seed(2);
    const [a, b] = (await db().contacts.bulkGet(ids)) as Contact[];
    const result = await mergeContactsInto({ ...a!, handles: [...a!.handles, ...b!.handles], sources: ['linkedin-connections', 'facebook-friends'] }, [b!.id!]);
    expect(result.summary).toBe('Merged 2 contacts into Person 0.');
    expect(await db().contacts.count()).toBe(1);
    expect((await person('linkedin:p1'))?.name).toBe('Person 0');
    await undoLastChange();
    expect((await db().contacts.bulkGet(ids)).map((c) => c?.handles)).toEqual([['linkedin:p0'], ['linkedin:p1']]);
  });
});

describe('editContact', () => {
  it('saves name, employer and handles as a manual edit, and refuses a handle another contact owns', async () => {
    const [a, b] = await seed(2);
    const saved = await editContact(a!, { name: '  Ada Lovelace ', employer: 'Analytical', handles: 'https://www.linkedin.com/in/ada-l, ADA@example.org' });
    expect(saved).toMatchObject({ name: 'Ada Lovelace', nameKey: 'ada lovelace', employer: 'Analytical', handles: ['linkedin:ada-l'], emails: ['ada@example.org'], sources: ['linkedin-connections', 'manual'] });
    await expect(editContact(b!, { handles: 'linkedin:ada-l' })).rejects.toThrow('linkedin:ada-l already belongs to Ada Lovelace; merge the two instead.');
    await expect(editContact(b!, { name: ' ' })).rejects.toThrow('A contact needs a name.');
    expect((await db().contacts.get(b!))!.name).toBe('Person 1');
    // The edit is the change Undo offers; undoing it puts the contact back as it was.
    expect((await lastChange())?.summary).toBe('Edited Ada Lovelace.');
    const undone = (await undoLastChange())!;
    expect(undone.skipped).toEqual([]);
    expect(await db().contacts.get(a!)).toMatchObject({ name: 'Person 0', handles: ['linkedin:p0'], sources: ['linkedin-connections'] });
    expect((await db().contacts.get(a!))!.employer).toBeUndefined();
  });

  it('names the one contact a change touched, and counts them when there are more', async () => {
    const ids = await seed(3);
    expect((await tagContacts([ids[0]!], 'work')).summary).toBe('Tagged Person 0 Work.');
    expect((await setRoles([ids[1]!], 'manager')).summary).toBe('Set the role of Person 1 to Manager.');
    expect((await deleteContacts([ids[2]!])).summary).toBe('Deleted Person 2.');
    expect((await deleteContacts(ids.slice(0, 2))).summary).toBe('Deleted 2 contacts.');
    expect((await undoLastChange())!.restored.map((c) => c.name)).toEqual(['Person 0', 'Person 1']);
  });

  it('reads a list of profiles and e-mails, naming what it cannot read', () => {
    expect(parseHandleList('a@b.org,\nlinkedin:x, a@b.org')).toEqual({ handles: ['linkedin:x'], emails: ['a@b.org'] });
    expect(() => parseHandleList('just words')).toThrow("'just words' is not a profile link, site:handle or e-mail address.");
  });
});
