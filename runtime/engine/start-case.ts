/**
 * Submitting a case: the state a new case (办件) starts from, on the matter version it was
 * submitted to.
 */
import type { CaseMaterial, DeskRef, Intake } from '../../schemas/types.generated.js';
import { CASE_STATE_VERSION, type CaseState } from './case-state.js';
import { Draft } from './draft.js';
import type { EngineContext, EngineDefinition } from './engine-definition.js';
import type { Transition } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { materialsRequired, normalizeSubmittedMaterials } from './materials.js';
import { moveOn } from './route-token.js';
import { acceptDueDateOf } from './working-days.js';

/** How an application came in; `receivedBy.at` defaults to the receipt (`ctx.now`). */
export interface IntakeInput {
  channel: Intake['channel'];
  receivedBy?: Omit<DeskRef, 'at'> & { at?: string };
}

export interface StartCaseInput {
  data: Record<string, unknown>;
  situation?: string;
  /**
   * Each material as provided, missing, defective (with a note saying what is wrong), or —
   * where the matter allows — committed (告知承诺) or deferred (容缺). An incomplete
   * application is received all the same (art. 32): the clerk then issues the one-time notice.
   */
  materials: CaseMaterial[];
  /** 窗口收件: the clerk who received a paper application at a window. Online when absent. */
  intake?: IntakeInput;
  /** Stamped on tasks (and prefixed to their ids) when given. */
  caseNo?: string;
  /** Exclusive conditions may read `applicant.kind`. */
  applicantKind?: 'individual' | 'legal_person';
}

/**
 * Starts a case in status `submitted`, complete or not (an incomplete application is received,
 * never refused):
 * 1. check the input and complete the materials (needed ones not submitted become `missing`,
 *    or `deferred` when 容缺);
 * 2. write the initial state, with the case version at 0, the intake, and the art. 32 answer
 *    date (5 working days after receipt) that the accept task is due by;
 * 3. when the flow begins with an accept step (受理), route to it so its task opens in the
 *    accepting department's inbox; otherwise the flow starts at acceptance.
 *
 * @example const { state, effects } = startCase(def, { data: { amount: 5 }, materials: [] }, { now, calendar })
 */
export function startCase(def: EngineDefinition, input: StartCaseInput, ctx: EngineContext): Transition {
  // 1.
  if (typeof input !== 'object' || input === null) throw new EngineError('INVALID_INPUT', 'input: must be an object');
  if (typeof input.data !== 'object' || input.data === null || Array.isArray(input.data)) {
    throw new EngineError('INVALID_INPUT', 'data: must be an object of form answers');
  }
  if (!Array.isArray(input.materials)) throw new EngineError('INVALID_INPUT', 'materials: must be a list');
  const data = structuredClone(input.data);
  const materials = normalizeSubmittedMaterials(def, input.materials, materialsRequired(def, input.situation, withApplicant(data, input.applicantKind)));
  const intake = intakeOf(input.intake, ctx.now);
  // 2.
  const state: CaseState = {
    stateVersion: CASE_STATE_VERSION,
    ...(input.caseNo !== undefined ? { caseNo: input.caseNo } : {}),
    matterCode: def.code,
    matterVersion: def.version,
    status: 'submitted',
    data,
    ...(input.situation !== undefined ? { situation: input.situation } : {}),
    ...(input.applicantKind !== undefined ? { applicantKind: input.applicantKind } : {}),
    materials,
    receivedAt: ctx.now,
    ...(intake !== undefined ? { intake } : {}),
    submittedAt: ctx.now,
    tokens: [],
    forks: [],
    tasks: [],
    taskForks: {},
    suspensions: [],
    history: [],
    nextId: 1,
    version: 0,
  };
  // A window intake is the clerk's act on the applicant's behalf; history says who received it.
  const by = intake?.receivedBy;
  const d = new Draft(def, state, ctx, by ? { kind: 'account', username: by.username, departmentId: by.departmentId, ...(by.windowId ? { windowId: by.windowId } : {}) } : { kind: 'applicant' });
  state.acceptDueDate = acceptDueDateOf(state, ctx.calendar);
  d.emit({ type: 'case.created', status: 'submitted' });
  d.record('submit', {
    materials: materials.map((m) => `${m.materialId}:${m.status}`),
    ...(intake ? { channel: intake.channel, ...(intake.receivedBy ? { receivedBy: intake.receivedBy.username } : {}) } : {}),
  });
  // 3.
  if (d.flow.acceptNodeId !== undefined) moveOn(d, { id: d.newId('K'), nodeId: d.flow.startId, forkStack: [] });
  return { state: d.state, effects: d.effects };
}

function intakeOf(input: IntakeInput | undefined, now: string): Intake | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'object' || input === null) throw new EngineError('INVALID_INPUT', 'intake: must be an object');
  if (input.channel !== 'window' && input.channel !== 'online') throw new EngineError('INVALID_INPUT', 'intake.channel: must be "window" or "online"');
  const by = input.receivedBy;
  if (by === undefined) return { channel: input.channel };
  for (const key of ['username', 'departmentId'] as const) {
    if (typeof by[key] !== 'string' || by[key] === '') throw new EngineError('INVALID_INPUT', `intake.receivedBy.${key}: is required`);
  }
  return {
    channel: input.channel,
    receivedBy: { username: by.username, departmentId: by.departmentId, ...(by.windowId ? { windowId: by.windowId } : {}), at: by.at ?? now },
  };
}

function withApplicant(data: Record<string, unknown>, kind: string | undefined): Record<string, unknown> {
  return kind === undefined ? data : { ...data, applicant: { ...(data.applicant as object | undefined), kind } };
}
