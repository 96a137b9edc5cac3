/**
 * The statutory holidays of a year by 《全国年节及纪念日放假办法》 (as amended by the State Council in
 * November 2024, in force from 1 January 2025), for years whose schedule (国务院办公厅放假安排) is
 * not published yet:
 *
 * - art. 2: 元旦 1 day (1 January); 春节 4 days (农历除夕, 正月初一 to 初三); 清明节 1 day (the day of
 *   the 清明 solar term); 劳动节 2 days (1–2 May); 端午节 1 day (农历五月初五); 中秋节 1 day (农历八月
 *   十五); 国庆节 3 days (1–3 October);
 * - art. 6: 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假 — a holiday of art. 2 falling
 *   on a Saturday or Sunday is made up on working days (补假).
 *   As the State Council's schedules do it, the days are made up on the first working days after
 *   the holiday (2026: 国庆 Sat 10-03 → Mon 10-05; 劳动节 Sat 05-02 → Mon 05-04; 清明 Sun 04-05 → Mon
 *   04-06). A holiday day falling on another holiday (中秋 on 1–3 October, as in 2028) is a day
 *   owed the same way: both holidays are rest days, and the law gives each its day.
 * - 调休 (moving weekend days around the holidays, which the 2024 amendment asks to be arranged so
 *   that holidays and weekends join) is decided each year by the State Council and cannot be
 *   computed: every day of such a year is provisional.
 *
 * Lunar dates and the solar term come from `tyme4ts` (computed astronomically; the tests check them
 * against the published dates of 2024–2027), never from a table typed by hand. Pure and
 * deterministic; years are cached.
 */
import { LunarDay, SolarDay, SolarTerm } from 'tyme4ts';
import type { IsoDate } from '../../schemas/types.generated.js';
import { formatIsoDate, fromDayNumber, isWeekendDayNumber, toDayNumber } from './iso-date.js';

/** The first year the amended 办法 (春节 from 除夕, 劳动节 2 days) governs. */
export const STATUTORY_RULE_SINCE = 2025;
/**
 * Days of holiday art. 2 gives a year (1 + 4 + 1 + 2 + 1 + 1 + 3). Each costs exactly one working
 * day: a holiday on a weekday is one, and one on a weekend or on another holiday is made up on a
 * weekday (补假, always before the year ends: the last holidays are in October). So a rule year has
 * 13 working days fewer than Mon–Fri, which lets a count across many years skip the lunar arithmetic.
 */
export const STATUTORY_HOLIDAY_DAYS = 13;
/** Years the rule can be computed for (tyme4ts' range; our calendar ends at 9999). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

/** One holiday of art. 2 in a year: its own days, and the working days that make up those lost (art. 6). */
export interface StatutoryFestival {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 or 国庆节. */
  name: string;
  /** The holiday's days by art. 2, in order (春节: 除夕 first). */
  days: IsoDate[];
  /** Its 补假 days: one per day of `days` on a Saturday, a Sunday or another holiday. */
  madeUp: IsoDate[];
}

/** One rest day of the rule: a holiday's own day, or its 补假 (named e.g. 春节补假). */
export interface StatutoryDay {
  date: IsoDate;
  name: string;
}

const festivalCache = new Map<number, readonly StatutoryFestival[]>();
const dayCache = new Map<number, ReadonlyMap<IsoDate, string>>();

/**
 * The holidays of art. 2 in `year`, in date order, each with its 补假 days:
 * 1. each holiday's days (lunar dates and the 清明 term from tyme4ts);
 * 2. walk them in date order; a day on a weekend, or already another holiday's, is owed;
 * 3. each holiday's owed days go to the first Mon–Fri days after its last day that are no
 *    holiday's and no earlier 补假's.
 * @throws RangeError for a year outside 1900–9999.
 * @example
 * statutoryFestivals(2027).find((f) => f.name === '春节')
 * // { name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], madeUp: ['2027-02-09', '2027-02-10'] }
 */
export function statutoryFestivals(year: number): readonly StatutoryFestival[] {
  const cached = festivalCache.get(year);
  if (cached !== undefined) return cached;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be an integer from ${FIRST_YEAR} to ${LAST_YEAR}, got ${String(year)}`);
  }
  const festivals = festivalDays(year).sort((a, b) => a.days[0]! - b.days[0]!); // 1
  const taken = new Set<number>();
  const owed = festivals.map((f) => { // 2
    let n = 0;
    for (const d of f.days) {
      if (isWeekendDayNumber(d) || taken.has(d)) n++;
      taken.add(d);
    }
    return n;
  });
  const result = festivals.map((f, i): StatutoryFestival => {
    const madeUp: number[] = [];
    for (let d = f.days[f.days.length - 1]! + 1; madeUp.length < owed[i]!; d++) { // 3
      if (isWeekendDayNumber(d) || taken.has(d)) continue;
      taken.add(d);
      madeUp.push(d);
    }
    return Object.freeze({ name: f.name, days: f.days.map(iso), madeUp: madeUp.map(iso) });
  });
  Object.freeze(result);
  festivalCache.set(year, result);
  return result;
}

/**
 * Every rest day of the rule in `year` (holidays and 补假), by date; 补假 days are named after
 * their holiday, e.g. 春节补假. Weekend days that are no holiday are not listed.
 * @example statutoryHolidays(2027).get('2027-05-03') // '劳动节补假'
 */
export function statutoryHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const cached = dayCache.get(year);
  if (cached !== undefined) return cached;
  const days = new Map<IsoDate, string>();
  for (const f of statutoryFestivals(year)) {
    // A day two holidays share keeps the first holiday's name; the second is made up.
    for (const d of f.days) if (!days.has(d)) days.set(d, f.name);
    for (const d of f.madeUp) days.set(d, `${f.name}补假`);
  }
  const sorted = new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
  dayCache.set(year, sorted);
  return sorted;
}

/** Art. 2's holidays of `year` as day numbers (days since 1970-01-01). */
function festivalDays(year: number): Array<{ name: string; days: number[] }> {
  const fixed = (month: number, day: number, count: number): number[] =>
    Array.from({ length: count }, (_, i) => toDayNumber(year, month, day) + i);
  const newYear = dayNumberOf(LunarDay.fromYmd(year, 1, 1).getSolarDay());
  return [
    { name: '元旦', days: fixed(1, 1, 1) },
    // 除夕 is the day before 正月初一: 腊月廿九 or 三十, whichever ends the month.
    { name: '春节', days: [newYear - 1, newYear, newYear + 1, newYear + 2] },
    { name: '清明节', days: [dayNumberOf(SolarTerm.fromName(year, '清明').getSolarDay())] },
    { name: '劳动节', days: fixed(5, 1, 2) },
    // Month 5 and 8 of the lunar year: never the leap month of the same number.
    { name: '端午节', days: [dayNumberOf(LunarDay.fromYmd(year, 5, 5).getSolarDay())] },
    { name: '中秋节', days: [dayNumberOf(LunarDay.fromYmd(year, 8, 15).getSolarDay())] },
    { name: '国庆节', days: fixed(10, 1, 3) },
  ];
}

function dayNumberOf(day: SolarDay): number {
  return toDayNumber(day.getYear(), day.getMonth(), day.getDay());
}

function iso(dayNumber: number): IsoDate {
  const p = fromDayNumber(dayNumber);
  return formatIsoDate(p.year, p.month, p.day);
}
