import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/shared/storage/db';
import { SETTINGS, getSetting, getSettings, setSetting } from '../../src/shared/storage/settings';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('settings', () => {
  it('lists every setting with its default', () => {
    expect(SETTINGS).toEqual({ activeIdentityId: null, siteIdentity: {}, paused: false, contactsVersion: '', detectedProfiles: [], siteSnoozes: {}, holdAtWarn: false, sendDelaySeconds: 0, webSites: {}, firstRun: { step: 0, done: false }, audienceIndexSnapshot: null });
  });

  it('reads defaults from an empty database', async () => {
    expect(await getSetting('paused')).toBe(false);
    expect(await getSetting('activeIdentityId')).toBeNull();
    expect(await db().settings.count()).toBe(0);
  });

  it('round-trips values through the database', async () => {
    await setSetting('paused', true);
    await setSetting('activeIdentityId', 4);
    expect(await getSetting('paused')).toBe(true);
    expect(await getSetting('activeIdentityId')).toBe(4);
    expect(await db().settings.toArray()).toEqual([{ key: 'activeIdentityId', value: 4 }, { key: 'paused', value: true }]);
  });

  it('reads several settings at once: stored values, defaults for the rest', async () => {
    await setSetting('paused', true);
    await setSetting('webSites', { 'https://intranet.example': { audience: 'professional' } });
    expect(await getSettings(['paused', 'holdAtWarn', 'webSites', 'activeIdentityId'])).toEqual({ paused: true, holdAtWarn: false, webSites: { 'https://intranet.example': { audience: 'professional' } }, activeIdentityId: null });
    for (const key of ['paused', 'holdAtWarn', 'webSites', 'activeIdentityId'] as const) expect((await getSettings([key]))[key]).toEqual(await getSetting(key));
  });

  it('overwrites a value, and a stored value wins over the default', async () => {
    await setSetting('activeIdentityId', 4);
    await setSetting('activeIdentityId', null);
    await setSetting('paused', true);
    await setSetting('paused', false);
    expect(await getSetting('activeIdentityId')).toBeNull();
    expect(await getSetting('paused')).toBe(false);
    expect(await db().settings.count()).toBe(2);
  });

  it('reads what another context wrote (a fresh module, same database)', async () => {
    await setSetting('paused', true);
    db().close();
    vi.resetModules();
    const fresh = await import('../../src/shared/storage/settings');
    expect(await fresh.getSetting('paused')).toBe(true);
    const freshDb = await import('../../src/shared/storage/db');
    freshDb.db().close();
  });
});
