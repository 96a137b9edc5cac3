/**
 * The dashboards' filters: a window of China dates shown inclusive ("to 11-25") and sent to the API
 * exclusive (`to=2026-11-26`), plus a department and a matter. Pure.
 */
import type { Filters } from './supervision-api';

export interface FilterState {
  /** YYYY-MM-DD, inclusive both. */
  from: string;
  to: string;
  department?: string;
  matter?: string;
  granularity?: 'day' | 'week';
}

const DAY = 86_400_000;

export function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Today's date in China (UTC+8, no daylight saving) at `now`. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The last `days` days, today included. */
export function lastDays(days: number, today: string): FilterState {
  return { from: shiftDay(today, -(days - 1)), to: today };
}

/** What the API is asked: `to` made exclusive; a window turned the wrong way round is swapped. */
export function apiFilters(f: FilterState): Filters {
  const [from, to] = f.from <= f.to ? [f.from, f.to] : [f.to, f.from];
  return { from, to: shiftDay(to, 1), department: f.department, matter: f.matter, granularity: f.granularity };
}
