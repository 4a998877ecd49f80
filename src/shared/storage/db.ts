import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Category, ContactRole, IdentityKind, Level } from '../../core/types';
import type { ContactTag } from '../../core/audience';
import type { UndoRecord } from '../../core/import/merge';
import type { Policy } from '../../core/policy';
import { contactsVersionMiddleware } from './contacts-version';

// Every durable store Hatcheck has is listed here (storage.session holds per-tab facts only:
// see tab-state.ts). Draft text is never stored anywhere.

export interface Identity {
  id?: number;
  name: string;
  kind: IdentityKind;
  /** A CSS colour, so the user tells identities apart at a glance. */
  color: string;
  /** Per-identity policy changes on top of DEFAULT_POLICY. */
  policy?: Partial<Policy>;
  /** Terms that always warn for this identity (codenames, client names). */
  customTerms: string[];
  /** Terms that never warn for this identity (the brewery's own beer names). */
  neverTerms: string[];
  /** E-mail domains and employer names that mark a contact as work for this identity. */
  workDomains: string[];
  employers: string[];
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

/** Defined in core (the audience resolver orders named contacts by it). */
export type { ContactRole } from '../../core/types';

export interface Contact {
  id?: number;
  name: string;
  /** Lower-cased name, for matching mentions whose handle the page does not give. */
  nameKey: string;
  /** Site-qualified handles: `linkedin:jane-doe`, `mastodon:jane@example.social`. */
  handles: string[];
  /** Lower-cased e-mail addresses. */
  emails: string[];
  employer?: string;
  title?: string;
  role?: ContactRole;
  tag: ContactTag;
  /** A tag the user set by hand is never overridden by an import. */
  tagSource: 'manual' | 'import';
  /** Where the contact came from: 'manual' or an import format id, one entry each. */
  sources: string[];
  updatedAt: number;
}

/** One import, with exactly what it changed, so it can be undone. */
export interface ImportRecord {
  id?: number;
  at: number;
  format: string;
  fileName: string;
  added: number;
  updated: number;
  unchanged: number;
  undo: UndoRecord;
  undoneAt?: number;
  /** Brought back from a backup: history only, its undo record stayed in the other database. */
  restored?: boolean;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type DecisionKind = 'posted-anyway' | 'edited' | 'dismissed';

/**
 * What the user did when warned, counted per ISO week, site, decision and level (the History chart
 * of issue 8; decision-history.ts writes it). Counts only: no text, no names, no times finer than a
 * week. `categories` counts each category once per decision that named it.
 */
export interface DecisionWeek {
  /** `2026-W48` (core/iso-week.ts), in the user's time zone. */
  week: string;
  site: string;
  decision: DecisionKind;
  level: Level;
  count: number;
  categories: Partial<Record<Category, number>>;
  /**
   * The random ids of the row's last few decisions (decision-history.ts): a retried message is
   * counted once. Random, so they say nothing; not in a backup.
   */
  recent?: string[];
}

/**
 * What the user did when warned, one row per decision. Categories and levels only: no text, no
 * names. Nothing writes it: the weekly counts (DecisionWeek) are the history Hatcheck keeps.
 */
export interface Decision {
  id?: number;
  at: number;
  site: string;
  level: Level;
  categories: Category[];
  decision: DecisionKind;
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
      contacts: '++id, nameKey, *handles, *emails, tag',
      settings: '&key',
      decisions: '++id, at',
      imports: '++id, at',
    },
  },
  {
    // Weekly decision counts for the History chart; nothing to convert (v1's decisions table is unused).
    version: 2,
    stores: {
      identities: '++id, name, kind',
      accounts: '++id, &[site+handle], identityId',
      contacts: '++id, nameKey, *handles, *emails, tag',
      settings: '&key',
      decisions: '++id, at',
      imports: '++id, at',
      decisionWeeks: '&[week+site+decision+level], week',
    },
  },
];

/** Every new database starts with these two identities; brands are the user's to add. */
export const DEFAULT_IDENTITIES: ReadonlyArray<Omit<Identity, 'id' | 'createdAt'>> = [
  { name: 'Personal', kind: 'personal', color: '#2e7d32', customTerms: [], neverTerms: [], workDomains: [], employers: [] },
  { name: 'Work', kind: 'work', color: '#0a66c2', customTerms: [], neverTerms: [], workDomains: [], employers: [] },
];

export const DB_NAME = 'hatcheck';

export type HatcheckDb = Dexie & {
  identities: EntityTable<Identity, 'id'>;
  accounts: EntityTable<Account, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  decisions: EntityTable<Decision, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
  decisionWeeks: Table<DecisionWeek, [string, string, DecisionKind, Level]>;
};

export function openDb(name: string = DB_NAME): HatcheckDb {
  const db = new Dexie(name) as HatcheckDb;
  // Stamps `contactsVersion` in every write to contacts (contacts-version.ts).
  db.use(contactsVersionMiddleware);
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.on('populate', (tx) => {
    const createdAt = Date.now();
    void tx.table('identities').bulkAdd(DEFAULT_IDENTITIES.map((identity) => ({ ...identity, createdAt })));
  });
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
