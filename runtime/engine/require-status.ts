/** The one status check every action runs first, with a message that says what the case awaits. */
import type { CaseStatus } from '../../schemas/types.generated.js';
import type { Draft } from './draft.js';
import { EngineError } from './engine.error.js';

const AWAITS: Record<CaseStatus, string> = {
  submitted: 'it awaits acceptance',
  supplement_requested: 'it awaits the applicant\'s supplement',
  in_progress: 'it is being handled',
  suspended: 'it is suspended (resume it first)',
  refused: 'it was refused',
  granted: 'it was granted',
  denied: 'it was denied',
  withdrawn: 'it was withdrawn',
};

export function requireStatus(d: Draft, allowed: readonly CaseStatus[], what: string): void {
  if (!allowed.includes(d.state.status)) {
    throw new EngineError('INVALID_STATE', `${what} is not possible while the case is ${d.state.status}: ${AWAITS[d.state.status]}`);
  }
}
