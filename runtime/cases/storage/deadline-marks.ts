/**
 * Deadline marks (电子监察 预警 / 超期), exactly once across every server process sharing the database.
 *
 * A mark is due when an open case or task has reached its 80 % line (`warn_on <= today`, level
 * yellow) or passed its due date (`due_date < today`, level red) and its stored level is lower. The
 * service precomputes `warn_on` from the legal clock, so the scan is an indexed date comparison on
 * partial indexes holding only open, not-yet-marked rows.
 *
 * Exactly once: rows are claimed `FOR UPDATE SKIP LOCKED`, so concurrent scanners take disjoint
 * rows and never wait on each other; a row another scanner marked and committed in the meantime is
 * re-checked by PostgreSQL against the WHERE on its new version and drops out. Level, and the
 * audit event recording it, commit together or not at all.
 *
 * Marks do not bump the case or task version: the level is the store's own column, which writes
 * never raise (lowered_warning), so a clerk's action in flight is not failed by a background mark,
 * and the engine's task versions inside the case state stay true.
 */
import { BadRequestError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { isIsoDate } from '../../calendar/iso-date.js';
import { appendAudit } from './audit-chain.js';
import type { AuditDraft, DeadlineMark, WarningLevel } from './case-records.js';
import { jsonText } from './case-rows.js';

interface Candidate {
  key: string;
  case_no: string;
  department_id: string | null;
  from: WarningLevel;
  to: 'yellow' | 'red';
  due_date: string | null;
  warn_on: string;
}

const LEVEL = `CASE WHEN due_date < $1::date THEN 'red' ELSE 'yellow' END`;
const DUE = (open: string) => `(${open} AND warning = 'none' AND warn_on <= $1::date) OR (${open} AND warning <> 'red' AND warn_on IS NOT NULL AND due_date < $1::date)`;

const CASES = `SELECT case_no AS key, case_no, department_id, warning AS "from", ${LEVEL} AS "to", due_date::text AS due_date, warn_on::text AS warn_on
  FROM cases WHERE ${DUE('concluded_at IS NULL')}
  ORDER BY warn_on, case_no LIMIT $2 FOR UPDATE SKIP LOCKED`;
const TASKS = `SELECT id AS key, case_no, department_id, warning AS "from", ${LEVEL} AS "to", due_date::text AS due_date, warn_on::text AS warn_on
  FROM case_tasks WHERE ${DUE(`status = 'open'`)}
  ORDER BY warn_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`;

/**
 * Claims and applies up to `limit` marks in the caller's transaction; cases first, then tasks.
 * 1. lock the due cases, then (with what is left of the limit) the due tasks, skipping locked rows;
 * 2. set each row's level;
 * 3. append one audit event per mark (`deadline.warning` for yellow, `deadline.overdue` for red).
 */
export async function claimMarks(tx: SqlClient, today: string, limit: number, now: Date): Promise<DeadlineMark[]> {
  if (!isIsoDate(today)) throw new BadRequestError(`today: must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000) throw new BadRequestError('limit: must be 1–10000');
  const cases = (await tx.query<Candidate>(CASES, [today, limit])).rows; // 1
  const tasks = cases.length < limit ? (await tx.query<Candidate>(TASKS, [today, limit - cases.length])).rows : [];
  if (cases.length + tasks.length === 0) return [];

  const update = (table: string, key: string, rows: Candidate[]) => // 2
    tx.query(`UPDATE ${table} AS x SET warning = m.level FROM jsonb_to_recordset($1::jsonb) AS m(key text, level text) WHERE x.${key} = m.key`,
      [jsonText(rows.map((r) => ({ key: r.key, level: r.to })), 'marks')]);
  if (cases.length > 0) await update('cases', 'case_no', cases);
  if (tasks.length > 0) await update('case_tasks', 'id', tasks);

  const marks = [...cases.map((c) => markOf('case', c)), ...tasks.map((t) => markOf('task', t))];
  const events = await appendAudit(tx, marks.map((m) => draftOf(m, today)), now); // 3
  return marks.map((m, i) => ({ ...m, seq: events[i].seq }));
}

function markOf(target: 'case' | 'task', c: Candidate): DeadlineMark {
  return {
    target,
    caseNo: c.case_no,
    ...(target === 'task' ? { taskId: c.key } : {}),
    departmentId: c.department_id,
    from: c.from,
    to: c.to,
    dueDate: c.due_date,
    warnOn: c.warn_on,
    seq: 0,
  };
}

function draftOf(m: DeadlineMark, today: string): AuditDraft {
  return {
    caseNo: m.caseNo,
    actor: { kind: 'system' },
    action: m.to === 'red' ? 'deadline.overdue' : 'deadline.warning',
    payload: {
      target: m.target,
      ...(m.taskId === undefined ? {} : { taskId: m.taskId }),
      from: m.from,
      to: m.to,
      dueDate: m.dueDate,
      warnOn: m.warnOn,
      today,
    },
  };
}
