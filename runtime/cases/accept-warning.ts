/**
 * The acceptance deadline's level (受理期限, art. 32) of a case not yet accepted, read from the case
 * record by the one warning rule (case-warning.ts): `acceptDueDate` is the due date, and the warn
 * instant is that of a 5-working-day clock from the last complete submission — the same clock the
 * open accept task is warned by (case-documents.ts `taskWarnAt`), so a desk list row and the
 * inbox's accept task show one level.
 */
import type { Case } from '../../schemas/types.generated.js';
import { ANSWER_WORKING_DAYS } from '../calendar/deemed-acceptance.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { warningLevelAt, warnAtOf, type WarningLevel } from './case-warning.js';

/**
 * When the application was last complete: the end of its last 补正 suspension (the applicant
 * supplied everything the one-time notice named; the engine restarts the answer clock then),
 * else its receipt.
 */
export function lastCompleteSubmission(c: Pick<Case, 'receivedAt' | 'suspensions'>): string {
  const answered = (c.suspensions ?? []).filter((s) => s.kind === 'supplement' && s.to !== undefined).map((s) => s.to!);
  return answered.length > 0 ? answered.reduce((a, b) => (b > a ? b : a)) : c.receivedAt;
}

/**
 * The level of the acceptance deadline, for a case not yet accepted (undefined once accepted or
 * concluded, or without an acceptance deadline). While the one-time notice is out the applicant is
 * awaited, not the desk: none, as on the accept task.
 */
export function acceptWarningOf(c: Case, now: string | Date, cal: WorkingCalendar): WarningLevel | undefined {
  if (c.acceptedAt || c.concludedAt || !c.acceptDueDate) return undefined;
  if (c.status === 'supplement_requested') return 'none';
  if (c.status !== 'submitted') return undefined;
  const warnAt = warnAtOf(lastCompleteSubmission(c), ANSWER_WORKING_DAYS, [], cal);
  return warningLevelAt({ ...(warnAt ? { warnAt } : {}), dueDate: c.acceptDueDate }, now);
}
