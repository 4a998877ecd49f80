import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup, type BackupContact, type BackupIdentity } from '../../src/core/backup/format';
import { CATEGORIES, CONTACT_ROLES, LEVELS } from '../../src/core/types';
import { BACKED_UP_SETTINGS, deleteEverything, exportBackup, restoreFromText } from '../../src/shared/storage/backup';
import { db } from '../../src/shared/storage/db';

// Properties of backup files: any valid backup restored into a wiped database exports back to itself;
// any other text (random, a valid file with one field broken, or too large) is refused with a
// sentence, never an exception, and leaves the database as it was.

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const text = fc.string({ maxLength: 12 });
const list = fc.array(text, { maxLength: 3 });
const time = fc.integer({ min: 0, max: 1_700_000_000_000 });
const level = fc.constantFrom(...LEVELS);
const policyRow = fc.record({ professional: level, public: level, personal: level });
const policy = fc.dictionary(fc.constantFrom(...CATEGORIES), policyRow, { maxKeys: 3 });
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);

const identityBody = fc.record({
  color: fc.constantFrom('#112233', '#aa00ff', '#0a66c2'),
  policy: fc.option(policy, { nil: undefined }),
  customTerms: list,
  neverTerms: list,
  workDomains: list,
  employers: list,
  createdAt: time,
}).map((i) => ({ ...i, neverTerms: i.neverTerms.filter((t) => !i.customTerms.some((c) => c.toLowerCase() === t.toLowerCase())) }));

const contact: fc.Arbitrary<BackupContact> = fc.record(
  {
    name,
    handles: list,
    emails: list,
    employer: text,
    title: text,
    role: fc.constantFrom(...CONTACT_ROLES),
    tag: fc.constantFrom('work', 'personal', 'both', 'untagged'),
    tagSource: fc.constantFrom('manual', 'import'),
    sources: list,
    updatedAt: time,
  },
  { requiredKeys: ['name', 'handles', 'emails', 'tag', 'tagSource', 'sources', 'updatedAt'] },
);

/**
 * A valid backup as Hatcheck would write it: the built-in Personal and Work first (every database
 * has them), then identities of unique names, accounts, contacts (duplicates allowed: a backup may
 * hold two people with one e-mail), weekly counts with unique keys, past imports.
 */
