/**
 * After a calendar change (an admin enters a year's schedule, replacing provisional days), the
 * stored dates of a running case are computed again with the new calendar: the art. 32 answer
 * date, the decision due date and its 预计 flag, and every open task's due date and flag. Pure,
 * and cheap when nothing moves (the given state comes back as it is, no copy), since the
 * recompute pass calls it for every open case. It is not a user transition: no version (case or
 * task) is bumped and no history entry written, so a clerk's open page keeps a valid
 * expectedVersion (the recompute pass guards its own write and audits the moves).
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseState, EngineTask } from './case-state.js';
import { isConcluded } from './case-state.js';
import type { EngineDefinition } from './engine-definition.js';
import { indexFlow } from './flow-index.js';
import {
  acceptDueDateOf, caseDueDate, chinaDateOf, dueDateForTask, isProvisional, taskCountStart,
} from './working-days.js';

/** A date that moved. */
export interface DateMove {
  from: string;
  to: string;
}

/** A task whose due date moved. */
export interface TaskDateMove extends DateMove {
  taskId: string;
  stepName: string;
}

export interface RecomputedDates {
  /** The given state when nothing changed; else a new state (same version) with the new dates. */
  state: CaseState;
  /** What moved, for the preview and the audit event; flags alone, and a date set for the first time, are not moves. */
  moved: { acceptDueDate?: DateMove; dueDate?: DateMove; tasks: TaskDateMove[] };
  /** Whether the state changed (a date moved or a 预计 flag flipped): the store writes it only then. */
  changed: boolean;
}

/**
 * 1. a concluded case keeps its dates;
 * 2. while acceptance is pending, the answer date (5 working days after the last complete submission);
 * 3. once accepted, the decision due date and its flag;
 * 4. every open work task: its due date and flag, the accept task by the answer date;
 * 5. only when something changed: a shallow copy, sharing every task that did not change.
 *
 * @example const { state: next, moved, changed } = recomputeDates(state, def, newCalendar)
 */
export function recomputeDates(state: CaseState, def: EngineDefinition, cal: WorkingCalendar): RecomputedDates {
  const moved: RecomputedDates['moved'] = { tasks: [] };
  // 1.
  if (isConcluded(state)) return { state, moved, changed: false };
  // 2.
  const acceptDueDate = state.acceptDueDate !== undefined && state.status === 'submitted' ? acceptDueDateOf(state, cal) : state.acceptDueDate;
  if (acceptDueDate !== state.acceptDueDate && state.acceptDueDate !== undefined) moved.acceptDueDate = { from: state.acceptDueDate, to: acceptDueDate! };
  const view: CaseState = acceptDueDate === state.acceptDueDate ? state : { ...state, acceptDueDate };
  // 3.
  const dueDate = caseDueDate(view, def.promisedDays, cal) ?? state.dueDate;
  const dueMoved = dueDate !== state.dueDate;
  if (dueMoved && state.dueDate !== undefined) moved.dueDate = { from: state.dueDate, to: dueDate! };
  const dueProvisional = state.acceptedAt !== undefined && isProvisional(chinaDateOf(state.acceptedAt), dueDate, cal);
  // 4.
  const flow = indexFlow(def.flow);
  let tasks: EngineTask[] | undefined;
  state.tasks.forEach((t, i) => {
    if (t.status !== 'open' || t.kind === 'inform') return;
    const isAccept = t.nodeId === flow.acceptNodeId;
    const node = def.flow.nodes.find((n) => n.id === t.nodeId);
    const due = dueDateForTask(t, node, isAccept, view, cal);
    if (due === undefined) return;
    const provisional = isProvisional(taskCountStart(t, isAccept, view), due, cal);
    if (due === t.dueDate && provisional === (t.dueDateProvisional === true)) return;
    if (due !== t.dueDate && t.dueDate !== undefined) moved.tasks.push({ taskId: t.id, stepName: t.stepName, from: t.dueDate, to: due });
    const next: EngineTask = { ...t, dueDate: due };
    if (provisional) next.dueDateProvisional = true;
    else delete next.dueDateProvisional;
    (tasks ??= [...state.tasks])[i] = next;
  });
  // 5.
  const flagFlipped = dueProvisional !== (state.dueDateProvisional === true);
  const changed = tasks !== undefined || flagFlipped || dueMoved || view !== state;
  if (!changed) return { state, moved, changed: false };
  const next: CaseState = { ...view, tasks: tasks ?? state.tasks };
  if (dueDate !== undefined) next.dueDate = dueDate;
  if (dueProvisional) next.dueDateProvisional = true;
  else delete next.dueDateProvisional;
  return { state: next, moved, changed: true };
}
