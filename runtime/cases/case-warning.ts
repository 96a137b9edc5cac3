/**
 * The one warning rule (预警 / 超期) every view of a case or task uses: the staff case page, the
 * inbox, the case list, supervision and the hall display. Levels are read at request time from the
 * stored `warnAt` (instant) and `dueDate` (China date); SQL counts use {@link warningSql}, the exact
 * mirror of {@link warningLevelAt}, so a count and a list never disagree.
 *
 * `warnAt` itself is computed when a case or task is written, by {@link warnAtOf}: the one call site
 * of the calendar's `warnInstant` (runtime/calendar/warning-level.ts).
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, chinaDayStart, parseInstant } from '../calendar/china-time.js';
import type { SuspensionInput } from '../calendar/stopped-spans.js';
import { stoppedSpans } from '../calendar/stopped-spans.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { WarningLevel } from './storage/case-records.js';

export type { WarningLevel };

const DAY_MS = 86_400_000;
/** Guards the walk below against a calendar without working days. */
const MAX_WALK_DAYS = 3650 * 2;

/**
 * When less than 20 % of `limitDays` working days is left: working time is whole working days of
 * 24 h (China time) counted after the start day, suspended days not counted. 0.8·L = k whole days +
 * fraction f → the start of the (k+1)-th counted working day + f·24 h. No warning for a zero limit.
 *
 * Until runtime/calendar/warning-level.ts lands `warnInstant`, this is its stand-in with the same
 * contract; swapping is this one function body.
 * @example warnAtOf('2026-03-02T09:00:00+08:00', 1, [], cal) // '2026-03-03T11:12:00.000Z' (19:12 China on day 1)
 */
export function warnAtOf(start: string, limitDays: number, suspensions: readonly SuspensionInput[], cal: WorkingCalendar): string | undefined {
  if (!Number.isFinite(limitDays) || limitDays <= 0) return undefined;
  const startDate = chinaDateOfEpochMs(parseInstant(start, 'start'));
  const closed = suspensions.filter((s) => s.to !== undefined);
  const spans = stoppedSpans(closed, startDate, undefined);
  // 4L/5 in integers: whole days and the fifths left over, so 0.8 is never a float.
  const whole = Math.floor((limitDays * 4) / 5);
  const fifths = (limitDays * 4) % 5;
  let cursor = startDate;
  let counted = 0;
  for (let i = 0; i < MAX_WALK_DAYS; i++) {
    cursor = nextDay(cursor);
    if (!cal.isWorkingDay(cursor) || spans.some((s) => cursor > s.after && cursor <= s.through)) continue;
    counted += 1;
    if (counted === whole + 1) return new Date(chinaDayStart(cursor).getTime() + (fifths * DAY_MS) / 5).toISOString();
  }
  return undefined;
}

/**
 * The level at `now`: red once today (China) is past the due date, yellow from `warnAt` on.
 * @example warningLevelAt({ warnAt: '2026-03-03T11:12:00Z', dueDate: '2026-03-03' }, '2026-03-02T09:05:00+08:00') // 'none'
 */
export function warningLevelAt(clock: { warnAt?: string; dueDate?: IsoDate }, now: string | Date): WarningLevel {
  const nowMs = now instanceof Date ? now.getTime() : parseInstant(now, 'now');
  if (clock.dueDate !== undefined && chinaDateOfEpochMs(nowMs) > clock.dueDate) return 'red';
  if (clock.warnAt !== undefined && nowMs >= parseInstant(clock.warnAt, 'warnAt')) return 'yellow';
  return 'none';
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

function nextDay(date: IsoDate): IsoDate {
  return chinaDateOfEpochMs(chinaDayStart(date).getTime() + DAY_MS);
}
