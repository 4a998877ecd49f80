import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContactInputError, addContact, listContacts, matchMentions } from '../../src/shared/storage/contacts';
import { deleteContacts, tagContacts } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';

beforeEach(async () => {
  // A fresh database per test; the module's shared connection reopens on next use.
  await db().delete({ disableAutoOpen: false });
});

describe('addContact', () => {
  it('stores a trimmed name, its match key and the normalised handle', async () => {
    const added = await addContact({ name: '  Jane   Doe ', handle: ' https://www.linkedin.com/in/Jane-Doe/?trk=x ', tag: 'work' });
    expect(added).toMatchObject({ name: 'Jane   Doe', nameKey: 'jane doe', handles: ['linkedin:jane-doe'], emails: [], tag: 'work', tagSource: 'manual', sources: ['manual'] });
    expect(added.id).toEqual(expect.any(Number));
    expect(await listContacts()).toEqual([added]);
  });

  it('accepts an e-mail address or no handle at all', async () => {
    await addContact({ name: 'Raj', handle: 'Raj@Example.com', tag: 'personal' });
    await addContact({ name: 'Ana', handle: '   ', tag: 'untagged' });
    expect((await listContacts()).map((c) => [c.name, c.handles, c.emails])).toEqual([['Ana', [], []], ['Raj', [], ['raj@example.com']]]);
  });

  it('rejects an empty name', async () => {
    await expect(addContact({ name: '   ', handle: '', tag: 'work' })).rejects.toThrow(ContactInputError);
    expect(await listContacts()).toEqual([]);
  });

  it('rejects a handle it cannot recognise', async () => {
    const error = await addContact({ name: 'Jane', handle: 'jane on linkedin', tag: 'work' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContactInputError);
    expect((error as Error).message).toMatch(/linkedin\.com\/in/);
    expect(await listContacts()).toEqual([]);
  });

  it('rejects a second contact with the same handle, however it is spelled', async () => {
    await addContact({ name: 'Jane Doe', handle: 'https://www.linkedin.com/in/jane-doe', tag: 'work' });
    await expect(addContact({ name: 'J. Doe', handle: 'linkedin.com/in/JANE-DOE/', tag: 'personal' })).rejects.toThrow(ContactInputError);
    await expect(addContact({ name: 'J. Doe', handle: 'linkedin:jane-doe', tag: 'personal' })).rejects.toThrow(ContactInputError);
    expect((await listContacts()).map((c) => c.name)).toEqual(['Jane Doe']);
  });

  // Regression (fixed 2026-11-22): a malformed percent escape escapes as URIError instead of ContactInputError,
  // so the options form shows no useful message.
  it('rejects a malformed profile link with ContactInputError', async () => {
    await expect(addContact({ name: 'Jane', handle: 'linkedin.com/in/100%', tag: 'work' })).rejects.toThrow(ContactInputError);
  });
});

describe('tagContacts and deleteContacts on one contact', () => {
  it('changes only the tag of that contact', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    const raj = await addContact({ name: 'Raj', handle: '', tag: 'work' });
    await tagContacts([jane.id!], 'personal');
    expect((await listContacts()).map((c) => [c.name, c.tag])).toEqual([['Jane', 'personal'], ['Raj', 'work']]);
    expect(await db().contacts.get(raj.id!)).toEqual(raj);
  });

  it('removes only that contact', async () => {
    const jane = await addContact({ name: 'Jane', handle: '', tag: 'work' });
    await addContact({ name: 'Raj', handle: '', tag: 'work' });
    await deleteContacts([jane.id!]);
    expect((await listContacts()).map((c) => c.name)).toEqual(['Raj']);
  });
});

describe('matchMentions', () => {
  beforeEach(async () => {
    // Added first, so a name look-up for "Jane Doe" would find this one.
    await addContact({ name: 'Jane Doe', handle: '', tag: 'personal' });
    await addContact({ name: 'Jane Doe', handle: 'linkedin.com/in/jane-doe', tag: 'work' });
    await addContact({ name: 'Sam Lee', handle: '', tag: 'personal' });
    await addContact({ name: 'Pat Kim', handle: 'linkedin.com/in/pat-kim', tag: 'untagged' });
  });

  it('matches by handle before name', async () => {
    const mention = { name: 'Jane Doe', handle: 'linkedin:jane-doe' };
    expect(await matchMentions([mention])).toEqual([{ mention, tag: 'work' }]);
  });

  it('falls back to a case- and space-insensitive name', async () => {
    const bare = { name: '  SAM   lee ', handle: '' };
    const unknownHandle = { name: 'sam lee', handle: 'linkedin:sam-lee-42' };
    expect(await matchMentions([bare, unknownHandle])).toEqual([{ mention: bare, tag: 'personal' }, { mention: unknownHandle, tag: 'personal' }]);
  });

  it('ignores untagged and unknown people, and keeps mention order', async () => {
    const pat = { name: 'Pat Kim', handle: 'linkedin:pat-kim' };
    const nobody = { name: 'Nobody', handle: 'linkedin:nobody' };
    const jane = { name: 'Jane', handle: 'linkedin:jane-doe' };
    const sam = { name: 'Sam Lee', handle: '' };
    expect(await matchMentions([pat, sam, nobody, jane])).toEqual([{ mention: sam, tag: 'personal' }, { mention: jane, tag: 'work' }]);
    expect(await matchMentions([])).toEqual([]);
  });
});
