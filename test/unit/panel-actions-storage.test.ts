import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/background/rate-limit';
import { isoWeek, isoWeekBefore } from '../../src/core/iso-week';
import { db } from '../../src/shared/storage/db';
import { decisionWeeks, KEEP_WEEKS, recordDecision } from '../../src/shared/storage/decision-history';
import { getSetting, setSetting } from '../../src/shared/storage/settings';
import { activeSnooze, snoozeSite, unsnoozeSite } from '../../src/shared/storage/snoozes';

// The storage behind the warning panel's actions: ISO weeks, weekly decision counts and their
// two-year limit, per-site snoozes, and the per-tab rate limit.
beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

/** Noon local time, so the test means the same day in every time zone. */
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

describe('isoWeek', () => {
  it.each([
    [day(2026, 1, 1), '2026-W01'], // a Thursday: week 1 of its own year
    [day(2025, 12, 29), '2026-W01'], // the Monday of that week, still in 2025
    [day(2026, 11, 23), '2026-W48'],
    [day(2027, 1, 1), '2026-W53'], // 2026 starts on a Thursday: 53 weeks
    [day(2027, 1, 4), '2027-W01'],
    [day(2021, 1, 3), '2020-W53'], // a Sunday belongs to the week before
    [day(2024, 12, 30), '2025-W01'],
    [new Date(2026, 10, 29, 23, 59).getTime(), '2026-W48'], // Sunday night is still that week
    [new Date(2026, 10, 30, 0, 0).getTime(), '2026-W49'],
  ])('%s is %s', (ms, week) => {
    expect(isoWeek(ms)).toBe(week);
  });

  it('counts weeks back across a year with 53 weeks', () => {
    expect(isoWeekBefore(day(2027, 1, 6), 1)).toBe('2026-W53');
    expect(isoWeekBefore(day(2027, 1, 6), 53)).toBe('2026-W01');
    expect(isoWeekBefore(day(2026, 11, 23), 0)).toBe('2026-W48');
  });
});

describe('recordDecision', () => {
  it('counts per week, site, decision and level, each category once per decision', async () => {
    const now = day(2026, 11, 23);
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol', 'alcohol', 'profanity'] }, now);
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol'] }, now + 86_400_000);
    await recordDecision('linkedin', { decision: 'posted-anyway', level: 'warn', categories: [] }, now);
    await recordDecision('x', { decision: 'edited', level: 'warn', categories: ['alcohol'] }, now);
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol'] }, day(2026, 11, 30));
    expect(await decisionWeeks()).toEqual(expect.arrayContaining([
      { week: '2026-W48', site: 'linkedin', decision: 'edited', level: 'warn', count: 2, categories: { alcohol: 2, profanity: 1 } },
      { week: '2026-W48', site: 'linkedin', decision: 'posted-anyway', level: 'warn', count: 1, categories: {} },
      { week: '2026-W48', site: 'x', decision: 'edited', level: 'warn', count: 1, categories: { alcohol: 1 } },
      { week: '2026-W49', site: 'linkedin', decision: 'edited', level: 'warn', count: 1, categories: { alcohol: 1 } },
    ]));
    expect(await db().decisionWeeks.count()).toBe(4);
    expect((await decisionWeeks()).map((r) => r.week).at(-1)).toBe('2026-W49');
  });

  it(`keeps ${KEEP_WEEKS} weeks: the week ${KEEP_WEEKS} weeks back goes with the next record`, async () => {
    const now = day(2026, 11, 23);
    const weekMs = 7 * 86_400_000;
    await recordDecision('linkedin', { decision: 'dismissed', level: 'warn', categories: [] }, now - KEEP_WEEKS * weekMs);
    await recordDecision('linkedin', { decision: 'dismissed', level: 'warn', categories: [] }, now - (KEEP_WEEKS - 1) * weekMs);
    await recordDecision('linkedin', { decision: 'dismissed', level: 'warn', categories: [] }, now);
    const weeks = (await decisionWeeks()).map((r) => r.week);
    expect(weeks).toEqual([isoWeekBefore(now, KEEP_WEEKS - 1), '2026-W48']);
  });
});

describe('snoozes', () => {
  it('ends a snooze after its minutes, replaces it on a new one, and clamps the minutes', async () => {
    const now = 1_800_000_000_000;
    expect(await snoozeSite('linkedin', 60, now)).toBe(now + 3_600_000);
    expect(await activeSnooze('linkedin', now + 3_599_999)).toBe(now + 3_600_000);
    expect(await activeSnooze('linkedin', now + 3_600_000)).toBeUndefined();
    expect(await snoozeSite('linkedin', 5, now)).toBe(now + 300_000);
    expect(await snoozeSite('x', 10_000, now)).toBe(now + 1440 * 60_000);
    expect(await activeSnooze('facebook', now)).toBeUndefined();
  });

  it('drops expired snoozes when it next reads, and writes nothing when none expired', async () => {
    const now = 1_800_000_000_000;
    await setSetting('siteSnoozes', { linkedin: now - 1, x: now + 1000 });
    expect(await activeSnooze('x', now)).toBe(now + 1000);
    expect(await getSetting('siteSnoozes')).toEqual({ x: now + 1000 });
    const row = await db().settings.get('siteSnoozes');
    await activeSnooze('x', now);
    expect(await db().settings.get('siteSnoozes')).toEqual(row);
    await unsnoozeSite('x', now);
    expect(await getSetting('siteSnoozes')).toEqual({});
  });

  it('never reads a prototype key as a snooze', async () => {
    expect(await activeSnooze('constructor')).toBeUndefined();
    expect(await activeSnooze('__proto__')).toBeUndefined();
  });
});

describe('createRateLimiter', () => {
  it('allows `limit` events per key in a sliding window, and counts refused ones not at all', () => {
    const limiter = createRateLimiter(3, 60_000);
    expect([0, 1, 2, 3].map((t) => limiter.allow('7', t))).toEqual([true, true, true, false]);
    expect(limiter.allow('8', 4)).toBe(true);
    expect(limiter.allow('7', 60_000)).toBe(true); // the event at 0 left the window
    expect(limiter.allow('7', 60_001)).toBe(true);
    expect(limiter.allow('7', 60_002)).toBe(true);
    expect(limiter.allow('7', 60_003)).toBe(false);
  });

  it('forgets keys with nothing in the window (closed tabs), so it stays small', () => {
    const limiter = createRateLimiter(1, 1000);
    for (let tab = 0; tab < 500; tab++) limiter.allow(String(tab), tab);
    expect(limiter.allow('0', 10_000)).toBe(true);
    expect(limiter.allow('0', 10_001)).toBe(false);
  });
});
