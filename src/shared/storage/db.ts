import Dexie, { type EntityTable } from 'dexie';
import type { Category, IdentityKind, Level } from '../../core/types';
import type { ContactTag } from '../../core/audience';
import type { Policy } from '../../core/policy';

// Every durable store Hatcheck has is listed here (storage.session holds per-tab facts only:
// see tab-state.ts). Draft text is never stored anywhere.

export interface Identity {
  id?: number;
  name: string;
  kind: IdentityKind;
  /** Per-identity policy changes on top of DEFAULT_POLICY. */
  policy?: Partial<Policy>;
  /** Terms that always warn for this identity (codenames, client names). */
  customTerms: string[];
  createdAt: number;
}

/** A profile on a site ("linkedin:company/acme") and the identity it belongs to. */
export interface Account {
  id?: number;
  site: string;
  handle: string;
  name: string;
  identityId: number;
}

export interface Contact {
  id?: number;
  name: string;
  /** Lower-cased name, for matching mentions whose handle the page does not give. */
  nameKey: string;
  /** Site-qualified handles: `linkedin:jane-doe`, `email:jane@example.com`. */
  handles: string[];
  tag: ContactTag;
  source: 'manual' | 'import';
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** What the user did when warned. Categories and levels only: no text, no names. */
export interface Decision {
  id?: number;
  at: number;
  site: string;
  level: Level;
  categories: Category[];
  decision: 'posted-anyway' | 'edited' | 'dismissed';
}

/**
 * Published schema versions, oldest first. Never edit a published entry: add a new version with an
 * upgrade function (and a seeded test in test/unit/storage-migrations.test.ts).
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }> = [
  {
    version: 1,
    stores: {
      identities: '++id, name, kind',
      accounts: '++id, &[site+handle], identityId',
      contacts: '++id, nameKey, *handles, tag',
      settings: '&key',
      decisions: '++id, at',
    },
  },
];

export const DB_NAME = 'hatcheck';

export type HatcheckDb = Dexie & {
  identities: EntityTable<Identity, 'id'>;
  accounts: EntityTable<Account, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  decisions: EntityTable<Decision, 'id'>;
};

export function openDb(name: string = DB_NAME): HatcheckDb {
  const db = new Dexie(name) as HatcheckDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  // Another context (the options page) upgrading the schema closes this connection; reopen lazily
  // on next use instead of failing with DatabaseClosedError.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    return false;
  });
  return db;
}

let shared: HatcheckDb | undefined;

/** One connection per extension context. */
export function db(): HatcheckDb {
  shared ??= openDb();
  return shared;
}
