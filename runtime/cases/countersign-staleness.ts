/**
 * 会签 without false conflicts: three signers open the same countersign task at version 0; the
 * first signs (version 1); the second still holds version 0. Their signature is not in conflict
 * with the first — it is the next one the task waits for — so the stale version must not be a 409.
 *
 * The task's stored document carries no per-version history, so "only other signers' signatures
 * changed since" is read off what a signature does: every signature bumps the version by one, and
 * nothing else happened when the versions between number no more than the signatures recorded
 * (a due-date move or a return would add a version without one). The engine still decides the act
 * itself (listed signer, not yet signed), and the store's per-task version check still serializes
 * two signatures arriving at once.
 */
import type { Task } from '../../schemas/types.generated.js';
import type { Actor } from '../engine/index.js';

/** Whether a stale `expectedVersion` may proceed: an unsigned assignee signing an open 会签 task. */
export function countersignStaleness(task: Task, expectedVersion: number, actor: Actor, action: string): boolean {
  if (task.status !== 'open' || task.mode !== 'countersign') return false;
  if (action !== 'approve' && action !== 'deny') return false;
  const assignees = task.assignees ?? [];
  const signatures = task.signatures ?? [];
  if (!actor.username || !assignees.includes(actor.username)) return false;
  if (signatures.some((s) => s.username === actor.username)) return false;
  const behind = task.version - expectedVersion;
  return behind > 0 && behind <= signatures.length && signatures.every((s) => s.username !== actor.username && assignees.includes(s.username));
}
