import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { db } from '../../src/shared/storage/db';
import { dismissDetectedProfile, listDetectedProfiles, noteDetectedProfile } from '../../src/shared/storage/detected-profiles';
import {
  IdentityInputError, accountHandle, addAccount, addIdentity, assignDetectedProfile, defaultIdentityIds, deleteIdentity, effectivePolicy,
  listAccounts, listIdentities, normalizeDomain, removeAccount, resetPolicy, resolveIdentity, setPolicyLevel, updateIdentity,
} from '../../src/shared/storage/identities';
import { getSetting, setSetting } from '../../src/shared/storage/settings';

// The identities editor's storage: every change validated, nothing written when it is refused.
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const byName = async (name: string) => (await listIdentities()).find((i) => i.name === name)!;
const refused = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IdentityInputError);
  return (error as Error).message;
};

describe('identities', () => {
  it('starts with Personal and Work, which are the built-in pair', async () => {
    const all = await listIdentities();
    expect(all.map((i) => [i.name, i.kind])).toEqual([['Personal', 'personal'], ['Work', 'work']]);
    expect([...defaultIdentityIds(all)].sort()).toEqual(all.map((i) => i.id).sort());
  });

  it('adds a brand with a trimmed name and a colour', async () => {
    const acme = await addIdentity({ name: '  Acme   Corp ', color: '#C0FFEE' });
    expect(acme).toMatchObject({ name: 'Acme Corp', kind: 'brand', color: '#c0ffee', workDomains: [], employers: [], customTerms: [], neverTerms: [] });
    expect((await listIdentities()).map((i) => i.name)).toEqual(['Personal', 'Work', 'Acme Corp']);
    expect(defaultIdentityIds(await listIdentities()).has(acme.id!)).toBe(false);
  });

  it('refuses an empty or duplicate name and a bad colour, and stores nothing', async () => {
    expect(await refused(addIdentity({ name: '   ' }))).toBe('An identity needs a name.');
    expect(await refused(addIdentity({ name: 'work' }))).toBe('There is already an identity called Work.');
    expect(await refused(addIdentity({ name: 'Acme', color: 'red' }))).toMatch(/Pick a colour/);
    expect(await db().identities.count()).toBe(2);
  });

  it('edits name, colour, kind and lists; cleans domains, employers and terms', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    const next = await updateIdentity(acme.id!, {
      name: 'Acme Corp', color: '#112233', kind: 'work',
      workDomains: ['@Acme.com', 'https://www.acme-corp.example/about', 'acme.com', ''],
      employers: [' Acme  Corp', 'acme corp', 'Globex'],
      customTerms: ['Falcon', 'falcon '], neverTerms: ['Falcon Lager'],
    });
    expect(next).toMatchObject({ name: 'Acme Corp', color: '#112233', kind: 'work', workDomains: ['acme.com', 'acme-corp.example'], employers: ['Acme Corp', 'Globex'], customTerms: ['Falcon'], neverTerms: ['Falcon Lager'] });
    expect(await db().identities.get(acme.id!)).toEqual(next);
  });

  it('names a bad domain and keeps what was stored', async () => {
    const work = await byName('Work');
    await updateIdentity(work.id!, { workDomains: ['acme.com'] });
    expect(await refused(updateIdentity(work.id!, { workDomains: ['acme.com', 'not a domain'] }))).toBe("'not a domain' is not an e-mail domain. Use a form like acme.com.");
    expect(await refused(updateIdentity(work.id!, { workDomains: ['localhost'] }))).toMatch(/'localhost' is not an e-mail domain/);
    expect((await byName('Work')).workDomains).toEqual(['acme.com']);
  });

  it('refuses a term that would both always and never warn', async () => {
    const work = await byName('Work');
    expect(await refused(updateIdentity(work.id!, { customTerms: ['Beer'], neverTerms: ['beer'] }))).toMatch(/cannot both always warn and never warn/);
  });

  it('keeps the kind of the built-in identities, and renaming one to a taken name is refused', async () => {
    const work = await byName('Work');
    expect(await refused(updateIdentity(work.id!, { kind: 'brand' }))).toMatch(/built-in identities and stays work/);
    expect(await refused(updateIdentity(work.id!, { name: 'PERSONAL' }))).toBe('There is already an identity called Personal.');
    expect(await updateIdentity(work.id!, { name: 'Day job' })).toMatchObject({ name: 'Day job', kind: 'work' });
  });
});

describe('normalizeDomain', () => {
  it('takes addresses, URLs and bare domains; refuses the rest', () => {
    expect(['acme.com', 'jane@Acme.COM', 'https://www.acme.com/x', 'mail.acme.co.uk.', 'bücher.example'].map(normalizeDomain))
      .toEqual(['acme.com', 'acme.com', 'acme.com', 'mail.acme.co.uk', 'bücher.example']);
    expect(['', 'acme', 'acme..com', '-acme.com', 'acme.c', 'ac me.com', '192.168.0.1'].map(normalizeDomain)).toEqual(['', '', '', '', '', '', '']);
  });
});

