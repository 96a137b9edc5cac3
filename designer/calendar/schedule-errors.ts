/**
 * Where each schedule error shows: on the table cell its path names (`/holidays/1/from` → the
 * second holiday row's start date), or above the tables when it names no row (a bad file, a
 * list too long, a row index the tables do not have).
 */
import type { ScheduleError } from './schedule-check';

export type ScheduleList = 'holidays' | 'workdays';
/** A row's fields; '' for an error about the whole row. */
export type ScheduleField = 'name' | 'from' | 'to' | 'date' | '';

export interface PlacedErrors {
  /** The first error of a cell, or of a row when `field` is ''. */
  at(list: ScheduleList, index: number, field: ScheduleField): ScheduleError | undefined;
  /** The errors that name no cell of the tables. */
  general: ScheduleError[];
  /** How many errors are placed on cells. */
  placed: number;
}

const CELL = /^\/(holidays|workdays)\/(\d+)(?:\/(name|from|to|date))?$/;

/** Places errors on the tables, which have `rows.holidays` and `rows.workdays` rows. */
export function placeErrors(errors: readonly ScheduleError[], rows: { holidays: number; workdays: number }): PlacedErrors {
  const cells = new Map<string, ScheduleError>();
  const general: ScheduleError[] = [];
  for (const e of errors) {
    const m = CELL.exec(e.path);
    const list = m?.[1] as ScheduleList | undefined;
    const index = Number(m?.[2]);
    if (!m || !list || index >= rows[list]) {
      general.push(e);
      continue;
    }
    const key = `${list}/${index}/${m[3] ?? ''}`;
    if (!cells.has(key)) cells.set(key, e);
  }
  return {
    at: (list, index, field) => cells.get(`${list}/${index}/${field}`),
    general,
    placed: cells.size,
  };
}
