/**
 * One open case on a new calendar, for the due-date recompute (due-date-recompute.ts): the engine's
 * pure `recomputeDates`, then the store's write of it — the case row and the moved task rows,
 * guarded by the version read — and its `calendar.recomputed` audit event. Pure.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseState, EngineDefinition } from '../engine/index.js';
import type { RecomputedDates } from '../engine/recompute-dates.js';
import { caseRecord, changedTasks } from './case-documents.js';
import { caseRow, taskRow } from './storage/case-rows.js';
import type { RecomputeCandidate, RecomputedCase } from './storage/recompute-store.js';

/** What moved in one case: the engine's report (runtime/engine/recompute-dates.ts). */
export type DateMoves = RecomputedDates['moved'];

/** The engine's pure recompute; injected so that tests may count or stand in for it. */
export type RecomputeDatesFn = (state: CaseState, def: EngineDefinition, cal: WorkingCalendar) => RecomputedDates;

/** One case's moves, as the preview lists them. */
export interface CaseMove extends DateMoves {
  caseNo: string;
}

/** The change a recomputed case's audit event names. */
export interface RecomputeEvent {
  year: number;
  changeId: string;
  /** The admin who saved the change. */
  changedBy?: string;
  at: string;
}

/**
 * The write of one case on `cal`, or undefined when nothing stored would change: neither the
 * engine's state (a date or a 预计 flag) nor the case's warning instant, which the store derives
 * from the calendar too and which may move alone.
 * @example recomputeCase(candidate, def, newCalendar, recomputeDates, { year: 2027, changeId, at })?.move.dueDate // { from, to }
 */
export function recomputeCase(c: RecomputeCandidate, def: EngineDefinition, cal: WorkingCalendar, recompute: RecomputeDatesFn, event: RecomputeEvent): { write: RecomputedCase; move: CaseMove } | undefined {
  const { state, moved, changed } = recompute(c.state, def, cal);
  const record = caseRecord(state, def, c.case.applicant, c.caseNo, cal);
  const warnAt = record.warnAt === undefined ? undefined : new Date(record.warnAt).toISOString();
  if (!changed && warnAt === c.warnAt) return undefined;
  const tasks = changedTasks(c.state, state, def, c.caseNo, cal)
    .filter((t) => t.expectedVersion !== undefined) // a recompute opens no task
    .map((t, i) => taskRow(t, c.caseNo, `tasks[${i}]`));
  return {
    move: { caseNo: c.caseNo, ...moved },
    write: {
      expectedVersion: c.version,
      row: caseRow(record, c.caseNo),
      tasks,
      audit: {
        at: event.at,
        caseNo: c.caseNo,
        actor: { kind: 'system' },
        action: 'calendar.recomputed',
        payload: { year: event.year, changeId: event.changeId, ...(event.changedBy ? { changedBy: event.changedBy } : {}), ...moved },
      },
    },
  };
}

/** A case whose dates moved (not only a 预计 flag or the warning instant). */
export const isMove = (m: DateMoves): boolean => m.dueDate !== undefined || m.acceptDueDate !== undefined || m.tasks.length > 0;
