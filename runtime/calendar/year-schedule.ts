/**
 * A year's published holiday schedule (国务院办公厅放假安排) as the admin enters it or imports it as
 * JSON — holiday date ranges and the weekend days made working days (调休上班) — and its stored form,
 * a CalendarOverrides document with `schedule: true` (days not listed follow Mon–Fri; the year is
 * no longer provisional). Checking, both conversions, and the prefills: the statutory rule's
 * provisional schedule and the library's. Pure.
 *
 * Errors are JSON Pointers into the YearSchedule (`/holidays/1/from`), English for logs and API
 * clients; the designer words them in Chinese from the path and the kind of problem
 * (designer/calendar/schedule-check.ts mirrors these checks while the admin types).
 */
import type { CalendarOverrides, DayOverride, IsoDate } from '../../schemas/types.generated.js';
import type { FieldError } from '../../schemas/validator.js';
import { OVERRIDE_YEARS } from './calendar-overrides.js';
import { addCalendarDays, isWeekendDayNumber, parseIsoDate, toDayNumber } from './iso-date.js';
import { libraryYear } from './library-holidays.js';
import { statutoryHolidays } from './statutory-holidays.js';

export interface ScheduleHoliday {
  name: string;
  /** First day, YYYY-MM-DD. */
  from: IsoDate;
  /** Last day, inclusive; equal to `from` for a one-day holiday. */
  to: IsoDate;
}

export interface ScheduleWorkday {
  /** A Saturday or Sunday that is a working day (调休上班). */
  date: IsoDate;
  name?: string;
}

export interface YearSchedule {
  year: number;
  holidays: ScheduleHoliday[];
  workdays: ScheduleWorkday[];
  /** Only on a prefill nobody entered: the statutory rule's days, 调休 unknown (预计). */
  provisional?: boolean;
}

/** Rows each list may have: a year has at most 366 days. */
export const MAX_SCHEDULE_ENTRIES = 366;
export const MAX_SCHEDULE_NAME = 100;

/**
 * Every problem of `input` as a YearSchedule, in document order: not an object; a bad or
 * mismatched year; a list too long; a holiday without a name or with a name too long, a bad date,
 * a date outside the year, `from` after `to`, a range overlapping an earlier one; a workday with a
 * bad date, outside the year, not on a weekend, listed twice, or inside a holiday.
 * @param expectedYear The year of the address (`PUT …/schedules/2027`); the body's year must match.
 * @example
 * checkYearSchedule({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' },
 *   { name: '春节', from: '2027-01-02', to: '2027-02-12' }], workdays: [] })
 * // [{ path: '/holidays/1/from', message: 'overlaps /holidays/0 (2027-01-01 to 2027-01-03)' }]
 */
export function checkYearSchedule(input: unknown, expectedYear?: number): FieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '/', message: 'must be an object { year, holidays, workdays }' }];
  }
  const { year, holidays, workdays } = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max;
  if (!yearOk) errors.push({ path: '/year', message: `must be a year from ${OVERRIDE_YEARS.min} to ${OVERRIDE_YEARS.max}` });
  else if (expectedYear !== undefined && year !== expectedYear) errors.push({ path: '/year', message: `must be ${expectedYear}, the year of the address` });
  const y = yearOk ? year : undefined;
  const ranges = checkHolidays(holidays, y, errors);
  checkWorkdays(workdays, y, ranges, errors);
  return errors;
}

/** A checked holiday range, by index in the list. */
interface Range {
  index: number;
  from: IsoDate;
  to: IsoDate;
}

function checkHolidays(holidays: unknown, year: number | undefined, errors: FieldError[]): Range[] {
  const ranges: Range[] = [];
  if (!checkList(holidays, '/holidays', errors)) return ranges;
  (holidays as unknown[]).forEach((h, i) => {
    const at = `/holidays/${i}`;
    if (!isRecord(h)) {
      errors.push({ path: at, message: 'must be an object { name, from, to }' });
      return;
    }
    checkName(h.name, `${at}/name`, true, errors);
    const fromOk = checkDate(h.from, year, `${at}/from`, errors);
    const toOk = checkDate(h.to, year, `${at}/to`, errors);
    if (!fromOk || !toOk) return;
    const from = h.from as IsoDate;
    const to = h.to as IsoDate;
    if (from > to) {
      errors.push({ path: `${at}/from`, message: `must not be after to (${to})` });
      return;
    }
    const clash = ranges.find((r) => r.from <= to && from <= r.to);
    if (clash) errors.push({ path: `${at}/from`, message: `overlaps /holidays/${clash.index} (${clash.from} to ${clash.to})` });
    ranges.push({ index: i, from, to });
  });
  return ranges;
}

function checkWorkdays(workdays: unknown, year: number | undefined, ranges: Range[], errors: FieldError[]): void {
  if (!checkList(workdays, '/workdays', errors)) return;
  const firstIndexOf = new Map<IsoDate, number>();
  (workdays as unknown[]).forEach((w, i) => {
    const at = `/workdays/${i}`;
    if (!isRecord(w)) {
      errors.push({ path: at, message: 'must be an object { date, name? }' });
      return;
    }
    if (w.name !== undefined) checkName(w.name, `${at}/name`, false, errors);
    if (!checkDate(w.date, year, `${at}/date`, errors)) return;
    const date = w.date as IsoDate;
    const first = firstIndexOf.get(date);
    const inside = ranges.find((r) => r.from <= date && date <= r.to);
    const p = parseIsoDate(date)!;
    if (first !== undefined) errors.push({ path: `${at}/date`, message: `is already listed at /workdays/${first}` });
    else if (inside) errors.push({ path: `${at}/date`, message: `falls inside the holiday /holidays/${inside.index} (${inside.from} to ${inside.to})` });
    else if (!isWeekendDayNumber(toDayNumber(p.year, p.month, p.day))) {
      errors.push({ path: `${at}/date`, message: 'must be a Saturday or Sunday: Monday to Friday work anyway' });
    }
    if (first === undefined) firstIndexOf.set(date, i);
  });
}

