/**
 * The SQL of a calendar recompute: open cases read in keyset batches, and the moved ones written
 * back, one short transaction per batch.
 *
 * A recompute is not a user transition, so it does not bump the case version: a clerk who has the
 * case open keeps a valid `expectedVersion` and gets no false "someone acted first". The write is
 * still optimistic: a row is updated only if its version is the one read (`version = r.version`),
 * so a case a clerk changed between the read and the write is left alone and re-read by the
 * caller. Only the date columns and the documents are written (due_date, warn_at, doc, state; for
 * tasks due_date, warn_at, doc, version as the engine's state has it); the desks, the applicant's
 * account and the store-owned fields stay as stored. The stored warning may only be lowered, as in
 * every write (lowered_warning_at): raising it stays the deadline scanner's, with its own event.
 */
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { Case } from '../../../schemas/types.generated.js';
import { appendAudit } from './audit-chain.js';
import type { AuditDraft, StoredCase } from './case-records.js';
import { jsonText, type CaseRow, type TaskRow } from './case-rows.js';
import { upgradeState } from './case-state-upgrade.js';
import { storedCaseDoc } from './case-writes.js';
import { CASE_DOC } from './case-queries.js';
import { holdsClaim } from './recompute-claims.js';

/** An open case as the recompute reads it. */
export interface RecomputeCandidate extends Pick<StoredCase, 'case' | 'state' | 'version' | 'warnAt'> {
  caseNo: string;
  /** When the row was last written (database clock). */
  updatedAt: string;
}

/** One case's new dates, to be written if the case is still at `expectedVersion`. */
export interface RecomputedCase {
  expectedVersion: number;
  row: CaseRow;
  /** The moved tasks, each with the version it had (`expected`). */
  tasks: TaskRow[];
  audit: AuditDraft;
}

interface CandidateRow {
  case_no: string;
  doc: Case;
  state: unknown;
  version: number;
  warn_at: string | Date | null;
  updated_at: string | Date;
}

const SELECT = `SELECT case_no, ${CASE_DOC} AS doc, state, version, warn_at, updated_at FROM cases`;

/** Up to `limit` open cases after `afterCaseNo` (exclusive), in case-number order. */
export async function openCasesAfter(client: SqlClient, afterCaseNo: string | undefined, limit: number): Promise<RecomputeCandidate[]> {
  const { rows } = await client.query<CandidateRow>(
    `${SELECT} WHERE concluded_at IS NULL AND case_no > $1 ORDER BY case_no LIMIT $2`,
    [afterCaseNo ?? '', limit],
  );
  return rows.map(candidateOf);
}

/** The named cases that are still open (re-reading those that changed under a batch). */
export async function openCasesIn(client: SqlClient, caseNos: readonly string[]): Promise<RecomputeCandidate[]> {
  if (caseNos.length === 0) return [];
  const { rows } = await client.query<CandidateRow>(`${SELECT} WHERE concluded_at IS NULL AND case_no = ANY($1::text[]) ORDER BY case_no`, [caseNos]);
  return rows.map(candidateOf);
}

/**
 * Case numbers and last-write times of up to `limit` open cases after `afterCaseNo`: a narrow
 * page (no documents), so that the catch-up pass reads whole documents only of the cases that
 * were written since it began, and no query of it holds the session for long.
 */
export async function openCaseStamps(client: SqlClient, afterCaseNo: string | undefined, limit: number): Promise<Array<{ caseNo: string; updatedAt: string }>> {
  const { rows } = await client.query<{ case_no: string; updated_at: string | Date }>(
    `SELECT case_no, updated_at FROM cases WHERE concluded_at IS NULL AND case_no > $1 ORDER BY case_no LIMIT $2`,
    [afterCaseNo ?? '', limit],
  );
  return rows.map((r) => ({ caseNo: r.case_no, updatedAt: new Date(r.updated_at).toISOString() }));
}

export type BatchOutcome =
  /**
   * `written`: the cases updated; `stale`: those whose version changed since they were read;
   * `writtenAt`: the rows' new updated_at (one per transaction), to tell a later write by others.
   */
  | { ok: true; written: string[]; stale: string[]; writtenAt?: string }
  /** The claim was taken over or superseded: nothing was written, stop. */
  | { ok: false };

