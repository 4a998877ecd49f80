// The History chart's numbers (issue 8): what the person did when warned, per ISO week, from the
// weekly counts storage keeps (shared/storage/decision-history.ts). Counts only: no draft text is
// stored anywhere, so none can be shown.
import { isoWeek, isoWeekBefore } from './iso-week';
import type { Category, Level } from './types';

export type HistoryDecision = 'edited' | 'dismissed' | 'posted-anyway';

/** The rows as storage keeps them (DecisionWeek), in the shape this needs. */
export interface WeekRow {
  week: string;
  decision: HistoryDecision;
  level: Level;
  count: number;
  categories: Partial<Record<Category, number>>;
}

export interface WeekBar {
  /** `2026-W48`. */
  week: string;
  /** Warnings the person answered (every decision answers one warning). */
  warnings: number;
  edited: number;
  dismissed: number;
  postedAnyway: number;
}

export interface History {
  /** Oldest first, one per week, weeks without decisions included (as zeros). */
  weeks: WeekBar[];
  total: number;
  /** Categories named in those weeks' warnings, most frequent first. */
  categories: Array<{ category: Category; count: number }>;
}

/** The last `weeks` ISO weeks up to the one holding `now`. */
export function weeklyHistory(rows: readonly WeekRow[], now: number, weeks = 12): History {
  const labels = Array.from({ length: weeks }, (_, i) => isoWeekBefore(now, weeks - 1 - i));
  labels[weeks - 1] = isoWeek(now);
  const bars = new Map(labels.map((week) => [week, { week, warnings: 0, edited: 0, dismissed: 0, postedAnyway: 0 }]));
  const categories = new Map<Category, number>();
  for (const row of rows) {
    const bar = bars.get(row.week);
    if (!bar) continue;
    bar.warnings += row.count;
    if (row.decision === 'edited') bar.edited += row.count;
    else if (row.decision === 'dismissed') bar.dismissed += row.count;
    else bar.postedAnyway += row.count;
    for (const [category, n] of Object.entries(row.categories) as Array<[Category, number]>) categories.set(category, (categories.get(category) ?? 0) + n);
  }
  const list = [...bars.values()];
  return {
    weeks: list,
    total: list.reduce((sum, w) => sum + w.warnings, 0),
    categories: [...categories].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}

/** `2026-W48` → the Monday it starts on, as "23 Nov" (local calendar). */
export function weekStart(week: string): Date {
  const [year, w] = week.split('-W').map(Number) as [number, number];
  // ISO week 1 holds 4 January; its Monday, then w - 1 weeks on.
  const jan4 = new Date(year, 0, 4, 12);
  const monday = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7) + (w - 1) * 7, 12);
  return monday;
}
