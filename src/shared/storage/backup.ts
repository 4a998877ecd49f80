import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupContact, type BackupIdentity } from '../../core/backup/format';
import { planRestore, type IdentityTarget, type RestoreSummary, type Snapshot, type StoredContact } from '../../core/backup/restore-plan';
import { nameKey } from '../../core/handles';
import { db, DEFAULT_IDENTITIES, type Contact, type DecisionWeek, type Identity, type ImportRecord } from './db';
import { SETTINGS } from './settings';
import { explainingStorageFull } from './storage-full';

// Export, restore and delete everything (the options page's Backup and Privacy sections). The file's
// format and the restore's matching rules are pure, in core/backup/; this file reads and writes Dexie.
// A restore and a delete each run in one transaction: all of it lands, or nothing changes.

/** Settings a backup carries: the person's own choices (see core/backup/format.ts for what is left out). */
export const BACKED_UP_SETTINGS = ['activeIdentityId', 'siteIdentity', 'paused', 'holdAtWarn', 'sendDelaySeconds', 'detectedProfiles'] as const;
/** And the ones it leaves out, on purpose (a test checks every setting is in one list or the other). */
// webSites goes with a browser permission, which a backup cannot carry (like Mastodon instances).
// firstRun is where this browser's guide stopped: a restored profile on a new machine may still want it.
// audienceIndexSnapshot is derived from the contacts (rebuilt whenever they change).
export const NOT_BACKED_UP_SETTINGS = ['contactsVersion', 'siteSnoozes', 'webSites', 'firstRun', 'audienceIndexSnapshot'] as const;

function tables() {
  const store = db();
  return [store.identities, store.accounts, store.contacts, store.settings, store.decisions, store.imports, store.decisionWeeks];
}

/** The backed-up settings that are stored (only those: the audience snapshot is megabytes). */
async function settingsMap(): Promise<Map<string, unknown>> {
  const rows = await db().settings.bulkGet([...BACKED_UP_SETTINGS]);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.key, row.value]));
}

function contactOut(c: Contact): BackupContact {
  const out: BackupContact = {
    name: c.name,
    handles: c.handles ?? [],
    emails: c.emails ?? [],
    tag: c.tag,
    tagSource: c.tagSource,
    sources: c.sources ?? [],
    updatedAt: c.updatedAt,
  };
  if (c.employer !== undefined) out.employer = c.employer;
  if (c.title !== undefined) out.title = c.title;
  if (c.role !== undefined) out.role = c.role;
  return out;
}

function identityOut(i: Identity, ref: number): BackupIdentity {
  const out: BackupIdentity = {
    ref,
    name: i.name,
    kind: i.kind,
    color: i.color,
    customTerms: i.customTerms ?? [],
    neverTerms: i.neverTerms ?? [],
    workDomains: i.workDomains ?? [],
    employers: i.employers ?? [],
    createdAt: i.createdAt,
  };
  if (i.policy) out.policy = i.policy;
  return out;
}

/**
 * Everything Hatcheck keeps, as the backup document. The same stored data always gives the same
 * document (apart from `exportedAt`): identities get refs 1, 2, … by age, rows keep their order.
 */
export async function exportBackup(now = new Date()): Promise<Backup> {
  const store = db();
  return store.transaction('r', tables(), async () => {
    const identities = await store.identities.orderBy('id').toArray();
    const refOf = new Map(identities.map((identity, index) => [identity.id!, index + 1]));
    const accounts = (await store.accounts.orderBy('[site+handle]').toArray()).filter((a) => refOf.has(a.identityId));
    const settings = await settingsMap();
    const backupSettings: Backup['settings'] = {};
    for (const key of BACKED_UP_SETTINGS) {
      if (!settings.has(key)) continue;
      const value = settings.get(key);
      if (key === 'activeIdentityId') backupSettings.activeIdentityRef = value === null ? null : refOf.get(value as number) ?? null;
      else if (key === 'siteIdentity') {
        // Lasting choices only: one "for the next hour" is over before a restore could matter.
        const lasting = Object.entries(value as (typeof SETTINGS)['siteIdentity']).filter(([, choice]) => choice.until === undefined && refOf.has(choice.identityId));
        if (lasting.length) backupSettings.siteIdentity = Object.fromEntries(lasting.map(([site, choice]) => [site, refOf.get(choice.identityId)!]));
      } else (backupSettings as Record<string, unknown>)[key] = value;
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      identities: identities.map((identity, index) => identityOut(identity, index + 1)),
      accounts: accounts.map((a) => ({ site: a.site, handle: a.handle, name: a.name, identityRef: refOf.get(a.identityId)! })),
      contacts: (await store.contacts.orderBy('id').toArray()).map(contactOut),
      settings: backupSettings,
      decisionWeeks: (await store.decisionWeeks.toArray()).map(({ week, site, decision, level, count, categories }) => ({ week, site, decision, level, count, categories })),
      imports: (await store.imports.orderBy('id').toArray()).map(({ at, format, fileName, added, updated, unchanged, undoneAt }) => ({
        at, format, fileName, added, updated, unchanged, ...(undoneAt !== undefined ? { undoneAt } : {}),
      })),
    };
  });
}

export interface RestoreProgress {
  /** Contacts written so far, of `total`. */
  done: number;
  total: number;
}

export interface RestoreResult {
  summary: RestoreSummary;
  warnings: string[];
}

const CHUNK = 2_000;

function contactRow(c: BackupContact | StoredContact): Contact {
  const row: Contact = { ...c, nameKey: nameKey(c.name) };
  return row;
}

