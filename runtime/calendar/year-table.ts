/**
 * One year of the working calendar, resolved day by day and indexed so the calendar answers counts
 * and offsets within the year in constant time. Built lazily by `createWorkingCalendar`, one per
 * year asked about.
 */
import type { DayOverride, IsoDate } from '../../schemas/types.generated.js';
import { daysInMonth, daysInYear, formatIsoDate, isWeekendDayNumber, parseIsoDate, toDayNumber } from './iso-date.js';
import type { DayInfo } from './working-calendar.js';
import type { BaseDay, YearBase } from './year-base.js';

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
 * 1. each day's DayInfo, by precedence: the admin's correction, else the day as the year's base
 *    lists it (entered schedule, library, statutory rule; see year-base.ts), else Mon–Fri;
 * 2. `cumulative`, the running count of working days, so the working days between two days of the
 *    year are one subtraction;
 * 3. `workingDayIndex`, the position of each working day, so "the k-th working day of the year" is
 *    one lookup.
 */
export function buildYearTable(year: number, base: YearBase, overrides: YearOverrides | undefined): YearTable {
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
      const info = resolveDay(date, isWeekendDayNumber(dayNumber), overrides?.get(date), base); // 1
      days[i] = info;
      if (info.working) workingDayIndex[total++] = i; // 3
      cumulative[i] = total; // 2
    }
  }
  return { year, days, cumulative, workingDayIndex: workingDayIndex.subarray(0, total), total };
}

/**
 * Working days in `year` without building its table: Mon–Fri counted arithmetically, then corrected
 * by the few days the base or the admin set otherwise. Lets a count across many years stay cheap
 * in time and memory (a table holds 365 objects; this holds none).
 */
export function countWorkingDays(year: number, base: YearBase, overrides: YearOverrides | undefined): number {
  const length = daysInYear(year);
  const first = toDayNumber(year, 1, 1);
  let total = Math.floor(length / 7) * 5;
  for (let d = first + length - (length % 7); d < first + length; d++) if (!isWeekendDayNumber(d)) total++;
  if (base.weekdaysLost !== undefined && (overrides === undefined || overrides.size === 0)) return total - base.weekdaysLost;
  const exceptions = new Set<IsoDate>([...base.days.keys(), ...(overrides?.keys() ?? [])]);
  for (const date of exceptions) {
    const p = parseIsoDate(date)!;
    const weekend = isWeekendDayNumber(toDayNumber(p.year, p.month, p.day));
    const working = resolveDay(date, weekend, overrides?.get(date), base).working;
    total += Number(working) - Number(!weekend);
  }
  return total;
}

/** One day's DayInfo from what is known about it; see {@link buildYearTable} step 1. */
export function resolveDay(date: IsoDate, weekend: boolean, override: DayOverride | undefined, base: YearBase): DayInfo {
  const provisional = base.provisional;
  if (override !== undefined) return entered(date, weekend, override, 'override', provisional);
  const listed = base.days.get(date);
  if (listed !== undefined) {
    if (base.source === 'schedule') return entered(date, weekend, listed, 'schedule', provisional);
    const kind = listed.working ? (weekend ? 'adjusted_workday' : 'workday') : 'holiday';
    return day(date, listed.working, kind, listed.name, base.source, provisional);
  }
  return day(date, !weekend, weekend ? 'weekend' : 'workday', undefined, base.source, provisional);
}

/**
 * A day the admin set: a rest day they name (春节 on a Sunday) is a holiday; an unnamed one on a
 * weekend is just the weekend again, e.g. the admin cancelling a 调休 Saturday.
 */
function entered(date: IsoDate, weekend: boolean, set: BaseDay, source: DayInfo['source'], provisional: boolean): DayInfo {
  const kind = set.working
    ? weekend ? 'adjusted_workday' : 'workday'
    : weekend && !set.name ? 'weekend' : 'holiday';
  return day(date, set.working, kind, set.name, source, provisional);
}

function day(
  date: IsoDate, working: boolean, kind: DayInfo['kind'], name: string | undefined, source: DayInfo['source'], provisional: boolean,
): DayInfo {
  const info: DayInfo = name ? { date, working, kind, name, source } : { date, working, kind, source };
  if (provisional) info.provisional = true;
  return Object.freeze(info);
}
