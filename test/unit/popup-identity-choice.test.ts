import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { identityFor } from '../../src/background/check-draft';
import { applyChoice, HOUR_MS, linkAccount, linkedIdentityId, readChoice } from '../../src/popup/identity-choice';
import { db } from '../../src/shared/storage/db';
import { addIdentity, listIdentities } from '../../src/shared/storage/identities';

// The popup's "Post as" (everywhere, on this site, for the next hour) and "this account is …", and
// what the worker then checks drafts as (identityFor: the one place both read).

const page = { name: 'Jane Doe', handle: 'linkedin:jane-doe', kind: 'personal' as const };
const NOW = 1_800_000_000_000;
let work: number;
let acme: number;

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  const identities = await listIdentities();
  work = identities.find((i) => i.kind === 'work')!.id!;
  acme = (await addIdentity({ name: 'Acme', kind: 'brand' })).id!;
});

const as = async (site: string, now = NOW) => (await identityFor(site, page, now)).summary.name;

describe('popup identity choice', () => {
  it('starts with the page deciding', async () => {
    expect(await readChoice('linkedin', NOW)).toEqual({ identityId: null, scope: 'everywhere' });
    expect(await as('linkedin')).toBe('Jane Doe');
  });

  it('"everywhere" applies on every site', async () => {
    await applyChoice('linkedin', { identityId: work, scope: 'everywhere' }, NOW);
    expect(await as('linkedin')).toBe('Work');
    expect(await as('x')).toBe('Work');
    expect(await readChoice('x', NOW)).toEqual({ identityId: work, scope: 'everywhere' });
  });

  it('"on this site" wins there and nowhere else', async () => {
    await applyChoice(undefined, { identityId: work, scope: 'everywhere' }, NOW);
    await applyChoice('linkedin', { identityId: acme, scope: 'site' }, NOW);
    expect(await as('linkedin')).toBe('Acme');
    expect(await as('x')).toBe('Work');
    expect(await readChoice('linkedin', NOW)).toEqual({ identityId: acme, scope: 'site' });
  });

  it('"for the next hour" ends by itself', async () => {
    await applyChoice('linkedin', { identityId: acme, scope: 'hour' }, NOW);
    expect(await readChoice('linkedin', NOW)).toEqual({ identityId: acme, scope: 'hour', until: NOW + HOUR_MS });
    expect(await as('linkedin', NOW + HOUR_MS - 1)).toBe('Acme');
    expect(await as('linkedin', NOW + HOUR_MS)).toBe('Jane Doe');
    expect(await readChoice('linkedin', NOW + HOUR_MS)).toEqual({ identityId: null, scope: 'everywhere' });
  });

  it('"the account on the page" clears both this site\'s choice and the everywhere one', async () => {
    await applyChoice('linkedin', { identityId: work, scope: 'everywhere' }, NOW);
    await applyChoice('linkedin', { identityId: acme, scope: 'site' }, NOW);
    await applyChoice('linkedin', { identityId: null, scope: 'site' }, NOW);
    expect(await as('linkedin')).toBe('Jane Doe');
    expect(await as('x')).toBe('Jane Doe');
  });

  it('a deleted identity falls through to the next rule', async () => {
    await applyChoice('linkedin', { identityId: acme, scope: 'site' }, NOW);
    await db().identities.delete(acme);
    expect(await as('linkedin')).toBe('Jane Doe');
  });

  it('"this account is Work" links the page\'s account, and moving it unlinks it from the other identity', async () => {
    const account = { site: 'linkedin', handle: 'linkedin:jane-doe', name: 'Jane Doe' };
    await linkAccount(account, acme);
    expect(await linkedIdentityId(account)).toBe(acme);
    expect(await as('linkedin')).toBe('Acme');
    await linkAccount(account, work);
    expect(await linkedIdentityId(account)).toBe(work);
    expect(await db().accounts.count()).toBe(1);
    expect(await as('linkedin')).toBe('Work');
    await linkAccount(account, null);
    expect(await linkedIdentityId(account)).toBeNull();
    expect(await as('linkedin')).toBe('Jane Doe');
  });
});
