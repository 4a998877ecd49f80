import type { ContactTag, MatchedMention } from '../../core/audience';
import { nameKey, normalizeHandle } from '../../core/handles';
import type { Mention } from '../../core/types';
import { db, type Contact, type ContactRole } from './db';
import { explainingStorageFull } from './storage-full';

export interface NewContact {
  name: string;
  /** A profile link, e-mail or `site:handle`; may be empty. */
  handle: string;
  tag: ContactTag;
}

export class ContactInputError extends Error {}

export async function listContacts(): Promise<Contact[]> {
  return db().contacts.orderBy('nameKey').toArray();
}

export async function addContact(input: NewContact): Promise<Contact> {
  const name = input.name.trim();
  if (!name) throw new ContactInputError('A contact needs a name.');
  const handle = normalizeHandle(input.handle);
  if (input.handle.trim() && !handle) {
    throw new ContactInputError('Use a LinkedIn profile link (linkedin.com/in/…), an e-mail address, or leave it empty.');
  }
  // An e-mail is kept in `emails`, the index imports and recipients are matched on.
  const email = handle.startsWith('email:') ? handle.slice('email:'.length) : '';
  const duplicate = email
    ? await db().contacts.where('emails').equals(email).count()
    : handle ? await db().contacts.where('handles').equals(handle).count() : 0;
  if (duplicate > 0) throw new ContactInputError('A contact with that profile link or e-mail is already in your list.');
  const contact: Contact = {
    name,
    nameKey: nameKey(name),
    handles: handle && !email ? [handle] : [],
    emails: email ? [email] : [],
    tag: input.tag,
    tagSource: 'manual',
    sources: ['manual'],
    updatedAt: Date.now(),
  };
  contact.id = await explainingStorageFull(() => db().contacts.add(contact));
  return contact;
}

export const CONTACT_ROLES: readonly ContactRole[] = ['manager', 'colleague', 'report', 'client', 'recruiter', 'friend', 'family'];

/**
 * Looks each mention up in the audience map: by handle when the page gave one, else by name.
 * Runs in the background for every verdict (indexed queries, nothing cached to invalidate).
 */
export async function matchMentions(mentions: readonly Mention[]): Promise<MatchedMention[]> {
  const matched: MatchedMention[] = [];
  for (const mention of mentions) {
    const byHandle = !mention.handle
      ? undefined
      : mention.handle.startsWith('email:')
        ? await db().contacts.where('emails').equals(mention.handle.slice('email:'.length)).first()
        : await db().contacts.where('handles').equals(mention.handle).first();
    const contact = byHandle ?? (await db().contacts.where('nameKey').equals(nameKey(mention.name)).first());
    if (contact && contact.tag !== 'untagged') matched.push({ mention, tag: contact.tag });
  }
  return matched;
}
