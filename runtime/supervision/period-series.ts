/**
 * Cases by status over time: the periods (China calendar days, or weeks starting on Monday) that
 * cover a window, and a dense series built from the sparse rows SQL returns, so a chart gets one
 * point per period, zeros included. Pure.
 */
import type { CaseStatus } from '../../schemas/types.generated.js';

export type Granularity = 'day' | 'week';

export const CASE_STATUSES: readonly CaseStatus[] = ['submitted', 'supplement_requested', 'refused', 'in_progress', 'suspended', 'granted', 'denied', 'withdrawn'];

/** Most periods a series may hold (a year of days): past it, use weeks. */
export const MAX_PERIODS = 370;

export interface PeriodPoint {
  /** The period's first day, YYYY-MM-DD (a Monday for weeks). */
  period: string;
  cases: number;
  byStatus: Record<CaseStatus, number>;
}

export interface SeriesRow {
  period: string;
  status: string;
  count: number;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The Monday on or before `iso`. */
export function weekStart(iso: string): string {
  const n = dayNumber(iso);
  const weekday = (new Date(n * DAY).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return isoOf(n - weekday);
}

/** Day granularity up to 62 days, weeks beyond. */
export function defaultGranularity(fromDay: string, toDayExclusive: string): Granularity {
  return dayNumber(toDayExclusive) - dayNumber(fromDay) <= 62 ? 'day' : 'week';
}

/** The periods from the one holding `fromDay` to the one holding the day before `toDayExclusive`. */
export function periodsOf(fromDay: string, toDayExclusive: string, granularity: Granularity): string[] {
  const last = dayNumber(toDayExclusive) - 1;
  const first = dayNumber(granularity === 'week' ? weekStart(fromDay) : fromDay);
  const step = granularity === 'week' ? 7 : 1;
  const out: string[] = [];
  for (let n = first; n <= last && out.length < MAX_PERIODS; n += step) out.push(isoOf(n));
  return out;
}

/** One point per period; rows of unknown periods or statuses are ignored. */
export function denseSeries(periods: readonly string[], rows: readonly SeriesRow[]): PeriodPoint[] {
  const points = new Map(periods.map((p) => [p, { period: p, cases: 0, byStatus: Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number> }]));
  for (const row of rows) {
    const point = points.get(row.period);
    if (!point || !(CASE_STATUSES as readonly string[]).includes(row.status)) continue;
    point.byStatus[row.status as CaseStatus] += row.count;
    point.cases += row.count;
  }
  return [...points.values()];
}
