/**
 * Turns the engine's state into the documents the store keeps: the Case record (schema `case`), the
 * tasks a transition touched with their expected versions, the warning instants, the desks a case
 * is listed and credited under, the conclusion figures supervision averages, and audit drafts from
 * the engine's effects.
 */
import type { ActorRef, Applicant, Case, Timestamp } from '../../schemas/types.generated.js';
import { readClock } from '../calendar/deadline-clock.js';
import { ANSWER_WORKING_DAYS } from '../calendar/deemed-acceptance.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Actor, CaseState, EngineDefinition, EngineEffect, EngineTask } from '../engine/index.js';
import { warnAtOf } from './case-warning.js';
import type { AuditDraft, CaseDesks, CaseWrite, TaskWrite } from './storage/case-records.js';

export function caseRecord(state: CaseState, def: EngineDefinition, applicant: Applicant, caseNo: string, cal: WorkingCalendar): CaseWrite {
  const warnAt = caseWarnAt(state, def, cal);
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
    intake: state.intake ?? { channel: 'online' },
    suspensions: state.suspensions,
    version: state.version,
    ...(state.situation ? { situation: state.situation } : {}),
    ...(state.acceptedAt ? { acceptedAt: state.acceptedAt } : {}),
    ...(state.deemedAccepted ? { deemedAccepted: true } : {}),
    ...(state.acceptedBy ? { acceptedBy: state.acceptedBy } : {}),
    ...(state.acceptDueDate ? { acceptDueDate: state.acceptDueDate } : {}),
    ...(state.dueDate ? { dueDate: state.dueDate } : {}),
    ...(state.dueDateProvisional ? { dueDateProvisional: true } : {}),
    ...(warnAt ? { warnAt } : {}),
    ...(state.extension ? { extension: state.extension } : {}),
    ...(state.extensionRequest ? { extensionRequest: state.extensionRequest } : {}),
    ...(state.concludedAt ? { concludedAt: state.concludedAt } : {}),
    ...(state.outcome ? { outcome: state.outcome } : {}),
    ...(state.reasons ? { reasons: state.reasons } : {}),
    ...(isRightsNotice(state.rightsNotice) ? { rightsNotice: state.rightsNotice } : {}),
    ...(state.delivery ? { delivery: state.delivery } : {}),
    ...(state.notice ? { notice: state.notice } : {}),
  };
  return { case: doc, state, ...(warnAt ? { warnAt } : {}), desks: desksOf(state, def), conclusion: conclusion(state, def, cal) };
}

/** A state written by an older engine kept the English-keyed notice: not the schema's, left out. */
function isRightsNotice(n: unknown): n is NonNullable<Case['rightsNotice']> {
  return typeof n === 'object' && n !== null && typeof (n as { remedies?: unknown }).remedies === 'string';
}

/**
 * The desks of a case: the receiving window's department (window intake), the accepting
 * department and window (a deemed acceptance is the matter's department's), and the department of
 * the step that decided a granted or denied case.
 */
export function desksOf(state: CaseState, def: EngineDefinition): CaseDesks {
  const by = state.acceptedBy;
  const acceptDepartmentId = by?.departmentId ?? (state.acceptedAt ? def.departmentId : undefined);
  const decideDepartmentId = state.outcome === 'granted' || state.outcome === 'denied' ? decidingDepartment(state, def) ?? def.departmentId : undefined;
  return {
    ...(state.intake?.receivedBy ? { intakeDepartmentId: state.intake.receivedBy.departmentId } : {}),
    ...(acceptDepartmentId ? { acceptDepartmentId } : {}),
    ...(by?.windowId ? { acceptWindowId: by.windowId } : {}),
    ...(decideDepartmentId ? { decideDepartmentId } : {}),
  };
}

/**
 * The department of the step that decided: the last work task completed, leaving out 统一出件
 * (deliver) steps, which issue a decision made before them (the counter's conclude, an end node's
 * step, or the step before a gateway that denied).
 */
