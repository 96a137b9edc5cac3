/**
 * The default holiday data: the State Council schedules as kept by the `chinese-days` package.
 *
 * We read the package's published JSON (`dist/chinese-days.json`, documented in its README for
 * non-JS users) rather than calling its functions: those build their tables with the host's local
 * `Date` methods, so on a machine west of UTC (a browser abroad, `TZ=America/New_York`) every date
 * comes out shifted by one day (checked with chinese-days 1.5.7: `getDayDetail(new Date(2026, 1, 14))`
 * answers "not a working day" for the 调休 Saturday 2026-02-14). The JSON is plain data, the same
 * on every host, and loading it is pure.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** One day the library lists: a statutory holiday, or a weekend day made a working day (调休). */
export interface LibraryDay {
  working: boolean;
  /** Chinese name of the holiday the day belongs to, e.g. 春节. */
  name: string;
}

/** The shape of `chinese-days.json`: `"2026-02-14": "Spring Festival,春节,4"` (English, Chinese, days). */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let byYear: Map<number, Map<IsoDate, LibraryDay>> | undefined;

/** The library's listed days, grouped by year; built on first use, then shared (read-only). */
function index(): Map<number, Map<IsoDate, LibraryDay>> {
  if (byYear) return byYear;
  const data = chineseDays as ChineseDaysData;
  const years = new Map<number, Map<IsoDate, LibraryDay>>();
  const add = (entries: Record<string, string>, working: boolean): void => {
    for (const [date, label] of Object.entries(entries)) {
      const year = Number(date.slice(0, 4));
      let days = years.get(year);
      if (!days) years.set(year, (days = new Map()));
      days.set(date, { working, name: chineseName(label) });
    }
  };
  add(data.holidays, false);
  // Work days second: if a release ever listed a date in both, the State Council's 上班 wins.
  add(data.workdays, true);
  return (byYear = years);
}

/** "Spring Festival,春节,4" → "春节"; a label without the Chinese part is kept whole. */
function chineseName(label: string): string {
  return label.split(',')[1]?.trim() || label;
}

/**
 * The days the library lists for `year`, or undefined when it has no schedule for that year
 * (before 2004, or a year the State Council has not yet published).
 */
export function libraryYear(year: number): ReadonlyMap<IsoDate, LibraryDay> | undefined {
  return index().get(year);
}

/** The years the library has a schedule for, ascending. */
export function libraryYears(): number[] {
  return [...index().keys()].sort((a, b) => a - b);
}