describe('policy per identity', () => {
  it('overrides one cell over the default row, drops a row equal to the default, and resets', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    let next = await setPolicyLevel(acme.id!, 'alcohol', 'public', 'confirm');
    expect(next.policy).toEqual({ alcohol: { ...DEFAULT_POLICY.alcohol, public: 'confirm' } });
    expect(effectivePolicy(next).alcohol.public).toBe('confirm');
    expect(effectivePolicy(next).drugs).toEqual(DEFAULT_POLICY.drugs);

    next = await setPolicyLevel(acme.id!, 'family', 'professional', 'none');
    expect(Object.keys(next.policy!).sort()).toEqual(['alcohol', 'family']);
    next = await setPolicyLevel(acme.id!, 'alcohol', 'public', DEFAULT_POLICY.alcohol.public);
    expect(next.policy).toEqual({ family: { ...DEFAULT_POLICY.family, professional: 'none' } });

    next = await resetPolicy(acme.id!, 'family');
    expect(next.policy).toBeUndefined();
    await setPolicyLevel(acme.id!, 'drugs', 'personal', 'warn');
    await setPolicyLevel(acme.id!, 'money', 'personal', 'warn');
    expect((await resetPolicy(acme.id!)).policy).toBeUndefined();
    expect((await db().identities.get(acme.id!))!.policy).toBeUndefined();
  });

  it('is what the worker resolves for a linked account', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    await setPolicyLevel(acme.id!, 'alcohol', 'professional', 'confirm');
    await addAccount(acme.id!, { site: 'linkedin', handle: 'https://www.linkedin.com/company/acme/admin/' });
    const resolved = await resolveIdentity('linkedin', { name: 'Acme', handle: 'linkedin:company/acme', kind: 'unknown' });
    expect(resolved.summary).toEqual({ name: 'Acme', kind: 'brand', color: '#8e44ad' });
    expect(resolved.policy?.alcohol?.professional).toBe('confirm');
  });

  it('refuses unknown categories and levels', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    expect(await refused(setPolicyLevel(acme.id!, 'beer' as never, 'public', 'warn'))).toMatch(/Unknown category/);
    expect(await refused(setPolicyLevel(acme.id!, 'alcohol', 'public', 'loud' as never))).toMatch(/Unknown level/);
  });
});

