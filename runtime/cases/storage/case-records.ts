/**
 * What the case service hands the case store and what it gets back. Documents are the schema types
 * (Case, Task, AuditEvent, Rating); the rest is what the store needs beside them to answer queries
 * by index (the warning instant, the desks that received, accepted and decided, conclusion
 * figures) and to keep writes exactly-once
 * (expected versions, idempotency keys).
 */
import type { ActorRef, Case, IsoDate, Task, Timestamp } from '../../../schemas/types.generated.js';
import type { CaseState } from '../../engine/case-state.js';

/** Warning levels, lowest first: 预警 yellow once less than 20 % of the time is left, 超期 red past the due date. */
export type WarningLevel = 'none' | 'yellow' | 'red';

/**
 * A case as written. The store owns three fields of `case`: `version` (stamped on write), `warning`
 * (raised only by deadline marks, see claimDeadlineMarks) and `rating` (set once by rateCase); what
 * the service puts there is ignored, and reads return the stored values.
 */
export interface CaseWrite {
  case: Case;
  /** The engine's document; persisted as is, returned by getCase. */
  state: CaseState;
  /**
   * The instant less than 20 % of the working time is left (case-warning.ts), precomputed by the
   * service from the legal clock. Absent while the clock is stopped (suspension, supplement) or
   * when there is no deadline: the deadline scanner then leaves the case alone.
   */
  warnAt?: Timestamp;
  /** The desks a case is credited to and listed for (一窗受理); see CaseDesks. */
  desks?: CaseDesks;
  /** Set when the case concludes: the figures supervision averages. */
  conclusion?: { workingDaysUsed: number; promisedDays: number };
  /** The applicant's account, when they applied signed in: their "my cases" list. */
  applicantAccount?: string;
}

/**
 * A task as written. `task.version` is stored as given (the engine bumps it per change); the store
 * owns `task.warning` as it owns the case's. `caseNo` may be left out: the case's is used.
 */
export interface TaskWrite {
  task: Omit<Task, 'caseNo'> & { caseNo?: string };
  /**
   * The version the service read; the write happens only if the stored task still has it.
   * Absent: the task is new and must not exist yet.
   */
  expectedVersion?: number;
  /** As CaseWrite.warnAt, for the task's own deadline. */
  warnAt?: Timestamp;
}

/**
 * Who received, accepted and decided a case: the front desk's list (scope=desk) and supervision's
 * credit read these columns. Absent members are unknown yet (not received at a window, not
 * accepted, not concluded by a step).
 */
export interface CaseDesks {
  /** The department of the window that registered a paper application (收件). */
  intakeDepartmentId?: string;
  acceptDepartmentId?: string;
  acceptWindowId?: string;
  /** The department of the step that decided a granted or denied case (a 统一出件 step only issues it). */
  decideDepartmentId?: string;
}

/** One audit entry to append; the store assigns `seq`, chains the hashes, and stamps `at` if absent. */
export interface AuditDraft {
  at?: Timestamp;
  caseNo?: string;
  actor: ActorRef;
  /** Dot-namespaced: `case.created`, `task.completed`, `deadline.overdue`. */
  action: string;
  payload?: Record<string, unknown>;
}

