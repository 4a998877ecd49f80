import { describe, expect, it } from 'vitest';
import { weeklyHistory, weekStart } from '../../src/core/history';
import { isoWeek } from '../../src/core/iso-week';

// The History chart's numbers: twelve weeks ending with this one, empty weeks as zeros, older rows
// left out, decisions summed per kind, categories ranked.
const now = new Date(2026, 10, 23, 12).getTime(); // Monday 23 November 2026: week 48

describe('weeklyHistory', () => {
  it('gives the last 12 weeks oldest first, with zeros for quiet weeks', () => {
    const history = weeklyHistory([], now);
    expect(history.weeks.map((w) => w.week)).toEqual(['2026-W37', '2026-W38', '2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(history.total).toBe(0);
    expect(history.weeks.every((w) => w.warnings === 0)).toBe(true);
  });

  it('sums decisions per week and kind across sites and levels, and ranks categories', () => {
    const history = weeklyHistory([
      { week: '2026-W48', decision: 'edited', level: 'warn', count: 3, categories: { alcohol: 2, profanity: 1 } },
      { week: '2026-W48', decision: 'posted-anyway', level: 'confirm', count: 1, categories: { drugs: 1 } },
      { week: '2026-W47', decision: 'dismissed', level: 'notice', count: 2, categories: { alcohol: 2 } },
      { week: '2026-W30', decision: 'edited', level: 'warn', count: 9, categories: { health: 9 } },
    ], now);
    expect(history.weeks.at(-1)).toEqual({ week: '2026-W48', warnings: 4, edited: 3, dismissed: 0, postedAnyway: 1 });
    expect(history.weeks.at(-2)).toEqual({ week: '2026-W47', warnings: 2, edited: 0, dismissed: 2, postedAnyway: 0 });
    expect(history.total).toBe(6);
    expect(history.categories).toEqual([{ category: 'alcohol', count: 4 }, { category: 'drugs', count: 1 }, { category: 'profanity', count: 1 }]);
  });

  it('crosses a year with 53 weeks', () => {
    const jan = new Date(2027, 0, 6, 12).getTime();
    expect(weeklyHistory([], jan, 3).weeks.map((w) => w.week)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});

describe('weekStart', () => {
  it('is the Monday of the ISO week', () => {
    for (const week of ['2026-W48', '2026-W01', '2026-W53', '2021-W01', '2027-W01']) {
      const monday = weekStart(week);
      expect(monday.getDay()).toBe(1);
      expect(isoWeek(monday.getTime())).toBe(week);
    }
    expect(weekStart('2026-W48').getDate()).toBe(23);
  });
});
