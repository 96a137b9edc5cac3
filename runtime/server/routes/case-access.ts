/**
 * Who may see a case: its applicant (case number plus query code), staff of the matter's
 * department, of a department with a task in it, or of the front desk (综合窗口) that received or
 * accepted it, and the supervisor and admin (read-only for the supervisor, enforced by the engine).
 * Everyone else gets 404, so case numbers cannot be probed.
 */
import type { Actor as StaffActor } from '../../../catalog/actor.js';
import type { CatalogStore } from '../../../catalog/storage/catalog.store.js';
import { NotFoundError } from '../../../schemas/errors.js';
import type { StoredCase } from '../../cases/storage/case-records.js';
import type { Actor, EngineDefinition } from '../../engine/index.js';

export function staffMaySee(actor: StaffActor, stored: StoredCase): boolean {
  if (actor.role === 'admin' || actor.role === 'supervisor') return true;
  const dept = actor.departmentId;
  if (!dept) return false;
  const c = stored.case;
  return c.departmentId === dept
    || c.intake?.receivedBy?.departmentId === dept
    || c.acceptedBy?.departmentId === dept
    || stored.state.tasks.some((t) => t.departmentId === dept);
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

/**
 * The engine's actor for a signed-in account acting on a case of matter `def`: with the account's
 * hall window and display name, and `frontDesk` when its department is a front desk (综合窗口)
 * allowed to accept this matter — named in the matter's `frontDesks`, or the account's window
 * lists the matter code in `acceptsMatters`.
 * @example await cases.completeTask(id, input, (def) => engineActorFor(deps.store, req.actor, def))
 */
export async function engineActorFor(store: Pick<CatalogStore, 'getAccount' | 'getDepartment'>, actor: StaffActor, def: EngineDefinition): Promise<Actor> {
  const base = engineActor(actor);
  const account = await store.getAccount(actor.username);
  const windowId = account?.windowId;
  const out: Actor = { ...base, ...(windowId ? { windowId } : {}), ...(account?.displayName ? { displayName: account.displayName } : {}) };
  if (!actor.departmentId || actor.departmentId === def.departmentId) return out;
  const dept = await store.getDepartment(actor.departmentId);
  if (dept?.frontDesk !== true) return out;
  const named = def.frontDesks?.includes(dept.id) === true;
  const byWindow = windowId !== undefined && (dept.windows ?? []).some((w) => w.id === windowId && (w.acceptsMatters ?? []).includes(def.code));
  return named || byWindow ? { ...out, frontDesk: true } : out;
}

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
    acceptDueDate: c.acceptDueDate,
    dueDate: c.dueDate,
    dueDateProvisional: c.dueDateProvisional ?? false,
    concludedAt: c.concludedAt,
    outcome: c.outcome,
    reasons: c.reasons,
    rightsNotice: c.rightsNotice,
    // The address, recipient and email stay with the staff: the tracking page needs only how and when.
    delivery: c.delivery ? { method: c.delivery.method, ...(c.delivery.date ? { date: c.delivery.date } : {}), ...(c.delivery.waybillNo ? { waybillNo: c.delivery.waybillNo } : {})} : undefined,
    notice: c.notice,
    materials: c.materials.map((m) => ({ materialId: m.materialId, status: m.status })),
    rating: c.rating ? { score: c.rating.score } : undefined,
    // 知会 tasks tell another department; they are not steps of the applicant's case.
    steps: state.tasks.filter((t) => t.kind !== 'inform').map((t) => ({
      name: t.stepName,
      status: t.status,
      openedAt: t.openedAt,
      dueDate: t.dueDate,
      ...(t.dueDateProvisional ? { dueDateProvisional: true } : {}),
      completedAt: t.completedAt,
      action: t.action,
    })),
  };
}
