import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { guideProgress, linkAccounts, readGuideData, saveBrand, saveProgress, saveWork, typedForm } from '../../src/options/first-run/setup';
import { db } from '../../src/shared/storage/db';
import { IdentityInputError, listAccounts, listIdentities } from '../../src/shared/storage/identities';

// What the first-run guide's steps write, and that a resumed guide (values read back and saved
// again) changes nothing: no second brand, no repeated employer, no account error.

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('first-run guide storage', () => {
  it('stores accounts, work and a brand, and saving the read-back values again changes nothing', async () => {
    let data = await readGuideData();
    await linkAccounts(data.personal.id!, { x: '@janedoe_fun', mastodon: '@jane@mastodon.social', facebook: '' });
    await saveWork(data.work, { employer: 'Acme Corp', domain: 'https://www.acme.com/', accounts: { linkedin: 'in/jane-doe' } });
    data = await readGuideData();
    await saveBrand(data.brand, { name: 'Acme Coffee', domain: 'acmecoffee.com', accounts: { linkedin: 'company/acme-coffee' } });
    const first = { identities: await listIdentities(), accounts: await listAccounts() };
    expect(first.identities.map((i) => [i.name, i.kind, i.employers, i.workDomains])).toEqual([
      ['Personal', 'personal', [], []],
      ['Work', 'work', ['Acme Corp'], ['acme.com']],
      ['Acme Coffee', 'brand', [], ['acmecoffee.com']],
    ]);
    expect(first.accounts.map((a) => a.handle)).toEqual(['x:janedoe_fun', 'mastodon:jane@mastodon.social', 'linkedin:jane-doe', 'linkedin:company/acme-coffee']);

    // Resumed: every step prefilled from storage and saved again.
    data = await readGuideData();
    await linkAccounts(data.personal.id!, data.accounts.get(data.personal.id!)!);
    await saveWork(data.work, { employer: data.work.employers[0]!, domain: data.work.workDomains[0]!, accounts: data.accounts.get(data.work.id!)! });
    await saveBrand(data.brand, { name: data.brand!.name, domain: data.brand!.workDomains[0]!, accounts: data.accounts.get(data.brand!.id!)! });
    expect(await listIdentities()).toEqual(first.identities);
    expect(await listAccounts()).toEqual(first.accounts);
  });

  it('refuses a bad value with a sentence and writes nothing of it', async () => {
    const data = await readGuideData();
    await expect(saveWork(data.work, { employer: '', domain: 'not a domain', accounts: {} })).rejects.toThrow(IdentityInputError);
    await expect(linkAccounts(data.personal.id!, { x: 'not a handle!' })).rejects.toThrow(/not a handle on X/);
    expect((await listIdentities()).find((i) => i.kind === 'work')!.workDomains).toEqual([]);
    expect(await listAccounts()).toEqual([]);
  });

  it('keeps where the guide stopped, and whether it was finished', async () => {
    expect(await guideProgress()).toEqual({ step: 0, done: false });
    await saveProgress(4);
    expect(await guideProgress()).toEqual({ step: 4, done: false });
    await saveProgress(99, true);
    expect(await guideProgress()).toEqual({ step: 5, done: true });
  });

  it('shows a stored handle as a person types it', () => {
    expect(typedForm('linkedin', 'linkedin:jane-doe')).toBe('in/jane-doe');
    expect(typedForm('linkedin', 'linkedin:company/acme')).toBe('company/acme');
    expect(typedForm('mastodon', 'mastodon:jane@mastodon.social')).toBe('@jane@mastodon.social');
    expect(typedForm('x', 'x:jane')).toBe('jane');
  });
});
