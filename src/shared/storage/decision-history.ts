import { isoWeek, isoWeekBefore } from '../../core/iso-week';
import type { Category, Level } from '../../core/types';
import { db, type DecisionKind, type DecisionWeek } from './db';

// What the user did when warned, as weekly counts for the History chart (issue 8). The page sends
// the decision, the level and the categories, never the draft; only counts are kept.

/** Two years of weeks: enough for a chart, and the table stays a few thousand rows at most. */
export const KEEP_WEEKS = 104;

/** Ids kept per row to recognise a retried message (a retry comes within seconds). */
const RECENT_IDS = 20;

export interface DecisionInput {
  /** The message's random id: the same decision sent twice (a retry) is counted once. */
  id?: string;
  decision: DecisionKind;
  level: Level;
  categories: readonly Category[];
}

/** Adds one decision to its week's counts and drops weeks older than KEEP_WEEKS. */
export async function recordDecision(site: string, input: DecisionInput, now = Date.now()): Promise<DecisionWeek> {
  const store = db();
  const week = isoWeek(now);
  return store.transaction('rw', store.decisionWeeks, async () => {
    const key: [string, string, DecisionKind, Level] = [week, site, input.decision, input.level];
    const current = await store.decisionWeeks.get(key);
    if (current && input.id && current.recent?.includes(input.id)) return current;
    const row: DecisionWeek = current ?? { week, site, decision: input.decision, level: input.level, count: 0, categories: {} };
    row.count += 1;
    if (input.id) row.recent = [...(row.recent ?? []), input.id].slice(-RECENT_IDS);
    // A category named twice in one decision still counts once for it.
    for (const category of new Set(input.categories)) row.categories[category] = (row.categories[category] ?? 0) + 1;
    await store.decisionWeeks.put(row);
    await store.decisionWeeks.where('week').below(isoWeekBefore(now, KEEP_WEEKS - 1)).delete();
    return row;
  });
}

/** Every kept week's counts, oldest week first. */
export async function decisionWeeks(): Promise<DecisionWeek[]> {
  return db().decisionWeeks.orderBy('week').toArray();
}
