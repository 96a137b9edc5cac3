/**
 * Ending a case, whichever way it ends: granted or denied at an end node or a task, refused at
 * acceptance, withdrawn by the applicant. One place, so every ending cancels what is left, stops
 * the clock, records the applicant's rights for refusals and denials (art. 38), and tells the
 * co-implementing departments (知会) of a decision.
 */
import type { CaseOutcome } from './case-state.js';
import type { Draft } from './draft.js';
import { rightsNoticeFor, type DecisionPlace } from './rights-notice.js';
import { cancelEverything, openInformTask } from './task-book.js';

/** Where the case concluded: the decision place, and the node the 知会 tasks sit at. */
export interface ConclusionPlace extends DecisionPlace {
  nodeId?: string;
}

/**
 * 1. cancel what is left and close an open suspension;
 * 2. record the outcome, and for a refusal or denial the rights notice;
 * 3. a decision (granted or denied) opens one 知会 task per co-implementing department; they
 *    never block the conclusion.
 */
export function concludeCase(d: Draft, outcome: CaseOutcome, reasons?: string, place: ConclusionPlace = {}): void {
  const s = d.state;
  // 1.
  cancelEverything(d, `case ${outcome}`);
  const open = s.suspensions.find((x) => x.to === undefined);
  if (open) open.to = d.ctx.now;
  // 2.
  s.concludedAt = d.ctx.now;
  s.outcome = outcome;
  if (reasons !== undefined && reasons !== '') s.reasons = reasons;
  if (outcome === 'refused') s.rightsNotice = rightsNoticeFor(d, 'refusal', place);
  if (outcome === 'denied') s.rightsNotice = rightsNoticeFor(d, 'denial', place);
  d.setStatus(outcome);
  d.emit({ type: 'case.concluded', outcome, ...(s.reasons !== undefined ? { reasons: s.reasons } : {}) });
  // 3.
  if (outcome === 'granted' || outcome === 'denied') {
    const nodeId = place.nodeId ?? d.flow.acceptNodeId ?? d.flow.startId;
    for (const dept of new Set(d.def.coImplementingDepartments ?? [])) openInformTask(d, dept, nodeId);
  }
}
