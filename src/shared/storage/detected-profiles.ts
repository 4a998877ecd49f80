// Profiles the background saw the user post as ("Acme Corp" on a LinkedIn company admin page) that
// no identity claims yet. The options page offers them as one-click suggestions. Kept in the
// settings store (one row, at most MAX entries) because it is small and needs no index.
import type { ActiveProfile, IdentityKind } from '../../core/types';
import { db } from './db';
import { getSetting, setSetting } from './settings';

export interface DetectedProfile {
  /** The site id the browser attributed the page to (`linkedin`). */
  site: string;
  /** Site-qualified handle as the page gave it (`linkedin:company/acme`). */
  handle: string;
  name: string;
  /** What the page itself said about the profile. */
  kind: IdentityKind | 'unknown';
  seenAt: number;
  /** The user said "not mine" or "ignore": kept so it is not suggested again. */
  dismissed?: boolean;
}

const MAX = 20;
const same = (a: { site: string; handle: string }, site: string, handle: string) => a.site === site && a.handle === handle;

async function isAssigned(site: string, handle: string): Promise<boolean> {
  return (await db().accounts.where('[site+handle]').equals([site, handle]).count()) > 0;
}

/**
 * Remembers a profile the worker saw in a draft check, unless an identity already claims it or it is
 * already remembered under the same name. Returns whether anything was written.
 */
export async function noteDetectedProfile(site: string, profile: ActiveProfile, now = Date.now()): Promise<boolean> {
  const handle = profile.handle.trim();
  // The page wrote this: keep only a handle of the site the browser attributed the tab to.
  if (!site || !handle.startsWith(`${site}:`) || handle.length > 200 || /\s/.test(handle)) return false;
  const store = db();
  // Every draft check passes here: answer "nothing new" from reads alone, and write only when needed.
  const settled = async () => {
    if (await isAssigned(site, handle)) return true;
    const known = (await getSetting('detectedProfiles')).find((p) => same(p, site, handle));
    return Boolean(known && (known.dismissed || known.name === (profile.name.trim().slice(0, 120) || handle)));
  };
  if (await settled()) return false;
  return store.transaction('rw', store.settings, store.accounts, async () => {
    if (await settled()) return false;
    const list = await getSetting('detectedProfiles');
    const entry: DetectedProfile = { site, handle, name: profile.name.trim().slice(0, 120) || handle, kind: profile.kind, seenAt: now };
    await setSetting('detectedProfiles', [entry, ...list.filter((p) => !same(p, site, handle))].slice(0, MAX));
    return true;
  });
}

/** Suggestions to show: not dismissed and not claimed by an identity since. Newest first. */
export async function listDetectedProfiles(): Promise<DetectedProfile[]> {
  const list = await getSetting('detectedProfiles');
  const open: DetectedProfile[] = [];
  for (const p of list) if (!p.dismissed && !(await isAssigned(p.site, p.handle))) open.push(p);
  return open;
}

export async function dismissDetectedProfile(site: string, handle: string): Promise<void> {
  const store = db();
  await store.transaction('rw', store.settings, async () => {
    const list = await getSetting('detectedProfiles');
    await setSetting('detectedProfiles', list.map((p) => (same(p, site, handle) ? { ...p, dismissed: true } : p)));
  });
}

/** Puts profiles back on the suggestion list (an identity that claimed them was deleted). */
export async function restoreDetectedProfiles(profiles: ReadonlyArray<Omit<DetectedProfile, 'seenAt'>>, now = Date.now()): Promise<void> {
  if (profiles.length === 0) return;
  const store = db();
  await store.transaction('rw', store.settings, async () => {
    const list = await getSetting('detectedProfiles');
    const back = profiles.map((p) => ({ site: p.site, handle: p.handle, name: p.name, kind: p.kind, seenAt: now }));
    const rest = list.filter((p) => !profiles.some((b) => same(p, b.site, b.handle)));
    await setSetting('detectedProfiles', [...back, ...rest].slice(0, Math.max(MAX, back.length)));
  });
}
