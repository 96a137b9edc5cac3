/**
 * 统一出件 and 知会: issuing the result at a deliver step, recording how (window, post,
 * electronic), and a co-implementing department acknowledging that it was told of a conclusion.
 */
import type { Delivery } from '../../schemas/types.generated.js';
import { requireSigner, requireStaffOf } from './authorize.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { moveOn } from './route-token.js';
import { closeTask, openTaskById } from './task-book.js';
import { decidableTask } from './task-actions.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/**
 * Deliver:
 * 1. an open task of a deliver step (stepType `deliver`), signed by its department — the
 *    accepting front desk for a step `atAcceptingDesk`;
 * 2. the delivery is recorded on the case (its shape was checked with the action);
 * 3. the task completes and its token moves on (usually to the end: the case concludes).
 */
export function deliver(d: Draft, a: Of<'deliver'>): void {
  // 1.
  const task = decidableTask(d, a.taskId, 'deliver');
  const node = d.flow.node(task.nodeId);
  if (node.stepType !== 'deliver') {
    throw new EngineError('INVALID_ACTION', `step "${task.stepName}" is not a deliver step (统一出件): use approve`);
  }
  // 2.
  const delivery: Delivery = { ...a.delivery, at: d.ctx.now, by: d.actor.username!, departmentId: task.departmentId };
  d.state.delivery = delivery;
  d.emit({ type: 'case.delivered', delivery: { ...delivery } });
  d.record('deliver', { method: a.delivery.method, ...(a.comment ? { comment: a.comment } : {}) }, { taskId: task.id, nodeId: task.nodeId });
  // 3.
  closeTask(d, task, 'deliver', a.comment);
  const token = d.state.tokens.find((t) => t.taskId === task.id);
  if (!token) throw new EngineError('INVALID_STATE', `task "${task.id}" has no token: the state is corrupt`);
  moveOn(d, token);
}

/**
 * Whether a plain approve must be refused at this step: a step at the accepting desk issues the
 * result (统一出件), which is recorded only by `deliver`. Other deliver steps take either.
 */
export function needsDeliveryRecord(d: Draft, nodeId: string): boolean {
  const node = d.flow.node(nodeId);
  return node.stepType === 'deliver' && node.atAcceptingDesk === true;
}

/** 知会: staff of the informed department acknowledge; the concluded case stays as it is. */
export function acknowledge(d: Draft, a: Of<'acknowledge'>): void {
  const task = openTaskById(d, a.taskId);
  if (task.kind !== 'inform') throw new EngineError('INVALID_ACTION', `task "${task.stepName}" is not a 知会 task: acknowledge is for those`);
  requireStaffOf(d.actor, task.departmentId, `task "${task.stepName}"`);
  if ((task.assignees ?? []).length > 0) requireSigner(d.actor, task);
  closeTask(d, task, 'acknowledge');
  d.record('acknowledge', {}, { taskId: task.id, nodeId: task.nodeId });
}
