/**
 * The engine's document for one case (办件): plain JSON, persisted after every transition, so a
 * server resumes from the store after a restart (STYLE rule 5). Nothing in it is a class, a Date
 * or a Map; `JSON.parse(JSON.stringify(state))` resumes identically.
 */
import type {
  CaseMaterial, CaseRightsNotice, CaseStatus, Delivery, DeskRef, Extension, ExtensionRequest, Intake,
  SupplementNotice, Suspension, Task,
} from '../../schemas/types.generated.js';
import type { Actor } from './engine-definition.js';

/**
 * Bumped when the shape changes; the case store migrates on read. Fields added since version 1
 * (intake, acceptedBy, acceptDueDate, provisional flags, extensionRequest, delivery, the Chinese
 * rightsNotice, inform tasks, `Token.via`) are optional, so version-1 documents read as they are.
 */
export const CASE_STATE_VERSION = 2;

/**
 * A task as the engine keeps it: the schema's Task, with `caseNo` only when the caller gave one
 * (the store fills it in otherwise). Ids are unique within the case.
 */
export type EngineTask = Omit<Task, 'caseNo'> & { caseNo?: string };

/**
 * A position in the flow. A token rests at a step (with its open task) or waits at a join.
 * `forkStack` lists the fork instances it was started from, innermost last: a join matches the
 * top of the stack, which is what makes nested forks work.
 */
export interface Token {
  id: string;
  nodeId: string;
  forkStack: string[];
  taskId?: string;
  /** Arrived at a join, waiting for its sibling branches. */
  waiting?: true;
  /** The last exclusive-gateway edge the token took: names the rule when it ends in a denial. */
  via?: string;
}

/** One firing of a parallel fork: its join fires once `branches` tokens carrying its id arrive. */
export interface ForkInstance {
  id: string;
  /** The fork node; for a re-entry instance, the step the return re-entered at. */
  nodeId: string;
  branches: number;
  /** The fork stack of the token that forked: the enclosing instances. */
  outer: string[];
  /** Made by a return into a block that had already joined: one branch, standing for `reentryOf`. */
  reentryOf?: string;
}

/**
 * Art. 38: a refusal (不予受理) or denial (不予许可) tells the applicant, in Chinese, who decided at
 * which step, by which rule when a gateway decided, and the remedies (review, suit, or the
 * matter's own text). This is what the API returns.
 */
export type RightsNotice = CaseRightsNotice;

/** One line of the case's history: every action appends exactly one. */
export interface HistoryEntry {
  at: string;
  action: string;
  actor: Actor;
  taskId?: string;
  nodeId?: string;
  detail: Record<string, unknown>;
}

export type CaseOutcome = 'granted' | 'denied' | 'refused' | 'withdrawn';

/** The serializable state of a case. */
export interface CaseState {
  stateVersion: number;
  caseNo?: string;
  matterCode: string;
  matterVersion: number;
  status: CaseStatus;
  /** The form data, as submitted. */
  data: Record<string, unknown>;
  situation?: string;
  /** Kept out of `data` so the form stays the applicant's; exclusive conditions see `applicant.kind`. */
  applicantKind?: 'individual' | 'legal_person';
  materials: CaseMaterial[];
  receivedAt: string;
  /** How the application came in: online, or at a window by a clerk (收件). */
  intake?: Intake;
  /** When the application was last complete (receipt, or the last supplement): art. 32 counts from it. */
  submittedAt: string;
  acceptedAt?: string;
  deemedAccepted?: boolean;
  /** Who accepted, at which desk: a front desk (综合窗口) keeps following the case; `system` when deemed. */
  acceptedBy?: DeskRef;
  /** Art. 32: the last day to answer the application, 5 working days after it was (last) complete. */
  acceptDueDate?: string;
  /** Decision due (China date), set at acceptance, pushed by suspensions and the extension. */
  dueDate?: string;
  /** The due date's count crosses a day whose year has no published schedule (预计). */
  dueDateProvisional?: boolean;
  tokens: Token[];
  forks: ForkInstance[];
  /** Every task ever opened, open and closed, in opening order. */
  tasks: EngineTask[];
  /** The fork stack each task's token carried: lets `return` find what a jump leaves behind. */
  taskForks: Record<string, string[]>;
  notice?: SupplementNotice;
  suspensions: Suspension[];
  extension?: Extension;
  /** The latest extension request (art. 42), pending until a leader decides it. */
  extensionRequest?: ExtensionRequest;
  /** 统一出件: how the result was issued. */
  delivery?: Delivery;
  concludedAt?: string;
  outcome?: CaseOutcome;
  reasons?: string;
  rightsNotice?: RightsNotice;
  history: HistoryEntry[];
  /** Source of every id the engine makes: deterministic, so replaying gives the same ids. */
  nextId: number;
  /** Optimistic concurrency: bumped by every transition. */
  version: number;
}

/** Statuses after which nothing but reading happens. */
export const CONCLUDED_STATUSES: readonly CaseStatus[] = ['refused', 'granted', 'denied', 'withdrawn'];

export function isConcluded(state: CaseState): boolean {
  return CONCLUDED_STATUSES.includes(state.status);
}