function checkList(list: unknown, path: string, errors: FieldError[]): boolean {
  if (!Array.isArray(list)) {
    errors.push({ path, message: 'must be a list' });
    return false;
  }
  if (list.length > MAX_SCHEDULE_ENTRIES) errors.push({ path, message: `must list at most ${MAX_SCHEDULE_ENTRIES} entries` });
  return true;
}

function checkName(name: unknown, path: string, required: boolean, errors: FieldError[]): void {
  if (typeof name !== 'string' || (required && name.trim() === '')) {
    errors.push({ path, message: required ? 'is required: a name such as 春节' : 'must be text' });
  } else if (name.length > MAX_SCHEDULE_NAME) {
    errors.push({ path, message: `must be at most ${MAX_SCHEDULE_NAME} characters` });
  }
}

function checkDate(value: unknown, year: number | undefined, path: string, errors: FieldError[]): boolean {
  const p = parseIsoDate(value);
  if (p === undefined) {
    errors.push({ path, message: 'must be a calendar date YYYY-MM-DD' });
    return false;
  }
  if (year !== undefined && p.year !== year) {
    errors.push({ path, message: `${String(value)} is not in ${year}` });
    return false;
  }
  return year !== undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The stored form of a checked schedule: every holiday day a named rest day, every workday a working
 * day, sorted by date, with `schedule: true`. Call {@link checkYearSchedule} first (a bad schedule
 * gives a bad document).
 * @example
 * scheduleToOverrides({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], workdays: [] })
 * // { year: 2027, schedule: true, days: [{ date: '2027-01-01', working: false, name: '元旦' }, …'2027-01-03'] }
 */
export function scheduleToOverrides(schedule: YearSchedule, stamp: { updatedBy?: string; updatedAt?: string } = {}): CalendarOverrides {
  const days: DayOverride[] = [];
  for (const h of schedule.holidays) {
    for (let d = h.from; d <= h.to; d = addCalendarDays(d, 1)) days.push({ date: d, working: false, name: h.name });
  }
  for (const w of schedule.workdays) days.push(w.name ? { date: w.date, working: true, name: w.name } : { date: w.date, working: true });
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  const doc: CalendarOverrides = { year: schedule.year, days, schedule: true };
  if (stamp.updatedBy !== undefined) doc.updatedBy = stamp.updatedBy;
  if (stamp.updatedAt !== undefined) doc.updatedAt = stamp.updatedAt;
  return doc;
}

/**
 * A year's stored days as a YearSchedule: consecutive rest days of one name become one holiday
 * range; weekend working days become workdays. Days that change nothing (a working Monday, an
 * unnamed resting Sunday) are left out. The inverse of {@link scheduleToOverrides}.
 * @example overridesToSchedule(scheduleToOverrides(s)) // s, ranges sorted by date
 */
export function overridesToSchedule(doc: Pick<CalendarOverrides, 'year' | 'days'>): YearSchedule {
  return daysToSchedule(doc.year, doc.days);
}

/**
 * The statutory rule's holidays of `year` (元旦 … 国庆节 and their 补假) as a schedule to start from,
 * marked provisional: the real schedule adds 调休, which the rule cannot know.
 * @example provisionalSchedule(2027).holidays[1] // { name: '春节', from: '2027-02-05', to: '2027-02-08' }
 */
export function provisionalSchedule(year: number): YearSchedule & { provisional: true } {
  const days = [...statutoryHolidays(year)].map(([date, name]) => ({ date, working: false, name }));
  return { ...daysToSchedule(year, days), provisional: true };
}

/**
 * The library's (chinese-days) schedule of `year` as a YearSchedule, or undefined when it has none.
 * @example librarySchedule(2026)?.workdays[0] // { date: '2026-01-04', name: '元旦' }
 */
export function librarySchedule(year: number): YearSchedule | undefined {
  const listed = libraryYear(year);
  if (listed === undefined) return undefined;
  return daysToSchedule(year, [...listed].map(([date, d]) => ({ date, working: d.working, name: d.name })));
}

function daysToSchedule(year: number, days: readonly DayOverride[]): YearSchedule {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const holidays: ScheduleHoliday[] = [];
  const workdays: ScheduleWorkday[] = [];
  for (const d of sorted) {
    const p = parseIsoDate(d.date)!;
    const weekend = isWeekendDayNumber(toDayNumber(p.year, p.month, p.day));
    if (d.working) {
      if (weekend) workdays.push(d.name ? { date: d.date, name: d.name } : { date: d.date });
      continue;
    }
    if (weekend && !d.name) continue;
    const name = d.name ?? '';
    const prev = holidays[holidays.length - 1];
    if (prev !== undefined && prev.name === name && addCalendarDays(prev.to, 1) === d.date) prev.to = d.date;
    else holidays.push({ name, from: d.date, to: d.date });
  }
  return { year, holidays, workdays };
}
