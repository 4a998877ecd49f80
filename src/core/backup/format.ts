// The backup file: everything Hatcheck keeps, as one versioned JSON document the person can save and
// restore (issue 8). Pure: the storage layer (shared/storage/backup.ts) reads and writes Dexie.
//
// What is in it: identities, accounts, contacts, the settings that are the person's choices, the
// weekly decision counts and the list of past imports. What is not: draft text (never stored
// anywhere), per-tab state (storage.session), the contacts-version stamp (an internal cache key),
// site snoozes and "for the next hour" identity choices (an hour long at most), and the undo records of past imports (they name row ids of
// this database, which mean other rows in another one: a restored import is history, not undoable).
//
// Row ids are not in the file either: identities carry a `ref` (1, 2, … in the order they were made)
// that accounts and the active identity point to, so the same data always exports to the same file.
import * as v from 'valibot';
import { CATEGORIES, CONTACT_ROLES, LEVELS, type Category, type ContactRole, type ContactTag, type IdentityKind, type Level } from '../types';

export const BACKUP_FORMAT = 'hatcheck-backup';
export const BACKUP_VERSION = 1;

/** Bigger than any real backup (50,000 contacts are about 15 MB), small enough to parse in a page. */
export const MAX_BACKUP_CHARS = 100_000_000;
export const LIMITS = {
  identities: 500,
  accounts: 5_000,
  contacts: 500_000,
  decisionWeeks: 100_000,
  imports: 10_000,
  detectedProfiles: 100,
  sites: 500,
  /** Handles, e-mails or sources of one contact; terms, domains or employers of one identity. */
  list: 2_000,
  text: 2_000,
} as const;

const IDENTITY_KINDS = ['personal', 'work', 'brand'] as const;
const AUDIENCES = ['professional', 'public', 'personal'] as const;
const TAGS = ['work', 'personal', 'both', 'untagged'] as const;
const DECISIONS = ['posted-anyway', 'edited', 'dismissed'] as const;

const text = (max: number = LIMITS.text) => v.pipe(v.string(), v.maxLength(max));
const name = v.pipe(v.string(), v.maxLength(LIMITS.text), v.check((s) => s.trim().length > 0, 'a name cannot be empty'));
const list = v.pipe(v.array(text()), v.maxLength(LIMITS.list));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const ref = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));

const levelSchema = v.picklist(LEVELS);
// A policy row overrides a whole category (identities.ts setPolicyLevel), so it names all three audiences.
const categoryPolicy = v.object(Object.fromEntries(AUDIENCES.map((a) => [a, levelSchema])) as Record<(typeof AUDIENCES)[number], typeof levelSchema>);
const policy = v.object(Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(categoryPolicy)])) as Record<Category, v.OptionalSchema<typeof categoryPolicy, undefined>>);
const categoryCounts = v.object(Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(count)])) as Record<Category, v.OptionalSchema<typeof count, undefined>>);

const identitySchema = v.object({
  ref,
  name: v.pipe(name, v.maxLength(80)),
  kind: v.picklist(IDENTITY_KINDS),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  policy: v.optional(policy),
  customTerms: list,
  neverTerms: list,
  workDomains: list,
  employers: list,
  createdAt: time,
});

const accountSchema = v.object({
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  handle: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.text)),
  name: text(),
  identityRef: ref,
});

const contactSchema = v.object({
  name,
  handles: list,
  emails: list,
  employer: v.optional(text()),
  title: v.optional(text()),
  role: v.optional(v.picklist(CONTACT_ROLES)),
  tag: v.picklist(TAGS),
  tagSource: v.picklist(['manual', 'import']),
  sources: list,
  updatedAt: time,
});

const decisionWeekSchema = v.object({
  week: v.pipe(v.string(), v.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)),
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  decision: v.picklist(DECISIONS),
  level: levelSchema,
  count,
  categories: categoryCounts,
});

const importSchema = v.object({
  at: time,
  format: v.pipe(v.string(), v.maxLength(100)),
  fileName: text(),
  added: count,
  updated: count,
  unchanged: count,
  undoneAt: v.optional(time),
});

const detectedProfileSchema = v.object({
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  handle: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: text(200),
  kind: v.picklist([...IDENTITY_KINDS, 'unknown']),
  seenAt: time,
  dismissed: v.optional(v.boolean()),
});

const settingsSchema = v.object({
  activeIdentityRef: v.optional(v.nullable(ref)),
  /** The popup's lasting "Post as … on this site only" choices: site id (or `web:<host>`, up to 253 + 4) → identity ref. */
  siteIdentity: v.optional(v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(260)), ref),
    v.check((sites) => Object.keys(sites).length <= LIMITS.sites, `at most ${LIMITS.sites} sites`),
  )),
  paused: v.optional(v.boolean()),
  holdAtWarn: v.optional(v.boolean()),
  sendDelaySeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600))),
  detectedProfiles: v.optional(v.pipe(v.array(detectedProfileSchema), v.maxLength(LIMITS.detectedProfiles))),
});

export const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  identities: v.pipe(v.array(identitySchema), v.maxLength(LIMITS.identities)),
  accounts: v.pipe(v.array(accountSchema), v.maxLength(LIMITS.accounts)),
  contacts: v.pipe(v.array(contactSchema), v.maxLength(LIMITS.contacts)),
  settings: settingsSchema,
  decisionWeeks: v.pipe(v.array(decisionWeekSchema), v.maxLength(LIMITS.decisionWeeks)),
  imports: v.pipe(v.array(importSchema), v.maxLength(LIMITS.imports)),
});

