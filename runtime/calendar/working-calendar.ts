/**
 * The working-day calendar: which China dates are working days, and counting in working days.
 * Time limits of the Administrative Licensing Law count working days, excluding statutory holidays
 * (art. 82), and China moves working days around holidays (调休), so a Mon–Fri count is wrong.
 *
 * Sources, by precedence: the admin's corrections (CalendarOverrides documents), then the year's
 * base (year-base.ts): the schedule the admin entered (a document with `schedule: true`), else the
 * `chinese-days` library's State Council schedules, else the statutory rule of 《全国年节及纪念日
 * 放假办法》 (statutory-holidays.ts), whose days are provisional, else (before 2025) Mon–Fri.
 */
import type { CalendarOverrides, DayOverride, IsoDate } from '../../schemas/types.generated.js';
import { validateOverrides } from './calendar-overrides.js';
import { dayOfYearIndex, requireIsoDate } from './iso-date.js';
import { yearBase, type YearBase } from './year-base.js';
import { buildYearTable, countWorkingDays, type YearOverrides, type YearTable } from './year-table.js';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** `holiday`: a statutory or declared rest day; `adjusted_workday`: a weekend day made a working day (调休). */
  kind: 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';
  /** The holiday the day belongs to, e.g. 春节, when the source names one. */
  name?: string;
  /**
   * Where the day comes from: `override` an admin's correction; else the year's base — `schedule`
   * the year's schedule as the admin entered it, `library` the chinese-days schedule,
   * `statutory-rule` the 放假办法 computed, `weekday-rule` Mon–Fri. Ordinary days of a year carry
   * the year's base too.
   */
  source: 'library' | 'override' | 'weekday-rule' | 'schedule' | 'statutory-rule';
  /**
   * Present (true) on every day of a year without a published schedule (source `statutory-rule`,
   * and corrections in such a year): 调休 is unknown, so counts across it are 预计.
   */
  provisional?: true;
}

