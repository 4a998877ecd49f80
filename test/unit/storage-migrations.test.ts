import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, openDb, type HatcheckDb } from '../../src/shared/storage/db';

// Migration harness. Every published schema version gets one seeded case below: a database exactly
// as that version left it must open at the current version with its rows intact (or upgraded).

const LATEST = SCHEMA_VERSIONS.at(-1)!;
let counter = 0;
const uniqueName = () => `hatcheck-migration-${++counter}`;

/** Creates a database at a published version, seeds it, closes it, then opens it the current way. */
async function openAfterUpgradeFrom(version: number, seed: (raw: Dexie) => Promise<void>, name = uniqueName()): Promise<HatcheckDb> {
  const published = SCHEMA_VERSIONS.find((v) => v.version === version);
  if (!published) throw new Error(`No published schema version ${version}`);
  const raw = new Dexie(name);
  raw.version(version).stores(published.stores);
  await raw.open();
  await seed(raw);
  raw.close();
  const db = openDb(name);
  await db.open();
  return db;
}

/** The index names IndexedDB should hold for a Dexie store spec ("++id, &[site+handle], *tags"). */
function indexNames(spec: string): string[] {
  return spec.split(',').slice(1).map((s) => s.trim().replace(/^[&*+]+/, '')).filter(Boolean).sort();
}

async function expectLatestSchema(db: HatcheckDb): Promise<void> {
  expect(db.verno).toBe(LATEST.version);
  const idb = db.backendDB();
  expect([...idb.objectStoreNames].sort()).toEqual(Object.keys(LATEST.stores).sort());
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  for (const [table, spec] of Object.entries(LATEST.stores)) {
    expect([...tx.objectStore(table).indexNames].sort(), table).toEqual(indexNames(spec));
  }
}

const V1_ROWS = {
  identities: [{ id: 1, name: 'Acme Corp', kind: 'brand', color: '#b3261e', customTerms: ['Falcon'], neverTerms: [], workDomains: ['acme.example'], employers: ['Acme'], createdAt: 10 }],
  accounts: [{ id: 1, site: 'linkedin', handle: 'linkedin:company/acme', name: 'Acme', identityId: 1 }],
  contacts: [{ id: 1, name: 'Jane Doe', nameKey: 'jane doe', handles: ['linkedin:jane-doe'], emails: ['jane@acme.example'], tag: 'work', tagSource: 'manual', sources: ['manual'], updatedAt: 20 }],
  settings: [{ key: 'paused', value: true }],
  decisions: [{ id: 1, at: 30, site: 'linkedin', level: 'confirm', categories: ['alcohol'], decision: 'edited' }],
  imports: [{ id: 1, at: 40, format: 'linkedin-connections', fileName: 'Connections.csv', added: 1, updated: 0, unchanged: 0, undo: { format: 'linkedin-connections', added: [], updated: [] } }],
};

const V2_ROWS = {
  ...V1_ROWS,
  settings: [{ key: 'paused', value: false }, { key: 'siteSnoozes', value: { linkedin: 1_800_000_000_000 } }],
  decisionWeeks: [
    { week: '2026-W46', site: 'x', decision: 'dismissed', level: 'warn', count: 3, categories: { profanity: 3 } },
    { week: '2026-W47', site: 'linkedin', decision: 'posted-anyway', level: 'confirm', count: 2, categories: { alcohol: 2, absence: 1 } },
  ],
};

interface SeededCase {
  from: number;
  seed: (raw: Dexie) => Promise<void>;
  check: (db: HatcheckDb) => Promise<void>;
}

const SEEDED_CASES: SeededCase[] = [
  {
    from: 1,
    seed: async (raw) => {
      for (const [table, rows] of Object.entries(V1_ROWS)) await raw.table(table).bulkAdd(rows);
    },
    check: async (db) => {
      for (const [table, rows] of Object.entries(V1_ROWS)) expect(await db.table(table).toArray(), table).toEqual(rows);
      expect(await db.contacts.where('handles').equals('linkedin:jane-doe').count()).toBe(1);
      expect(await db.contacts.where('emails').equals('jane@acme.example').count()).toBe(1);
      expect((await db.accounts.where('[site+handle]').equals(['linkedin', 'linkedin:company/acme']).first())?.identityId).toBe(1);
      // v2 adds the weekly decision counts, empty (v1's decisions rows stay where they were) and writable.
      expect(await db.decisionWeeks.count()).toBe(0);
      await db.decisionWeeks.put({ week: '2026-W48', site: 'linkedin', decision: 'edited', level: 'warn', count: 1, categories: { alcohol: 1 } });
      expect(await db.decisionWeeks.where('week').equals('2026-W48').count()).toBe(1);
    },
  },
  {
    from: 2,
    seed: async (raw) => {
      for (const [table, rows] of Object.entries(V2_ROWS)) await raw.table(table).bulkAdd(rows);
    },
    check: async (db) => {
      for (const [table, rows] of Object.entries(V2_ROWS)) expect(await db.table(table).toArray(), table).toEqual(rows);
      expect(await db.decisionWeeks.get(['2026-W47', 'linkedin', 'posted-anyway', 'confirm'])).toEqual(V2_ROWS.decisionWeeks[1]);
      expect(await db.decisionWeeks.where('week').below('2026-W47').count()).toBe(1);
    },
  },
  // Add one case per new published version here (seed as that version wrote, check the upgrade).
];

describe('schema versions', () => {
  it('are published in ascending order, starting at 1', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('each have a seeded upgrade case', () => {
    expect(SEEDED_CASES.map((c) => c.from)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });
});

describe('migrations', () => {
  it('a fresh install creates every table of the latest version', async () => {
    const db = openDb(uniqueName());
    await db.open();
    await expectLatestSchema(db);
    // A new database holds the two default identities and nothing else.
    expect((await db.identities.toArray()).map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Personal', kind: 'personal' },
      { name: 'Work', kind: 'work' },
    ]);
    for (const table of Object.keys(LATEST.stores).filter((t) => t !== 'identities')) expect(await db.table(table).count(), table).toBe(0);
    db.close();
  });

  it.each(SEEDED_CASES)('a database seeded at v$from opens at the current version with its rows', async ({ from, seed, check }) => {
    const db = await openAfterUpgradeFrom(from, seed);
    await expectLatestSchema(db);
    await check(db);
    db.close();
  });
});
