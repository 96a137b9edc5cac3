/**
 * 延期 (art. 42): a clerk asks, a leader (本行政机关负责人) decides, and only an approval moves the
 * due date. One extension per case; a refused request may be asked again (with better reasons),
 * an approved one never. A matter may allow more than 10 working days where a special law does
 * (工伤保险条例 art. 25: 30), or none (`maxDays` 0).
 */
import { requireLeaderOf } from './authorize.js';
import { requireHandler } from './clock-actions.js';
import type { Draft } from './draft.js';
import type { EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';
import { requireStatus } from './require-status.js';
import { caseDueDate } from './working-days.js';

type Of<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

/** The law's default longest extension (art. 42). */
export const DEFAULT_EXTENSION_DAYS = 10;

/**
 * Request:
 * 1. while the case is handled (in progress or suspended), by staff of the matter's department
 *    or of a department with an open task;
 * 2. the matter must allow an extension, of at most its `maxDays` (default 10);
 * 3. none approved yet, none pending;
 * 4. the request waits for a leader.
 */
export function requestExtension(d: Draft, a: Of<'request_extension'>): void {
  // 1.
  requireStatus(d, ['in_progress', 'suspended'], 'an extension request');
  requireHandler(d, 'an extension request');
  // 2.
  const maxDays = d.def.extension?.maxDays ?? DEFAULT_EXTENSION_DAYS;
  if (maxDays === 0) throw new EngineError('INVALID_ACTION', `matter "${d.def.code}" allows no extension`);
  if (a.days > maxDays) {
    const basis = d.def.extension?.legalBasis ?? '《中华人民共和国行政许可法》第四十二条';
    throw new EngineError('INVALID_INPUT', `days: at most ${maxDays} working days for this matter (${basis})`);
  }
  // 3.
  const s = d.state;
  if (s.extension !== undefined) {
    throw new EngineError('INVALID_ACTION', `an extension was already approved at ${s.extension.at}; the law allows one (art. 42)`);
  }
  if (s.extensionRequest?.status === 'pending') {
    throw new EngineError('INVALID_ACTION', `an extension request of ${s.extensionRequest.requestedAt} awaits a leader's decision`);
  }
  // 4.
  s.extensionRequest = { days: a.days, reason: a.reason, requestedBy: d.actor.username!, requestedAt: d.ctx.now, status: 'pending' };
  d.emit({ type: 'extension.requested', days: a.days, requestedBy: d.actor.username! });
  d.record('request_extension', { days: a.days, reason: a.reason });
}

/**
 * Decide:
 * 1. a pending request, decided by a leader of the matter's department who did not ask for it;
 * 2. approved: the extension is recorded (with the matter's legal basis) and the due date moves;
 *    refused: the request is closed and nothing moves.
 */
export function decideExtension(d: Draft, a: Of<'decide_extension'>): void {
  // 1.
  requireStatus(d, ['in_progress', 'suspended'], 'an extension decision');
  const s = d.state;
  const request = s.extensionRequest;
  if (request?.status !== 'pending') throw new EngineError('INVALID_STATE', 'an extension decision needs a pending extension request');
  requireLeaderOf(d.actor, d.def.departmentId, 'an extension');
  const leader = d.actor.username!;
  if (leader === request.requestedBy) {
    throw new EngineError('FORBIDDEN', `"${leader}" asked for this extension; another leader decides it`);
  }
  // 2.
  request.status = a.approve ? 'approved' : 'refused';
  request.decidedBy = leader;
  request.decidedAt = d.ctx.now;
  if (a.comment !== undefined && a.comment !== '') request.comment = a.comment;
  if (a.approve) {
    const legalBasis = d.def.extension?.legalBasis;
    s.extension = {
      days: request.days, approvedBy: leader, requestedBy: request.requestedBy, reason: request.reason, at: d.ctx.now,
      ...(legalBasis !== undefined ? { legalBasis } : {}),
    };
    d.setDueDate(caseDueDate(s, d.def.promisedDays, d.ctx.calendar));
  }
  d.emit({ type: 'extension.decided', approved: a.approve, decidedBy: leader, days: request.days });
  d.record('decide_extension', { approve: a.approve, days: request.days, ...(a.comment ? { comment: a.comment } : {}) });
}
