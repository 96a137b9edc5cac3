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
  /** 行政许可, 行政确认 …: picks the law's default remedies (art. 38 for licences). */
  matterType?: { code: string; label: string };
  /** collect and accept as one act (`one`, the default), or 收件 then 受理 (`two`). */
  intakeStages?: 'one' | 'two';
  /** Front-desk departments (综合窗口) allowed to accept for `departmentId`. */
  frontDesks?: string[];
  /** 共同实施部门: informed (知会) of every conclusion, also on the spot. */
  coImplementingDepartments?: string[];
  /** The longest extension; default 10 working days (art. 42), more only with `legalBasis`. */
  extension?: { maxDays: number; legalBasis?: string };
  /** The matter's own remedy texts; the law's default by matter type when absent. */
  remedies?: { refusal?: string; denial?: string };
  /** The matter's name (事项名称): titles the 知会 tasks of co-implementing departments. */
  name?: string;
  /**
   * Words for the variables conditions read (form data path → field title, e.g. `score` →
   * 评审得分; also `situation`), so a gateway-decided denial names its rule in the applicant's
   * language. The server fills it from the form; without it the variable's path is shown.
   */
  fieldTitles?: Record<string, string>;
  /** Words for values by variable path (e.g. situation id → 情形名称, a choice's value → its label). */
  valueLabels?: Record<string, Record<string, string>>;
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
  /** The hall window the account sits at; recorded on intakes, acceptances and deliveries. */
  windowId?: string;
  /**
   * Set by the server when the account's department is a front desk allowed to accept this
   * matter (named by the matter, or its window lists the matter): it may then do the acceptance
   * stage's acts for the matter's department.
   */
  frontDesk?: boolean;
  /** A display name for documents (the deciding official on a notice). */
  displayName?: string;
}
