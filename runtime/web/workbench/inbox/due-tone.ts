/**
 * The colour of a deadline in the inbox: green (ok), yellow (warning) and red (overdue). The runtime
 * marks tasks and cases itself (`warning`: none / yellow / red, set by its deadline sweep); the
 * dates are read too, so a mark the sweep has not made yet still shows: past the due date is
 * overdue, on or after `warnOn` (or within `WARN_DAYS` of the due date when no warnOn is known)
 * is a warning. Dates are China dates (YYYY-MM-DD), compared as strings.
 */

export type DueTone = 'ok' | 'warning' | 'overdue';

export const DUE_TONES: readonly DueTone[] = ['overdue', 'warning', 'ok'];

export const TONE_COLORS: Record<DueTone, string> = { ok: '#389e0d', warning: '#d48806', overdue: '#cf1322' };

/** Calendar days before the due date that count as a warning when the runtime gives no warnOn. */
export const WARN_DAYS = 1;

export interface DueInput {
  dueDate?: string;
  warnOn?: string;
  warning?: 'none' | 'yellow' | 'red';
}

/** Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days, YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function dueTone(item: DueInput, today: string): DueTone {
  if (item.warning === 'red' || (item.dueDate !== undefined && today > item.dueDate)) return 'overdue';
  if (item.warning === 'yellow') return 'warning';
  if (item.warnOn !== undefined && today >= item.warnOn) return 'warning';
  if (item.warnOn === undefined && item.dueDate !== undefined && addDays(today, WARN_DAYS) >= item.dueDate) return 'warning';
  return 'ok';
}

/** Whole calendar days from today to the due date (negative when overdue). */
export function daysLeft(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
