/**
 * The SQL of case and task writes, each a statement inside the caller's transaction. Rows travel as
 * one jsonb parameter expanded by `jsonb_to_recordset`, so one case and 1,000 cases (bulkLoad) take
 * the same path and the same number of round trips.
 *
 * Versions: a case update matches `version = expected` and sets `expected + 1`; a task update
 * matches its own expected version. In PostgreSQL's READ COMMITTED, a second writer with the same
 * expected version waits for the first's row lock, re-reads the row, no longer matches, and updates
 * nothing — that empty result is the ConflictError, so exactly one of two racing writers wins.
 */
import { BadRequestError, ConflictError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { jsonText, type CaseRow, type TaskRow } from './case-rows.js';

/** The write's instant and its China date: what a stored warning is lowered against. */
export interface WriteClock {
  now: string;
  today: string;
}

/** A case row as inserted: the columns of CaseRow plus the store's. */
export interface CaseInsert extends CaseRow {
  version: number;
  query_code_hash: string | null;
}

const CASE_FIELDS = [
  ['case_no', 'text'], ['matter_code', 'text'], ['matter_version', 'int'], ['department_id', 'text'], ['status', 'text'],
  ['applicant_account', 'text'], ['received_at', 'timestamptz'], ['accepted_at', 'timestamptz'], ['due_date', 'date'],
  ['warn_at', 'timestamptz'], ['intake_department_id', 'text'], ['accept_department_id', 'text'], ['accept_window_id', 'text'],
  ['decide_department_id', 'text'], ['concluded_at', 'timestamptz'], ['concluded_on', 'date'], ['outcome', 'text'],
  ['working_days_used', 'int'], ['promised_days', 'int'], ['doc', 'jsonb'], ['state', 'jsonb'],
] as const;
const CASE_RECORD = `r(${CASE_FIELDS.map(([n, t]) => `${n} ${t}`).join(', ')}, version int, query_code_hash text)`;
const CASE_NAMES = CASE_FIELDS.map(([n]) => n).join(', ');

const TASK_FIELDS = [
  ['id', 'text'], ['case_no', 'text'], ['node_id', 'text'], ['department_id', 'text'], ['status', 'text'],
  ['assignees', 'text[]'], ['opened_at', 'timestamptz'], ['due_date', 'date'], ['warn_at', 'timestamptz'], ['version', 'int'], ['doc', 'jsonb'],
] as const;
const TASK_RECORD = `r(${TASK_FIELDS.map(([n, t]) => `${n} ${t}`).join(', ')}, expected int)`;
const TASK_NAMES = TASK_FIELDS.map(([n]) => n).join(', ');

/** The fields of a document the store owns: stripped before storing, overlaid when read. */
export function storedCaseDoc(row: CaseRow, version: number): CaseRow['doc'] {
  const { warning: _w, rating: _r, ...doc } = row.doc;
  return { ...doc, version };
}

/** Inserts new cases; returns the case numbers that already existed (and were not written). */
export async function insertCases(tx: SqlClient, rows: CaseInsert[]): Promise<string[]> {
  const { rows: inserted } = await tx.query<{ case_no: string }>(
    `INSERT INTO cases (${CASE_NAMES}, version, query_code_hash)
     SELECT ${CASE_NAMES}, version, query_code_hash FROM jsonb_to_recordset($1::jsonb) AS ${CASE_RECORD}
     ON CONFLICT (case_no) DO NOTHING RETURNING case_no`,
    [jsonText(rows.map((r) => ({ ...r, doc: storedCaseDoc(r, r.version) })), 'record')],
  );
  const done = new Set(inserted.map((r) => r.case_no));
  return rows.map((r) => r.case_no).filter((no) => !done.has(no));
}

/**
 * Updates a case from `expected` to `expected + 1`; the stored warning may only go down (see the
 * `lowered_warning_at` SQL function). Returns false when the case is missing or at another version.
 */
export async function updateCase(tx: SqlClient, row: CaseRow, expected: number, clock: WriteClock): Promise<boolean> {
  const set = CASE_FIELDS.filter(([n]) => n !== 'case_no').map(([n]) => `${n} = r.${n}`);
  const { rows } = await tx.query(
    `UPDATE cases AS c SET ${set.join(', ')},
       warning = lowered_warning_at(c.warning, r.concluded_at IS NULL, r.warn_at, r.due_date, $4::timestamptz, $3::date),
       version = c.version + 1, updated_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS ${CASE_RECORD}
     WHERE c.case_no = r.case_no AND c.version = $2
     RETURNING c.version`,
    [jsonText([{ ...row, doc: storedCaseDoc(row, expected + 1) }], 'record'), expected, clock.today, clock.now],
  );
  return rows.length === 1;
}

/**
 * Inserts new tasks and updates changed ones, each against its expected version.
 * @throws ConflictError naming the first task that exists already (insert) or changed (update).
 */
export async function writeTasks(tx: SqlClient, rows: TaskRow[], clock: WriteClock): Promise<void> {
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) throw new BadRequestError(`tasks: task ${r.id} is written twice`);
    ids.add(r.id);
  }
  const fresh = rows.filter((r) => r.expected === null);
  const changed = rows.filter((r) => r.expected !== null);
  if (fresh.length > 0) {
    const { rows: done } = await tx.query<{ id: string }>(
      `INSERT INTO case_tasks (${TASK_NAMES})
       SELECT ${TASK_NAMES} FROM jsonb_to_recordset($1::jsonb) AS ${TASK_RECORD}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [tasksJson(fresh)],
    );
    const missed = missing(fresh, done);
    if (missed) throw new ConflictError(`task ${missed.id} already exists`);
  }
  if (changed.length > 0) {
    const set = TASK_FIELDS.filter(([n]) => n !== 'id' && n !== 'case_no').map(([n]) => `${n} = r.${n}`);
    const { rows: done } = await tx.query<{ id: string }>(
      `UPDATE case_tasks AS t SET ${set.join(', ')},
         warning = lowered_warning_at(t.warning, r.status = 'open', r.warn_at, r.due_date, $3::timestamptz, $2::date)
       FROM jsonb_to_recordset($1::jsonb) AS ${TASK_RECORD}
       WHERE t.id = r.id AND t.case_no = r.case_no AND t.version = r.expected
       RETURNING t.id`,
      [tasksJson(changed), clock.today, clock.now],
    );
    const missed = missing(changed, done);
    if (missed) throw new ConflictError(`task ${missed.id} changed since version ${missed.expected} (or is not a task of case ${missed.case_no}): reload the case`);
  }
}

function tasksJson(rows: TaskRow[]): string {
  return jsonText(rows.map((r) => {
    const { warning: _w, ...doc } = r.doc;
    return { ...r, doc };
  }), 'tasks');
}

function missing(rows: TaskRow[], done: { id: string }[]): TaskRow | undefined {
  const ids = new Set(done.map((d) => d.id));
  return rows.find((r) => !ids.has(r.id));
}
