/**
 * What the engine reads: the matter version a case runs on, the clock and calendar the caller
 * passes in, and who acts. Kept apart from the state so a case can be resumed with the same
 * definition after a restart (the store keeps the version the case started on).
 */
import type { FlowDefinition, Material } from '../../schemas/types.generated.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/** The parts of a matter version the engine interprets. */
export interface EngineDefinition {
  code: string;
  version: number;
  /** The accepting department: one window accepts and one decision is delivered (art. 26). */
  departmentId: string;
  /** 即办件 (immediate: concluded at acceptance) or 承诺件 (promised: runs the flow on the clock). */
  handlingType: 'immediate' | 'promised';
  /** Working days from acceptance to decision that the matter promises. */
  promisedDays: number;
  /** Working days the law allows; kept for supervision, the clock runs on `promisedDays`. */
  statutoryDays: number;
  flow: FlowDefinition;
  materials: Material[];
}

/** Passed by the caller on every call: the engine never reads a clock itself (it stays pure). */
export interface EngineContext {
  /** ISO instant of the transition. */
  now: string;
  /** The admin's working calendar (调休 included); tests pass a Mon–Fri fake. */
  calendar: WorkingCalendar;
}

/** Who performs an action. Account actors are staff; supervisors (role `supervisor`) only watch. */
export interface Actor {
  kind: 'account' | 'applicant' | 'system';
  username?: string;
  role?: string;
  departmentId?: string;
}
