/** The clock: 特别程序 suspensions (art. 45); the extension (art. 42) is extension-actions.ts. */
import { requireStaffOf } from './authorize.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { requireStatus } from './require-status.js';
import { openTasks, refreshTaskDueDates } from './task-book.js';
import { caseDueDate, chinaDateOf } from './working-days.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/** Hearings, inspections, testing, appraisal, expert review: the clock stops (art. 45). */
export function suspend(d: Draft, a: Of<'suspend'>): void {
  requireStatus(d, ['in_progress'], 'suspend');
  requireHandler(d, 'suspending the case');
  d.state.suspensions.push({
    kind: a.kind,
    reason: a.reason,
    from: d.ctx.now,
    ...(a.expectedDays !== undefined ? { expectedDays: a.expectedDays } : {}),
  });
  d.setStatus('suspended');
  d.record('suspend', { kind: a.kind, reason: a.reason, ...(a.expectedDays !== undefined ? { expectedDays: a.expectedDays } : {}) });
}

/**
 * Resume:
 * 1. close the open suspension;
 * 2. the case's due date and every open task's are computed again with it, so the working days
 *    it stopped push them;
 * 3. back in progress.
 */
export function resume(d: Draft, a: Of<'resume'>): void {
  requireStatus(d, ['suspended'], 'resume');
  requireHandler(d, 'resuming the case');
  // 1.
  const open = d.state.suspensions.find((s) => s.to === undefined);
  if (!open) throw new EngineError('INVALID_STATE', 'resume: the case has no open suspension');
  open.to = d.ctx.now;
  // 2.
  const days = d.ctx.calendar.workingDaysBetween(chinaDateOf(open.from), d.today);
  d.setDueDate(caseDueDate(d.state, d.def.promisedDays, d.ctx.calendar));
  refreshTaskDueDates(d);
  // 3.
  d.setStatus('in_progress');
  d.record('resume', { suspendedWorkingDays: days, ...(a.comment ? { comment: a.comment } : {}) });
}

/** Staff of the accepting department or of a department with an open task. */
export function requireHandler(d: Draft, what: string): void {
  const departments = new Set([d.def.departmentId, ...openTasks(d).map((t) => t.departmentId)]);
  const dept = d.actor.departmentId;
  requireStaffOf(d.actor, dept !== undefined && departments.has(dept) ? dept : d.def.departmentId, what);
}
