/**
 * What staff read of cases and tasks: the stored documents with the warning level read at request
 * time by the one rule (case-warning.ts), and a 会签 / 或签 task's sign progress (the engine's). Pure: documents and
 * an instant in, views out, so the inbox, the case list and the case page cannot disagree.
 */
import type { Case, Task } from '../../schemas/types.generated.js';
import { signProgress, type SignProgress } from '../engine/sign-progress.js';
import { warningLevelAt, type WarningLevel } from './case-warning.js';

export type TaskView = Task & { kind: 'work' | 'inform'; warning: WarningLevel; signProgress?: SignProgress };

/** The engine's sign progress (who is listed, who signed, who is pending) of a 会签 / 或签 task. */
export function signProgressOf(task: Task): SignProgress | undefined {
  if (task.mode !== 'countersign' && task.mode !== 'anysign') return undefined;
  return signProgress(task);
}

/** A task as staff see it: kind (default work), the live warning (open tasks only), the sign progress. */
export function taskView(task: Task, now: Date): TaskView {
  const progress = signProgressOf(task);
  return {
    ...task,
    kind: task.kind ?? 'work',
    warning: task.status === 'open' ? warningLevelAt({ warnAt: task.warnAt, dueDate: task.dueDate }, now) : 'none',
    ...(progress ? { signProgress: progress } : {}),
  };
}

/** A case document with its live warning (open cases only). */
export function caseView(c: Case, now: Date): Case & { warning: WarningLevel } {
  return { ...c, warning: c.concludedAt ? 'none' : warningLevelAt({ warnAt: c.warnAt, dueDate: c.dueDate }, now) };
}
