/**
 * Migrate-on-read for the engine's case state (STYLE rule 8): a state stored by an older engine
 * (`stateVersion` below CASE_STATE_VERSION) is upgraded by append-only, named steps when read, and
 * rewritten in the new shape by the next commit. A state from a newer engine than this one is
 * refused rather than misread. Steps are `{ id: 'case-state/2', name: 'AddSomething', up }`, each
 * raising `stateVersion` by one.
 */
import { OperationalError } from '../../../schemas/errors.js';
import { CASE_STATE_VERSION, type CaseState } from '../../engine/case-state.js';
import { upgradeRightsNotice } from '../../engine/legacy-state.js';

export interface StateUpgrade {
  id: string;
  name: string;
  /** From stateVersion n − 1 to n, where n is the number in `id`. */
  up(state: Record<string, unknown>): Record<string, unknown>;
}

export const CASE_STATE_UPGRADES: readonly StateUpgrade[] = [
  {
    // Version 1 stored one English art. 38 sentence for every refusal and denial; the applicant is
    // owed the remedies in Chinese. The matter type is not in the state, so the licence default
    // (what the old sentence claimed) is used; cases decided since carry their matter's own text.
    id: 'case-state/2',
    name: 'RightsNoticeInChinese',
    up: (state) => upgradeRightsNotice(state as unknown as CaseState) as unknown as Record<string, unknown>,
  },
];

/**
 * The state in the current shape.
 * 1. refuse a state newer than this engine (a rolled-back deployment must not rewrite it);
 * 2. apply every step above the stored version, in order.
 */
export function upgradeState(stored: unknown, upgrades: readonly StateUpgrade[] = CASE_STATE_UPGRADES, current = CASE_STATE_VERSION): CaseState {
  let state = stored as Record<string, unknown>;
  const version = typeof state?.stateVersion === 'number' ? state.stateVersion : 1;
  if (version > current) throw new OperationalError(`case state version ${version} is newer than this server (${current}): upgrade the server`); // 1
  for (const step of upgrades) { // 2
    const to = Number(step.id.split('/')[1]);
    if (to > version && to <= current) state = { ...step.up(state), stateVersion: to };
  }
  return state as unknown as CaseState;
}
