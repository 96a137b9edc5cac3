/**
 * The admin's schedule checked before it is sent, with each problem at the JSON Pointer the server
 * would name (`/holidays/1/from`), so the page shows it on that row and field while typing. The
 * server checks again and is the authority: its 422 goes through `serverErrors`, which keeps the
 * paths and guesses the problem only to choose Chinese words (the server's English never shows).
 */
import { isIsoDate, isWeekendDayNumber, parseIsoDate, toDayNumber } from '../../runtime/calendar/iso-date';
import type { YearSchedule } from './year-schedule';

export type ScheduleProblem =
  | 'required'
  | 'badDate'
  | 'outsideYear'
  | 'fromAfterTo'
  | 'overlap'
  | 'workdayInHoliday'
  | 'workdayNotWeekend'
  | 'duplicate'
  | 'tooLong'
  | 'badShape'
  | 'yearMismatch'
  | 'badJson'
  | 'invalid';

export interface ScheduleError {
  /** JSON Pointer into the YearSchedule ('' for the whole document). */
  path: string;
  problem: ScheduleProblem;
  /** The index of the other row a clash is with (overlap, duplicate, workdayInHoliday). */
  other?: number;
}

/**
 * The core's limits (MAX_SCHEDULE_NAME, MAX_SCHEDULE_ENTRIES in runtime/calendar/year-schedule.ts),
 * written again rather than imported: that module's prefills would bring the holiday libraries
 * into the designer's bundle.
 */
const MAX_NAME = 100;
const MAX_ROWS = 366;

/** Saturday or Sunday, by the calendar core's day arithmetic (no Date, no time zone). */
function isWeekend(iso: string): boolean {
  const p = parseIsoDate(iso)!;
  return isWeekendDayNumber(toDayNumber(p.year, p.month, p.day));
}

/** A date's own problem: missing, not a date, or not in `year`. */
function dateProblem(value: string, year: number): ScheduleProblem | undefined {
  if (value === '') return 'required';
  if (!isIsoDate(value)) return 'badDate';
  return Number(value.slice(0, 4)) === year ? undefined : 'outsideYear';
}

/** Every problem of a schedule, in row order; none means it may be previewed and saved. */
export function checkSchedule(s: YearSchedule): ScheduleError[] {
  const errors: ScheduleError[] = [];
  if (s.holidays.length > MAX_ROWS) errors.push({ path: '/holidays', problem: 'tooLong' });
  if (s.workdays.length > MAX_ROWS) errors.push({ path: '/workdays', problem: 'tooLong' });
  const ranges: Array<{ i: number; from: string; to: string }> = [];
  s.holidays.forEach((h, i) => {
    const at = `/holidays/${i}`;
    if (h.name.trim() === '') errors.push({ path: `${at}/name`, problem: 'required' });
    else if (h.name.length > MAX_NAME) errors.push({ path: `${at}/name`, problem: 'tooLong' });
    const fromProblem = dateProblem(h.from, s.year);
    const toProblem = dateProblem(h.to, s.year);
    if (fromProblem) errors.push({ path: `${at}/from`, problem: fromProblem });
    if (toProblem) errors.push({ path: `${at}/to`, problem: toProblem });
    if (fromProblem || toProblem) return;
    if (h.from > h.to) {
      errors.push({ path: `${at}/from`, problem: 'fromAfterTo' });
      return;
    }
    const clash = ranges.find((r) => r.from <= h.to && h.from <= r.to);
    if (clash) errors.push({ path: `${at}/from`, problem: 'overlap', other: clash.i });
    ranges.push({ i, from: h.from, to: h.to });
  });
  const seen = new Map<string, number>();
  s.workdays.forEach((w, i) => {
    const at = `/workdays/${i}`;
    if (w.name !== undefined && w.name.length > MAX_NAME) errors.push({ path: `${at}/name`, problem: 'tooLong' });
    const problem = dateProblem(w.date, s.year);
    if (problem) {
      errors.push({ path: `${at}/date`, problem });
      return;
    }
    const first = seen.get(w.date);
    const inHoliday = ranges.find((r) => r.from <= w.date && w.date <= r.to);
    if (first !== undefined) errors.push({ path: `${at}/date`, problem: 'duplicate', other: first });
    else if (inHoliday) errors.push({ path: `${at}/date`, problem: 'workdayInHoliday', other: inHoliday.i });
    else if (!isWeekend(w.date)) errors.push({ path: `${at}/date`, problem: 'workdayNotWeekend' });
    seen.set(w.date, first ?? i);
  });
  return errors;
}