async function snapshot(): Promise<Snapshot> {
  const store = db();
  const settings = await settingsMap();
  const setting = <K extends (typeof BACKED_UP_SETTINGS)[number]>(key: K) => (settings.has(key) ? settings.get(key) : SETTINGS[key]) as (typeof SETTINGS)[K];
  return {
    identities: (await store.identities.toArray()).map((i) => {
      const { ref: _ref, ...rest } = identityOut(i, 0);
      return { ...rest, id: i.id! };
    }),
    accounts: (await store.accounts.toArray()).map((a) => ({ ...a, id: a.id! })),
    contacts: (await store.contacts.toArray()).map((c) => ({ ...contactOut(c), id: c.id! })),
    decisionWeeks: await store.decisionWeeks.toArray(),
    imports: (await store.imports.toArray()).map((i) => ({ id: i.id!, at: i.at, format: i.format, fileName: i.fileName, added: i.added, updated: i.updated, unchanged: i.unchanged, undoneAt: i.undoneAt })),
    settings: {
      activeIdentityId: setting('activeIdentityId'),
      siteIdentity: setting('siteIdentity'),
      paused: setting('paused'),
      holdAtWarn: setting('holdAtWarn'),
      sendDelaySeconds: setting('sendDelaySeconds'),
      detectedProfiles: [...setting('detectedProfiles')],
    },
  };
}

/**
 * Merges a checked backup (core/backup/format.ts parseBackup) into what is stored: nothing stored is
 * deleted (core/backup/restore-plan.ts says how rows are matched). One transaction; `onProgress`
 * is told after each chunk of contacts.
 */
export async function restoreBackup(backup: Backup, onProgress?: (progress: RestoreProgress) => void): Promise<RestoreResult> {
  const store = db();
  return explainingStorageFull(() => store.transaction('rw', tables(), async () => {
    const plan = planRestore(await snapshot(), backup);

    // Identities first: accounts and the active identity point to them.
    const addedIds = (await store.identities.bulkAdd(plan.identities.add.map((a) => a.row as Identity), { allKeys: true })) as number[];
    const idOfRef = new Map(plan.identities.add.map((a, i) => [a.ref, addedIds[i]!]));
    const idOf = (ref: number) => {
      const target: IdentityTarget = plan.identities.targets.get(ref)!;
      return target.kind === 'existing' ? target.id : idOfRef.get(target.ref)!;
    };
    await store.identities.bulkPut(plan.identities.update);
    await store.accounts.bulkAdd(plan.accounts.add.map((a) => ({ ...a.row, identityId: idOf(a.identityRef) })));
    await store.accounts.bulkPut(plan.accounts.update.map((a) => ({ ...a.row, identityId: idOf(a.identityRef) })));

    const total = plan.contacts.add.length + plan.contacts.update.length;
    let done = 0;
    onProgress?.({ done, total });
    for (let i = 0; i < plan.contacts.update.length; i += CHUNK) {
      const chunk = plan.contacts.update.slice(i, i + CHUNK);
      await store.contacts.bulkPut(chunk.map(contactRow));
      done += chunk.length;
      onProgress?.({ done, total });
    }
    for (let i = 0; i < plan.contacts.add.length; i += CHUNK) {
      const chunk = plan.contacts.add.slice(i, i + CHUNK);
      await store.contacts.bulkAdd(chunk.map(contactRow));
      done += chunk.length;
      onProgress?.({ done, total });
    }

    await store.decisionWeeks.bulkPut(plan.decisionWeeks as DecisionWeek[]);
    // A restored import is history: its undo record (row ids of another database) is not in the file.
    await store.imports.bulkAdd(plan.imports.map((i): ImportRecord => ({ ...i, undo: { format: null, added: [], updated: [] }, restored: true })));

    const { activeIdentityRef, siteIdentityRefs, ...settings } = plan.settings;
    const writes: Array<{ key: string; value: unknown }> = Object.entries(settings).map(([key, value]) => ({ key, value }));
    if (activeIdentityRef !== undefined) writes.push({ key: 'activeIdentityId', value: activeIdentityRef === null ? null : idOf(activeIdentityRef) });
    if (siteIdentityRefs) {
      const stored = ((await store.settings.get('siteIdentity'))?.value ?? {}) as (typeof SETTINGS)['siteIdentity'];
      const restored = Object.fromEntries(Object.entries(siteIdentityRefs).map(([site, identityRef]) => [site, { identityId: idOf(identityRef) }]));
      writes.push({ key: 'siteIdentity', value: { ...stored, ...restored } });
    }
    await store.settings.bulkPut(writes);
    return { summary: plan.summary, warnings: plan.warnings };
  }));
}

/** Reads a backup file's text and restores it; a file that is not a valid backup changes nothing. */
export async function restoreFromText(text: string, onProgress?: (progress: RestoreProgress) => void): Promise<({ ok: true } & RestoreResult) | { ok: false; error: string }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await restoreBackup(parsed.backup, onProgress)) };
}

/**
 * Deletes every identity, account, contact, setting, weekly count and past import, in one
 * transaction, and starts again as a new install does: with the built-in Personal and Work.
 */
export async function deleteEverything(): Promise<void> {
  const store = db();
  await store.transaction('rw', tables(), async () => {
    // Settings before contacts: clearing contacts stamps a fresh contactsVersion (contacts-version.ts),
    // so the worker's audience index is rebuilt from the empty list.
    await store.settings.clear();
    for (const table of tables()) if (table !== store.settings) await table.clear();
    const createdAt = Date.now();
    await store.identities.bulkAdd(DEFAULT_IDENTITIES.map((identity) => ({ ...identity, createdAt })));
  });
}
