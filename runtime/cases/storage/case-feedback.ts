/**
 * What applicants say back: the one rating (好差评) of a case and complaints (投诉). Both are audited;
 * the audit payload names the complaint but never copies its text or contact, because the audit log
 * is immutable and personal data in it could never be erased.
 */
import { BadRequestError, ConflictError, NotFoundError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { ActorRef, Rating } from '../../../schemas/types.generated.js';
import type { AuditDraft, Complaint } from './case-records.js';
import { instant, jsonText } from './case-rows.js';

/**
 * Records the rating once, in the caller's transaction, and returns its audit draft.
 * The `rating IS NULL` condition holds the row lock, so of two concurrent ratings one updates and
 * the other finds the rating set: a ConflictError.
 */
export async function rate(tx: SqlClient, caseNo: string, rating: Rating, actor: ActorRef): Promise<AuditDraft> {
  if (!rating || !Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5) throw new BadRequestError('rating.score: must be a whole number 1–5');
  if (rating.comment !== undefined && (typeof rating.comment !== 'string' || rating.comment.length > 2000)) throw new BadRequestError('rating.comment: must be text of at most 2000 characters');
  if (instant(rating.at, 'rating.at') === null) throw new BadRequestError('rating.at: is required');
  const { rows } = await tx.query(
    'UPDATE cases SET rating = $2::jsonb, rating_score = $3, updated_at = now() WHERE case_no = $1 AND rating IS NULL RETURNING case_no',
    [caseNo, jsonText(rating, 'rating'), rating.score],
  );
  if (rows.length === 0) {
    const { rows: found } = await tx.query('SELECT 1 FROM cases WHERE case_no = $1', [caseNo]);
    throw found.length === 0 ? new NotFoundError(`case ${caseNo}`) : new ConflictError(`case ${caseNo} has been rated already`);
  }
  return { at: rating.at, caseNo, actor, action: 'case.rated', payload: { score: rating.score, ...(rating.comment ? { commented: true } : {}) } };
}

/** Stores a complaint in the caller's transaction and returns its audit draft. */
export async function fileComplaint(tx: SqlClient, c: Complaint, actor: ActorRef): Promise<AuditDraft> {
  if (!c || typeof c.id !== 'string' || c.id === '' || c.id.length > 100) throw new BadRequestError('complaint.id: must be 1–100 characters');
  if (typeof c.text !== 'string' || c.text.trim() === '' || c.text.length > 5000) throw new BadRequestError('complaint.text: must be 1–5000 characters');
  if (typeof c.contact !== 'string' || c.contact.length > 200) throw new BadRequestError('complaint.contact: must be at most 200 characters');
  for (const k of ['caseNo', 'matterCode', 'departmentId'] as const) {
    if (c[k] !== undefined && (typeof c[k] !== 'string' || c[k] === '')) throw new BadRequestError(`complaint.${k}: must be a non-empty string`);
  }
  const at = instant(c.at, 'complaint.at');
  if (at === null) throw new BadRequestError('complaint.at: is required');
  const { rows } = await tx.query(
    `INSERT INTO complaints (id, case_no, matter_code, department_id, at, doc) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [c.id, c.caseNo ?? null, c.matterCode ?? null, c.departmentId ?? null, at, jsonText(c, 'complaint')],
  );
  if (rows.length === 0) throw new ConflictError(`complaint ${c.id} already exists`);
  const about = { ...(c.matterCode ? { matterCode: c.matterCode } : {}), ...(c.departmentId ? { departmentId: c.departmentId } : {}) };
  return { at: c.at, ...(c.caseNo ? { caseNo: c.caseNo } : {}), actor, action: 'complaint.filed', payload: { complaintId: c.id, ...about } };
}
