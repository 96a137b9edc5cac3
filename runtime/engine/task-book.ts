/**
 * Opening, closing and cancelling tasks. Every change bumps the task's own `version` (the store's
 * optimistic lock per task) and emits the matching effect, so the inbox never misses one.
 */
import type { FlowNode } from '../../schemas/types.generated.js';
import type { EngineTask, Token } from './case-state.js';
import type { Draft } from './draft.js';
import type { TaskCloseOutcome } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { dueDateForTask, isProvisional, setFlag, taskCountStart } from './working-days.js';

/**
 * Opens the task of a step for the token resting on it:
 * 1. in the step's department — a step `atAcceptingDesk` (统一出件) in the department that
 *    accepted the case, the front desk when it did;
 * 2. due by its step's days from now, the accept task by the case's art. 32 answer date;
 * 3. flagged 预计 when that count crosses a provisional day.
 */
export function openTask(d: Draft, node: FlowNode, token: Token): EngineTask {
  const id = d.newId('T');
  // 1.
  const departmentId = node.atAcceptingDesk === true
    ? d.state.acceptedBy?.departmentId ?? d.def.departmentId
    : node.departmentId ?? d.def.departmentId;
  const task: EngineTask = {
    id,
    ...(d.state.caseNo !== undefined ? { caseNo: d.state.caseNo } : {}),
    nodeId: node.id,
    stepName: node.name,
    departmentId,
    mode: node.mode ?? 'single',
    assignees: [...(node.assignees ?? [])],
    signatures: [],
    status: 'open',
    openedAt: d.ctx.now,
    version: 0,
  };
  // 2. + 3.
  const isAccept = node.id === d.flow.acceptNodeId;
  const due = dueDateForTask(task, node, isAccept, d.state, d.ctx.calendar);
  if (due !== undefined) {
    task.dueDate = due;
    setFlag(task, 'dueDateProvisional', isProvisional(taskCountStart(task, isAccept, d.state), due, d.ctx.calendar));
  }
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

/**
 * Opens a 知会 task for a co-implementing department: told of the conclusion, it acknowledges;
 * it has no token, no due date and never blocks the case. It sits at `nodeId`, the node where
 * the case concluded.
 */
export function openInformTask(d: Draft, departmentId: string, nodeId: string): EngineTask {
  const task: EngineTask = {
    id: d.newId('T'),
    ...(d.state.caseNo !== undefined ? { caseNo: d.state.caseNo } : {}),
    nodeId,
    stepName: `知会：${d.def.name ?? d.def.code}`,
    departmentId,
    mode: 'single',
    kind: 'inform',
    assignees: [],
    signatures: [],
    status: 'open',
    openedAt: d.ctx.now,
    version: 0,
  };
  d.state.tasks.push(task);
  d.emit({ type: 'task.opened', task: structuredClone(task) });
  return task;
}

/**
 * Recomputes open tasks' due dates and 预计 flags after a suspension ended (art. 45), the
 * supplement period, or a new submission date; a task whose date moved gets a version bump.
 */
export function refreshTaskDueDates(d: Draft): void {
  for (const t of openTasks(d)) {
    if (t.kind === 'inform') continue;
    const isAccept = t.nodeId === d.flow.acceptNodeId;
    const due = dueDateForTask(t, d.flow.node(t.nodeId), isAccept, d.state, d.ctx.calendar);
    if (due === undefined) continue;
    const flagged = setFlag(t, 'dueDateProvisional', isProvisional(taskCountStart(t, isAccept, d.state), due, d.ctx.calendar));
    if (due === t.dueDate) {
      if (flagged) t.version += 1;
      continue;
    }
    t.dueDate = due;
    t.version += 1;
    d.emit({ type: 'task.due_date_changed', taskId: t.id, dueDate: due });
  }
}
