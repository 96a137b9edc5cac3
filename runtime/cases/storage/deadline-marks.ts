/**
 * Deadline marks (电子监察 预警 / 超期), exactly once across every server process sharing the database.
 *
 * A mark is due when an open case or task has reached its warning instant (`warn_at <= now`, level
 * yellow: less than 20 % of the working time left) or passed its due date (`due_date < today`,
 * level red) and its stored level is lower — the rule of case-warning.ts. The service precomputes
 * `warn_at` from the legal clock, so the scan is an indexed comparison on partial indexes holding
 * only open, not-yet-marked rows. The stored mark records that the event was raised (and audited);
 * what views show is the level read live by the same rule.
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
import { instant, jsonText } from './case-rows.js';
import { chinaDayStart } from '../../calendar/china-time.js';

interface Candidate {
  key: string;
  case_no: string;
  department_id: string | null;
  from: WarningLevel;
  to: 'yellow' | 'red';
  due_date: string | null;
  warn_at: Date | string;
}

const LEVEL = `CASE WHEN due_date < $1::date THEN 'red' ELSE 'yellow' END`;
const DUE = (open: string) => `(${open} AND warning = 'none' AND warn_at <= $3::timestamptz) OR (${open} AND warning <> 'red' AND warn_at IS NOT NULL AND due_date < $1::date)`;

const CASES = `SELECT case_no AS key, case_no, department_id, warning AS "from", ${LEVEL} AS "to", due_date::text AS due_date, warn_at
  FROM cases WHERE ${DUE('concluded_at IS NULL')}
  ORDER BY warn_at, case_no LIMIT $2 FOR UPDATE SKIP LOCKED`;
const TASKS = `SELECT id AS key, case_no, department_id, warning AS "from", ${LEVEL} AS "to", due_date::text AS due_date, warn_at
  FROM case_tasks WHERE ${DUE(`status = 'open'`)}
  ORDER BY warn_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`;

/**
 * Claims and applies up to `limit` marks in the caller's transaction; cases first, then tasks.
 * 1. lock the due cases, then (with what is left of the limit) the due tasks, skipping locked rows;
 * 2. set each row's level;
 * 3. append one audit event per mark (`deadline.warning` for yellow, `deadline.overdue` for red).
 */
export async function claimMarks(tx: SqlClient, options: { today: string; limit: number; now?: string }, now: Date): Promise<DeadlineMark[]> {
  const { today, limit } = options;
  if (!isIsoDate(today)) throw new BadRequestError(`today: must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000) throw new BadRequestError('limit: must be 1–10000');
  const at = options.now === undefined ? chinaDayStart(today).toISOString() : instant(options.now, 'now')!;
  const cases = (await tx.query<Candidate>(CASES, [today, limit, at])).rows; // 1
  const tasks = cases.length < limit ? (await tx.query<Candidate>(TASKS, [today, limit - cases.length, at])).rows : [];
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
    warnAt: new Date(c.warn_at).toISOString(),
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
      warnAt: m.warnAt,
      today,
    },
  };
}
