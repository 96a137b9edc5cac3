/**
 * The engine's one entry point after submission: `state + action → new state + effects`. Pure:
 * the given state is never changed, the clock and calendar come from `ctx`, ids from the state's
 * counter, so the same call always gives the same transition and the store can persist each one
 * and resume after a restart.
 */
import { accept, conclude, deemAccepted, refuse } from './accept-actions.js';
import { refuseSupervisor } from './authorize.js';
import type { CaseState } from './case-state.js';
import { isConcluded } from './case-state.js';
import { checkAction } from './check-action.js';
import { resume, suspend } from './clock-actions.js';
import { acknowledge, deliver } from './deliver-actions.js';
import { cloneState, Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import type { Actor, EngineContext, EngineDefinition } from './engine-definition.js';
import type { Transition } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { decideExtension, requestExtension } from './extension-actions.js';
import { returnTask } from './return-action.js';
import { requestSupplement, supplement } from './supplement-actions.js';
import { approve, deny } from './task-actions.js';
import { withdraw } from './withdraw-action.js';

/**
 * Applies one action:
 * 1. the action's shape is checked (INVALID_INPUT / INVALID_ACTION);
 * 2. the case must run on this definition — a case stays on the version it started on;
 * 3. supervisors change nothing; a concluded case takes no more actions but the 知会
 *    acknowledgements of co-implementing departments;
 * 4. the handler checks status and actor, and edits a copy of the state;
 * 5. the case version is bumped once.
 *
 * @throws EngineError, and the given state is untouched.
 * @example const { state: next, effects } = advance(def, state, { type: 'approve', taskId: 'T3' }, clerk, { now, calendar })
 */
export function advance(def: EngineDefinition, state: CaseState, action: EngineAction, actor: Actor, ctx: EngineContext): Transition {
  // 1.
  const a = checkAction(action);
  // 2.
  if (state.matterCode !== def.code || state.matterVersion !== def.version) {
    throw new EngineError('INVALID_INPUT', `the case runs on ${state.matterCode} v${state.matterVersion}, not on ${def.code} v${def.version}`);
  }
  // 3.
  refuseSupervisor(actor);
  if (isConcluded(state) && a.type !== 'acknowledge') {
    throw new EngineError('INVALID_STATE', `the case is concluded (${state.status}); ${a.type} is no longer possible`);
  }
  // 4.
  const d = new Draft(def, cloneState(state), ctx, actor);
  apply(d, a);
  // 5.
  return d.finish();
}

function apply(d: Draft, a: EngineAction): void {
  switch (a.type) {
    case 'accept': return accept(d, a);
    case 'refuse': return refuse(d, a);
    case 'request_supplement': return requestSupplement(d, a);
    case 'supplement': return supplement(d, a);
    case 'conclude': return conclude(d, a);
    case 'approve': return approve(d, a);
    case 'deny': return deny(d, a);
    case 'return': return returnTask(d, a);
    case 'suspend': return suspend(d, a);
    case 'resume': return resume(d, a);
    case 'request_extension': return requestExtension(d, a);
    case 'decide_extension': return decideExtension(d, a);
    case 'deliver': return deliver(d, a);
    case 'acknowledge': return acknowledge(d, a);
    case 'withdraw': return withdraw(d, a);
    case 'deem_accepted': return deemAccepted(d);
  }
}
