/**
 * The one warning rule (预警 / 超期) every view of a case or task uses: the staff case page, the
 * inbox, the case list, supervision and the hall display. Levels are read at request time from the
 * stored `warnAt` (instant) and `dueDate` (China date); SQL counts use {@link warningSql}, the exact
 * mirror of {@link warningLevelAt}, so a count and a list never disagree.
 *
 * `warnAt` itself is computed when a case or task is written, by {@link warnAtOf}: the one call site
 * of the calendar's `warnInstant` (runtime/calendar/warning-level.ts), whose rule this module only
 * adapts to the store's rows.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs } from '../calendar/china-time.js';
import type { SuspensionInput } from '../calendar/stopped-spans.js';
import { warningLevel, warnInstant } from '../calendar/warning-level.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { WarningLevel } from './storage/case-records.js';

export type { WarningLevel };

/**
 * When less than 20 % of `limitDays` working days is left, for a clock started at `start` with the
 * ended `suspensions` pushing it: the calendar's `warnInstant` (runtime/calendar/warning-level.ts),
 * the one call site the case documents use. No warning for a zero limit.
 * @example warnAtOf('2026-03-02T09:00:00+08:00', 1, [], cal) // '2026-03-03T11:12:00.000Z' (19:12 China on day 1)
 */
export function warnAtOf(start: string, limitDays: number, suspensions: readonly SuspensionInput[], cal: WorkingCalendar): string | undefined {
  if (!Number.isInteger(limitDays) || limitDays <= 0) return undefined;
  return warnInstant(start, limitDays, suspensions.filter((s) => s.to !== undefined), cal);
}

/**
 * The level at `now` by the calendar's `warningLevel`: red once today (China) is past the due
 * date, yellow from `warnAt` on.
 */
export function warningLevelAt(clock: { warnAt?: string; dueDate?: IsoDate }, now: string | Date): WarningLevel {
  return warningLevel(clock, now);
}

/**
 * The SQL mirror of {@link warningLevelAt} over a row's `due_date` and `warn_at`, for open rows.
 * @param today parameter placeholder of the China date (`$3::date`)
 * @param now parameter placeholder of the instant (`$4::timestamptz`)
 */
export function warningSql(today: string, now: string, prefix = ''): string {
  return `(CASE WHEN ${prefix}due_date < ${today} THEN 'red' WHEN ${prefix}warn_at <= ${now} THEN 'yellow' ELSE 'none' END)`;
}

/** The instant and its China date, as the SQL mirror takes them. */
export function warningClock(now: Date): { now: string; today: IsoDate } {
  return { now: now.toISOString(), today: chinaDateOfEpochMs(now.getTime()) };
}