/**
 * A JSON file read for import: the schedule it holds (when its shape is one) and its problems. A
 * file without a year takes the page's; a file for another year is refused whole.
 */
export function parseScheduleJson(text: string, year: number): { schedule?: YearSchedule; errors: ScheduleError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { errors: [{ path: '', problem: 'badJson' }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { errors: [{ path: '', problem: 'badShape' }] };
  const doc = data as Record<string, unknown>;
  if (doc.year !== undefined && doc.year !== year) return { errors: [{ path: '/year', problem: 'yearMismatch' }] };
  const errors: ScheduleError[] = [];
  const list = (key: 'holidays' | 'workdays') => {
    const v = doc[key] ?? [];
    if (!Array.isArray(v)) errors.push({ path: `/${key}`, problem: 'badShape' });
    return Array.isArray(v) ? v : [];
  };
  const text_ = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const holidays = list('holidays').map((h: unknown, i) => {
    if (typeof h !== 'object' || h === null) errors.push({ path: `/holidays/${i}`, problem: 'badShape' });
    const o = (h ?? {}) as Record<string, unknown>;
    return { name: text_(o.name), from: text_(o.from), to: text_(o.to ?? o.from) };
  });
  const workdays = list('workdays').map((w: unknown, i) => {
    // A bare date string is a workday too: the way such lists are usually written by hand.
    if (typeof w === 'string') return { date: w };
    if (typeof w !== 'object' || w === null) errors.push({ path: `/workdays/${i}`, problem: 'badShape' });
    const o = (w ?? {}) as Record<string, unknown>;
    return o.name === undefined ? { date: text_(o.date) } : { date: text_(o.date), name: text_(o.name) };
  });
  const schedule: YearSchedule = { year, holidays, workdays };
  return { schedule, errors: [...errors, ...checkSchedule(schedule)] };
}

/** What a problem probably is, from the server's English message (for the words only; the path is what places it). */
function guessProblem(path: string, message: string): ScheduleProblem {
  const m = message.toLowerCase();
  if (path === '/year') return 'yearMismatch';
  if (/overlap/.test(m)) return 'overlap';
  if (/saturday|sunday/.test(m)) return 'workdayNotWeekend';
  if (/inside|within/.test(m)) return 'workdayInHoliday';
  if (/already|twice|duplicate/.test(m)) return 'duplicate';
  if (/not in|outside/.test(m)) return 'outsideYear';
  if (/after|before/.test(m)) return 'fromAfterTo';
  if (/required|missing|empty/.test(m)) return 'required';
  if (/at most/.test(m)) return 'tooLong';
  if (/date/.test(m)) return 'badDate';
  if (/object|list/.test(m)) return 'badShape';
  return 'invalid';
}

/** The server's 422 details as schedule errors at the paths they name (with the row a clash is with, when the message names it). */
export function serverErrors(details: ReadonlyArray<{ path?: string; message: string }>): ScheduleError[] {
  return details.map((d) => {
    const path = d.path ?? '';
    const problem = guessProblem(path, d.message);
    const other = /\/(?:holidays|workdays)\/(\d+)/.exec(d.message);
    return other && (problem === 'overlap' || problem === 'workdayInHoliday' || problem === 'duplicate') ? { path, problem, other: Number(other[1]) } : { path, problem };
  });
}
