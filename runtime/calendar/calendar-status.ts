/**
 * Which years lack a published holiday schedule, for the admin: the banner of the designer and the
 * supervision app, `GET /api/calendar/status` and the daily log warning all read this one answer.
 *
 * A year lacks a schedule when neither the library (chinese-days) nor the admin (a CalendarOverrides
 * with `schedule: true`) has one, and the statutory rule stands in for it: its days are provisional.
 * It is reported
 * - `upcoming`: this year, and from 1 November (China date) the next one — the State Council
 *   usually publishes in late October or November, and the admin should key it in at once;
 * - `open-cases`: any year in which an open case's or task's due date falls — those dates are 预计
 *   until the schedule is entered (the count says how many cases).
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { toChinaDate, type Instant } from './china-time.js';
import { libraryYears } from './library-holidays.js';
import { STATUTORY_RULE_SINCE } from './statutory-holidays.js';
import { yearSource } from './year-base.js';

export interface MissingYear {
  year: number;
  reason: 'upcoming' | 'open-cases';
  /** Open cases with a due date (their own or an open task's) in the year; with `open-cases`. */
  openCases?: number;
}

export interface CalendarStatus {
  /** The China date the status was read on. */
  today: IsoDate;
  /** Years to enter a schedule for, ascending; empty when all is well. */
  missingYears: MissingYear[];
  /** The provisional years among this year, the next and the open cases' years, ascending. */
  provisionalYears: number[];
  /** Years with a schedule: the library's and the entered ones, ascending. */
  scheduleYears: number[];
}

export interface CalendarStatusInput {
  now: Instant;
  /** Years the admin entered a schedule for (documents with `schedule: true`). */
  enteredYears: Iterable<number>;
  /** Open cases by the year of a due date (the case's or an open task's), from {@link firstYearToWatch} on. */
  openDueYears: ReadonlyMap<number, number>;
}

/** From this day of the year (MM-DD, China date) the next year is reported when it has no schedule. */
export const UPCOMING_FROM = '11-01';

/**
 * The calendar's status at `now`.
 * @example
 * calendarStatus({ now: '2026-11-02T09:00:00+08:00', enteredYears: [], openDueYears: new Map([[2027, 3]]) })
 * // { today: '2026-11-02', missingYears: [{ year: 2027, reason: 'open-cases', openCases: 3 }],
 * //   provisionalYears: [2027], scheduleYears: [2004, …, 2026] }
 */
export function calendarStatus(input: CalendarStatusInput): CalendarStatus {
  const today = toChinaDate(input.now);
  const thisYear = Number(today.slice(0, 4));
  const entered = new Set(input.enteredYears);
  const provisional = (y: number) => yearSource(y, entered.has(y)) === 'statutory-rule';
  const upcoming = new Set([thisYear, ...(today.slice(5) >= UPCOMING_FROM ? [thisYear + 1] : [])]);

  const missing = new Map<number, MissingYear>();
  for (const [year, count] of [...input.openDueYears].sort(([a], [b]) => a - b)) {
    if (count > 0 && provisional(year)) missing.set(year, { year, reason: 'open-cases', openCases: count });
  }
  for (const year of upcoming) if (!missing.has(year) && provisional(year)) missing.set(year, { year, reason: 'upcoming' });

  const watched = new Set([thisYear, thisYear + 1, ...[...input.openDueYears].filter(([, n]) => n > 0).map(([y]) => y)]);
  return {
    today,
    missingYears: [...missing.values()].sort((a, b) => a.year - b.year),
    provisionalYears: [...watched].filter(provisional).sort((a, b) => a - b),
    scheduleYears: [...new Set([...libraryYears(), ...entered])].sort((a, b) => a - b),
  };
}

/**
 * The first year whose open due dates can matter: the first year from the statutory rule's start
 * without a schedule. Lets the query of open due dates read only the tail of its date index.
 * @example firstYearToWatch([]) // 2027 (chinese-days has 2025 and 2026)
 */
export function firstYearToWatch(enteredYears: Iterable<number>): number {
  const entered = new Set(enteredYears);
  let year = STATUTORY_RULE_SINCE;
  while (yearSource(year, entered.has(year)) !== 'statutory-rule') year++;
  return year;
}
