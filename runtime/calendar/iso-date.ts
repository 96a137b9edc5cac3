/**
 * Calendar dates (`YYYY-MM-DD`) as plain values: strict parsing, formatting and day arithmetic in
 * the proleptic Gregorian calendar, with no `Date` and no time zone, so the same date means the same
 * day on a server in UTC, a server in Beijing and a browser in New York.
 */
import type { IsoDate } from '../../schemas/types.generated.js';

/** The parts of a valid IsoDate; `month` and `day` count from 1. */
export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const ZERO = 48;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Index of a day within its year: 0 for 1 January. */
export function dayOfYearIndex(year: number, month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

/**
 * The parts of `value` when it is a real calendar date written exactly `YYYY-MM-DD`, else undefined.
 * Hand-rolled on char codes because the working calendar parses every argument of calls the
 * benchmarks make millions of times; a RegExp plus `Number()` costs several times more.
 */
export function parseIsoDate(value: unknown): IsoDateParts | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** {@link parseIsoDate}, throwing a RangeError that names the argument at fault. */
export function requireIsoDate(value: unknown, argName: string): IsoDateParts {
  const parts = parseIsoDate(value);
  if (parts === undefined) {
    throw new RangeError(`${argName} must be a calendar date YYYY-MM-DD, got ${describe(value)}`);
  }
  return parts;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Days since 1970-01-01 (negative before), by the days-from-civil algorithm (H. Hinnant):
 * 1. shift the year to start in March, so the leap day is the last day of the shifted year;
 * 2. split into 400-year eras (146,097 days each) and the year of the era;
 * 3. day of the shifted year from the month by the 153-day five-month cycle;
 * 4. add up and re-base from 0000-03-01 to 1970-01-01 (719,468 days).
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year; // 1
  const era = Math.floor(y / 400); // 2
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1; // 3
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468; // 4
}

/** The inverse of {@link toDayNumber} (civil-from-days), numbered like it. */
export function fromDayNumber(dayNumber: number): IsoDateParts {
  const z = dayNumber + 719468; // 4
  const era = Math.floor(z / 146097); // 2
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153); // 3
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }; // 1
}

/** Day of the week: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** `date` moved by `days` calendar days (not working days). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const p = requireIsoDate(date, 'date');
  const q = fromDayNumber(toDayNumber(p.year, p.month, p.day) + days);
  return formatIsoDate(q.year, q.month, q.day);
}

/**
 * A date the way Chinese official documents write it, without leading zeros.
 * @example formatChineseDate('2026-03-02') // '2026年3月2日'
 */
export function formatChineseDate(date: IsoDate): string {
  const p = requireIsoDate(date, 'date');
  return `${p.year}年${p.month}月${p.day}日`;
}

/** The number written by `length` ASCII digits from `start`, or -1 if any is not a digit. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null ? 'null' : typeof value;
}
