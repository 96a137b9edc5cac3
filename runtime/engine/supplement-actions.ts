/** 补正: the one-time notice (一次性告知, art. 32) and the applicant's supplies. */
import type { CaseMaterial, SupplementNotice } from '../../schemas/types.generated.js';
import { acceptanceTask } from './acceptance-stage.js';
import { requireApplicant } from './authorize.js';
import type { Draft } from './draft.js';
import type { EngineAction, SupplementItem } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { missingMaterials } from './materials.js';
import { requireStatus } from './require-status.js';
import { refreshTaskDueDates } from './task-book.js';
import { acceptDueDateOf } from './working-days.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

export const ENGINE_ADDED_NOTE = 'needed and not provided: added to the notice by the completeness check';

/**
 * Issues the one-time notice:
 * 1. only at acceptance, and only once per case — the law's point is that the applicant hears
 *    everything at once, not one item per visit;
 * 2. the clerk's items must name materials of the matter, each once;
 * 3. every needed material still missing or defective and not listed is added, so nothing can be
 *    forgotten — a defective one with the note the window clerk wrote at intake;
 * 4. the listed materials are marked missing / defective, the case waits with the clock stopped,
 *    and the accept task has no due date until the supply completes (then 5 working days again).
 */
export function requestSupplement(d: Draft, a: Of<'request_supplement'>): void {
  // 1.
  requireStatus(d, ['submitted'], 'a supplement notice');
  const task = acceptanceTask(d, a.taskId, 'a supplement notice');
  if (d.state.notice !== undefined) {
    throw new EngineError('INVALID_ACTION', `the one-time supplement notice was already issued at ${d.state.notice.issuedAt}; a second notice is not allowed (一次性告知)`);
  }
  // 2.
  const known = new Set(d.def.materials.map((m) => m.id));
  const items: SupplementItem[] = [];
  for (const item of a.items) {
    if (!known.has(item.materialId)) throw new EngineError('INVALID_INPUT', `items: "${item.materialId}" is not a material of this matter`);
    if (items.some((i) => i.materialId === item.materialId)) throw new EngineError('INVALID_INPUT', `items: "${item.materialId}" is listed twice`);
    items.push({ materialId: item.materialId, problem: item.problem, ...(item.note ? { note: item.note } : {}) });
  }
  // 3.
  for (const m of missingMaterials(d.def, d.state)) {
    if (items.some((i) => i.materialId === m.id)) continue;
    const entry = d.state.materials.find((x) => x.materialId === m.id);
    if (entry?.status === 'defective') items.push({ materialId: m.id, problem: 'defective', note: entry.note ?? ENGINE_ADDED_NOTE });
    else items.push({ materialId: m.id, problem: 'missing', note: ENGINE_ADDED_NOTE });
  }
  if (items.length === 0) throw new EngineError('INVALID_INPUT', 'items: nothing to supplement, every needed material is provided');
  // 4.
  for (const item of items) setMaterial(d, item.materialId, { status: item.problem, ...(item.note ? { note: item.note } : {}) });
  const notice: SupplementNotice = { items, issuedAt: d.ctx.now, ...(d.actor.username ? { issuedBy: d.actor.username } : {}) };
  d.state.notice = notice;
  d.state.suspensions.push({ kind: 'supplement', reason: 'one-time supplement notice', from: d.ctx.now });
  if (task && task.dueDate !== undefined) {
    // The office has answered; the applicant, not the desk, is awaited: no desk deadline until the supply.
    delete task.dueDate;
    delete task.dueDateProvisional;
    task.version += 1;
  }
  d.setStatus('supplement_requested');
  d.emit({ type: 'notice.issued', notice: structuredClone(notice) });
  d.record('request_supplement', { items: items.map((i) => `${i.materialId}:${i.problem}`) }, task ? { taskId: task.id, nodeId: task.nodeId } : {});
}

/**
 * The applicant supplies files:
 * 1. while a notice is out, for its items; at any time before conclusion, for materials still
 *    deferred (容缺), missing or defective — a provided material is not replaced here;
 * 2. each becomes `provided`;
 * 3. once every notice item is provided the case is submitted again (the 5 days of art. 32
 *    count from now, and the accept task is due 5 working days from now); a partial supply keeps
 *    it waiting.
 */
export function supplement(d: Draft, a: Of<'supplement'>): void {
  requireApplicant(d.actor, 'supplying materials');
  requireStatus(d, ['submitted', 'supplement_requested', 'in_progress', 'suspended'], 'supplying materials');
  const onNotice = new Set(d.state.status === 'supplement_requested' ? d.state.notice!.items.map((i) => i.materialId) : []);
  // 1.
  for (const m of a.materials) {
    if (!d.def.materials.some((x) => x.id === m.materialId)) {
      throw new EngineError('INVALID_INPUT', `materials: "${m.materialId}" is not a material of this matter`);
    }
    const current = d.state.materials.find((x) => x.materialId === m.materialId);
    const awaited = current !== undefined && ['deferred', 'missing', 'defective'].includes(current.status);
    if (!awaited && !onNotice.has(m.materialId)) {
      throw new EngineError('INVALID_ACTION', `material "${m.materialId}" is ${current?.status ?? 'not asked for'}: only deferred, missing or defective materials are supplied`);
    }
  }
  // 2.
  for (const m of a.materials) setMaterial(d, m.materialId, { status: 'provided', fileIds: [...m.fileIds] }, true);
  d.record('supplement', { materials: a.materials.map((m) => m.materialId) });
  // 3.
  if (d.state.status === 'supplement_requested') {
    const provided = (id: string): boolean => d.state.materials.some((x) => x.materialId === id && x.status === 'provided');
    if (d.state.notice!.items.every((i) => provided(i.materialId))) {
      const open = d.state.suspensions.find((s) => s.kind === 'supplement' && s.to === undefined);
      if (open) open.to = d.ctx.now;
      d.state.submittedAt = d.ctx.now;
      if (d.state.acceptDueDate !== undefined) d.state.acceptDueDate = acceptDueDateOf(d.state, d.ctx.calendar);
      d.setStatus('submitted');
      refreshTaskDueDates(d);
    }
  }
}

function setMaterial(d: Draft, materialId: string, patch: Partial<CaseMaterial>, clearNote = false): void {
  const entry = d.state.materials.find((m) => m.materialId === materialId);
  if (entry) {
    Object.assign(entry, patch);
    if (clearNote && patch.note === undefined) delete entry.note;
  } else {
    d.state.materials.push({ materialId, status: 'missing', ...patch });
  }
}
