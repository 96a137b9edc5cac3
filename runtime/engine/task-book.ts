/**
 * Opening, closing and cancelling tasks. Every change bumps the task's own `version` (the store's
 * optimistic lock per task) and emits the matching effect, so the inbox never misses one.
 */
import type { FlowNode } from '../../schemas/types.generated.js';
import type { EngineTask, Token } from './case-state.js';
import type { Draft } from './draft.js';
import type { TaskCloseOutcome } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { taskDueDate } from './working-days.js';

/** Opens the task of a step for the token resting on it. */
export function openTask(d: Draft, node: FlowNode, token: Token): EngineTask {
  const id = d.newId('T');
  const task: EngineTask = {
    id,
    ...(d.state.caseNo !== undefined ? { caseNo: d.state.caseNo } : {}),
    nodeId: node.id,
    stepName: node.name,
    departmentId: node.departmentId ?? d.def.departmentId,
    mode: node.mode ?? 'single',
    assignees: [...(node.assignees ?? [])],
    signatures: [],
    status: 'open',
    openedAt: d.ctx.now,
    ...(node.deadlineDays !== undefined ? { dueDate: taskDueDate(d.ctx.now, node.deadlineDays, d.state, d.ctx.calendar) } : {}),
    version: 0,
  };
  d.state.tasks.push(task);
  d.state.taskForks[id] = [...token.forkStack];
  token.taskId = id;
  d.emit({ type: 'task.opened', task: structuredClone(task) });
  return task;
}

/** The task with this id, or NOT_FOUND. */
export function findTask(d: Draft, taskId: string): EngineTask {
  const task = d.state.tasks.find((t) => t.id === taskId);
  if (!task) throw new EngineError('NOT_FOUND', `task "${taskId}" does not belong to this case`);
  return task;
}

/** The task, which must still be open. */
export function openTaskById(d: Draft, taskId: string): EngineTask {
  const task = findTask(d, taskId);
  if (task.status !== 'open') {
    throw new EngineError('INVALID_STATE', `task "${taskId}" (${task.stepName}) is already ${task.status}`);
  }
  return task;
}

/** Completes a task with the action that completed it. */
export function closeTask(d: Draft, task: EngineTask, outcome: TaskCloseOutcome, comment?: string): void {
  task.status = 'completed';
  task.completedAt = d.ctx.now;
  if (d.actor.username !== undefined) task.completedBy = d.actor.username;
  else if (d.actor.kind === 'system') task.completedBy = 'system';
  task.action = outcome;
  if (comment !== undefined && comment !== '') task.comment = comment;
  task.version += 1;
  d.emit({ type: 'task.closed', taskId: task.id, nodeId: task.nodeId, outcome });
}

/** Cancels a task nobody will finish (another branch denied, a return left it behind, withdrawal). */
export function cancelTask(d: Draft, task: EngineTask, reason: string): void {
  if (task.status !== 'open') return;
  task.status = 'cancelled';
  task.completedAt = d.ctx.now;
  task.version += 1;
  d.emit({ type: 'task.cancelled', taskId: task.id, nodeId: task.nodeId, reason });
}

/** Cancels every open task and drops every token and fork: the case has concluded. */
export function cancelEverything(d: Draft, reason: string): void {
  for (const t of d.state.tasks) cancelTask(d, t, reason);
  d.state.tokens = [];
  d.state.forks = [];
}

export function openTasks(d: Draft): EngineTask[] {
  return d.state.tasks.filter((t) => t.status === 'open');
}

/** Recomputes open tasks' due dates after a suspension ended (art. 45, or the supplement period). */
export function refreshTaskDueDates(d: Draft): void {
  for (const t of openTasks(d)) {
    const deadlineDays = d.flow.node(t.nodeId).deadlineDays;
    if (deadlineDays === undefined) continue;
    const due = taskDueDate(t.openedAt, deadlineDays, d.state, d.ctx.calendar);
    if (due === t.dueDate) continue;
    t.dueDate = due;
    t.version += 1;
    d.emit({ type: 'task.due_date_changed', taskId: t.id, dueDate: due });
  }
}
