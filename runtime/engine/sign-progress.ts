/**
 * 会签 / 或签 progress, for the workbench ("2 / 3 已签", who signed, who has not) and the server
 * (offer 同意 only to an unsigned assignee). Pure: read from the task alone.
 */
import type { EngineTask } from './case-state.js';

export interface SignProgress {
  /** The listed signers, in the step's order; empty when the task names nobody (one approval). */
  required: string[];
  /** Who approved, in signing order (listed or not). */
  signed: string[];
  /** Listed signers who have not approved; empty once the task is complete. */
  pending: string[];
}

/**
 * @example signProgress(task) // { required: ['li', 'wang', 'zhao'], signed: ['wang'], pending: ['li', 'zhao'] }
 */
export function signProgress(task: Pick<EngineTask, 'assignees' | 'signatures' | 'status' | 'mode'>): SignProgress {
  const required = [...(task.assignees ?? [])];
  const signed: string[] = [];
  for (const s of task.signatures ?? []) if (s.action === 'approve' && !signed.includes(s.username)) signed.push(s.username);
  const done = task.status !== 'open' || (task.mode !== 'countersign' && signed.length > 0);
  const pending = done ? [] : required.filter((u) => !signed.includes(u));
  return { required, signed, pending };
}

/** Whether `username` may still sign the open task: listed (or nobody is listed) and not yet signed. */
export function maySign(task: Pick<EngineTask, 'assignees' | 'signatures' | 'status' | 'mode'>, username: string): boolean {
  if (task.status !== 'open') return false;
  const { required, signed } = signProgress(task);
  return !signed.includes(username) && (required.length === 0 || required.includes(username));
}
