import { db } from './db';
import { getSetting, setSetting, type SettingValue } from './settings';

// "Snooze on this site for an hour": one setting maps each site id to the moment its snooze ends.
// Expired entries are dropped lazily, by whichever call next reads or writes the map, so nothing
// needs an alarm (and a worker that MV3 killed misses nothing).

export const MAX_SNOOZE_MINUTES = 1440;

function live(snoozes: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(snoozes).filter(([, until]) => Number.isFinite(until) && until > now));
}

/** Reads the map, drops what has expired (writing only when something did), applies `change`. */
async function update(now: number, change?: (snoozes: Record<string, number>) => void): Promise<Record<string, number>> {
  const store = db();
  return store.transaction('rw', store.settings, async () => {
    const stored = await getSetting('siteSnoozes');
    const next = live(stored, now);
    change?.(next);
    const changed = Object.keys(next).length !== Object.keys(stored).length || Object.entries(next).some(([site, until]) => stored[site] !== until);
    if (changed) await setSetting('siteSnoozes', next);
    return next;
  });
}

/**
 * When the site's snooze ends, or undefined when it is not snoozed. Reads only, unless one expired.
 * `read`: the `siteSnoozes` setting when the caller has just read it (checkDraft reads its settings at once).
 */
export async function activeSnooze(site: string, now = Date.now(), read?: SettingValue<'siteSnoozes'>): Promise<number | undefined> {
  const stored = read ?? (await getSetting('siteSnoozes'));
  const until = Object.hasOwn(stored, site) ? stored[site] : undefined;
  const expired = Object.values(stored).some((u) => !(Number.isFinite(u) && u > now));
  if (expired) await update(now);
  return until !== undefined && until > now ? until : undefined;
}

/** Snoozes a site for `minutes` from now (a new snooze replaces the old one); returns when it ends. */
export async function snoozeSite(site: string, minutes: number, now = Date.now()): Promise<number> {
  const until = now + Math.min(Math.max(minutes, 1), MAX_SNOOZE_MINUTES) * 60_000;
  await update(now, (snoozes) => {
    snoozes[site] = until;
  });
  return until;
}

export async function unsnoozeSite(site: string, now = Date.now()): Promise<void> {
  await update(now, (snoozes) => {
    delete snoozes[site];
  });
}
