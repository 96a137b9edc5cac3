/** 撤回: the applicant withdraws, any time before conclusion. */
import { requireApplicant } from './authorize.js';
import { concludeCase } from './conclude.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';

export function withdraw(d: Draft, a: Extract<EngineAction, { type: 'withdraw' }>): void {
  requireApplicant(d.actor, 'withdrawal');
  d.record('withdraw', a.reason ? { reason: a.reason } : {});
  concludeCase(d, 'withdrawn', a.reason);
}
