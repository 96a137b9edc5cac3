/**
 * Who may see a case: its applicant (case number plus query code), staff of the accepting
 * department or of a department with a task in it, and the supervisor and admin (read-only for the
 * supervisor, enforced by the engine). Everyone else gets 404, so case numbers cannot be probed.
 */
import type { Actor as StaffActor } from '../../../catalog/actor.js';
import { NotFoundError } from '../../../schemas/errors.js';
import type { StoredCase } from '../../cases/storage/case-records.js';
import type { Actor } from '../../engine/index.js';

export function staffMaySee(actor: StaffActor, stored: StoredCase): boolean {
  if (actor.role === 'admin' || actor.role === 'supervisor') return true;
  if (!actor.departmentId) return false;
  return stored.case.departmentId === actor.departmentId || stored.state.tasks.some((t) => t.departmentId === actor.departmentId);
}

export function assertStaffMaySee(actor: StaffActor, stored: StoredCase): void {
  if (!staffMaySee(actor, stored)) throw new NotFoundError(`case ${stored.case.caseNo}`);
}

export const engineActor = (actor: StaffActor): Actor => ({
  kind: 'account',
  username: actor.username,
  role: actor.role,
  ...(actor.departmentId ? { departmentId: actor.departmentId } : {}),
});

/** What the applicant sees when tracking: progress and what to do, no staff comments' authors, no other person's data. */
export function publicProgress(stored: StoredCase, matterName: string) {
  const { case: c, state } = stored;
  return {
    caseNo: c.caseNo,
    matterCode: c.matterCode,
    // The version the case runs on (public like every version), so a tracking page names its materials exactly.
    matterVersion: c.matterVersion,
    matterName,
    status: c.status,
    receivedAt: c.receivedAt,
    acceptedAt: c.acceptedAt,
    deemedAccepted: c.deemedAccepted ?? false,
    dueDate: c.dueDate,
    concludedAt: c.concludedAt,
    outcome: c.outcome,
    reasons: c.reasons,
    rightsNotice: state.rightsNotice,
    notice: c.notice,
    materials: c.materials.map((m) => ({ materialId: m.materialId, status: m.status })),
    rating: c.rating ? { score: c.rating.score } : undefined,
    steps: state.tasks.map((t) => ({
      name: t.stepName,
      status: t.status,
      openedAt: t.openedAt,
      dueDate: t.dueDate,
      completedAt: t.completedAt,
      action: t.action,
    })),
  };
}
