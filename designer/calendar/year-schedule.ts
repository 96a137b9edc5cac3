/**
 * The table rows the calendar page edits for a year's published holiday schedule (国务院办公厅放假安排).
 * The schedule is the calendar core's YearSchedule, the API's and the JSON import's
 * (`YearSchedule { year, holidays: [{ name, from, to }], workdays: [{ date, name? }] }`); row `i` of a
 * table is item `i` of the list it becomes, so a server error naming `/holidays/1/from` lands on the
 * second holiday row. Pure: no React, no fetch.
 */

/** The schedule itself is the calendar core's (runtime/calendar/year-schedule.ts, pure): the shape the API speaks. */
export type { ScheduleHoliday, ScheduleWorkday, YearSchedule } from '../../runtime/calendar/year-schedule';
import type { YearSchedule } from '../../runtime/calendar/year-schedule';

/** A holiday row while being edited: the dates may still be missing. `key` is the row's React key, not data. */
export interface HolidayRow {
  key: string;
  name: string;
  from?: string;
  to?: string;
}

export interface WorkdayRow {
  key: string;
  date?: string;
  name: string;
}

export interface ScheduleDraft {
  year: number;
  holidays: HolidayRow[];
  workdays: WorkdayRow[];
}

let nextKey = 0;
/** A fresh row key (never reused in a page's life, so React keeps each row's inputs apart). */
export const rowKey = (): string => `row-${++nextKey}`;

/** The rows of a schedule, in its order. */
export function draftOf(schedule: YearSchedule): ScheduleDraft {
  return {
    year: schedule.year,
    holidays: schedule.holidays.map((h) => ({ key: rowKey(), name: h.name, from: h.from, to: h.to })),
    workdays: schedule.workdays.map((w) => ({ key: rowKey(), date: w.date, name: w.name ?? '' })),
  };
}

/**
 * The schedule the rows say, one item per row in row order (a blank row stays, so the check and the
 * server name it by its index): names trimmed, a workday's empty name left out.
 */
export function scheduleOf(draft: ScheduleDraft): YearSchedule {
  return {
    year: draft.year,
    holidays: draft.holidays.map((h) => ({ name: h.name.trim(), from: h.from ?? '', to: h.to ?? '' })),
    workdays: draft.workdays.map((w) => {
      const name = w.name.trim();
      return name ? { date: w.date ?? '', name } : { date: w.date ?? '' };
    }),
  };
}

/** Rows in date order (the table's 排序 button); rows without dates go last. */
export function sortDraft(draft: ScheduleDraft): ScheduleDraft {
  const by = (a?: string, b?: string) => (a ?? '9999').localeCompare(b ?? '9999');
  return {
    ...draft,
    holidays: [...draft.holidays].sort((a, b) => by(a.from, b.from)),
    workdays: [...draft.workdays].sort((a, b) => by(a.date, b.date)),
  };
}
