/**
 * The acceptance stage (受理): where accept, refuse, request_supplement and conclude happen. With
 * an accept step it is that step's open task (its department and assignees decide); without one
 * it is a case-level act of the accepting department.
 */
import type { DeskRef } from '../../schemas/types.generated.js';
import type { EngineTask } from './case-state.js';
import type { Draft } from './draft.js';
import { EngineError } from './engine.error.js';
import { requireAcceptanceStaff, requireSigner } from './authorize.js';
import { caseDueDate } from './working-days.js';

/**
 * The open accept task (undefined when the flow has no accept step), after checking the actor:
 * the task's department and assignees, or a front desk allowed for the matter.
 */
export function acceptanceTask(d: Draft, taskId: string | undefined, what: string): EngineTask | undefined {
  const acceptNodeId = d.flow.acceptNodeId;
  if (acceptNodeId === undefined) {
    if (taskId !== undefined) throw new EngineError('NOT_FOUND', `task "${taskId}": this flow has no accept step; ${what} is a case-level act`);
    requireAcceptanceStaff(d.actor, d.def.departmentId, what);
    return undefined;
  }
  const task = d.state.tasks.find((t) => t.nodeId === acceptNodeId && t.status === 'open');
  if (!task) throw new EngineError('INVALID_STATE', `${what}: the accept step has no open task`);
  if (taskId !== undefined && taskId !== task.id) {
    throw new EngineError('NOT_FOUND', `task "${taskId}" is not the open accept task of this case (that is "${task.id}")`);
  }
  if (!requireAcceptanceStaff(d.actor, task.departmentId, `task "${task.stepName}"`)) requireSigner(d.actor, task);
  return task;
}

/** The desk an act was done at: the actor's account, department and hall window. */
export function deskOf(d: Draft): DeskRef {
  const a = d.actor;
  if (a.kind === 'system') return { username: 'system', departmentId: d.def.departmentId, at: d.ctx.now };
  return {
    username: a.username ?? '',
    departmentId: a.departmentId ?? d.def.departmentId,
    ...(a.windowId !== undefined ? { windowId: a.windowId } : {}),
    at: d.ctx.now,
  };
}

/** Starts the clock: accepted at `at`, decision due `promisedDays` working days later. */
export function startClock(d: Draft, at: string): void {
  d.state.acceptedAt = at;
  d.setDueDate(caseDueDate(d.state, d.def.promisedDays, d.ctx.calendar));
}
