/**
 * The case store in PostgreSQL over a SqlClient: PGlite in the data folder, or a `pg` pool on the
 * server every instance shares. Tables in case-migrations.ts; the SQL of each concern in its own
 * module (writes, queries, audit chain, idempotency, deadline marks, files, feedback, supervision).
 * Every write is one transaction that ends with its audit append, so the chain head — the one
 * global lock — is held only from the append to COMMIT.
 */
import { InFlight } from '../../../catalog/storage/in-flight.js';
import { randomBytes } from 'node:crypto';
import { runMigrations } from '../../../catalog/storage/sql-migrations.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../../schemas/errors.js';
import type { ActorRef, AuditEvent, Case, IsoDate, Rating, Task } from '../../../schemas/types.generated.js';
import { chinaDateOfEpochMs } from '../../calendar/china-time.js';
import { appendAudit, AUDIT_COLUMNS, eventOfRow, type AuditRow } from './audit-chain.js';
import { verifyAuditChain } from './audit-verifier.js';
import { fileComplaint, rate } from './case-feedback.js';
import { getFile, missingFileIds, putFile } from './case-files.js';
import { refreshStatistics } from './case-maintenance.js';
import { CASE_MIGRATIONS } from './case-migrations.js';
import { CASE_DOC, casesSql, complaintsSql, TASK_DOC, taskCountsSql, tasksSql, type PageSql } from './case-queries.js';
import type {
  AuditDraft, AuditVerification, CaseDesks, CaseFilter, CommitTransition, Complaint, ComplaintFilter, CreateCase, DeadlineMark,
  IdempotentResponse, NewFile, Page, StoredCase, StoredFile, TaskCountFilter, TaskCounts, TaskFilter, WriteResult,
} from './case-records.js';
import { caseRow, taskRow, type CaseRow, type TaskRow } from './case-rows.js';
import { upgradeState } from './case-state-upgrade.js';
import type { CaseStore } from './case.store.js';
import { insertCases, updateCase, writeTasks, type CaseInsert } from './case-writes.js';
import { claimMarks } from './deadline-marks.js';
import { claimIdempotency, findIdempotentRecord, IdempotentReplay, purgeExpired } from './idempotency.js';
import { openDueYears } from './open-due-years.js';
import { QueryCodeHasher } from './query-code.js';
import { PostgresRecomputeStore, type RecomputeStore } from './recompute-store.js';
import { supervisionStats, type SupervisionQuery, type SupervisionStats } from './supervision-stats.js';

export interface PostgresCaseStoreOptions {
  /**
   * Secret key of query-code hashes (≥ 16 bytes), kept outside the database (e.g. an environment
   * secret). Absent: one is generated once and kept in `case_secrets`, which keeps zero set-up
   * working and stops precomputed tables, but not a thief holding the whole database.
   */
  queryCodePepper?: Uint8Array;
  /** The store's clock: idempotency expiry, default audit times, "today" of warnings. */
  now?: () => Date;
  /** Close the client on close(); false when it was lent (e.g. the catalogue's pool). Default true. */
  ownsClient?: boolean;
}

interface CaseReadRow {
  doc: Case;
  state: unknown;
  version: number;
  warn_at: string | null;
  intake_department_id: string | null;
  accept_department_id: string | null;
  accept_window_id: string | null;
  decide_department_id: string | null;
  working_days_used: number | null;
  promised_days: number | null;
  applicant_account: string | null;
}

function desksOf(r: CaseReadRow): CaseDesks {
  return {
    ...(r.intake_department_id === null ? {} : { intakeDepartmentId: r.intake_department_id }),
    ...(r.accept_department_id === null ? {} : { acceptDepartmentId: r.accept_department_id }),
    ...(r.accept_window_id === null ? {} : { acceptWindowId: r.accept_window_id }),
    ...(r.decide_department_id === null ? {} : { decideDepartmentId: r.decide_department_id }),
  };
}

export class PostgresCaseStore implements CaseStore {
  readonly kind = 'postgres' as const;
  readonly recomputes: RecomputeStore;
  #ready: Promise<void> | undefined;
  #hasher: QueryCodeHasher | undefined;
  readonly #inFlight = new InFlight();
  readonly #now: () => Date;