function decidingDepartment(state: CaseState, def: EngineDefinition): string | undefined {
  const deliver = new Set(def.flow.nodes.filter((n) => n.kind === 'step' && n.stepType === 'deliver').map((n) => n.id));
  const done = state.tasks.filter((t) => t.status === 'completed' && t.kind !== 'inform' && !deliver.has(t.nodeId));
  return done[done.length - 1]?.departmentId;
}

/**
 * When the decision clock leaves less than 20 % of the working time; none before acceptance, after
 * conclusion, while the clock is stopped, or without a limit.
 */
function caseWarnAt(state: CaseState, def: EngineDefinition, cal: WorkingCalendar): Timestamp | undefined {
  const limit = def.promisedDays + (state.extension?.days ?? 0);
  if (!state.acceptedAt || state.concludedAt || limit === 0) return undefined;
  if (state.status === 'suspended' || state.status === 'supplement_requested') return undefined;
  return warnAtOf(state.acceptedAt, limit, closed(state, state.acceptedAt), cal);
}

function conclusion(state: CaseState, def: EngineDefinition, cal: WorkingCalendar) {
  if (!state.concludedAt || !state.acceptedAt) return undefined;
  const limitDays = def.promisedDays + (state.extension?.days ?? 0);
  const reading = readClock({ start: state.acceptedAt, limitDays, suspensions: closed(state), now: state.concludedAt }, cal);
  return { workingDaysUsed: reading.usedDays, promisedDays: limitDays };
}

/** Ended suspensions (since `from` when given): an open one pushes the clock once its length is known. */
const closed = (state: CaseState, from?: string) =>
  state.suspensions.filter((s) => s.to && (from === undefined || s.to > from)).map((s) => ({ from: s.from, to: s.to }));

/**
 * A task as the store keeps it: the engine's task with its warning instant. The accept task is
 * warned on by the art. 32 answer clock (5 working days from the complete submission), the others
 * by their step's days from opening; 知会 tasks and steps without days never warn.
 */
export function storedTask(task: EngineTask, state: CaseState, def: EngineDefinition, cal: WorkingCalendar): EngineTask {
  const { warnAt: _old, ...rest } = task as EngineTask & { warnAt?: string };
  const warnAt = taskWarnAt(task, state, def, cal);
  return warnAt ? { ...rest, warnAt } : rest;
}

function taskWarnAt(task: EngineTask, state: CaseState, def: EngineDefinition, cal: WorkingCalendar): Timestamp | undefined {
  if (task.status !== 'open' || !task.dueDate || task.kind === 'inform') return undefined;
  const node = def.flow.nodes.find((n) => n.id === task.nodeId);
  if (node?.kind === 'step' && node.stepType === 'accept' && state.status === 'submitted') {
    return warnAtOf(state.submittedAt, ANSWER_WORKING_DAYS, [], cal);
  }
  if (state.status === 'supplement_requested') return undefined;
  const days = node?.deadlineDays ?? 0;
  return days === 0 ? undefined : warnAtOf(task.openedAt, days, closed(state, task.openedAt), cal);
}

/**
 * The tasks a transition opened or changed, with the version each had before it (absent for new
 * ones): the store writes them only if nobody changed them meanwhile. A task also counts as changed
 * when only its warning instant moved (a supplement restarted the answer clock).
 */
export function changedTasks(before: CaseState | undefined, after: CaseState, def: EngineDefinition, caseNo: string, cal: WorkingCalendar): TaskWrite[] {
  const old = new Map((before?.tasks ?? []).map((t) => [t.id, t]));
  const out: TaskWrite[] = [];
  for (const task of after.tasks) {
    const prior = old.get(task.id);
    const next = storedTask(task, after, def, cal);
    if (prior && JSON.stringify(storedTask(prior, before!, def, cal)) === JSON.stringify(next)) continue;
    const warnAt = (next as { warnAt?: string }).warnAt;
    out.push({ task: { ...next, caseNo }, ...(prior ? { expectedVersion: prior.version } : {}), ...(warnAt ? { warnAt } : {}) });
  }
  return out;
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
