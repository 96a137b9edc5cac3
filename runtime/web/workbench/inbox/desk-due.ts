/**
 * The deadline a desk list row (本窗口收件) shows: the decision's due date once the case is
 * accepted, else its acceptance deadline (受理期限, art. 32), each coloured by the server's level —
 * `warning` for the decision, `acceptWarning` (GET /api/cases rows not yet accepted) for 受理期限,
 * the same level the inbox shows on the accept task.
 */
import type { Case } from '../../../../schemas/types.generated.js';
import { dueTone, type DueTone } from './due-tone';

/** A case list row as GET /api/cases returns it. */
export type DeskCase = Case & { warning?: 'none' | 'yellow' | 'red'; acceptWarning?: 'none' | 'yellow' | 'red' };

export type DeskDue =
  | { kind: 'decision'; date: string; provisional: boolean; tone: DueTone }
  | { kind: 'accept'; date: string; tone: DueTone };

export function deskDue(c: DeskCase): DeskDue | undefined {
  if (c.dueDate) return { kind: 'decision', date: c.dueDate, provisional: c.dueDateProvisional === true, tone: dueTone({ warning: c.warning }) };
  if (c.acceptDueDate && !c.acceptedAt && !c.concludedAt) return { kind: 'accept', date: c.acceptDueDate, tone: dueTone({ warning: c.acceptWarning }) };
  return undefined;
}
