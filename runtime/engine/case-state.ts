/**
 * The engine's document for one case (办件): plain JSON, persisted after every transition, so a
 * server resumes from the store after a restart (STYLE rule 5). Nothing in it is a class, a Date
 * or a Map; `JSON.parse(JSON.stringify(state))` resumes identically.
 */
import type {
  CaseMaterial, CaseStatus, Extension, SupplementNotice, Suspension, Task,
} from '../../schemas/types.generated.js';
import type { Actor } from './engine-definition.js';

/** Bumped when the shape changes; the case store migrates on read. */
export const CASE_STATE_VERSION = 1;

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

/** Art. 38: a refusal or denial tells the applicant they may seek review or sue. */
export interface RightsNotice {
  administrativeReview: true;
  litigation: true;
  basis: string;
}

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
  /** When the application was last complete (receipt, or the last supplement): art. 32 counts from it. */
  submittedAt: string;
  acceptedAt?: string;
  deemedAccepted?: boolean;
  /** Decision due (China date), set at acceptance, pushed by suspensions and the extension. */
  dueDate?: string;
  tokens: Token[];
  forks: ForkInstance[];
  /** Every task ever opened, open and closed, in opening order. */
  tasks: EngineTask[];
  /** The fork stack each task's token carried: lets `return` find what a jump leaves behind. */
  taskForks: Record<string, string[]>;
  notice?: SupplementNotice;
  suspensions: Suspension[];
  extension?: Extension;
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