export type Backup = v.InferOutput<typeof backupSchema>;
export type BackupIdentity = Backup['identities'][number];
export type BackupAccount = Backup['accounts'][number];
export type BackupContact = Backup['contacts'][number];
export type BackupDecisionWeek = Backup['decisionWeeks'][number];
export type BackupImport = Backup['imports'][number];
export type BackupSettings = Backup['settings'];

// The file's types are the stored ones, spelled by the schema: a change to one shows in the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [Same<BackupIdentity['kind'], IdentityKind>, Same<BackupContact['tag'], ContactTag>, Same<NonNullable<BackupContact['role']>, ContactRole>, Same<BackupDecisionWeek['level'], Level>] = [true, true, true, true];
void sameTypes;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

const NOT_A_BACKUP = 'This file is not a Hatcheck backup (it should be a .json file saved by "Export everything"). Nothing was changed.';

/**
 * Reads a backup file's text. Never throws and never returns a file it did not check whole: another
 * format, another version, a damaged or oversized file each get one sentence saying why.
 */
export function parseBackup(textIn: string, maxChars: number = MAX_BACKUP_CHARS): ParsedBackup {
  try {
    if (typeof textIn !== 'string') return { ok: false, error: NOT_A_BACKUP };
    if (textIn.length > maxChars) {
      return { ok: false, error: `This file is too large to be a Hatcheck backup (over ${Math.floor(maxChars / 1_000_000)} MB). Nothing was changed.` };
    }
    let data: unknown;
    try {
      data = JSON.parse(textIn.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, error: NOT_A_BACKUP };
    }
    return checkBackup(data);
  } catch (error) {
    // A pathological input (nesting deep enough to exhaust the stack) is refused like any other.
    return { ok: false, error: `This backup could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` };
  }
}

/** The same checks as parseBackup, on data already parsed. */
export function checkBackup(data: unknown): ParsedBackup {
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, error: NOT_A_BACKUP };
  const version = (data as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_VERSION;
    return {
      ok: false,
      error: newer
        ? `This backup is version ${version}, written by a newer Hatcheck; this one reads version ${BACKUP_VERSION}. Update Hatcheck and try again. Nothing was changed.`
        : `This backup's version (${JSON.stringify(version)?.slice(0, 20)}) is not one Hatcheck reads (version ${BACKUP_VERSION}). Nothing was changed.`,
    };
  }
  const result = v.safeParse(backupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '') ?? '';
    return { ok: false, error: `This backup is damaged${path ? ` at ${path}` : ''}: ${issue.message}. Nothing was changed.` };
  }
  const problem = integrityProblem(result.output);
  if (problem) return { ok: false, error: `This backup is damaged: ${problem}. Nothing was changed.` };
  return { ok: true, backup: result.output };
}

/** What the schema cannot say: references resolve, and keys that are unique in storage are unique. */
function integrityProblem(backup: Backup): string | null {
  const refs = new Set<number>();
  const names = new Set<string>();
  for (const identity of backup.identities) {
    if (refs.has(identity.ref)) return `two identities share the ref ${identity.ref}`;
    refs.add(identity.ref);
    const key = identity.name.toLowerCase();
    if (names.has(key)) return `two identities are called ${identity.name}`;
    names.add(key);
    const always = new Set(identity.customTerms.map((t) => t.toLowerCase()));
    const both = identity.neverTerms.find((t) => always.has(t.toLowerCase()));
    if (both !== undefined) return `${identity.name} both always warns and never warns on '${both}'`;
  }
  const accounts = new Set<string>();
  for (const account of backup.accounts) {
    if (!refs.has(account.identityRef)) return `the account ${account.handle} belongs to no identity in the file`;
    const key = `${account.site}\u0000${account.handle}`;
    if (accounts.has(key)) return `the account ${account.handle} is listed twice`;
    accounts.add(key);
  }
  const active = backup.settings.activeIdentityRef;
  if (active !== undefined && active !== null && !refs.has(active)) return 'the active identity is not in the file';
  for (const [site, identityRef] of Object.entries(backup.settings.siteIdentity ?? {})) {
    if (!refs.has(identityRef)) return `the identity chosen for ${site} is not in the file`;
  }
  const weeks = new Set<string>();
  for (const w of backup.decisionWeeks) {
    const key = weekKey(w);
    if (weeks.has(key)) return `the week ${w.week} is counted twice for ${w.site}`;
    weeks.add(key);
  }
  return null;
}

export function weekKey(w: Pick<BackupDecisionWeek, 'week' | 'site' | 'decision' | 'level'>): string {
  return `${w.week}\u0000${w.site}\u0000${w.decision}\u0000${w.level}`;
}

export interface BackupCounts {
  identities: number;
  accounts: number;
  contacts: number;
  decisionWeeks: number;
  /** Decisions counted in the weekly rows. */
  decisions: number;
  imports: number;
  settings: number;
}

/** What a restore would bring in, for the preview ("1,204 contacts, 3 identities…"). */
export function backupCounts(backup: Backup): BackupCounts {
  return {
    identities: backup.identities.length,
    accounts: backup.accounts.length,
    contacts: backup.contacts.length,
    decisionWeeks: backup.decisionWeeks.length,
    decisions: backup.decisionWeeks.reduce((sum, w) => sum + w.count, 0),
    imports: backup.imports.length,
    settings: Object.values(backup.settings).filter((value) => value !== undefined).length,
  };
}

/** `hatcheck-backup-2026-11-23.json`. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `hatcheck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type { Category, Level };
