/**
 * One year of the working calendar, resolved day by day and indexed so the calendar answers counts
 * and offsets within the year in constant time. Built lazily by `createWorkingCalendar`, one per
 * year asked about.
 */
import type { DayOverride, IsoDate } from '../../schemas/types.generated.js';
import { daysInMonth, daysInYear, formatIsoDate, isWeekendDayNumber, parseIsoDate, toDayNumber } from './iso-date.js';
import { libraryYear, type LibraryDay } from './library-holidays.js';
import type { DayInfo } from './working-calendar.js';

/** The admin's overrides of one year, by date (later documents already applied over earlier ones). */
export type YearOverrides = ReadonlyMap<IsoDate, DayOverride>;

export interface YearTable {
  readonly year: number;
  /** Every day of the year, by day-of-year index (0 = 1 January); frozen, safe to hand out. */
  readonly days: readonly DayInfo[];
  /** `cumulative[i]`: working days among days 0..i of the year. */
  readonly cumulative: Uint16Array;
  /** `workingDayIndex[k]`: day-of-year index of the (k+1)-th working day of the year. */
  readonly workingDayIndex: Uint16Array;
  /** Working days in the year. */
  readonly total: number;
}

/**
 * Resolves and indexes every day of `year`:
 * 1. each day's DayInfo, by precedence: the admin's override, else the library's schedule when it
 *    has one for the year, else the Mon–Fri rule;
 * 2. `cumulative`, the running count of working days, so the working days between two days of the
 *    year are one subtraction;
 * 3. `workingDayIndex`, the position of each working day, so "the k-th working day of the year" is
 *    one lookup.
 */
export function buildYearTable(year: number, overrides: YearOverrides | undefined): YearTable {
  const library = libraryYear(year);
  const length = daysInYear(year);
  const days: DayInfo[] = new Array(length);
  const cumulative = new Uint16Array(length);
  const workingDayIndex = new Uint16Array(length);
  let dayNumber = toDayNumber(year, 1, 1);
  let i = 0;
  let total = 0;
  for (let month = 1; month <= 12; month++) {
    const monthLength = daysInMonth(year, month);
    for (let day = 1; day <= monthLength; day++, i++, dayNumber++) {
      const date = formatIsoDate(year, month, day);
      const info = resolveDay(date, isWeekendDayNumber(dayNumber), overrides?.get(date), library); // 1
      days[i] = info;
      if (info.working) workingDayIndex[total++] = i; // 3
      cumulative[i] = total; // 2
    }
  }
  return { year, days, cumulative, workingDayIndex: workingDayIndex.subarray(0, total), total };
}

/**
 * Working days in `year` without building its table: Mon–Fri counted arithmetically, then corrected
 * by the few days the library or the admin set otherwise. Lets a count across many years stay cheap
 * in time and memory (a table holds 365 objects; this holds none).
 */
export function countWorkingDays(year: number, overrides: YearOverrides | undefined): number {
  const length = daysInYear(year);
  const first = toDayNumber(year, 1, 1);
  let total = Math.floor(length / 7) * 5;
  for (let d = first + length - (length % 7); d < first + length; d++) if (!isWeekendDayNumber(d)) total++;
  const library = libraryYear(year);
  const exceptions = new Set<IsoDate>([...(library?.keys() ?? []), ...(overrides?.keys() ?? [])]);
  for (const date of exceptions) {
    const p = parseIsoDate(date)!;
    const weekend = isWeekendDayNumber(toDayNumber(p.year, p.month, p.day));
    const working = resolveDay(date, weekend, overrides?.get(date), library).working;
    total += Number(working) - Number(!weekend);
  }
  return total;
}

/** One day's DayInfo from what is known about it; see {@link buildYearTable} step 1. */
export function resolveDay(
  date: IsoDate,
  weekend: boolean,
  override: DayOverride | undefined,
  library: ReadonlyMap<IsoDate, LibraryDay> | undefined,
): DayInfo {
  if (override !== undefined) {
    // A rest day the admin names (春节 on a Sunday) is a holiday; an unnamed one on a weekend is just
    // the weekend again, e.g. the admin cancelling a 调休 Saturday.
    const kind = override.working
      ? weekend ? 'adjusted_workday' : 'workday'
      : weekend && !override.name ? 'weekend' : 'holiday';
    return day(date, override.working, kind, override.name, 'override');
  }
  if (library !== undefined) {
    const listed = library.get(date);
    if (listed !== undefined) {
      const kind = listed.working ? (weekend ? 'adjusted_workday' : 'workday') : 'holiday';
      return day(date, listed.working, kind, listed.name, 'library');
    }
    return day(date, !weekend, weekend ? 'weekend' : 'workday', undefined, 'library');
  }
  return day(date, !weekend, weekend ? 'weekend' : 'workday', undefined, 'weekday-rule');
}

function day(date: IsoDate, working: boolean, kind: DayInfo['kind'], name: string | undefined, source: DayInfo['source']): DayInfo {
  const info: DayInfo = name ? { date, working, kind, name, source } : { date, working, kind, source };
  return Object.freeze(info);
}
