/**
 * The engine's due dates, computed by the legal clock of runtime/calendar so the case document
 * and supervision's clock readings agree to the day: the day the clock starts is not counted,
 * and a suspension stops the working days after the date it starts, through the date it ends.
 * A due date whose count crosses a day of a year without a published schedule is provisional (预计).
 */
import type { FlowNode, Suspension } from '../../schemas/types.generated.js';
import { toChinaDate } from '../calendar/china-time.js';
import { dueDateAfter } from '../calendar/deadline-clock.js';
import { ANSWER_WORKING_DAYS } from '../calendar/deemed-acceptance.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseState, EngineTask } from './case-state.js';

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

/**
 * Art. 32: the last day to accept, refuse or send the one-time notice — 5 working days after the
 * application was (last) complete or received, the same count as deemed acceptance.
 */
export function acceptDueDateOf(state: CaseState, calendar: WorkingCalendar): string {
  return calendar.addWorkingDays(chinaDateOf(state.submittedAt), ANSWER_WORKING_DAYS);
}

/**
 * The due date an open task should have: the accept task answers by the case's `acceptDueDate`
 * (not its step's days), none while the one-time notice is out; other steps count their days
 * from when the task opened. Undefined for a step without days and for inform tasks.
 */
export function dueDateForTask(task: EngineTask, node: FlowNode | undefined, isAccept: boolean, state: CaseState, calendar: WorkingCalendar): string | undefined {
  if (task.kind === 'inform') return undefined;
  // While the one-time notice is out the applicant is awaited, not the desk.
  if (isAccept && state.status === 'supplement_requested') return undefined;
  if (isAccept && state.acceptDueDate !== undefined) return state.acceptDueDate;
  const days = node?.deadlineDays;
  return days === undefined ? undefined : taskDueDate(task.openedAt, days, state, calendar);
}

/** The date a task's count starts from: acceptance-stage tasks from the (last) complete submission. */
export function taskCountStart(task: EngineTask, isAccept: boolean, state: CaseState): string {
  return chinaDateOf(isAccept && state.acceptDueDate !== undefined ? state.submittedAt : task.openedAt);
}

/** Whether the count from `startInstantOrDate` to `due` crosses a provisional day. */
export function isProvisional(startDate: string, due: string | undefined, calendar: WorkingCalendar): boolean {
  return due !== undefined && due > startDate && calendar.crossesProvisional(startDate, due);
}

/** Sets or clears an optional `true` flag, so old documents without it stay byte-identical. */
export function setFlag<K extends string>(target: Partial<Record<K, boolean>>, key: K, on: boolean): boolean {
  const was = target[key] === true;
  if (was === on) return false;
  if (on) target[key] = true;
  else delete target[key];
  return true;
}
