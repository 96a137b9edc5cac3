/**
 * Turns the engine's state into the documents the store keeps: the Case record (schema `case`), the
 * tasks a transition touched with their expected versions, the 80 % warning dates, the conclusion
 * figures supervision averages, and audit drafts from the engine's effects.
 */
import type { ActorRef, Applicant, Case, IsoDate } from '../../schemas/types.generated.js';
import { toChinaDate } from '../calendar/china-time.js';
import { dueDateAfter, readClock } from '../calendar/deadline-clock.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Actor, CaseState, EngineDefinition, EngineEffect, EngineTask } from '../engine/index.js';
import type { AuditDraft, CaseWrite, TaskWrite } from './storage/case-records.js';

/** Days into a limit at which the yellow warning starts: 80 % of the time used (DESIGN "Cases"). */
const warnAfter = (limitDays: number): number => Math.ceil(limitDays * 0.8);

export function caseRecord(state: CaseState, def: EngineDefinition, applicant: Applicant, caseNo: string, cal: WorkingCalendar): CaseWrite {
  const doc: Case = {
    caseNo,
    matterCode: state.matterCode,
    matterVersion: state.matterVersion,
    departmentId: def.departmentId,
    status: state.status,
    applicant,
    data: state.data,
    materials: state.materials,
    receivedAt: state.receivedAt,
    suspensions: state.suspensions,
    version: state.version,
    ...(state.situation ? { situation: state.situation } : {}),
    ...(state.acceptedAt ? { acceptedAt: state.acceptedAt } : {}),
    ...(state.deemedAccepted ? { deemedAccepted: true } : {}),
    ...(state.dueDate ? { dueDate: state.dueDate } : {}),
    ...(state.extension ? { extension: state.extension } : {}),
    ...(state.concludedAt ? { concludedAt: state.concludedAt } : {}),
    ...(state.outcome ? { outcome: state.outcome } : {}),
    ...(state.reasons ? { reasons: state.reasons } : {}),
    ...(state.notice ? { notice: state.notice } : {}),
  };
  return { case: doc, state, warnOn: caseWarnOn(state, def, cal), conclusion: conclusion(state, def, cal) };
}

/** The date the case crosses 80 % of its time; none before acceptance, after conclusion, or while the clock is stopped. */
function caseWarnOn(state: CaseState, def: EngineDefinition, cal: WorkingCalendar): IsoDate | undefined {
  const limit = def.promisedDays + (state.extension?.days ?? 0);
  if (!state.acceptedAt || state.concludedAt || limit === 0) return undefined;
  if (state.status === 'suspended' || state.status === 'supplement_requested') return undefined;
  return dueDateAfter(state.acceptedAt, warnAfter(limit), closed(state), cal);
}

function conclusion(state: CaseState, def: EngineDefinition, cal: WorkingCalendar) {
  if (!state.concludedAt || !state.acceptedAt) return undefined;
  const limitDays = def.promisedDays + (state.extension?.days ?? 0);
  const reading = readClock({ start: state.acceptedAt, limitDays, suspensions: closed(state), now: state.concludedAt }, cal);
  return { workingDaysUsed: reading.usedDays, promisedDays: limitDays };
}

const closed = (state: CaseState) => state.suspensions.filter((s) => s.to).map((s) => ({ from: s.from, to: s.to }));

/**
 * The tasks a transition opened or changed, with the version each had before it (absent for new
 * ones): the store writes them only if nobody changed them meanwhile.
 */
export function changedTasks(before: CaseState | undefined, after: CaseState, def: EngineDefinition, caseNo: string, cal: WorkingCalendar): TaskWrite[] {
  const old = new Map((before?.tasks ?? []).map((t) => [t.id, t]));
  const out: TaskWrite[] = [];
  for (const task of after.tasks) {
    const prior = old.get(task.id);
    if (prior && JSON.stringify(prior) === JSON.stringify(task)) continue;
    out.push({ task: { ...task, caseNo }, ...(prior ? { expectedVersion: prior.version } : {}), warnOn: taskWarnOn(task, def, cal) });
  }
  return out;
}

function taskWarnOn(task: EngineTask, def: EngineDefinition, cal: WorkingCalendar): IsoDate | undefined {
  if (task.status !== 'open' || !task.dueDate) return undefined;
  const days = def.flow.nodes.find((n) => n.id === task.nodeId)?.deadlineDays ?? 0;
  if (days === 0) return undefined;
  return cal.addWorkingDays(toChinaDate(task.openedAt), warnAfter(days));
}

export function actorRef(actor: Actor): ActorRef {
  return {
    kind: actor.kind,
    ...(actor.username ? { username: actor.username } : {}),
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.departmentId ? { departmentId: actor.departmentId } : {}),
  };
}

/** One audit event per effect, dot-namespaced, with what a reviewer needs to reconstruct it. */
export function auditOf(effects: EngineEffect[], caseNo: string, actor: Actor, at: string, extra: Record<string, unknown> = {}): AuditDraft[] {
  const ref = actorRef(actor);
  return effects.map((e) => {
    const { type, ...payload } = e;
    const action = type === 'task.opened' ? 'task.opened' : type;
    const body = type === 'task.opened' ? { taskId: e.task.id, nodeId: e.task.nodeId, departmentId: e.task.departmentId, dueDate: e.task.dueDate } : payload;
    return { at, caseNo, actor: ref, action: action.replace(/[^a-z._]/g, '_'), payload: { ...body, ...extra } as Record<string, unknown> };
  });
}
