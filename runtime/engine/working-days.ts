/**
 * The engine's due dates, computed by the legal clock of runtime/calendar so the case document
 * and supervision's clock readings agree to the day: the day the clock starts is not counted,
 * and a suspension stops the working days after the date it starts, through the date it ends.
 */
import type { Suspension } from '../../schemas/types.generated.js';
import { toChinaDate } from '../calendar/china-time.js';
import { dueDateAfter } from '../calendar/deadline-clock.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseState } from './case-state.js';

/** The calendar date in China (UTC+8) of an ISO instant. */
export function chinaDateOf(instant: string): string {
  return toChinaDate(instant);
}

/** Suspensions that have ended: an open one pushes due dates when it is resumed and its length is known. */
function closed(suspensions: Suspension[]): Suspension[] {
  return suspensions.filter((s) => s.to !== undefined);
}

/**
 * The decision due date: `promisedDays` plus the extension (art. 42) working days after
 * acceptance, pushed by every closed suspension (art. 45). Suspensions before acceptance (the
 * supplement notice) fall before the clock starts and push nothing.
 */
export function caseDueDate(state: CaseState, promisedDays: number, calendar: WorkingCalendar): string | undefined {
  if (state.acceptedAt === undefined) return undefined;
  return dueDateAfter(state.acceptedAt, promisedDays + (state.extension?.days ?? 0), closed(state.suspensions), calendar);
}

/** A task's due date: its step's working days from when it opened, pushed by closed suspensions since. */
export function taskDueDate(openedAt: string, deadlineDays: number, state: CaseState, calendar: WorkingCalendar): string {
  return dueDateAfter(openedAt, deadlineDays, closed(state.suspensions), calendar);
}
