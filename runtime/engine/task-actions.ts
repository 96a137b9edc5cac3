/** Deciding a task: approve (会签 / 或签 / single) and deny. */
import type { EngineTask } from './case-state.js';
import { requireSigner } from './authorize.js';
import { concludeCase } from './conclude.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { isCovered, materialsRequired, conditionData } from './materials.js';
import { requireStatus } from './require-status.js';
import { moveOn } from './route-token.js';
import { closeTask, openTaskById } from './task-book.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/**
 * Approve:
 * 1. an open task of an in-progress case, signed by its department (and a listed assignee);
 *    the accept task before acceptance is decided with accept / refuse / request_supplement, a
 *    统一出件 step at the accepting desk with deliver;
 * 2. every material the step checks must be there: a still-deferred (容缺) one blocks;
 * 3. the signature is added; one per signer — a listed signer who has not signed always may,
 *    whoever else signed meanwhile;
 * 4. the task completes when its mode says so — countersign: every listed assignee approved
 *    (none listed: one approval); any-sign and single: the first approval;
 * 5. on completion the token moves on.
 */
export function approve(d: Draft, a: Of<'approve'>): void {
  // 1.
  const task = decidableTask(d, a.taskId, 'approve');
  const node = d.flow.node(task.nodeId);
  if (node.stepType === 'deliver' && node.atAcceptingDesk === true) {
    throw new EngineError('INVALID_ACTION', `step "${task.stepName}" issues the result at the accepting desk (统一出件): use deliver, recording how it was delivered`);
  }
  // 2.
  requireCheckedMaterials(d, task);
  // 3.
  const username = d.actor.username!;
  const signatures = (task.signatures ??= []);
  if (signatures.some((s) => s.username === username && s.action === 'approve')) {
    throw new EngineError('INVALID_ACTION', `"${username}" has already signed task "${task.stepName}"`);
  }
  signatures.push({ username, action: 'approve', ...(a.comment ? { comment: a.comment } : {}), at: d.ctx.now });
  task.version += 1;
  d.record('approve', a.comment ? { comment: a.comment } : {}, { taskId: task.id, nodeId: task.nodeId });
  // 4.
  const assignees = task.assignees ?? [];
  const complete = task.mode !== 'countersign' || assignees.every((u) => signatures.some((s) => s.username === u && s.action === 'approve'));
  if (!complete) {
    d.emit({ type: 'task.signed', taskId: task.id, username });
    return;
  }
  // 5.
  closeTask(d, task, 'approve', a.comment);
  const token = d.state.tokens.find((t) => t.taskId === task.id);
  if (!token) throw new EngineError('INVALID_STATE', `task "${task.id}" has no token: the state is corrupt`);
  moveOn(d, token);
}

/** Deny at any task: the case concludes as denied, every other open task is cancelled (art. 38 reasons). */
export function deny(d: Draft, a: Of<'deny'>): void {
  const task = decidableTask(d, a.taskId, 'deny');
  (task.signatures ??= []).push({ username: d.actor.username!, action: 'deny', comment: a.comment, at: d.ctx.now });
  closeTask(d, task, 'deny', a.comment);
  d.record('deny', { comment: a.comment }, { taskId: task.id, nodeId: task.nodeId });
  concludeCase(d, 'denied', a.comment, { stepName: task.stepName, nodeId: task.nodeId });
}

/** An open task the actor may decide now (shared by approve, deny and return). */
export function decidableTask(d: Draft, taskId: string, what: string): EngineTask {
  const task = openTaskById(d, taskId);
  if (d.state.status === 'submitted' && task.nodeId === d.flow.acceptNodeId) {
    throw new EngineError('INVALID_ACTION', `task "${task.stepName}" is the acceptance: use accept, refuse or request_supplement, not ${what}`);
  }
  requireStatus(d, ['in_progress'], what);
  requireSigner(d.actor, task);
  return task;
}

function requireCheckedMaterials(d: Draft, task: EngineTask): void {
  const checks = d.flow.node(task.nodeId).checksMaterials ?? [];
  if (checks.length === 0) return;
  const needed = new Set(materialsRequired(d.def, d.state.situation, conditionData(d.state.data, d.state.situation, d.state.applicantKind)).map((m) => m.id));
  for (const id of checks) {
    const material = d.def.materials.find((m) => m.id === id);
    const entry = d.state.materials.find((m) => m.materialId === id);
    if (!material) continue;
    if (entry?.status === 'deferred') {
      throw new EngineError('INVALID_STATE', `step "${task.stepName}" checks material "${material.name}" (${id}), still deferred (容缺): the applicant must supply it first`);
    }
    if (needed.has(id) && !isCovered(material, entry)) {
      throw new EngineError('INVALID_STATE', `step "${task.stepName}" checks material "${material.name}" (${id}), which is ${entry?.status ?? 'missing'}`);
    }
  }
}