const backup: fc.Arbitrary<Backup> = fc
  .record({
    builtIn: fc.tuple(identityBody, identityBody),
    extra: fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim().length > 0 && !['personal', 'work'].includes(s.trim().toLowerCase())), kind: fc.constantFrom<Array<'personal' | 'work' | 'brand'>>('personal', 'work', 'brand'), body: identityBody }), {
      maxLength: 3,
      selector: (i) => i.name.trim().toLowerCase(),
    }),
    accounts: fc.uniqueArray(fc.record({ site: fc.constantFrom('linkedin', 'x', 'bluesky'), handle: fc.string({ minLength: 1, maxLength: 8 }), name: text, pick: fc.nat() }), { maxLength: 4, selector: (a) => `${a.site} ${a.handle}` }),
    contacts: fc.array(contact, { maxLength: 12 }),
    weeks: fc.uniqueArray(
      fc.record({
        week: fc.constantFrom('2026-W01', '2026-W47', '2025-W53'),
        site: fc.constantFrom('linkedin', 'x'),
        decision: fc.constantFrom('posted-anyway', 'edited', 'dismissed' as const),
        level,
        count: fc.nat({ max: 1000 }),
        categories: fc.dictionary(fc.constantFrom(...CATEGORIES), fc.nat({ max: 100 }), { maxKeys: 3 }),
      }),
      { maxLength: 5, selector: (w) => `${w.week} ${w.site} ${w.decision} ${w.level}` },
    ),
    imports: fc.array(fc.record({ at: time, format: text, fileName: text, added: fc.nat(), updated: fc.nat(), unchanged: fc.nat(), undoneAt: fc.option(time, { nil: undefined }) }, { requiredKeys: ['at', 'format', 'fileName', 'added', 'updated', 'unchanged'] }), { maxLength: 3 }),
    paused: fc.option(fc.boolean(), { nil: undefined }),
    sendDelaySeconds: fc.option(fc.constantFrom(0, 5, 10), { nil: undefined }),
    active: fc.option(fc.nat(), { nil: undefined }),
    siteIdentity: fc.dictionary(fc.constantFrom('linkedin', 'x', 'mastodon', 'gmail'), fc.nat(), { maxKeys: 3 }),
    holdAtWarn: fc.option(fc.boolean(), { nil: undefined }),
    detectedProfiles: fc.option(
      fc.uniqueArray(
        fc.record(
          { site: fc.constantFrom('linkedin', 'x', 'bluesky'), handle: fc.string({ minLength: 1, maxLength: 8 }), name: text, kind: fc.constantFrom('personal', 'work', 'brand', 'unknown'), seenAt: time, dismissed: fc.boolean() },
          { requiredKeys: ['site', 'handle', 'name', 'kind', 'seenAt'] },
        ),
        { minLength: 1, maxLength: 3, selector: (p) => `${p.site} ${p.handle}` },
      ),
      { nil: undefined },
    ),
  })
  .map((g): Backup => {
    const identities: BackupIdentity[] = [
      { ref: 1, name: 'Personal', kind: 'personal' as const, ...g.builtIn[0] },
      { ref: 2, name: 'Work', kind: 'work' as const, ...g.builtIn[1] },
      ...g.extra.map((e, i) => ({ ref: i + 3, name: e.name, kind: e.kind, ...e.body })),
    ].map((i): BackupIdentity => {
      const { policy: p, ...rest } = i;
      return p && Object.keys(p).length ? { ...rest, policy: p } : rest;
    });
    const settings: Backup['settings'] = {};
    if (g.paused !== undefined) settings.paused = g.paused;
    if (g.sendDelaySeconds !== undefined) settings.sendDelaySeconds = g.sendDelaySeconds;
    if (g.holdAtWarn !== undefined) settings.holdAtWarn = g.holdAtWarn;
    if (g.detectedProfiles !== undefined) settings.detectedProfiles = g.detectedProfiles;
    if (g.active !== undefined) settings.activeIdentityRef = (g.active % identities.length) + 1;
    if (Object.keys(g.siteIdentity).length) settings.siteIdentity = Object.fromEntries(Object.entries(g.siteIdentity).map(([site, pick]) => [site, (pick % identities.length) + 1]));
    return {
      format: 'hatcheck-backup',
      version: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      identities,
      accounts: g.accounts
        .map((a) => ({ site: a.site, handle: `${a.site}:${a.handle}`, name: a.name, identityRef: (a.pick % identities.length) + 1 }))
        .sort((a, b) => (a.site + '\u0000' + a.handle < b.site + '\u0000' + b.handle ? -1 : a.site + '\u0000' + a.handle > b.site + '\u0000' + b.handle ? 1 : 0)),
      contacts: g.contacts,
      settings,
      decisionWeeks: g.weeks,
      imports: g.imports,
    };
  });

/** Key order and the weekly rows' order are storage's, not the file's: compare as data. */
const normal = (b: Backup) => {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)])) : value;
  const weeks = [...b.decisionWeeks].sort((x, y) => (JSON.stringify([x.week, x.site, x.decision, x.level]) < JSON.stringify([y.week, y.site, y.decision, y.level]) ? -1 : 1));
  // The built-in pair's settings that the file leaves out keep their stored defaults.
  return sorted(JSON.parse(JSON.stringify({ ...b, exportedAt: '', decisionWeeks: weeks })));
};

