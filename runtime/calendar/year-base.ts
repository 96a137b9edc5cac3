/**
 * Where a year's days come from before the admin's corrections: the schedule the admin entered
 * (CalendarOverrides with `schedule: true`), else the State Council schedule as the `chinese-days`
 * library has it, else — for years the amended 放假办法 governs — the statutory rule, whose every
 * day is provisional (调休 unknown), else (years before the library's data) Mon–Fri.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { libraryYear } from './library-holidays.js';
import { STATUTORY_HOLIDAY_DAYS, STATUTORY_RULE_SINCE, statutoryHolidays } from './statutory-holidays.js';

export type YearSource = 'schedule' | 'library' | 'statutory-rule' | 'weekday-rule';

/** A day its year's source lists: a holiday (rest day) or a weekend day made a working day. */
export interface BaseDay {
  working: boolean;
  name?: string;
}

export interface YearBase {
  readonly source: YearSource;
  /** True for the statutory rule's years: the State Council has not published their schedule. */
  readonly provisional: boolean;
  /** The days the source lists; the others follow Mon–Fri. */
  readonly days: ReadonlyMap<IsoDate, BaseDay>;
  /** When known without listing `days`: how many fewer working days than Mon–Fri the year has. */
  readonly weekdaysLost?: number;
}

const EMPTY: ReadonlyMap<IsoDate, BaseDay> = new Map();
const ruleDays = new Map<number, ReadonlyMap<IsoDate, BaseDay>>();

/**
 * The source of `year`'s days, given whether the admin entered its schedule.
 * @example yearSource(2026, false) // 'library'
 * @example yearSource(2027, false) // 'statutory-rule' (until chinese-days or the admin has 2027)
 */
export function yearSource(year: number, hasSchedule: boolean): YearSource {
  if (hasSchedule) return 'schedule';
  if (libraryYear(year) !== undefined) return 'library';
  return year >= STATUTORY_RULE_SINCE ? 'statutory-rule' : 'weekday-rule';
}

/**
 * The base days of `year`.
 * @param schedule The days of the admin's schedule for the year, when one was entered.
 * @example yearBase(2027, undefined).days.get('2027-02-09') // { working: false, name: '春节补假' }, provisional: true
 * @example yearBase(2027, new Map()).source // 'schedule': entered with no day listed, i.e. Mon–Fri
 */
export function yearBase(year: number, schedule: ReadonlyMap<IsoDate, BaseDay> | undefined): YearBase {
  const source = yearSource(year, schedule !== undefined);
  switch (source) {
    case 'schedule': return { source, provisional: false, days: schedule! };
    case 'library': return { source, provisional: false, days: libraryYear(year)! };
    case 'statutory-rule': return {
      source,
      provisional: true,
      weekdaysLost: STATUTORY_HOLIDAY_DAYS,
      // Lazy: counts across years need only the total, not the lunar arithmetic.
      get days() { return ruleYear(year); },
    };
    case 'weekday-rule': return { source, provisional: false, days: EMPTY };
  }
}

function ruleYear(year: number): ReadonlyMap<IsoDate, BaseDay> {
  let days = ruleDays.get(year);
  if (days === undefined) {
    days = new Map([...statutoryHolidays(year)].map(([date, name]) => [date, { working: false, name }]));
    ruleDays.set(year, days);
  }
  return days;
}
