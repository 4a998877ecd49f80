import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/shared/storage/db';
import { resolveIdentity } from '../../src/shared/storage/identities';

let acmeId: number;
let meId: number;

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  acmeId = (await db().identities.add({
    name: 'Acme Corp', kind: 'brand', color: '#c00', customTerms: ['Falcon'], neverTerms: ['Falcon Lager'], workDomains: [], employers: [], policy: { alcohol: { professional: 'confirm', public: 'confirm', personal: 'confirm' } }, createdAt: 1,
  }))!;
  meId = (await db().identities.add({ name: 'Me at home', kind: 'personal', color: '#0c0', customTerms: [], neverTerms: [], workDomains: [], employers: [], createdAt: 2 }))!;
  await db().accounts.bulkAdd([
    { site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme', identityId: acmeId },
    { site: 'linkedin', handle: 'linkedin:sam-lee', name: 'Sam Lee', identityId: meId },
    { site: 'linkedin', handle: 'linkedin:old', name: 'Old', identityId: 999 },
  ]);
});

describe('resolveIdentity', () => {
  it('returns the identity a linked account belongs to, with its policy and terms', async () => {
    expect(await resolveIdentity('linkedin', { name: 'Acme page', handle: 'linkedin:company/acme', kind: 'unknown' })).toEqual({
      id: acmeId,
      summary: { name: 'Acme Corp', kind: 'brand', color: '#c00' },
      policy: { alcohol: { professional: 'confirm', public: 'confirm', personal: 'confirm' } },
      customTerms: ['Falcon'],
      neverTerms: ['Falcon Lager'],
    });
  });

  it('lets the linked identity win over what the page says', async () => {
    const resolved = await resolveIdentity('linkedin', { name: 'Sam', handle: 'linkedin:sam-lee', kind: 'brand' });
    expect(resolved.summary).toEqual({ name: 'Me at home', kind: 'personal', color: '#0c0' });
  });

  it('matches the account on site and handle together', async () => {
    const resolved = await resolveIdentity('x', { name: 'Acme on X', handle: 'linkedin:company/acme', kind: 'unknown' });
    expect(resolved).toMatchObject({ summary: { name: 'Acme on X', kind: 'personal' }, customTerms: [], neverTerms: [] });
    expect(resolved.id).not.toBe(acmeId);
  });

  it('takes a brand from the page when no account is linked', async () => {
    // No built-in brand to borrow from: no stored identity, no terms.
    expect(await resolveIdentity('linkedin', { name: 'Globex', handle: 'linkedin:company/globex', kind: 'brand' })).toStrictEqual({
      summary: { name: 'Globex', kind: 'brand' }, customTerms: [], neverTerms: [],
    });
  });

  it('is the built-in Personal identity, by its name, when the page shows no author', async () => {
    expect(await resolveIdentity('linkedin', { name: '', handle: '', kind: 'unknown' })).toMatchObject({ summary: { name: 'Personal', kind: 'personal' }, customTerms: [], neverTerms: [] });
    expect(await resolveIdentity('linkedin', { name: 'Sam', handle: 'linkedin:nobody', kind: 'unknown' })).toMatchObject({ summary: { name: 'Sam', kind: 'personal' }, customTerms: [], neverTerms: [] });
  });

  it('borrows the built-in Personal or Work identity\'s policy and terms for an unlinked profile, keeping the page\'s name', async () => {
    const builtIn = async (name: string) => (await db().identities.where('name').equals(name).first())!;
    const personal = await builtIn('Personal');
    const work = await builtIn('Work');
    await db().identities.update(personal.id!, { customTerms: ['Falcon'], neverTerms: ['beer'], policy: { alcohol: { professional: 'none', public: 'none', personal: 'none' } } });
    await db().identities.update(work.id!, { neverTerms: ['standup'] });
    // The oldest identity of the kind: "Me at home" is personal too, but younger.
    expect(await resolveIdentity('linkedin', { name: 'Sam', handle: '', kind: 'unknown' })).toStrictEqual({
      id: personal.id, summary: { name: 'Sam', kind: 'personal', color: '#2e7d32' }, policy: { alcohol: { professional: 'none', public: 'none', personal: 'none' } }, customTerms: ['Falcon'], neverTerms: ['beer'],
    });
    expect(await resolveIdentity('linkedin', { name: 'Sam at Acme', handle: '', kind: 'work' })).toMatchObject({ id: work.id, summary: { name: 'Sam at Acme', kind: 'work' }, neverTerms: ['standup'] });
  });

  it('falls back to the page when a linked identity was deleted', async () => {
    expect((await resolveIdentity('linkedin', { name: 'Old', handle: 'linkedin:old', kind: 'work' })).summary).toEqual({ name: 'Old', kind: 'work', color: '#0a66c2' });
  });
});