describe('backup properties', () => {
  it('generates every setting a backup holds (a new backed-up setting must be added here too)', () => {
    const seen = new Set(fc.sample(backup, 300).flatMap((b) => Object.keys(b.settings)));
    const named = BACKED_UP_SETTINGS.map((key) => (key === 'activeIdentityId' ? 'activeIdentityRef' : key));
    expect([...seen].sort()).toEqual([...named].sort());
  });

  it('any valid backup restored into a wiped database exports back to itself', async () => {
    await fc.assert(
      fc.asyncProperty(backup, async (file) => {
        await deleteEverything();
        const result = await restoreFromText(JSON.stringify(file));
        expect(result.ok).toBe(true);
        expect(normal(await exportBackup())).toEqual(normal(file));
      }),
      { numRuns: 60 },
    );
  });

  it('restoring any backup over another keeps every stored row (ids, accounts, e-mails, handles)', async () => {
    await fc.assert(
      fc.asyncProperty(backup, backup, async (first, second) => {
        await deleteEverything();
        await restoreFromText(JSON.stringify(first));
        const store = db();
        const before = { identities: await store.identities.toArray(), accounts: await store.accounts.toArray(), contacts: await store.contacts.toArray(), weeks: await store.decisionWeeks.toArray(), imports: await store.imports.count() };
        expect((await restoreFromText(JSON.stringify(second))).ok).toBe(true);
        for (const i of before.identities) expect(await store.identities.get(i.id!)).toBeDefined();
        for (const a of before.accounts) expect(await store.accounts.where('[site+handle]').equals([a.site, a.handle]).count()).toBe(1);
        for (const c of before.contacts) {
          const now = await store.contacts.get(c.id!);
          expect(now).toBeDefined();
          expect(now!.emails).toEqual(expect.arrayContaining(c.emails));
          expect(now!.handles).toEqual(expect.arrayContaining(c.handles));
        }
        for (const w of before.weeks) expect((await store.decisionWeeks.get([w.week, w.site, w.decision, w.level]))!.count).toBeGreaterThanOrEqual(w.count);
        expect(await store.imports.count()).toBeGreaterThanOrEqual(before.imports);
      }),
      { numRuns: 40 },
    );
  });

  it('any other text is refused with a sentence, without throwing or writing', async () => {
    const broken = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      // A valid file with one field replaced by something of another shape.
      fc.tuple(backup, fc.constantFrom('format', 'version', 'exportedAt', 'identities', 'contacts', 'accounts', 'settings', 'decisionWeeks', 'imports'), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(text, text)))
        .map(([file, key, value]) => JSON.stringify({ ...file, [key]: value })),
      // A valid file with one contact broken.
      fc.tuple(backup, contact, fc.constantFrom('name', 'tag', 'handles', 'updatedAt'), fc.oneof(fc.constant(''), fc.constant(-1), fc.constant([1]), fc.constant('nobody')))
        .map(([file, c, key, value]) => JSON.stringify({ ...file, contacts: [...file.contacts, { ...c, [key]: value }] })),
    );
    await fc.assert(
      fc.asyncProperty(broken, async (input) => {
        const before = JSON.stringify({ ...(await exportBackup()), exportedAt: '' });
        const result = await restoreFromText(input);
        if (result.ok) return; // a random change can leave a valid file (a string where a string goes)
        expect(result.error).toMatch(/Nothing was changed\.$/);
        expect(JSON.stringify({ ...(await exportBackup()), exportedAt: '' })).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses oversized files and ones over the row limits before reading them whole', () => {
    expect(parseBackup('x'.repeat(101), 100)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    const many = { format: 'hatcheck-backup', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', identities: Array.from({ length: 501 }, (_, i) => ({ ref: i + 1 })), accounts: [], contacts: [], settings: {}, decisionWeeks: [], imports: [] };
    expect(parseBackup(JSON.stringify(many))).toMatchObject({ ok: false });
    expect(parseBackup('['.repeat(100_000))).toMatchObject({ ok: false });
    expect(parseBackup(JSON.stringify('x'.repeat(1000)))).toMatchObject({ ok: false });
  });
});
