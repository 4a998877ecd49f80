// ISO 8601 weeks ("2026-W48": Monday to Sunday, week 1 holds the year's first Thursday), in the
// user's own time zone: the History chart counts the weeks the user lived, not UTC's.

/** The ISO week of a moment, as `YYYY-Www`; such strings sort in time order. */
export function isoWeek(ms: number): string {
  const local = new Date(ms);
  // The Thursday of the same week decides the week-numbering year.
  const thursday = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `weeks` weeks before the one holding `ms`. */
export function isoWeekBefore(ms: number, weeks: number): string {
  const local = new Date(ms);
  // Calendar arithmetic on the local date, so a daylight-saving change cannot shift the day.
  return isoWeek(new Date(local.getFullYear(), local.getMonth(), local.getDate() - 7 * weeks, 12).getTime());
}
