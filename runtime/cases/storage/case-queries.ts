/**
 * The SQL of listCases, listTasks and listComplaints: a WHERE built from the filters that are given
 * (each one an indexed column, see case-migrations.ts), a stable order the index serves, LIMIT/OFFSET.
 * The total is a separate, narrow count: a window count riding on the page would make PostgreSQL
 * read every matching row with its document before it could stop at the page.
 */
import { BadRequestError } from '../../../schemas/errors.js';
import type { CaseFilter, ComplaintFilter, Paging, TaskFilter } from './case-records.js';
import { date, instant } from './case-rows.js';
import { chinaDateOfEpochMs } from '../../calendar/china-time.js';
import { warningSql } from '../case-warning.js';

/**
 * The Case document with the store-owned fields overlaid: version, the deadline scanner's stored
 * mark as `warning`, and the rating once given. Views (case list, case page, inbox) replace
 * `warning` with the level read live by the one rule (runtime/cases/case-views.ts); the stored
 * mark records only that its audit event was raised.
 */
export const CASE_DOC = `doc || jsonb_build_object('version', version, 'warning', warning) || CASE WHEN rating IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('rating', rating) END`;
/** The Task document with the stored warning overlaid. */
export const TASK_DOC = `doc || jsonb_build_object('warning', warning)`;

export interface PageSql {
  /** Selects `doc` for the page. */
  page: { sql: string; params: unknown[] };
  /** Selects `total` alone. */
  count: { sql: string; params: unknown[] };
}

const STATUSES = new Set(['submitted', 'supplement_requested', 'refused', 'in_progress', 'suspended', 'granted', 'denied', 'withdrawn']);
const TASK_STATUSES = new Set(['open', 'completed', 'cancelled']);
const LEVELS = new Set(['none', 'yellow', 'red']);

/** Collects conditions and their parameters. */
class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `sql` with `$?` standing for the next parameter. */
  add(sql: string, ...values: unknown[]): void {
    let text = sql;
    for (const v of values) text = text.replace('$?', `$${this.params.push(v)}`);
    this.conditions.push(text);
  }

  toString(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}

export function casesSql(filter: CaseFilter, today: string, now: string): PageSql {
  const w = new Where();
  if (filter.status !== undefined) {
    const list = Array.isArray(filter.status) ? filter.status : [filter.status];
    if (list.length === 0 || list.some((s) => !STATUSES.has(s))) throw new BadRequestError(`status: must be case statuses, got ${JSON.stringify(filter.status)}`);
    if (list.length === 1) w.add('status = $?', list[0]);
    else w.add('status = ANY($?::text[])', list);
  }
  if (filter.departmentId !== undefined) w.add('department_id = $?', filter.departmentId);
  // Two indexed alternatives (a BitmapOr): what the desk received at its window, or accepted.
  if (filter.deskDepartmentId !== undefined) w.add('(intake_department_id = $? OR accept_department_id = $?)', filter.deskDepartmentId, filter.deskDepartmentId);
  if (filter.matterCode !== undefined) w.add('matter_code = $?', filter.matterCode);
  if (filter.applicantAccount !== undefined) w.add('applicant_account = $?', filter.applicantAccount);
  if (filter.open !== undefined) w.add(filter.open ? 'concluded_at IS NULL' : 'concluded_at IS NOT NULL');
  if (filter.overdue !== undefined) {
    const day = date(filter.today ?? today, 'today');
    w.add(filter.overdue ? 'concluded_at IS NULL AND due_date < $?::date' : 'NOT (concluded_at IS NULL AND coalesce(due_date < $?::date, false))', day);
  }
  if (filter.warning !== undefined) {
    if (!LEVELS.has(filter.warning)) throw new BadRequestError(`warning: must be none, yellow or red, got ${JSON.stringify(filter.warning)}`);
    const at = instant(filter.now ?? now, 'now');
    w.add(`concluded_at IS NULL AND ${warningSql('$?::date', '$?::timestamptz')} = $?`, chinaDateOfEpochMs(Date.parse(at!)), at, filter.warning);
  }
  if (filter.receivedFrom !== undefined) w.add('received_at >= $?::timestamptz', instant(filter.receivedFrom, 'receivedFrom'));
  if (filter.receivedTo !== undefined) w.add('received_at < $?::timestamptz', instant(filter.receivedTo, 'receivedTo'));
  return paged(`SELECT ${CASE_DOC} AS doc FROM cases ${w} ORDER BY received_at DESC, case_no DESC`, 'cases', w, filter);
}

