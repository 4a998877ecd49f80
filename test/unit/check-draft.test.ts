import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/background/check-draft';
import type { DraftSnapshot } from '../../src/core/types';
import { addContact } from '../../src/shared/storage/contacts';
import { tagContacts } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';

// The worker's verdict joins the stored audience map: counts and at most five names go back to the
// page, never the contacts themselves, and a tag edit shows in the very next verdict.
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const draft = (overrides: Partial<DraftSnapshot> = {}): DraftSnapshot => ({
  site: 'facebook', composerId: 'c1', text: 'So hungover after last night', mentions: [], visibility: 'Friends', profile: { name: 'Jane', handle: '', kind: 'unknown' }, ...overrides,
});

describe('checkDraft', () => {
  it('names the manager among the friends who can see it, and follows a tag edit at once', async () => {
    const dana = await addContact({ name: 'Dana Whitfield', handle: 'dana@acme.example', tag: 'work' });
    await db().contacts.update(dana.id!, { role: 'manager', sources: ['manual', 'facebook-friends'] });
    for (let i = 0; i < 8; i++) {
      const friend = await addContact({ name: `Friend ${i}`, handle: '', tag: 'personal' });
      await db().contacts.update(friend.id!, { sources: ['manual', 'facebook-friends'] });
    }
    const verdict = await checkDraft(draft());
    expect(verdict.audience).toMatchObject({ kind: 'professional', counts: { work: 1, personal: 8, both: 0, untagged: 0 }, named: [{ name: 'Dana Whitfield', role: 'manager', mentioned: false }] });
    expect(verdict.reasons).toEqual(['1 work contact, your manager Dana Whitfield, can see this']);
    expect(verdict.level).toBe('warn');
    // Nothing but the summary: no e-mail addresses, no friend names.
    const wire = JSON.stringify(verdict);
    expect(wire).not.toContain('dana@acme.example');
    expect(wire).not.toContain('Friend 3');

    await tagContacts([dana.id!], 'personal');
    const after = await checkDraft(draft());
    expect(after.audience).toMatchObject({ kind: 'personal', named: [] });
    expect(after.level).toBe('none');
  });

  it('treats a recipient on a work identity’s domain as work', async () => {
    await db().identities.where('kind').equals('work').modify({ workDomains: ['acme.example'] });
    const verdict = await checkDraft(draft({ site: 'gmail', visibility: '', mentions: [{ name: 'New Hire', handle: 'email:new.hire@acme.example' }] }));
    expect(verdict.audience).toMatchObject({ kind: 'professional', visibilityKind: 'recipients', counts: { work: 1, personal: 0, both: 0, untagged: 0 } });
    expect(verdict.reasons).toEqual(['The recipient is a work contact']);
  });
});
