/**
 * The colour of a deadline in the workbench: green (ok), yellow (warning) and red (overdue), read
 * from the server's `warning` (none / yellow / red) alone. The server computes it with the one
 * warning rule (runtime/calendar/warning-level.ts: yellow when less than 20 % of the working time
 * is left, red past the due date), so the inbox, the case page, supervision and the hall display
 * agree; the browser derives nothing from the dates itself.
 */

export type DueTone = 'ok' | 'warning' | 'overdue';

export const DUE_TONES: readonly DueTone[] = ['overdue', 'warning', 'ok'];

/** Dark enough for white text on them (WCAG AA, 4.5:1). */
export const TONE_COLORS: Record<DueTone, string> = { ok: '#237804', warning: '#ad4e00', overdue: '#a8071a' };

export interface DueInput {
  warning?: 'none' | 'yellow' | 'red';
}

/** Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The tone of the server's mark. The second argument is accepted for older callers and ignored:
 * no date arithmetic here, so a tone never disagrees with the server's counts.
 */
export function dueTone(item: DueInput, _today?: string): DueTone {
  if (item.warning === 'red') return 'overdue';
  if (item.warning === 'yellow') return 'warning';
  return 'ok';
}

/** Whole calendar days from today to the due date (negative when overdue), for the words beside the date. */
export function daysLeft(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
