import { buildAudienceIndex, type AudienceIndex, type WorkRules } from '../../core/audience-index';
import { decodeAudienceIndex, encodeAudienceIndex } from '../../core/audience-index-snapshot';
import { CONTACTS_VERSION_KEY } from './contacts-version';
import { db, type HatcheckDb, type Identity } from './db';
import type { SettingKey, SettingValue } from './settings';

// The audience index (core/audience-index.ts) for the background worker. Building it reads every
// contact (≈ tens of ms for 50,000 on an idle machine, seconds on a loaded one: `npm run bench`), so
// it is kept in memory, and in one stored snapshot for the next worker, and rebuilt only
// when what it was built from changed: the `contactsVersion` stamp (rewritten in the same
// transaction as every contact write, contacts-version.ts) or the identities' work domains and
// employers. The stamp and the contacts are read in one transaction, so an index is never labelled
// with a newer stamp than its contacts. The worker may die at any time; the next verdict rebuilds.
//
// The index never leaves the worker: content scripts get the audience summary (counts and at most
// five names), never contacts.

/** Work domains and employers of every identity: colleagues stay colleagues whichever identity posts. */
export function workRulesOf(identities: readonly Identity[]): WorkRules {
  return {
    workDomains: identities.flatMap((i) => i.workDomains ?? []),
    employers: identities.flatMap((i) => i.employers ?? []),
  };
}

const rulesKey = (rules: WorkRules) => JSON.stringify([[...rules.workDomains].sort(), [...rules.employers].sort()]);

interface Cached {
  db: string;
  version: string;
  rules: string;
  index: AudienceIndex;
}

// A cache, not state: losing it (the worker stopped) costs one read of the snapshot below and
// changes no answer.
let cached: Cached | undefined;

/** How many times the index was built from the contacts in this context (tests check reuse). */
export let indexBuilds = 0;
/** How many times it was read from the stored snapshot instead (tests). */
export let snapshotReads = 0;

// The snapshot (settings row `audienceIndexSnapshot`): the last built index as one string, with the
// stamp and rules it was built from. A worker that was stopped reads it (one row) instead of every
// contact; it is used only when both labels equal the ones read in the same transaction, so it is
// never older than the contacts. Written after a build, off the verdict's path.
const SNAPSHOT_KEY: SettingKey = 'audienceIndexSnapshot';
let snapshotWrite: Promise<void> = Promise.resolve();

/** Resolves when the last snapshot write scheduled in this context is done (tests). */
export function pendingSnapshot(): Promise<void> {
  return snapshotWrite;
}

function saveSnapshot(store: HatcheckDb, version: string, rules: string, index: AudienceIndex): void {
  // A timer, so the verdict that asked for the index is answered before the index is serialised.
  snapshotWrite = new Promise<void>((resolve) => {
    setTimeout(() => {
      const text = encodeAudienceIndex(index);
      store.transaction('rw', store.settings, async () => {
        // Contacts written since the build have a newer stamp: that snapshot would never be used.
        if (String((await store.settings.get(CONTACTS_VERSION_KEY))?.value ?? '') !== version) return;
        await store.settings.put({ key: SNAPSHOT_KEY, value: { version, rules, index: text } satisfies SettingValue<'audienceIndexSnapshot'> });
      }).catch(() => undefined).finally(resolve);
    }, 0);
  });
}

async function readIndex(): Promise<AudienceIndex> {
  const store = db();
  let built: Cached | undefined;
  const index = await store.transaction('r', store.settings, store.identities, store.contacts, async () => {
    const version = String((await store.settings.get(CONTACTS_VERSION_KEY))?.value ?? '');
    const rules = workRulesOf(await store.identities.toArray());
    const key = rulesKey(rules);
    if (cached && cached.db === store.name && cached.version === version && cached.rules === key) return cached.index;
    const snapshot = (await store.settings.get(SNAPSHOT_KEY))?.value as SettingValue<'audienceIndexSnapshot'> | undefined;
    const stored = snapshot && snapshot.version === version && snapshot.rules === key ? decodeAudienceIndex(snapshot.index) : undefined;
    if (stored) snapshotReads++;
    const index = stored ?? buildAudienceIndex(await store.contacts.toArray(), rules);
    cached = { db: store.name, version, rules: key, index };
    if (!stored) {
      indexBuilds++;
      built = cached;
    }
    return index;
  });
  // Outside the read transaction: the write is a transaction of its own.
  if (built) saveSnapshot(store, built.version, built.rules, built.index);
  return index;
}

let inflight: Promise<AudienceIndex> | undefined;

export async function audienceIndex(): Promise<AudienceIndex> {
  // One read at a time: the first messages after a worker start arrive together, and each would
  // otherwise read the snapshot (or every contact) itself.
  while (inflight) await inflight.catch(() => undefined);
  const reading = readIndex();
  inflight = reading;
  try {
    return await reading;
  } finally {
    inflight = undefined;
  }
}

/** Drops the cached index (tests; nothing in the extension needs it). */
export function forgetAudienceIndex(): void {
  cached = undefined;
}