  constructor(readonly client: SqlClient, private readonly options: PostgresCaseStoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.recomputes = new PostgresRecomputeStore(client, () => this.#now(), (p) => this.#inFlight.track(p));
  }

  init(): Promise<void> {
    this.#ready ??= this.#init().catch((e: unknown) => {
      this.#ready = undefined;
      throw e;
    });
    return this.#ready;
  }

  async #init(): Promise<void> {
    await runMigrations(this.client, CASE_MIGRATIONS);
    let pepper = this.options.queryCodePepper;
    if (!pepper) {
      await this.client.query(`INSERT INTO case_secrets (name, value) VALUES ('query_code_pepper', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32)]);
      pepper = (await this.client.query<{ value: Uint8Array }>(`SELECT value FROM case_secrets WHERE name = 'query_code_pepper'`)).rows[0].value;
    }
    this.#hasher = new QueryCodeHasher(pepper);
    await refreshStatistics(this.client);
  }

  async close(): Promise<void> {
    await this.#inFlight.drain();
    if (this.options.ownsClient !== false) await this.client.close();
  }

  async createCase(input: CreateCase): Promise<WriteResult> {
    const { row, tasks, version, queryCodeHash } = this.#prepareNew(input, 'record');
    return this.#write(input.idempotency, async (tx, now) => {
      if (input.idempotency) await claimIdempotency(tx, input.idempotency, now);
      await this.#insertNew(tx, [{ ...row, version, query_code_hash: queryCodeHash }], tasks, input.audit ?? [], now);
      return version;
    });
  }

  async commitTransition(input: CommitTransition): Promise<WriteResult> {
    const { caseNo, expectedVersion } = input;
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) throw new BadRequestError('expectedVersion: must be a whole number ≥ 0');
    const row = caseRow(input.record, caseNo);
    const tasks = (input.tasks ?? []).map((t, i) => taskRow(t, caseNo, `tasks[${i}]`));
    return this.#write(input.idempotency, async (tx, now) => {
      if (input.idempotency) await claimIdempotency(tx, input.idempotency, now);
      const clock = { now: now.toISOString(), today: chinaDateOfEpochMs(now.getTime()) };
      if (!(await updateCase(tx, row, expectedVersion, clock))) {
        const { rows } = await tx.query<{ version: number }>('SELECT version FROM cases WHERE case_no = $1', [caseNo]);
        if (rows.length === 0) throw new NotFoundError(`case ${caseNo}`);
        throw new ConflictError(`case ${caseNo} changed since version ${expectedVersion} (now ${rows[0].version}): reload it`);
      }
      await writeTasks(tx, tasks, clock);
      await appendAudit(tx, input.audit ?? [], now);
      return expectedVersion + 1;
    });
  }

  async bulkLoad(cases: CreateCase[]): Promise<void> {
    if (cases.length === 0) return;
    const prepared = cases.map((c, i) => {
      if (c.idempotency) throw new BadRequestError(`cases[${i}].idempotency: bulk loads are not idempotent requests`);
      return this.#prepareNew(c, `cases[${i}].record`);
    });
    await this.#write(undefined, async (tx, now) => {
      const rows = prepared.map((p) => ({ ...p.row, version: p.version, query_code_hash: p.queryCodeHash }));
      await this.#insertNew(tx, rows, prepared.flatMap((p) => p.tasks), cases.flatMap((c) => c.audit ?? []), now);
      return 0;
    });
  }

  async getCase(caseNo: string): Promise<StoredCase | undefined> {
    const { rows } = await this.#query<CaseReadRow>(
      `SELECT ${CASE_DOC} AS doc, state, version, warn_at, intake_department_id, accept_department_id, accept_window_id, decide_department_id,
              working_days_used, promised_days, applicant_account FROM cases WHERE case_no = $1`,
      [caseNo],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      case: r.doc,
      state: upgradeState(r.state),
      version: r.version,
      ...(r.warn_at === null ? {} : { warnAt: new Date(r.warn_at).toISOString() }),
      desks: desksOf(r),
      ...(r.working_days_used === null || r.promised_days === null ? {} : { conclusion: { workingDaysUsed: r.working_days_used, promisedDays: r.promised_days } }),
      ...(r.applicant_account === null ? {} : { applicantAccount: r.applicant_account }),
    };
  }

  async listCases(filter: CaseFilter): Promise<Page<Case>> {
    return this.#page(casesSql(filter, this.#today(), this.#now().toISOString()), filter);
  }

  async countCases(): Promise<number> {
    return (await this.#query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0].n;
  }

  async checkQueryCode(caseNo: string, code: string): Promise<boolean> {
    if (typeof code !== 'string' || typeof caseNo !== 'string') return false;
    const { rows } = await this.#query<{ query_code_hash: string | null }>('SELECT query_code_hash FROM cases WHERE case_no = $1', [caseNo]);
    return this.#hasherReady().verify(caseNo, code, rows[0]?.query_code_hash);
  }

  async getTask(id: string): Promise<Task | undefined> {
    return (await this.#query<{ doc: Task }>(`SELECT ${TASK_DOC} AS doc FROM case_tasks WHERE id = $1`, [id])).rows[0]?.doc;
  }

  async listTasks(filter: TaskFilter): Promise<Page<Task>> {
    return this.#page(tasksSql(filter), filter);
  }

  async countTasks(filter: TaskCountFilter, now: string = this.#now().toISOString()): Promise<TaskCounts> {
    const { sql, params } = taskCountsSql(filter, { now, today: chinaDateOfEpochMs(Date.parse(now)) });
    const row = (await this.#query<{ open: number; yellow: number; red: number }>(sql, params)).rows[0];
    return { open: Number(row.open), yellow: Number(row.yellow), red: Number(row.red) };
  }

  async findIdempotent(scope: string, key: string): Promise<IdempotentResponse | undefined> {
    return this.#inFlight.track(findIdempotentRecord(this.client, scope, key, this.#now()));
  }

  async purgeExpiredIdempotency(limit = 1000): Promise<number> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new BadRequestError('limit: must be a whole number ≥ 1');
    return this.#inFlight.track(purgeExpired(this.client, this.#now(), limit));
  }

  async maintain(): Promise<{ purged: number; analyzed: string[] }> {
    let purged = 0;
    // Bounded: a backlog larger than 100 batches is left for the next run rather than stalling this one.
    for (let i = 0; i < 100; i++) {
      const n = await this.purgeExpiredIdempotency(1000);
      purged += n;
      if (n < 1000) break;
    }
    return { purged, analyzed: await this.#inFlight.track(refreshStatistics(this.client)) };
  }

  async appendAudit(events: AuditDraft[]): Promise<AuditEvent[]> {
    return this.#inFlight.track(this.client.transaction((tx) => appendAudit(tx, events, this.#now())));
  }

  async auditOf(caseNo: string): Promise<AuditEvent[]> {
    const { rows } = await this.#query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE case_no = $1 ORDER BY seq`, [caseNo]);
    return rows.map(eventOfRow);
  }

  async verifyAudit(options?: { from?: number; batch?: number }): Promise<AuditVerification> {
    return this.#inFlight.track(verifyAuditChain(this.client, options));
  }

  async putFile(file: NewFile): Promise<void> {
    return this.#inFlight.track(this.client.transaction((tx) => putFile(tx, file, this.#now())));
  }

  missingFiles(ids: readonly string[]): Promise<string[]> {
    return this.#inFlight.track(missingFileIds(this.client, ids));
  }

  async getFile(id: string): Promise<StoredFile | undefined> {
    return this.#inFlight.track(getFile(this.client, id));
  }

  async rateCase(caseNo: string, rating: Rating, actor: ActorRef = { kind: 'applicant' }): Promise<void> {
    await this.#inFlight.track(this.client.transaction(async (tx) => appendAudit(tx, [await rate(tx, caseNo, rating, actor)], this.#now())));
  }

  async addComplaint(complaint: Complaint, actor: ActorRef = { kind: 'applicant' }): Promise<void> {
    await this.#inFlight.track(this.client.transaction(async (tx) => appendAudit(tx, [await fileComplaint(tx, complaint, actor)], this.#now())));
  }

  async listComplaints(filter: ComplaintFilter): Promise<Page<Complaint>> {
    return this.#page(complaintsSql(filter), filter);
  }

  async claimDeadlineMarks(options: { today: IsoDate; limit: number; now?: string }): Promise<DeadlineMark[]> {
    return this.#inFlight.track(this.client.transaction((tx) => claimMarks(tx, options, this.#now())));
  }

  async supervisionStats(query: SupervisionQuery): Promise<SupervisionStats> {
    return this.#inFlight.track(supervisionStats(this.client, { ...query, now: query.now ?? this.#now().toISOString() }));
  }

  async openDueYears(fromYear: number): Promise<Map<number, number>> {
    if (!Number.isSafeInteger(fromYear) || fromYear < 1 || fromYear > 9999) throw new BadRequestError('fromYear: must be a year from 1 to 9999');
    return this.#inFlight.track(openDueYears(this.client, fromYear));
  }

  /** Checks a new case's input and derives its row, task rows, version and query-code hash. */
  #prepareNew(input: CreateCase, at: string): { row: CaseRow; tasks: TaskRow[]; version: number; queryCodeHash: string | null } {
    if (!input || !input.record) throw new BadRequestError(`${at}: is required`);
    const row = caseRow(input.record);
    const tasks = (input.tasks ?? []).map((t, i) => {
      if (t.expectedVersion !== undefined) throw new BadRequestError(`tasks[${i}].expectedVersion: a new case's tasks are new`);
      return taskRow(t, row.case_no, `tasks[${i}]`);
    });
    const given = input.record.case.version;
    const version = Number.isSafeInteger(given) && given >= 0 ? given : 0;
    const code = input.queryCode;
    if (code !== undefined && (typeof code !== 'string' || code.trim() === '')) throw new BadRequestError('queryCode: must be a non-empty string');
    return { row, tasks, version, queryCodeHash: code === undefined ? null : this.#hasherReady().hash(row.case_no, code) };
  }

  async #insertNew(tx: SqlClient, rows: CaseInsert[], tasks: TaskRow[], audit: AuditDraft[], now: Date): Promise<void> {
    const existed = await insertCases(tx, rows);
    if (existed.length > 0) throw new ConflictError(`case ${existed[0]} already exists`);
    await writeTasks(tx, tasks, { now: now.toISOString(), today: chinaDateOfEpochMs(now.getTime()) });
    await appendAudit(tx, audit, now);
  }

  /** Runs a write transaction; an idempotent replay found inside it rolls it back and is answered. */
  async #write(idempotent: unknown, fn: (tx: SqlClient, now: Date) => Promise<number>): Promise<WriteResult> {
    const now = this.#now();
    try {
      const version = await this.#inFlight.track(this.client.transaction((tx) => fn(tx, now)));
      return { replayed: false, version };
    } catch (e) {
      if (idempotent !== undefined && e instanceof IdempotentReplay) return { replayed: true, response: e.response };
      throw e;
    }
  }

  /** The page, and its total: read off the page when it is the last one, else counted. */
  async #page<T>(sql: PageSql, paging: { page: number; pageSize: number }): Promise<Page<T>> {
    const { rows } = await this.#query<{ doc: T }>(sql.page.sql, sql.page.params);
    const before = (paging.page - 1) * paging.pageSize;
    const ended = rows.length > 0 && rows.length < paging.pageSize;
    const total = ended || (paging.page === 1 && rows.length === 0)
      ? before + rows.length
      : (await this.#query<{ total: number }>(sql.count.sql, sql.count.params)).rows[0].total;
    return { items: rows.map((r) => r.doc), total };
  }

  #hasherReady(): QueryCodeHasher {
    if (!this.#hasher) throw new Error('the case store is not initialized: call init() first');
    return this.#hasher;
  }

  #today(): string {
    return chinaDateOfEpochMs(this.#now().getTime());
  }

  #query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return this.#inFlight.track(this.client.query<R>(sql, params));
  }

}
