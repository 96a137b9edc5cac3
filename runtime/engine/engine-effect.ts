/**
 * What a transition tells the outside world: the store writes the tasks, the inbox and the
 * supervision views listen. Effects are data; the engine performs none of them.
 */
import type { Delivery, SupplementNotice } from '../../schemas/types.generated.js';
import type { CaseOutcome, CaseState, EngineTask } from './case-state.js';

export type TaskCloseOutcome = 'accept' | 'refuse' | 'approve' | 'deny' | 'return' | 'supplement' | 'deliver' | 'acknowledge';

export type EngineEffect =
  | { type: 'case.created'; status: CaseState['status'] }
  | { type: 'case.status_changed'; from: CaseState['status']; to: CaseState['status'] }
  | { type: 'case.due_date_changed'; dueDate: string }
  | { type: 'case.concluded'; outcome: CaseOutcome; reasons?: string }
  | { type: 'notice.issued'; notice: SupplementNotice }
  | { type: 'task.opened'; task: EngineTask }
  /** A countersign signature that did not yet complete the task. */
  | { type: 'task.signed'; taskId: string; username: string }
  | { type: 'task.closed'; taskId: string; nodeId: string; outcome: TaskCloseOutcome }
  | { type: 'task.cancelled'; taskId: string; nodeId: string; reason: string }
  | { type: 'task.due_date_changed'; taskId: string; dueDate: string }
  | { type: 'flow.joined'; nodeId: string; forkId: string; branches: number }
  /** 延期申请 awaiting a leader (art. 42). */
  | { type: 'extension.requested'; days: number; requestedBy: string }
  /** A leader's decision on it; only an approval moved the due date. */
  | { type: 'extension.decided'; approved: boolean; decidedBy: string; days: number }
  /** 统一出件: the result was issued. */
  | { type: 'case.delivered'; delivery: Delivery };

/** The result of every engine call: persist `state`, then act on `effects`. */
export interface Transition {
  state: CaseState;
  effects: EngineEffect[];
}