/**
 * Writes one batch in one transaction.
 * 1. check (and lock) the claim: a runner that lost it writes nothing;
 * 2. update the cases still at their read version and still open;
 * 3. update the tasks of the cases written, each against its version;
 * 4. append one `calendar.recomputed` event per case written, last (the chain head is the one
 *    global lock: hold it for the shortest time).
 * A task that changed although its case did not (not expected: every task change bumps its case)
 * rolls the batch back and reports all its cases stale, to be re-read.
 */
export async function writeRecomputedBatch(
  client: SqlClient,
  claim: { changeId: string; by: string },
  batch: readonly RecomputedCase[],
  clock: { now: Date; today: string },
): Promise<BatchOutcome> {
  try {
    return await client.transaction(async (tx) => {
      if (!(await holdsClaim(tx, claim.changeId, claim.by))) return { ok: false as const }; // 1
      const cases = batch.map((b) => ({
        case_no: b.row.case_no,
        due_date: b.row.due_date,
        warn_at: b.row.warn_at,
        doc: storedCaseDoc(b.row, b.expectedVersion),
        state: b.row.state,
        version: b.expectedVersion,
      }));
      const { rows } = await tx.query<{ case_no: string; updated_at: string | Date }>( // 2
        `UPDATE cases AS c SET due_date = r.due_date, warn_at = r.warn_at, doc = r.doc, state = r.state,
           warning = lowered_warning_at(c.warning, TRUE, r.warn_at, r.due_date, $2::timestamptz, $3::date),
           updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(case_no text, due_date date, warn_at timestamptz, doc jsonb, state jsonb, version int)
         WHERE c.case_no = r.case_no AND c.version = r.version AND c.concluded_at IS NULL
         RETURNING c.case_no, c.updated_at`,
        [jsonText(cases, 'recompute'), clock.now.toISOString(), clock.today],
      );
      const written = new Set(rows.map((r) => r.case_no));
      const tasks = batch.filter((b) => written.has(b.row.case_no)).flatMap((b) => b.tasks);
      if (tasks.length > 0) { // 3
        const { rows: done } = await tx.query(
          `UPDATE case_tasks AS t SET due_date = r.due_date, warn_at = r.warn_at, doc = r.doc, version = r.version,
             warning = lowered_warning_at(t.warning, t.status = 'open', r.warn_at, r.due_date, $2::timestamptz, $3::date)
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, case_no text, due_date date, warn_at timestamptz, doc jsonb, version int, expected int)
           WHERE t.id = r.id AND t.case_no = r.case_no AND t.version = r.expected
           RETURNING t.id`,
          [jsonText(tasks.map(taskPatch), 'recompute.tasks'), clock.now.toISOString(), clock.today],
        );
        if (done.length !== tasks.length) throw new StaleBatch();
      }
      await appendAudit(tx, batch.filter((b) => written.has(b.row.case_no)).map((b) => b.audit), clock.now); // 4
      const stale = batch.map((b) => b.row.case_no).filter((no) => !written.has(no));
      return { ok: true as const, written: [...written], stale, ...(rows[0] ? { writtenAt: new Date(rows[0].updated_at).toISOString() } : {}) };
    });
  } catch (e) {
    if (e instanceof StaleBatch) return { ok: true, written: [], stale: batch.map((b) => b.row.case_no) };
    throw e;
  }
}

class StaleBatch extends Error {}

function taskPatch(t: TaskRow) {
  const { warning: _w, ...doc } = t.doc;
  return { id: t.id, case_no: t.case_no, due_date: t.due_date, warn_at: t.warn_at, doc, version: t.version, expected: t.expected };
}

function candidateOf(r: CandidateRow): RecomputeCandidate {
  return {
    caseNo: r.case_no,
    case: r.doc,
    state: upgradeState(r.state),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
    ...(r.warn_at === null ? {} : { warnAt: new Date(r.warn_at).toISOString() }),
  };
}
