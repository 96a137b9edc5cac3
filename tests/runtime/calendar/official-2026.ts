/**
 * The 2026 schedule as published by the General Office of the State Council
 * (国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号), typed in by hand from the notice,
 * independently of the `chinese-days` package, so tests can check the library against it.
 * Also reused by benchmarks as a realistic calendar.
 */
import type { DayOverride, IsoDate } from '../../../schemas/types.generated.js';

/** Rest periods (放假调休), first and last day inclusive. */
export const OFFICIAL_2026_HOLIDAYS: ReadonlyArray<{ name: string; first: IsoDate; last: IsoDate }> = [
  { name: '元旦', first: '2026-01-01', last: '2026-01-03' },
  { name: '春节', first: '2026-02-15', last: '2026-02-23' },
  { name: '清明节', first: '2026-04-04', last: '2026-04-06' },
  { name: '劳动节', first: '2026-05-01', last: '2026-05-05' },
  { name: '端午节', first: '2026-06-19', last: '2026-06-21' },
  { name: '中秋节', first: '2026-09-25', last: '2026-09-27' },
  { name: '国庆节', first: '2026-10-01', last: '2026-10-07' },
];

/** Weekend days that are working days (上班). */
export const OFFICIAL_2026_ADJUSTED_WORKDAYS: ReadonlyArray<{ name: string; date: IsoDate }> = [
  { name: '元旦', date: '2026-01-04' },
  { name: '春节', date: '2026-02-14' },
  { name: '春节', date: '2026-02-28' },
  { name: '劳动节', date: '2026-05-09' },
  { name: '国庆节', date: '2026-09-20' },
  { name: '国庆节', date: '2026-10-10' },
];

const DAY_MS = 86_400_000;

/** Every date from `first` to `last` inclusive (via UTC `Date`, on purpose not the code under test). */
export function datesFromTo(first: IsoDate, last: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** The official 2026 schedule as override days, for a calendar that must not depend on the library. */
export function official2026Overrides(): DayOverride[] {
  return [
    ...OFFICIAL_2026_HOLIDAYS.flatMap((h) => datesFromTo(h.first, h.last).map((date) => ({ date, working: false, name: h.name }))),
    ...OFFICIAL_2026_ADJUSTED_WORKDAYS.map((w) => ({ date: w.date, working: true, name: w.name })),
  ];
}

/** Oracle: whether a date of 2026 is a working day by the notice, counted naively. */
export function officiallyWorking(date: IsoDate): boolean {
  if (OFFICIAL_2026_ADJUSTED_WORKDAYS.some((w) => w.date === date)) return true;
  if (OFFICIAL_2026_HOLIDAYS.some((h) => h.first <= date && date <= h.last)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
