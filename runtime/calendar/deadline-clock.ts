/**
 * The legal clock of a case or a task: its due date, the working days used and left, and the
 * supervision level (预警 yellow, 超期 red) at a given instant, by the one warning rule of
 * warning-level.ts (yellow when less than 20 % of the working time is left).
 *
 * How days count (whole working days, in China local dates):
 * - the day the clock starts is not counted (期间开始之日不计算在内); day 1 is the first working day
 *   after it;
 * - a working day counts as used from its start: on the due date itself every day is used
 *   (ratio 1) and the clock is red from the next calendar day on;
 * - suspended working days (art. 45; supplement) do not count and push the due date later by as
 *   many working days; a suspension stops the days after the date it starts, up to and including
 *   the date it ends (see stopped-spans.ts);
 * - the reading knows only what had happened by `now`: suspensions still open, or recorded as ending
 *   later, run until `now`, so while suspended the due date moves a working day later each working day.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, parseInstant } from './china-time.js';
import { dueDateOfSpans, stoppedSpans, type StoppedSpan, type SuspensionInput } from './stopped-spans.js';
import { warningLevel, warnInstant, type WarningLevel } from './warning-level.js';
import { requireWorkingDays, type WorkingCalendar } from './working-calendar.js';

export interface ClockInput {
  /** The instant the clock started, e.g. acceptance. */
  start: string;
  /** Working days allowed, including an approved extension. */
  limitDays: number;
  /** Times the clock stood still (supplement, inspection, hearing…); an open one is still running. */
  suspensions: SuspensionInput[];
  now: string;
}

export interface ClockReading {
  dueDate: IsoDate;
  /** Working days used by `now`, suspended days excluded; above `limitDays` once overdue. */
  usedDays: number;
  /** `limitDays - usedDays`: negative once overdue, by the working days over the limit. */
  remainingDays: number;
  /** `usedDays / limitDays`; 1 when `limitDays` is 0. */
  ratio: number;
  /**
   * `red` when today (China) is past the due date; else `yellow` once less than 20 % of the working
   * time is left ({@link warnInstant}); never yellow while suspended.
   */
  level: WarningLevel;
  /** Whether a suspension covers `now`. */
  suspended: boolean;
}

/**
 * Reads the clock at `input.now`.
 * @example
 * readClock({ start: '2026-02-12T10:00:00+08:00', limitDays: 5, suspensions: [], now: '2026-02-26T09:00:00+08:00' }, cal)
 * // { dueDate: '2026-02-26', usedDays: 5, remainingDays: 0, ratio: 1, level: 'yellow', suspended: false }
 */
export function readClock(input: ClockInput, cal: WorkingCalendar): ClockReading {
  const startMs = parseInstant(input.start, 'start');
  const nowMs = parseInstant(input.now, 'now');
  requireWorkingDays(input.limitDays, 'limitDays');
  const startDate = chinaDateOfEpochMs(startMs);
  const today = chinaDateOfEpochMs(nowMs);
  const spans = stoppedSpans(input.suspensions, startDate, nowMs);

  const dueDate = dueDateOfSpans(startDate, input.limitDays, spans, cal);
  const usedDays = usedDaysOfSpans(startDate, today, spans, cal);
  const limit = input.limitDays;
  const suspended = input.suspensions.some((s) =>
    parseInstant(s.from) <= nowMs && (s.to === undefined || nowMs < parseInstant(s.to)));
  // What had happened by now: the suspensions begun, all ended (else `suspended`, and no warning).
  const warnAt = suspended ? undefined
    : warnInstant(input.start, limit, input.suspensions.filter((s) => parseInstant(s.from) <= nowMs), cal);
  const level = warningLevel(warnAt === undefined ? { dueDate } : { warnAt, dueDate }, input.now);
  return {
    dueDate,
    usedDays,
    remainingDays: limit - usedDays,
    ratio: limit === 0 ? 1 : usedDays / limit,
    level,
    suspended,
  };
}

/**
 * The due date of a clock started at `start` with `limitDays` working days, pushed by `suspensions`.
 * @param now Needed only when a suspension is still open: it then runs until `now`. Without it an
 *   open suspension is a RangeError, since the due date is not known yet.
 * @example dueDateAfter('2026-09-29T15:00:00+08:00', 2, [], cal) // '2026-10-08' (国庆 in between)
 */
export function dueDateAfter(
  start: string,
  limitDays: number,
  suspensions: SuspensionInput[],
  cal: WorkingCalendar,
  now?: string,
): IsoDate {
  const startDate = chinaDateOfEpochMs(parseInstant(start, 'start'));
  requireWorkingDays(limitDays, 'limitDays');
  const nowMs = now === undefined ? undefined : parseInstant(now, 'now');
  return dueDateOfSpans(startDate, limitDays, stoppedSpans(suspensions, startDate, nowMs), cal);
}

/** A due date and whether it is 预计: its count crosses a day of a year without a published schedule. */
export interface DueDateInfo {
  dueDate: IsoDate;
  /** True when (start date, dueDate] touches a provisional day: the date may move once 调休 is published. */
  provisional: boolean;
}

/**
 * {@link dueDateAfter} with its provisional flag, for every API and screen that shows a due date.
 * @example dueDateInfo('2026-12-30T10:00:00+08:00', 3, [], cal) // { dueDate: '2027-01-05', provisional: true }
 * @example dueDateInfo('2026-09-29T15:00:00+08:00', 2, [], cal) // { dueDate: '2026-10-08', provisional: false }
 */
export function dueDateInfo(
  start: string,
  limitDays: number,
  suspensions: SuspensionInput[],
  cal: WorkingCalendar,
  now?: string,
): DueDateInfo {
  const dueDate = dueDateAfter(start, limitDays, suspensions, cal, now);
  return { dueDate, provisional: cal.crossesProvisional(chinaDateOfEpochMs(parseInstant(start, 'start')), dueDate) };
}

/** Working days in (startDate, today] outside every stopped span (spans are merged, so disjoint). */
function usedDaysOfSpans(startDate: IsoDate, today: IsoDate, spans: StoppedSpan[], cal: WorkingCalendar): number {
  let used = cal.workingDaysBetween(startDate, today);
  for (const span of spans) used -= cal.workingDaysBetween(span.after, span.through < today ? span.through : today);
  return used;
}
