/**
 * The legal clock of a case or a task: its due date, the working days used and left, and the
 * supervision level (预警 yellow, 超期 red) at a given instant.
 *
 * How days count (whole working days, in China local dates):
 * - the day the clock starts is not counted (期间开始之日不计算在内); day 1 is the first working day
 *   after it;
 * - a working day counts as used from its start: on the due date itself every day is used
 *   (ratio 1, yellow) and the clock is red from the next calendar day on;
 * - suspended working days (art. 45; supplement) do not count and push the due date later by as
 *   many working days; a suspension stops the days after the date it starts, up to and including
 *   the date it ends (see stopped-spans.ts);
 * - the reading knows only what had happened by `now`: suspensions still open, or recorded as ending
 *   later, run until `now`, so while suspended the due date moves a working day later each working day.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, parseInstant } from './china-time.js';
import { stoppedSpans, type StoppedSpan, type SuspensionInput } from './stopped-spans.js';
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
  /** `red` when today (China) is past the due date; else `yellow` from 80 % of the days used. */
  level: 'none' | 'yellow' | 'red';
  /** Whether a suspension covers `now`. */
  suspended: boolean;
}

/** Warning from 4/5 of the days used; compared in integers (`used * 5 >= limit * 4`), never in floats. */
const WARNING = { numerator: 4, denominator: 5 } as const;

/**
 * Reads the clock at `input.now`.
 * @example
 * readClock({ start: '2026-02-12T10:00:00+08:00', limitDays: 5, suspensions: [], now: '2026-02-25T09:00:00+08:00' }, cal)
 * // { dueDate: '2026-02-26', usedDays: 4, remainingDays: 1, ratio: 0.8, level: 'yellow', suspended: false }
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
  const level = today > dueDate ? 'red'
    : usedDays * WARNING.denominator >= limit * WARNING.numerator ? 'yellow' : 'none';
  const suspended = input.suspensions.some((s) =>
    parseInstant(s.from) <= nowMs && (s.to === undefined || nowMs < parseInstant(s.to)));
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

/**
 * 1. walk the stopped spans in date order, counting the working days that run before each;
 * 2. as soon as the days left fit before the next span, the due date lies before it;
 * 3. else spend the days run and jump the cursor over the span;
 * 4. the due date is the days left counted from the cursor.
 */
function dueDateOfSpans(startDate: IsoDate, limitDays: number, spans: StoppedSpan[], cal: WorkingCalendar): IsoDate {
  let cursor = startDate;
  let left = limitDays;
  for (const span of spans) { // 1
    const run = cal.workingDaysBetween(cursor, span.after);
    if (run >= left) break; // 2
    left -= run; // 3
    cursor = span.through;
  }
  return cal.addWorkingDays(cursor, left); // 4
}

/** Working days in (startDate, today] outside every stopped span (spans are merged, so disjoint). */
function usedDaysOfSpans(startDate: IsoDate, today: IsoDate, spans: StoppedSpan[], cal: WorkingCalendar): number {
  let used = cal.workingDaysBetween(startDate, today);
  for (const span of spans) used -= cal.workingDaysBetween(span.after, span.through < today ? span.through : today);
  return used;
}