/** The answer an idempotent request gave the first time; a retry gets exactly this back. */
export interface IdempotentResponse {
  /** sha256 (hex) of the canonical JSON of the request that was answered (see canonicalHash). */
  requestHash: string;
  status: number;
  body: unknown;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

/** An `Idempotency-Key` to record with a write, in the same transaction. */
export interface IdempotencyClaim {
  /** Who may reuse the key, e.g. `case.submit:<client>`: keys of different scopes never collide. */
  scope: string;
  key: string;
  requestHash: string;
  response: { status: number; body: unknown };
  /** How long a retry is answered from the record; 24 h by default. */
  ttlSeconds?: number;
}

export interface CreateCase {
  record: CaseWrite;
  tasks: TaskWrite[];
  audit: AuditDraft[];
  /** The applicant's tracking secret; only its keyed hash is stored (query-code.ts). */
  queryCode?: string;
  idempotency?: IdempotencyClaim;
}

export interface CommitTransition {
  caseNo: string;
  /** The version getCase returned; the stored version becomes `expectedVersion + 1`. */
  expectedVersion: number;
  record: CaseWrite;
  /** Only the tasks the transition opened or changed. */
  tasks: TaskWrite[];
  audit: AuditDraft[];
  idempotency?: IdempotencyClaim;
}

/** Either the write happened, or an earlier request with the same key already answered. */
export type WriteResult =
  | { replayed: false; version: number }
  | { replayed: true; response: IdempotentResponse };

/** A case as read back for the service to resume it. */
export interface StoredCase extends Omit<CaseWrite, 'case'> {
  case: Case;
  version: number;
}

export interface Page<T> {
  items: T[];
  /** Matches over all pages. */
  total: number;
}

export interface Paging {
  /** From 1. */
  page: number;
  /** 1–500. */
  pageSize: number;
}

/** Filters of listCases; all given ones must hold. Newest received first. */
export interface CaseFilter extends Paging {
  status?: Case['status'] | Case['status'][];
  /** The accepting department. */
  departmentId?: string;
  matterCode?: string;
  /** Open (not concluded) or concluded cases only. */
  open?: boolean;
  /** true: open cases whose due date is before today; false: all others. */
  overdue?: boolean;
  /** "Today" (China) for `overdue`; defaults to the store's clock. */
  today?: IsoDate;
  /** The level at `now` by the one warning rule (case-warning.ts), not the scanner's stored mark. */
  warning?: WarningLevel;
  /** The instant levels are read at; defaults to the store's clock. */
  now?: Timestamp;
  /** Cases this department received at its window or accepted (the front desk's list). */
  deskDepartmentId?: string;
  /** Received at or after this instant. */
  receivedFrom?: Timestamp;
  /** Received before this instant. */
  receivedTo?: Timestamp;
  applicantAccount?: string;
}

/** Filters of listTasks; most urgent first (due date, then opening time). */
export interface TaskFilter extends Paging {
  departmentId?: string;
  status?: Task['status'];
  /** Tasks naming this user among their assignees. */
  assignee?: string;
  caseNo?: string;
}

export type TaskCountFilter = Omit<TaskFilter, 'page' | 'pageSize' | 'status'>;

/** Open tasks and how many of them are at 预警 (yellow) and 超期 (red). */
export interface TaskCounts {
  open: number;
  yellow: number;
  red: number;
}

export interface NewFile {
  id: string;
  /** Hex sha256 of `bytes`; checked. */
  sha256: string;
  mediaType: string;
  /** Byte length of `bytes`; checked. The size cap is the caller's. */
  size: number;
  name: string;
  bytes: Uint8Array;
}

export interface StoredFile extends Omit<NewFile, 'bytes'> {
  bytes: Uint8Array;
  createdAt: Timestamp;
}

/** 投诉: about a case, a matter or a department, or none of them (general). */
export interface Complaint {
  id: string;
  caseNo?: string;
  matterCode?: string;
  departmentId?: string;
  text: string;
  contact: string;
  at: Timestamp;
}

export interface ComplaintFilter extends Paging {
  caseNo?: string;
  matterCode?: string;
  departmentId?: string;
  from?: Timestamp;
  to?: Timestamp;
}

/** One warning level raised by claimDeadlineMarks. */
export interface DeadlineMark {
  target: 'case' | 'task';
  caseNo: string;
  taskId?: string;
  departmentId: string | null;
  from: WarningLevel;
  to: 'yellow' | 'red';
  dueDate: IsoDate | null;
  warnAt: Timestamp;
  /** The audit event that records the mark. */
  seq: number;
}

export interface AuditVerification {
  ok: boolean;
  /** Events found intact (recomputed hash and link both right) before the end or the break. */
  checked: number;
  /** The chain head when verification started: what a later run, or an outside anchor, can compare. */
  head: { seq: number; hash: string };
  /** The first break: the seq at fault and why. */
  broken?: { seq: number; reason: string };
}
