/** Acceptance decisions: 受理, 不予受理, 即办件 conclusion and art. 32 deemed acceptance. */
import { deemedAcceptance } from '../calendar/deemed-acceptance.js';
import { acceptanceTask, deskOf, startClock } from './acceptance-stage.js';
import { requireSystem } from './authorize.js';
import { concludeCase } from './conclude.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { missingMaterials } from './materials.js';
import { requireStatus } from './require-status.js';
import { moveOn } from './route-token.js';
import { closeTask } from './task-book.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/**
 * 受理:
 * 1. only a submitted case whose needed materials are all there (provided, 告知承诺 committed or
 *    容缺 deferred) — otherwise the clerk issues the one-time notice or refuses;
 * 2. the clock starts; the accepting desk is remembered (a front desk keeps following the case,
 *    and its 统一出件 step opens there);
 * 3. the accept task completes and its token moves on (or the flow starts, without an accept step).
 */
export function accept(d: Draft, a: Of<'accept'>): void {
  // 1.
  requireStatus(d, ['submitted'], 'accept');
  const task = acceptanceTask(d, a.taskId, 'accept');
  requireComplete(d, 'accept');
  // 2.
  startClock(d, d.ctx.now);
  d.state.acceptedBy = deskOf(d);
  d.setStatus('in_progress');
  d.record('accept', {}, task ? { taskId: task.id, nodeId: task.nodeId } : {});
  // 3.
  proceed(d, task, a.comment);
}

/** 不予受理: concluded as refused, with reasons and the applicant's rights (art. 38). */
export function refuse(d: Draft, a: Of<'refuse'>): void {
  requireStatus(d, ['submitted', 'supplement_requested'], 'refuse');
  const task = acceptanceTask(d, a.taskId, 'refuse');
  if (task) closeTask(d, task, 'refuse', a.reasons);
  d.record('refuse', { reasons: a.reasons }, task ? { taskId: task.id, nodeId: task.nodeId } : {});
  concludeCase(d, 'refused', a.reasons, task ? { stepName: task.stepName, nodeId: task.nodeId } : {});
}

/**
 * 即办件: accepted and decided on the spot; a grant needs complete materials, a denial reasons.
 * Co-implementing departments are informed (知会) by the conclusion.
 */
export function conclude(d: Draft, a: Of<'conclude'>): void {
  if (d.def.handlingType !== 'immediate') {
    throw new EngineError('INVALID_ACTION', `conclude at acceptance is for immediate matters (即办件); "${d.def.code}" is a promised matter: accept it and run the flow`);
  }
  requireStatus(d, ['submitted'], 'conclude');
  const task = acceptanceTask(d, a.taskId, 'conclude');
  if (a.outcome === 'granted') requireComplete(d, 'grant');
  startClock(d, d.ctx.now);
  d.state.acceptedBy = deskOf(d);
  if (task) closeTask(d, task, a.outcome === 'granted' ? 'approve' : 'deny', a.reasons);
  d.record('conclude', { outcome: a.outcome, ...(a.reasons ? { reasons: a.reasons } : {}) }, task ? { taskId: task.id, nodeId: task.nodeId } : {});
  concludeCase(d, a.outcome, a.reasons, task ? { stepName: task.stepName, nodeId: task.nodeId } : {});
}

/**
 * Art. 32: no acceptance decision and no notice within 5 working days of a complete submission,
 * so the case counts as accepted as of that submission. Only the system decides this, and only
 * once the 5 days are over. The acceptance is credited to the matter's department (`system`).
 */
export function deemAccepted(d: Draft): void {
  requireSystem(d.actor, 'deemed acceptance');
  requireStatus(d, ['submitted'], 'deemed acceptance');
  const verdict = deemedAcceptance({ receivedAt: d.state.submittedAt, now: d.ctx.now }, d.ctx.calendar);
  if (!verdict.deemed) {
    throw new EngineError('INVALID_STATE', `deemed acceptance: the accepting department may still answer until ${verdict.answerDeadline}`);
  }
  const task = d.flow.acceptNodeId === undefined ? undefined : d.state.tasks.find((t) => t.nodeId === d.flow.acceptNodeId && t.status === 'open');
  d.state.deemedAccepted = true;
  startClock(d, d.state.submittedAt);
  d.state.acceptedBy = deskOf(d);
  d.setStatus('in_progress');
  d.record('deem_accepted', { acceptedAt: d.state.submittedAt, answerDeadline: verdict.answerDeadline }, task ? { taskId: task.id, nodeId: task.nodeId } : {});
  proceed(d, task, 'deemed accepted (art. 32)');
}

function requireComplete(d: Draft, what: string): void {
  const missing = missingMaterials(d.def, d.state);
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m.name}" (${m.id})`).join(', ');
    throw new EngineError('INVALID_STATE', `cannot ${what}: materials missing or defective: ${names}; issue the one-time supplement notice or refuse`);
  }
}

/** Completes the accept task and moves its token on, or starts the flow at its start node. */
function proceed(d: Draft, task: ReturnType<typeof acceptanceTask>, comment: string | undefined): void {
  if (task) {
    closeTask(d, task, 'accept', comment);
    const token = d.state.tokens.find((t) => t.taskId === task.id);
    if (!token) throw new EngineError('INVALID_STATE', `task "${task.id}" has no token: the state is corrupt`);
    moveOn(d, token);
  } else {
    moveOn(d, { id: d.newId('K'), nodeId: d.flow.startId, forkStack: [] });
  }
}
