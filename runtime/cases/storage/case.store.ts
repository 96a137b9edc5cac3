/**
 * Where cases live: the case service persists every engine transition here, the inboxes and the
 * supervision views read from here. One implementation, PostgreSQL over a SqlClient (PGlite embedded
 * in the data folder, or a server shared by every instance: see open-case-store.ts).
 *
 * Guarantees:
 * - every write is one transaction, acknowledged only once committed;
 * - optimistic concurrency: a stale case or task version is a ConflictError (409) and nothing is
 *   written, so of two clerks completing the same task exactly one wins;
 * - every write appends its audit events to ONE global hash chain in the same transaction;
 * - a write costs the same at 100,000 stored cases as at 1,000 (indexed, no counts, no global lock
 *   but the O(1) audit chain head).
 */
import type { ActorRef, AuditEvent, Case, IsoDate, Rating, Task } from '../../../schemas/types.generated.js';
import type {
  AuditDraft, AuditVerification, CaseFilter, CommitTransition, Complaint, ComplaintFilter, CreateCase,
  DeadlineMark, IdempotentResponse, NewFile, Page, StoredCase, StoredFile, TaskCountFilter, TaskCounts, TaskFilter, WriteResult,
} from './case-records.js';
import type { SupervisionQuery, SupervisionStats } from './supervision-stats.js';
import type { RecomputeStore } from './recompute-store.js';

export interface CaseStore {
  readonly kind: 'postgres';
  /** Recomputing open cases' dates after a calendar change, exactly once across instances (recompute-store.ts). */
  readonly recomputes: RecomputeStore;
  /** Runs the migrations (idempotent; instances may start together). */
  init(): Promise<void>;
  /** Lets calls in flight finish, then closes the client unless it was lent to the store. */
  close(): Promise<void>;

  /**
   * Stores a new case, its first tasks and audit events, the query code's hash and the idempotency
   * record, in one transaction.
   * @returns `replayed: true` with the first answer when the idempotency key was already used for
   *   the same request (nothing is written).
   * @throws ConflictError when the case number or a task id exists; ValidationError (422) when the
   *   idempotency key was used for a different request; BadRequestError for malformed input.
   * @example await store.createCase({ record: { case: c, state }, tasks, audit: [{ actor, action: 'case.created', caseNo }] })
   */
  createCase(input: CreateCase): Promise<WriteResult>;

  /**
   * Persists one transition: the case at `expectedVersion + 1`, the tasks it opened (inserted) or
   * changed (each checked against its expected version), its audit events.
   * @throws ConflictError (nothing written) when the case or a task changed since it was read;
   *   NotFoundError when the case does not exist.
   */
  commitTransition(input: CommitTransition): Promise<WriteResult>;

  /** Loads many new cases fast (multi-row inserts, one transaction): seeding and benchmarks. */
  bulkLoad(cases: CreateCase[]): Promise<void>;

  getCase(caseNo: string): Promise<StoredCase | undefined>;
  listCases(filter: CaseFilter): Promise<Page<Case>>;
  countCases(): Promise<number>;
  /** Whether `code` is the query code of `caseNo`; false also when the case does not exist. */
  checkQueryCode(caseNo: string, code: string): Promise<boolean>;

  getTask(id: string): Promise<Task | undefined>;
  listTasks(filter: TaskFilter): Promise<Page<Task>>;
  /** Open tasks of the filter by warning level at `now` (default: the store's clock), the inbox's badges. */
  countTasks(filter: TaskCountFilter, now?: string): Promise<TaskCounts>;

  /** The unexpired answer recorded under `key`, to replay before doing any work. */
  findIdempotent(scope: string, key: string): Promise<IdempotentResponse | undefined>;
  /** Deletes up to `limit` expired idempotency records (a periodic job, never the request path). */
  purgeExpiredIdempotency(limit?: number): Promise<number>;
  /**
   * Housekeeping for a periodic job (e.g. hourly, on one instance or all) and after bulk loads:
   * purges expired idempotency records in batches, and refreshes the planner statistics of tables
   * that grew (PGlite has no autovacuum; see case-maintenance.ts).
   */
  maintain(): Promise<{ purged: number; analyzed: string[] }>;

  /** Appends audit events that belong to no case transition (e.g. a supervisor's export). */
  appendAudit(events: AuditDraft[]): Promise<AuditEvent[]>;
  /** A case's audit events, in chain order. */
  auditOf(caseNo: string): Promise<AuditEvent[]>;
  /**
   * Recomputes the chain from `from` (default 1) to the head in batches of `batch` (default 1,000)
   * events, holding one batch in memory at a time.
   */
  verifyAudit(options?: { from?: number; batch?: number }): Promise<AuditVerification>;

  /** Stores an upload (content deduplicated by sha256). Same id and content again: no-op. */
  putFile(file: NewFile): Promise<void>;
  getFile(id: string): Promise<StoredFile | undefined>;
  /** Which of these file ids were never uploaded (cheap: no bytes are read). */
  missingFiles(ids: readonly string[]): Promise<string[]>;

  /**
   * Records the applicant's rating (好差评), once.
   * @throws ConflictError when the case was rated already; NotFoundError when it does not exist.
   */
  rateCase(caseNo: string, rating: Rating, actor?: ActorRef): Promise<void>;
  addComplaint(complaint: Complaint, actor?: ActorRef): Promise<void>;
  /** Newest first. */
  listComplaints(filter: ComplaintFilter): Promise<Page<Complaint>>;

  /**
   * Raises the warning levels that `now` calls for, at most `limit` of them, exactly once across
   * any number of concurrent callers: selects open cases and tasks whose warning instant has been
   * reached (`warn_at <= now`) or whose due date is before `today` (FOR UPDATE SKIP LOCKED),
   * updates their level and appends one `deadline.warning` or `deadline.overdue` event each, in one
   * transaction. `now` defaults to the start of `today` in China. Call again until it returns
   * fewer than `limit`.
   */
  claimDeadlineMarks(options: { today: IsoDate; limit: number; now?: string }): Promise<DeadlineMark[]>;

  /** Supervision figures (电子监察) over the cases received in `[from, to)`, overall, by department and by matter. */
  supervisionStats(query: SupervisionQuery): Promise<SupervisionStats>;

  /**
   * Open cases by the year of a due date (the case's or an open task's), for years from `fromYear`
   * on, each case once a year: the calendar status's years that open cases need a schedule for.
   * @example await store.openDueYears(2027) // Map { 2027 => 40, 2028 => 2 }
   */
  openDueYears(fromYear: number): Promise<Map<number, number>>;
}
