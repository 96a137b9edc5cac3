/**
 * The flow interpreter (runtime/engine): pure, serializable, resumable. The server calls
 * `startCase` on submission and `advance` for every action, persists `state` and acts on `effects`.
 */
export { advance } from './advance.js';
export { startCase, type StartCaseInput } from './start-case.js';
export { materialsRequired, missingMaterials, deferredMaterials } from './materials.js';
export { EngineError, type EngineErrorCode } from './engine.error.js';
export { RIGHTS_NOTICE } from './conclude.js';
export { ENGINE_ADDED_NOTE } from './supplement-actions.js';
export { CASE_STATE_VERSION, CONCLUDED_STATUSES, isConcluded } from './case-state.js';
export type {
  CaseOutcome, CaseState, EngineTask, ForkInstance, HistoryEntry, RightsNotice, Token,
} from './case-state.js';
export type { Actor, EngineContext, EngineDefinition } from './engine-definition.js';
export type { EngineAction, EngineActionType, SupplementItem, SuspensionKind } from './engine-action.js';
export type { EngineEffect, TaskCloseOutcome, Transition } from './engine-effect.js';
