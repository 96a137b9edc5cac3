/**
 * Submitting a case: the state a new case (办件) starts from, on the matter version it was
 * submitted to.
 */
import type { CaseMaterial } from '../../schemas/types.generated.js';
import { CASE_STATE_VERSION, type CaseState } from './case-state.js';
import { Draft } from './draft.js';
import type { EngineContext, EngineDefinition } from './engine-definition.js';
import type { Transition } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { materialsRequired, normalizeSubmittedMaterials } from './materials.js';
import { moveOn } from './route-token.js';

export interface StartCaseInput {
  data: Record<string, unknown>;
  situation?: string;
  materials: CaseMaterial[];
  /** Stamped on tasks (and prefixed to their ids) when given. */
  caseNo?: string;
  /** Exclusive conditions may read `applicant.kind`. */
  applicantKind?: 'individual' | 'legal_person';
}

/**
 * Starts a case in status `submitted`:
 * 1. check the input and complete the materials (needed ones not submitted become `missing`,
 *    or `deferred` when 容缺);
 * 2. write the initial state, with the case version at 0;
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
  const d = new Draft(def, state, ctx, { kind: 'applicant' });
  d.emit({ type: 'case.created', status: 'submitted' });
  d.record('submit', { materials: materials.map((m) => `${m.materialId}:${m.status}`) });
  // 3.
  if (d.flow.acceptNodeId !== undefined) moveOn(d, { id: d.newId('K'), nodeId: d.flow.startId, forkStack: [] });
  return { state: d.state, effects: d.effects };
}

function withApplicant(data: Record<string, unknown>, kind: string | undefined): Record<string, unknown> {
  return kind === undefined ? data : { ...data, applicant: { ...(data.applicant as object | undefined), kind } };
}
