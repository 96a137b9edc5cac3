/**
 * Who may do what to the catalogue (DESIGN.md "Security"): a department editor works only on their
 * own department's matters; only the platform admin publishes, rejects and retires; supervisors read
 * everything and change nothing; clerks read their own department's drafts.
 */
import { ForbiddenError } from '../schemas/errors.js';
import type { Actor } from './actor.js';

/** May this actor create or edit drafts of a matter owned by `departmentId`? */
export function canEditMatter(actor: Actor, departmentId: string): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'editor' && actor.departmentId === departmentId;
}

/** May this actor see unpublished versions (drafts, reviews) of a matter owned by `departmentId`? */
export function canSeeDrafts(actor: Actor, departmentId: string): boolean {
  if (actor.role === 'admin' || actor.role === 'supervisor') return true;
  return actor.departmentId === departmentId;
}

/**
 * May this actor list the staff of `departmentId` (the designer's signer picker for 会签/或签)?
 * Exactly those who may edit the department's matters: its editors and the admin.
 */
export function canListDepartmentStaff(actor: Actor, departmentId: string): boolean {
  return canEditMatter(actor, departmentId);
}

export function assertCanEdit(actor: Actor, departmentId: string): void {
  if (!canEditMatter(actor, departmentId)) {
    throw new ForbiddenError(
      actor.role === 'editor'
        ? `matters of department ${departmentId} belong to another department`
        : `role ${actor.role} cannot edit matters`,
    );
  }
}

export function assertAdmin(actor: Actor, what: string): void {
  if (actor.role !== 'admin') throw new ForbiddenError(`only the platform admin may ${what}`);
}

export function assertCanSeeDrafts(actor: Actor, departmentId: string): void {
  if (!canSeeDrafts(actor, departmentId)) {
    throw new ForbiddenError(`drafts of department ${departmentId} belong to another department`);
  }
}
