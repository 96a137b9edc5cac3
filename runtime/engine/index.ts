/**
 * The flow interpreter (runtime/engine): pure, serializable, resumable. The server calls
 * `startCase` on submission and `advance` for every action, persists `state` and acts on
 * `effects`; `recomputeDates` after a calendar change; `signProgress` for 会签 views.
 */
export { advance } from './advance.js';
export { startCase, type IntakeInput, type StartCaseInput } from './start-case.js';
export { recomputeDates, type DateMove, type RecomputedDates, type TaskDateMove } from './recompute-dates.js';
export { maySign, signProgress, type SignProgress } from './sign-progress.js';
export { describeCondition, type ConditionWords } from './condition-words.js';
export { conditionWordsOf } from './condition-words-of.js';
export { checkDelivery } from './check-delivery.js';
export { upgradeRightsNotice } from './legacy-state.js';
export { DEFAULT_EXTENSION_DAYS } from './extension-actions.js';
export { materialsRequired, missingMaterials, deferredMaterials } from './materials.js';
export { EngineError, type EngineErrorCode } from './engine.error.js';
export { ENGINE_ADDED_NOTE } from './supplement-actions.js';
export { CASE_STATE_VERSION, CONCLUDED_STATUSES, isConcluded } from './case-state.js';
export type {
  CaseOutcome, CaseState, EngineTask, ForkInstance, HistoryEntry, RightsNotice, Token,
} from './case-state.js';
export type { Actor, EngineContext, EngineDefinition } from './engine-definition.js';
export type { DeliveryInput, EngineAction, EngineActionType, SupplementItem, SuspensionKind } from './engine-action.js';
export type { EngineEffect, TaskCloseOutcome, Transition } from './engine-effect.js';
