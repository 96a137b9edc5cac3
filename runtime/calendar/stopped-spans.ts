/**
 * Suspensions of a legal clock (supplement, inspection, testing, hearing… art. 45) turned into the
 * stretches of China dates during which no working day counts.
 *
 * Whole days only: a suspension from instant `from` to instant `to` stops the days in
 * (date of `from`, date of `to`]. The day it starts still counts (the clock ran that day), and the
 * day it ends does not: the clock starts again from that day, and by the rule for periods
 * (期间开始之日不计算在内) the day a period starts is not counted. A suspension that starts and ends on
 * the same date therefore stops nothing.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, parseInstant } from './china-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/** One suspension as cases and tasks record it; an open one (no `to`) is still running. */
export interface SuspensionInput {
  from: string;
  to?: string;
}

/** The dates in (after, through] on which the clock stood still. */
export interface StoppedSpan {
  after: IsoDate;
  through: IsoDate;
}

/**
 * The stopped spans of `suspensions`, as known at `nowMs`:
 * 1. check each suspension; an open one runs until `nowMs`, and without `nowMs` it is an error
 *    (its end, and so the due date, is unknown);
 * 2. forget what lies after `nowMs` (a reading at `now` knows only what had happened by then) and
 *    before `startDate` (days up to the start never count anyway);
 * 3. sort and merge overlapping or touching spans, so no working day is discounted twice.
 */
export function stoppedSpans(
  suspensions: readonly SuspensionInput[],
  startDate: IsoDate,
  nowMs: number | undefined,
): StoppedSpan[] {
  if (!Array.isArray(suspensions)) throw new RangeError('suspensions must be a list of { from, to? }');
  const spans: StoppedSpan[] = [];
  suspensions.forEach((s, k) => {
    if (typeof s !== 'object' || s === null) throw new RangeError(`suspensions[${k}] must be { from, to? }`); // 1
    const fromMs = parseInstant(s.from, `suspensions[${k}].from`);
    let toMs: number;
    if (s.to === undefined) {
      if (nowMs === undefined) throw new RangeError(`suspensions[${k}].to: the suspension is still open; pass now`);
      toMs = nowMs;
    } else {
      toMs = parseInstant(s.to, `suspensions[${k}].to`);
      if (toMs < fromMs) throw new RangeError(`suspensions[${k}].to is before suspensions[${k}].from`);
    }
    if (nowMs !== undefined) { // 2
      if (fromMs > nowMs) return;
      toMs = Math.min(toMs, nowMs);
    }
    const after = max(chinaDateOfEpochMs(fromMs), startDate);
    const through = chinaDateOfEpochMs(toMs);
    if (through > after) spans.push({ after, through });
  });
  spans.sort((a, b) => (a.after < b.after ? -1 : a.after > b.after ? 1 : 0)); // 3
  const merged: StoppedSpan[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && span.after <= prev.through) prev.through = max(prev.through, span.through);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The date `limitDays` working days after `startDate`, the working days inside `spans` not counted:
 * 1. walk the stopped spans in date order, counting the working days that run before each;
 * 2. as soon as the days left fit before the next span, the due date lies before it;
 * 3. else spend the days run and jump the cursor over the span;
 * 4. the due date is the days left counted from the cursor.
 */
export function dueDateOfSpans(startDate: IsoDate, limitDays: number, spans: StoppedSpan[], cal: WorkingCalendar): IsoDate {
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

/** The later of two IsoDates; fixed-width `YYYY-MM-DD` strings order like the dates. */
function max(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
