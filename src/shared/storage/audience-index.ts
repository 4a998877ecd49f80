import { liveQuery } from 'dexie';
import { buildAudienceIndex, type AudienceIndex, type WorkRules } from '../../core/audience-index';
import { CONTACTS_VERSION_KEY } from './contacts-version';
import { db, type Identity } from './db';

// The audience index (core/audience-index.ts) for the background worker. Building it reads every
// contact (≈ tens of ms for 50,000, see `npm run bench`), so it is kept in memory and rebuilt only
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

// A cache, not state: losing it (the worker stopped) costs one rebuild and changes no answer.
let cached: Cached | undefined;

/** How many times the index was built in this context (tests check that an unchanged store reuses it). */
export let indexBuilds = 0;

export async function audienceIndex(): Promise<AudienceIndex> {
  const store = db();
  return store.transaction('r', store.settings, store.identities, store.contacts, async () => {
    const version = String((await store.settings.get(CONTACTS_VERSION_KEY))?.value ?? '');
    const rules = workRulesOf(await store.identities.toArray());
    const key = rulesKey(rules);
    if (cached && cached.db === store.name && cached.version === version && cached.rules === key) return cached.index;
    const index = buildAudienceIndex(await store.contacts.toArray(), rules);
    indexBuilds++;
    cached = { db: store.name, version, rules: key, index };
    return index;
  });
}

/** Drops the cached index (tests; nothing in the extension needs it). */
export function forgetAudienceIndex(): void {
  cached = undefined;
}

/**
 * Calls `onIndex` with a fresh index now and after every change to the contacts or identities
 * (a Dexie liveQuery: it also hears writes made in other extension contexts). For extension pages;
 * returns the function that stops watching.
 */
export function watchAudienceIndex(onIndex: (index: AudienceIndex) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const [identities, contacts] = await Promise.all([db().identities.toArray(), db().contacts.toArray()]);
    return buildAudienceIndex(contacts, workRulesOf(identities));
  }).subscribe({ next: onIndex, error: onError });
  return () => subscription.unsubscribe();
}