export interface WorkingCalendar {
  dayInfo(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  /** The date `n` working days after `from`; `from` itself is not counted (期间开始之日不计算在内). n=0 → from. */
  addWorkingDays(from: IsoDate, n: number): IsoDate;
  /** Working days in (from, to]; 0 when to <= from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Every day of a year, 1 January first. */
  year(year: number): DayInfo[];
  /**
   * Whether any day in (from, to] is provisional: its year has no published schedule, so its
   * days come from the statutory rule and 调休 is unknown. A due date so counted is 预计.
   */
  crossesProvisional(from: IsoDate, to: IsoDate): boolean;
}

/** The largest `n` accepted in working days: ten years, far beyond any statutory limit. */
export const MAX_WORKING_DAYS = 3650;
const LAST_YEAR = 9999;

/**
 * A working calendar over the library's schedules with the admin's overrides on top.
 * Each year is resolved on first use and kept; `addWorkingDays` and `workingDaysBetween` are
 * O(1) within a year and O(years spanned) across years.
 *
 * @param overrides The admin's documents. A document with `schedule: true` is its year's schedule:
 *   it replaces the library's or the rule's days for that year (a later such document replaces an
 *   earlier one). The days of documents without it are corrections on top; for a date set in
 *   several, the last one wins.
 * @throws RangeError naming the first bad field (`overrides/0/days/3/date: …`).
 * @example
 * const cal = createWorkingCalendar();
 * cal.addWorkingDays('2026-02-13', 1) // '2026-02-14', the 调休 Saturday before 春节
 */
export function createWorkingCalendar(overrides: CalendarOverrides[] = []): WorkingCalendar {
  const { corrections: overridesByYear, schedules } = indexOverrides(overrides);
  const bases = new Map<number, YearBase>();
  const tables = new Map<number, YearTable>();
  const totals = new Map<number, number>();
  // The last table used: callers work through one year at a time, so this spares the map lookup.
  let last: YearTable | undefined;

  function base(year: number): YearBase {
    let b = bases.get(year);
    if (b === undefined) bases.set(year, (b = yearBase(year, schedules.get(year))));
    return b;
  }

  function table(year: number): YearTable {
    if (last !== undefined && last.year === year) return last;
    let t = tables.get(year);
    if (t === undefined) tables.set(year, (t = buildYearTable(year, base(year), overridesByYear.get(year))));
    return (last = t);
  }

  function yearTotal(year: number): number {
    const t = year === last?.year ? last : tables.get(year);
    if (t !== undefined) return t.total;
    let total = totals.get(year);
    if (total === undefined) totals.set(year, (total = countWorkingDays(year, base(year), overridesByYear.get(year))));
    return total;
  }

  /** The table of `date`'s year and the date's index in it. */
  function locate(date: IsoDate, argName: string): [YearTable, number] {
    const p = requireIsoDate(date, argName);
    return [table(p.year), dayOfYearIndex(p.year, p.month, p.day)];
  }

  return {
    dayInfo(date) {
      const [t, i] = locate(date, 'date');
      return t.days[i]!;
    },

    isWorkingDay(date) {
      const [t, i] = locate(date, 'date');
      return t.days[i]!.working;
    },

    /**
     * 1. rank of the target among the working days of `from`'s year: those up to `from`, plus n;
     * 2. while the rank is beyond the year, carry the rest into the next year;
     * 3. look the rank up.
     */
    addWorkingDays(from, n) {
      const [start, i] = locate(from, 'from');
      requireWorkingDays(n, 'n');
      if (n === 0) return from;
      let t = start;
      let rank = t.cumulative[i]! + n; // 1
      while (rank > t.total) { // 2
        rank -= t.total;
        if (t.year === LAST_YEAR) throw new RangeError(`n: ${n} working days after ${from} is beyond ${LAST_YEAR}-12-31`);
        t = table(t.year + 1);
      }
      return t.days[t.workingDayIndex[rank - 1]!]!.date; // 3
    },

    workingDaysBetween(from, to) {
      const [tf, i] = locate(from, 'from');
      const [tt, j] = locate(to, 'to');
      if (tf.year === tt.year) return j > i ? tt.cumulative[j]! - tf.cumulative[i]! : 0;
      if (tt.year < tf.year) return 0;
      let count = tf.total - tf.cumulative[i]! + tt.cumulative[j]!;
      for (let y = tf.year + 1; y < tt.year; y++) count += yearTotal(y);
      return count;
    },

    /** Year by year: (from, to] touches every year from `from`'s to `to`'s, except `from`'s when `from` is its 31 December. */
    crossesProvisional(from, to) {
      const f = requireIsoDate(from, 'from');
      const t = requireIsoDate(to, 'to');
      if (to <= from) return false;
      const first = f.month === 12 && f.day === 31 ? f.year + 1 : f.year;
      for (let y = first; y <= t.year; y++) if (base(y).provisional) return true;
      return false;
    },

    year(year) {
      if (!Number.isInteger(year) || year < 0 || year > LAST_YEAR) {
        throw new RangeError(`year must be an integer from 0 to ${LAST_YEAR}, got ${String(year)}`);
      }
      return table(year).days.slice();
    },
  };
}

/** Throws a RangeError naming `argName` unless `n` is a whole number of working days we accept. */
export function requireWorkingDays(n: unknown, argName: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`${argName} must be an integer from 0 to ${MAX_WORKING_DAYS}, got ${String(n)}`);
  }
}

/**
 * Whether `year` has no published schedule, so its days are the statutory rule's (预计).
 * @example isProvisionalYear(createWorkingCalendar(), 2027) // true while chinese-days has no 2027
 */
export function isProvisionalYear(cal: WorkingCalendar, year: number): boolean {
  return cal.dayInfo(`${String(year).padStart(4, '0')}-01-01`).provisional === true;
}

/**
 * The provisional years among `from`…`to` (inclusive), ascending.
 * @example provisionalYears(createWorkingCalendar(), 2026, 2028) // [2027, 2028]
 */
export function provisionalYears(cal: WorkingCalendar, from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) if (isProvisionalYear(cal, y)) years.push(y);
  return years;
}

/**
 * Checks the documents, then indexes their days by year and date: schedules (`schedule: true`,
 * a later one replacing an earlier one of its year) apart from corrections (later ones win).
 */
function indexOverrides(docs: CalendarOverrides[]): { corrections: Map<number, YearOverrides>; schedules: Map<number, YearOverrides> } {
  if (!Array.isArray(docs)) throw new RangeError('overrides must be a list of CalendarOverrides documents');
  const corrections = new Map<number, Map<IsoDate, DayOverride>>();
  const schedules = new Map<number, Map<IsoDate, DayOverride>>();
  docs.forEach((doc, d) => {
    const errors = validateOverrides(doc, `overrides/${d}`);
    if (errors.length > 0) throw new RangeError(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    if (doc.schedule === true) {
      schedules.set(doc.year, new Map(doc.days.map((day) => [day.date, day])));
      return;
    }
    let days = corrections.get(doc.year);
    if (!days) corrections.set(doc.year, (days = new Map()));
    for (const day of doc.days) days.set(day.date, day);
  });
  return { corrections, schedules };
}