export function tasksSql(filter: TaskFilter): PageSql {
  const w = new Where();
  if (filter.departmentId !== undefined) w.add('department_id = $?', filter.departmentId);
  if (filter.status !== undefined) {
    if (!TASK_STATUSES.has(filter.status)) throw new BadRequestError(`status: must be open, completed or cancelled, got ${JSON.stringify(filter.status)}`);
    w.add('status = $?', filter.status);
  }
  if (filter.assignee !== undefined) w.add('assignees @> ARRAY[$?::text]', filter.assignee);
  if (filter.caseNo !== undefined) w.add('case_no = $?', filter.caseNo);
  return paged(`SELECT ${TASK_DOC} AS doc FROM case_tasks ${w} ORDER BY due_date ASC NULLS LAST, opened_at, id`, 'case_tasks', w, filter);
}

/**
 * The open tasks of `filter` (paging ignored) counted by warning level at `now`, by the one rule
 * (case-warning.ts): what the inbox badges show.
 */
export function taskCountsSql(filter: Omit<TaskFilter, 'page' | 'pageSize' | 'status'>, clock: { now: string; today: string }): { sql: string; params: unknown[] } {
  const w = new Where();
  w.add(`status = 'open'`);
  if (filter.departmentId !== undefined) w.add('department_id = $?', filter.departmentId);
  if (filter.assignee !== undefined) w.add('assignees @> ARRAY[$?::text]', filter.assignee);
  if (filter.caseNo !== undefined) w.add('case_no = $?', filter.caseNo);
  const today = `$${w.params.push(date(clock.today, 'today'))}::date`;
  const now = `$${w.params.push(instant(clock.now, 'now'))}::timestamptz`;
  const level = warningSql(today, now);
  return {
    sql: `SELECT count(*)::int AS open,
            count(*) FILTER (WHERE ${level} = 'yellow')::int AS yellow,
            count(*) FILTER (WHERE ${level} = 'red')::int AS red
          FROM case_tasks ${w}`,
    params: w.params,
  };
}

export function complaintsSql(filter: ComplaintFilter): PageSql {
  const w = new Where();
  if (filter.caseNo !== undefined) w.add('case_no = $?', filter.caseNo);
  if (filter.matterCode !== undefined) w.add('matter_code = $?', filter.matterCode);
  if (filter.departmentId !== undefined) w.add('department_id = $?', filter.departmentId);
  if (filter.from !== undefined) w.add('at >= $?::timestamptz', instant(filter.from, 'from'));
  if (filter.to !== undefined) w.add('at < $?::timestamptz', instant(filter.to, 'to'));
  return paged(`SELECT doc FROM complaints ${w} ORDER BY at DESC, id DESC`, 'complaints', w, filter);
}

/** Checks the paging and appends LIMIT / OFFSET. */
function paged(select: string, table: string, w: Where, paging: Paging): PageSql {
  const { page, pageSize } = paging;
  if (!Number.isSafeInteger(page) || page < 1) throw new BadRequestError(`page: must be a whole number ≥ 1, got ${page}`);
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > 500) throw new BadRequestError(`pageSize: must be 1–500, got ${pageSize}`);
  const n = w.params.length;
  return {
    page: { sql: `${select} LIMIT $${n + 1} OFFSET $${n + 2}`, params: [...w.params, pageSize, (page - 1) * pageSize] },
    count: { sql: `SELECT count(*)::int AS total FROM ${table} ${w}`, params: [...w.params] },
  };
}
