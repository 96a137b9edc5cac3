/** 退回: sending the case back to an earlier step it has completed. */
import type { EngineTask, Token } from './case-state.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { cancelTask, closeTask, openTask } from './task-book.js';
import { decidableTask } from './task-actions.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/**
 * Return:
 * 1. the target is a step this case completed and that leads to the returning step — an earlier
 *    step on this path, not a sibling branch;
 * 2. compare the fork stacks of the returning task (T) and of the target's last completion (N);
 *    their common prefix C is where both stand;
 * 3. the fork instances of T beyond C are left behind: their tokens (open steps and arrivals
 *    waiting at joins) and their tasks are cancelled, their instances and those nested in them dropped;
 * 4. the returning task completes with action `return`;
 * 5. a token opens a new task at the target. If the target sat inside forks that have since
 *    joined (N beyond C), it re-enters through fresh one-branch instances, so those joins let it
 *    through without waiting for branches that are already done.
 */
export function returnTask(d: Draft, a: Of<'return'>): void {
  const task = decidableTask(d, a.taskId, 'return');
  // 1.
  const target = d.flow.node(a.toNodeId);
  const done = lastCompletion(d, target.id);
  if (target.kind !== 'step' || done === undefined) {
    throw new EngineError('INVALID_ACTION', `return: "${a.toNodeId}" is not a step this case has completed`);
  }
  if (target.id === task.nodeId || !d.flow.reaches(target.id, task.nodeId)) {
    throw new EngineError('INVALID_ACTION', `return: step "${target.name}" does not come before "${task.stepName}" on this path`);
  }
  // 2.
  const stackT = d.state.taskForks[task.id] ?? [];
  const stackN = d.state.taskForks[done.id] ?? [];
  let c = 0;
  while (c < stackT.length && c < stackN.length && stackT[c] === stackN[c]) c++;
  // 3.
  const abandoned = new Set(stackT.slice(c));
  const leftBehind = (t: Token): boolean => t.forkStack.some((f) => abandoned.has(f));
  for (const t of d.state.tokens.filter(leftBehind)) {
    const other = t.taskId === undefined ? undefined : d.state.tasks.find((x) => x.id === t.taskId);
    if (other && other.id !== task.id) cancelTask(d, other, `returned to "${target.name}"`);
  }
  d.state.tokens = d.state.tokens.filter((t) => !leftBehind(t) && t.taskId !== task.id);
  d.state.forks = d.state.forks.filter((f) => !abandoned.has(f.id) && !f.outer.some((o) => abandoned.has(o)));
  // 4.
  (task.signatures ??= []).push({ username: d.actor.username!, action: 'return', comment: a.comment, at: d.ctx.now });
  closeTask(d, task, 'return', a.comment);
  // 5.
  const forkStack = stackT.slice(0, c);
  for (const old of stackN.slice(c)) {
    const id = d.newId('F');
    d.state.forks.push({ id, nodeId: target.id, branches: 1, outer: [...forkStack], reentryOf: old });
    forkStack.push(id);
  }
  const token: Token = { id: d.newId('K'), nodeId: target.id, forkStack };
  d.state.tokens.push(token);
  openTask(d, target, token);
  d.record('return', { toNodeId: target.id, comment: a.comment, cancelledBranches: [...abandoned] }, { taskId: task.id, nodeId: task.nodeId });
}

function lastCompletion(d: Draft, nodeId: string): EngineTask | undefined {
  for (let i = d.state.tasks.length - 1; i >= 0; i--) {
    const t = d.state.tasks[i];
    if (t.nodeId === nodeId && t.status === 'completed' && (t.action === 'approve' || t.action === 'accept')) return t;
  }
  return undefined;
}
