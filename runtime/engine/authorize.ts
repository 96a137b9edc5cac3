/**
 * Who may do what. Staff act only within their own department (the task's department, or the
 * accepting department for case-level acts); listed assignees alone may sign a task that names
 * them; a front desk (综合窗口) flagged by the server does the acceptance stage for the matter's
 * department; leaders decide extensions; applicants supply and withdraw; the system only deems
 * acceptance; supervisors watch and change nothing.
 */
import type { EngineTask } from './case-state.js';
import type { Actor } from './engine-definition.js';
import { EngineError } from './engine.error.js';

export function refuseSupervisor(actor: Actor): void {
  if (actor.role === 'supervisor') {
    throw new EngineError('FORBIDDEN', 'supervisors watch cases; they cannot change them');
  }
}

/** A staff account of `departmentId`, with a username to sign with. */
export function requireStaffOf(actor: Actor, departmentId: string, what: string): void {
  if (actor.kind !== 'account') throw new EngineError('FORBIDDEN', `${what} is done by department staff, not by the ${actor.kind}`);
  if (actor.departmentId !== departmentId) {
    throw new EngineError('FORBIDDEN', `${what} belongs to department "${departmentId}"; the account is of "${actor.departmentId ?? 'no department'}"`);
  }
  if (actor.username === undefined || actor.username === '') {
    throw new EngineError('INVALID_INPUT', 'actor.username: staff actions are signed with a username');
  }
}

/** May this account sign the task: its department, and a listed assignee when the task lists any. */
export function requireSigner(actor: Actor, task: EngineTask): void {
  requireStaffOf(actor, task.departmentId, `task "${task.stepName}"`);
  const assignees = task.assignees ?? [];
  if (assignees.length > 0 && !assignees.includes(actor.username!)) {
    throw new EngineError('FORBIDDEN', `task "${task.stepName}" is signed by ${assignees.join(', ')}; "${actor.username}" is not one of them`);
  }
}

/**
 * The acceptance stage's acts (accept, refuse, the one-time notice, 即办件 conclusion): staff of
 * `departmentId`, or of a front desk the server flagged as allowed for this matter (`frontDesk`),
 * which acts for the matter's department whichever department the accept step names.
 * @returns whether the actor acts as a front desk (then a task's assignee list does not bind it).
 */
export function requireAcceptanceStaff(actor: Actor, departmentId: string, what: string): boolean {
  if (actor.frontDesk === true && actor.kind === 'account' && actor.departmentId !== undefined && actor.departmentId !== departmentId) {
    requireStaffOf(actor, actor.departmentId, what);
    return true;
  }
  requireStaffOf(actor, departmentId, what);
  return false;
}

/** A leader (科室负责人 / 分管领导, 本行政机关负责人 of art. 42) of `departmentId`. */
export function requireLeaderOf(actor: Actor, departmentId: string, what: string): void {
  requireStaffOf(actor, departmentId, what);
  if (actor.role !== 'leader') {
    throw new EngineError('FORBIDDEN', `${what} is decided by a leader of department "${departmentId}" (本行政机关负责人, art. 42), not by a ${actor.role ?? 'staff member'}`);
  }
}

export function requireApplicant(actor: Actor, what: string): void {
  if (actor.kind !== 'applicant') throw new EngineError('FORBIDDEN', `${what} is done by the applicant only`);
}

export function requireSystem(actor: Actor, what: string): void {
  if (actor.kind !== 'system') throw new EngineError('FORBIDDEN', `${what} is decided by the system only`);
}
