/**
 * The warning rule (预警 yellow, 超期 red) of every case and task, in one place: the inbox, the case
 * page, supervision and the hall display read the stored `warnAt` and `dueDate` with
 * {@link warningLevel}, and SQL counts use its exact mirror, so a count and a list never disagree.
 *
 * The warning falls when less than 20 % of the allowed WORKING TIME is left. Working time is whole
 * working days of 24 h (China time, UTC+8) counted after the start day (期间开始之日不计算在内);
 * suspended days do not count. With a limit of L days, 0.8·L = k whole days + a fraction f, and the
 * warning falls f·24 h into the (k+1)-th counted working day. So a one-day step opened today turns
 * yellow at 19:12 on its due day, a five-day one at 00:00 of its fifth day, never at once.
 *
 * SQL mirror of {@link warningLevel}, over a row's `due_date` (date) and `warn_at` (timestamptz),
 * with `$today` the China date of `$now`:
 *
 *   CASE WHEN due_date < $today THEN 'red' WHEN warn_at <= $now THEN 'yellow' ELSE 'none' END
 *
 * (a NULL `warn_at` or `due_date` compares as unknown and so falls through, as `undefined` does here).
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, chinaDayStart, parseInstant, type Instant } from './china-time.js';
import { dueDateOfSpans, stoppedSpans, type SuspensionInput } from './stopped-spans.js';
import { requireWorkingDays, type WorkingCalendar } from './working-calendar.js';

export type WarningLevel = 'none' | 'yellow' | 'red';

const DAY_MS = 86_400_000;

/**
 * The instant the warning falls for a clock started at `startInstant` with `limitDays` working days.
 * Undefined when there is no warning to give: a zero limit, or a suspension still open (the clock
 * stands still; the warning is computed again when it resumes).
 * 1. 0.8·L days of 24 h in integer milliseconds: k whole days and f·24 h left over, never a float;
 * 2. the (k+1)-th counted working day: the due date of a k+1-day clock with the same suspensions;
 * 3. its start in China plus the fraction.
 * @example
 * warnInstant('2026-03-02T09:00:00+08:00', 1, [], cal) // '2026-03-03T11:12:00.000Z' (19:12 China on its due day)
 * warnInstant('2026-03-02T09:00:00+08:00', 5, [], cal) // '2026-03-08T16:00:00.000Z' (00:00 China on 03-09, day 5)
 */
export function warnInstant(
  startInstant: string,
  limitDays: number,
  suspensions: readonly SuspensionInput[],
  cal: WorkingCalendar,
): string | undefined {
  const startDate = chinaDateOfEpochMs(parseInstant(startInstant, 'startInstant'));
  requireWorkingDays(limitDays, 'limitDays');
  if (limitDays === 0) return undefined;
  if (suspensions.some((s) => s.to === undefined)) return undefined;
  const used = (limitDays * DAY_MS * 4) / 5; // 1: exact, DAY_MS is a multiple of 5
  const wholeDays = Math.floor(used / DAY_MS);
  const rest = used - wholeDays * DAY_MS;
  const day = dueDateOfSpans(startDate, wholeDays + 1, stoppedSpans(suspensions, startDate, undefined), cal); // 2
  return new Date(chinaDayStart(day).getTime() + rest).toISOString(); // 3
}

/**
 * The level of a case or task at `now`: red once today (China) is past the due date, yellow from
 * `warnAt` on, else none. Without a due date never red; without `warnAt` never yellow.
 * @example
 * warningLevel({ warnAt: '2026-03-03T11:12:00.000Z', dueDate: '2026-03-03' }, '2026-03-03T19:11:59+08:00') // 'none'
 * warningLevel({ warnAt: '2026-03-03T11:12:00.000Z', dueDate: '2026-03-03' }, '2026-03-03T19:12:00+08:00') // 'yellow'
 * warningLevel({ warnAt: '2026-03-03T11:12:00.000Z', dueDate: '2026-03-03' }, '2026-03-04T00:00:00+08:00') // 'red'
 */
export function warningLevel(clock: { warnAt?: string; dueDate?: IsoDate }, now: Instant): WarningLevel {
  const nowMs = parseInstant(now, 'now');
  if (clock.dueDate !== undefined && chinaDateOfEpochMs(nowMs) > clock.dueDate) return 'red';
  if (clock.warnAt !== undefined && nowMs >= parseInstant(clock.warnAt, 'warnAt')) return 'yellow';
  return 'none';
}