describe('accounts', () => {
  it('reads handles per site', () => {
    expect(accountHandle('linkedin', 'https://www.linkedin.com/company/acme/')).toBe('linkedin:company/acme');
    expect(accountHandle('linkedin', 'company/Acme')).toBe('linkedin:company/acme');
    expect(accountHandle('x', '@AcmeCorp')).toBe('x:acmecorp');
    expect(accountHandle('x', 'https://x.com/acmecorp')).toBe('x:acmecorp');
    expect(accountHandle('mastodon', '@acme@mastodon.social')).toBe('mastodon:acme@mastodon.social');
    expect(accountHandle('facebook', 'https://www.facebook.com/acme.corp')).toBe('facebook:acme.corp');
    // A handle of another site than the one chosen is no account of the chosen site.
    expect(accountHandle('x', 'https://www.linkedin.com/company/acme')).toBe('');
    expect(accountHandle('linkedin', 'acme')).toBe('');
  });

  it('adds an account, refuses a duplicate (naming its owner) and an unreadable handle', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    const work = await byName('Work');
    const account = await addAccount(acme.id!, { site: 'linkedin', handle: 'linkedin.com/company/acme', name: 'Acme Corp page' });
    expect(account).toMatchObject({ site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme Corp page', identityId: acme.id });
    expect(await refused(addAccount(work.id!, { site: 'linkedin', handle: 'https://www.linkedin.com/company/ACME' }))).toBe('linkedin:company/acme is already an account of Acme.');
    expect(await refused(addAccount(acme.id!, { site: 'x', handle: 'not a handle!' }))).toMatch(/^'not a handle!' is not a handle on X \(Twitter\)/);
    expect(await refused(addAccount(acme.id!, { site: 'x', handle: ' ' }))).toMatch(/Enter the account's handle/);
    expect(await refused(addAccount(acme.id!, { site: 'myspace', handle: 'acme' }))).toMatch(/Choose the site/);
    expect((await listAccounts()).map((a) => a.handle)).toEqual(['linkedin:company/acme']);
    await removeAccount(account.id!);
    expect(await listAccounts()).toEqual([]);
  });
});

describe('deleting an identity', () => {
  it('refuses the built-in pair', async () => {
    for (const name of ['Personal', 'Work']) expect(await refused(deleteIdentity((await byName(name)).id!))).toMatch(/built in and cannot be deleted/);
    expect(await db().identities.count()).toBe(2);
  });

  it('deletes a brand, returns its accounts to the suggestions, resets the popup switch and keeps contacts', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    await addAccount(acme.id!, { site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme page' });
    const other = await addIdentity({ name: 'Globex' });
    await addAccount(other.id!, { site: 'x', handle: '@globex' });
    await setSetting('activeIdentityId', acme.id!);
    await db().contacts.add({ name: 'Dana', nameKey: 'dana', handles: [], emails: [], tag: 'work', tagSource: 'manual', sources: ['manual'], updatedAt: 1 });

    expect(await deleteIdentity(acme.id!)).toEqual({ name: 'Acme', accounts: 1 });
    expect((await listIdentities()).map((i) => i.name)).toEqual(['Personal', 'Work', 'Globex']);
    expect((await listAccounts()).map((a) => a.handle)).toEqual(['x:globex']);
    expect(await getSetting('activeIdentityId')).toBeNull();
    expect(await db().contacts.count()).toBe(1);
    expect(await listDetectedProfiles()).toEqual([{ site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme page', kind: 'brand', seenAt: expect.any(Number) }]);
  });

  it('leaves the popup switch alone when it points elsewhere', async () => {
    const acme = await addIdentity({ name: 'Acme' });
    const work = await byName('Work');
    await setSetting('activeIdentityId', work.id!);
    await deleteIdentity(acme.id!);
    expect(await getSetting('activeIdentityId')).toBe(work.id);
  });
});

describe('detected profiles', () => {
  const page = { name: 'Acme Corp', handle: 'linkedin:company/acme', kind: 'brand' as const };

  it('remembers a profile once, newest first, and not when an identity claims it', async () => {
    expect(await noteDetectedProfile('linkedin', page, 10)).toBe(true);
    expect(await noteDetectedProfile('linkedin', page, 11)).toBe(false);
    expect(await noteDetectedProfile('linkedin', { name: 'Sam Lee', handle: 'linkedin:sam-lee', kind: 'unknown' }, 12)).toBe(true);
    expect(await noteDetectedProfile('linkedin', { name: 'No handle', handle: '', kind: 'unknown' }, 13)).toBe(false);
    // A page cannot plant another site's handle or junk.
    expect(await noteDetectedProfile('linkedin', { name: 'Other', handle: 'x:acme', kind: 'unknown' }, 13)).toBe(false);
    expect(await noteDetectedProfile('linkedin', { name: 'Junk', handle: 'linkedin:a b', kind: 'unknown' }, 13)).toBe(false);
    expect((await listDetectedProfiles()).map((p) => [p.handle, p.seenAt])).toEqual([['linkedin:sam-lee', 12], ['linkedin:company/acme', 10]]);

    const work = await byName('Work');
    await addAccount(work.id!, { site: 'linkedin', handle: 'linkedin:sam-lee' });
    expect((await listDetectedProfiles()).map((p) => p.handle)).toEqual(['linkedin:company/acme']);
    expect(await noteDetectedProfile('linkedin', { name: 'Sam Lee', handle: 'linkedin:sam-lee', kind: 'unknown' }, 14)).toBe(false);
  });

  it('is assigned with one call, after which the worker resolves it', async () => {
    await noteDetectedProfile('linkedin', page, 10);
    const acme = await addIdentity({ name: 'Acme' });
    const [suggestion] = await listDetectedProfiles();
    const account = await assignDetectedProfile(suggestion!, acme.id!);
    expect(account).toMatchObject({ site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme Corp', identityId: acme.id });
    expect(await assignDetectedProfile(suggestion!, acme.id!)).toEqual(account);
    expect(await refused(assignDetectedProfile(suggestion!, (await byName('Work')).id!))).toMatch(/already an account of Acme/);
    expect(await listDetectedProfiles()).toEqual([]);
    expect((await resolveIdentity('linkedin', page)).summary).toEqual({ name: 'Acme', kind: 'brand', color: '#8e44ad' });
  });

  it('does not suggest a dismissed profile again', async () => {
    await noteDetectedProfile('linkedin', page, 10);
    await dismissDetectedProfile('linkedin', page.handle);
    expect(await listDetectedProfiles()).toEqual([]);
    expect(await noteDetectedProfile('linkedin', { ...page, name: 'Acme renamed' }, 11)).toBe(false);
    expect(await listDetectedProfiles()).toEqual([]);
  });

  it('keeps at most 20, dropping the oldest', async () => {
    for (let i = 0; i < 25; i++) await noteDetectedProfile('linkedin', { name: `P${i}`, handle: `linkedin:p${i}`, kind: 'unknown' }, i);
    const list = await listDetectedProfiles();
    expect(list).toHaveLength(20);
    expect(list[0]!.handle).toBe('linkedin:p24');
    expect(list.at(-1)!.handle).toBe('linkedin:p5');
  });
});
