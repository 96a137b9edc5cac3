/**
 * The toast after an action, read from the case status the action left: an approval (or an
 * immediate acceptance) that concluded the case says so with its outcome, not "moves on".
 */
const CONCLUDED = new Set(['granted', 'denied']);

export interface DoneMessage {
  key: string;
  params?: Record<string, string>;
  /** The status whose label fills `{outcome}`, when the case concluded. */
  outcomeStatus?: string;
}

export function doneMessage(action: string, statusAfter: string | undefined): DoneMessage {
  if ((action === 'approve' || action === 'accept') && statusAfter !== undefined && CONCLUDED.has(statusAfter)) {
    return { key: `action.done.${action}Concluded`, outcomeStatus: statusAfter };
  }
  return { key: `action.done.${action}` };
}
