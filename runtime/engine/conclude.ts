/**
 * Ending a case, whichever way it ends: granted or denied at an end node or a task, refused at
 * acceptance, withdrawn by the applicant. One place, so every ending cancels what is left, stops
 * the clock and, for refusals and denials, records the applicant's rights (art. 38).
 */
import type { CaseOutcome, RightsNotice } from './case-state.js';
import type { Draft } from './draft.js';
import { cancelEverything } from './task-book.js';

export const RIGHTS_NOTICE: RightsNotice = {
  administrativeReview: true,
  litigation: true,
  basis: '行政许可法 art. 38: the applicant may apply for administrative review or bring an administrative lawsuit',
};

export function concludeCase(d: Draft, outcome: CaseOutcome, reasons?: string): void {
  const s = d.state;
  cancelEverything(d, `case ${outcome}`);
  const open = s.suspensions.find((x) => x.to === undefined);
  if (open) open.to = d.ctx.now;
  s.concludedAt = d.ctx.now;
  s.outcome = outcome;
  if (reasons !== undefined && reasons !== '') s.reasons = reasons;
  if (outcome === 'refused' || outcome === 'denied') s.rightsNotice = { ...RIGHTS_NOTICE };
  d.setStatus(outcome);
  d.emit({ type: 'case.concluded', outcome, ...(s.reasons !== undefined ? { reasons: s.reasons } : {}) });
}
