/**
 * The supervision figures the case store's `supervisionStats` does not give, read from the same
 * tables with the same cohort (cases received in `[from, to)`, optionally one department and one
 * matter): cases by status per period, supplement notices per department and matter, the warning
 * and overdue lists, and the public display's aggregates.
 *
 * China dates: `received_at` is a timestamptz; its China calendar day is the UTC time plus 8 hours
 * (China has no daylight saving), so no time-zone database is needed (PGlite has none to rely on).
 */
import type { SqlClient } from '../../catalog/storage/sql-client.js';
import type { CaseStatus, IsoDate } from '../../schemas/types.generated.js';
import type { Granularity, SeriesRow } from './period-series.js';
import type { AcceptorFigures } from './window-figures.js';
import { warningClock, warningSql } from '../cases/case-warning.js';

export interface CohortQuery {
  /** ISO instants. */
  from: string;
  to: string;
  departmentId?: string;
  matterCode?: string;
}

const CHINA_DAY = `((received_at AT TIME ZONE 'UTC') + interval '8 hours')::date`;

function cohort(q: CohortQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [q.from, q.to];
  const where = ['received_at >= $1::timestamptz', 'received_at < $2::timestamptz'];
  if (q.departmentId !== undefined) where.push(`department_id = $${params.push(q.departmentId)}`);
  if (q.matterCode !== undefined) where.push(`matter_code = $${params.push(q.matterCode)}`);
  return { where: where.join(' AND '), params };
}

/** Cases of the cohort by received period and current status (sparse: see period-series.ts). */
export async function statusByPeriod(client: SqlClient, q: CohortQuery, granularity: Granularity): Promise<SeriesRow[]> {
  const { where, params } = cohort(q);
  const period = granularity === 'week' ? `date_trunc('week', ${CHINA_DAY})::date` : CHINA_DAY;
  const { rows } = await client.query<{ period: string; status: string; count: number }>(
    `SELECT to_char(${period}, 'YYYY-MM-DD') AS period, status, count(*)::int AS count FROM cases WHERE ${where} GROUP BY 1, 2`,
    params,
  );
  return rows.map((r) => ({ period: r.period, status: r.status, count: Number(r.count) }));
}

export interface SupplementCounts {
  total: number;
  /** Cases of the cohort that got a supplement notice, by accepting department (null: none). */
  byDepartment: Map<string | null, number>;
  byMatter: Map<string, number>;
}

/** Cases of the cohort that got the one-time supplement notice (补正; the notice stays on the case). */
export async function supplementCounts(client: SqlClient, q: CohortQuery): Promise<SupplementCounts> {
  const { where, params } = cohort(q);
  const { rows } = await client.query<{ department_id: string | null; matter_code: string | null; grp: number; n: number }>(
    `SELECT department_id, matter_code, GROUPING(department_id, matter_code) AS grp, count(*) FILTER (WHERE doc ? 'notice')::int AS n
       FROM cases WHERE ${where} GROUP BY GROUPING SETS ((), (department_id), (matter_code))`,
    params,
  );
  const out: SupplementCounts = { total: 0, byDepartment: new Map(), byMatter: new Map() };
  for (const r of rows) {
    const grp = Number(r.grp);
    if (grp === 3) out.total = Number(r.n);
    else if (grp === 1) out.byDepartment.set(r.department_id, Number(r.n));
    else if (r.matter_code !== null) out.byMatter.set(r.matter_code, Number(r.n));
  }
  return out;
}

export interface AttentionCase {
  caseNo: string;
  matterCode: string;
  departmentId: string | null;
  status: CaseStatus;
  receivedAt: string;
  dueDate: IsoDate | null;
}

export const ATTENTION_LIMIT = 200;

/**
 * Open cases of the cohort at yellow (warning) or red (overdue) at `now` by the one warning rule
 * (case-warning.ts), earliest due first, at most {@link ATTENTION_LIMIT}.
 */
export async function attentionList(client: SqlClient, q: CohortQuery, level: 'yellow' | 'red', now: Date): Promise<AttentionCase[]> {
  const { where, params } = cohort(q);
  const clock = warningClock(now);
  const live = warningSql(`$${params.push(clock.today)}::date`, `$${params.push(clock.now)}::timestamptz`);
  const { rows } = await client.query<{ case_no: string; matter_code: string; department_id: string | null; status: CaseStatus; received_at: Date | string; due_date: string | Date | null }>(
    `SELECT case_no, matter_code, department_id, status, received_at, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM cases
      WHERE ${where} AND concluded_at IS NULL AND ${live} = $${params.push(level)}
      ORDER BY due_date NULLS LAST, received_at LIMIT ${ATTENTION_LIMIT}`,
    params,
  );
  return rows.map((r) => ({
    caseNo: r.case_no,
    matterCode: r.matter_code,
    departmentId: r.department_id,
    status: r.status,
    receivedAt: new Date(r.received_at).toISOString(),
    dueDate: r.due_date === null ? null : String(r.due_date),
  }));
}

/** Applications of the cohort not yet accepted, and how many are at 预警 / 超期 of their acceptance deadline. */
export interface AcceptanceCounts {
  open: number;
  yellow: number;
  red: number;
}

/**
 * Unaccepted applications of the cohort (received, or awaiting the applicant's supplement) by the
 * level of their 受理期限 (art. 32) at `now`, apart from the decision warnings: the level is that of
 * the open accept task — due on `acceptDueDate`, warned on the 5-working-day clock from the last
 * complete submission (case-documents.ts) — by the one rule's SQL mirror, so these counts and the
 * inbox's accept-task levels agree. A flow without an accept step has no such task: counted open, at none.
 */
export async function acceptanceCounts(client: SqlClient, q: CohortQuery, now: Date): Promise<AcceptanceCounts> {
  const { where, params } = cohort(q);
  const clock = warningClock(now);
  const level = warningSql(`$${params.push(clock.today)}::date`, `$${params.push(clock.now)}::timestamptz`, 't.');
  const { rows } = await client.query<AcceptanceCounts>(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE level = 'yellow')::int AS yellow, count(*) FILTER (WHERE level = 'red')::int AS red
       FROM (SELECT (SELECT ${level} FROM case_tasks t
                      WHERE t.case_no = cases.case_no AND t.status = 'open' AND COALESCE(t.doc->>'kind', 'work') <> 'inform'
                      ORDER BY t.opened_at DESC LIMIT 1) AS level
               FROM cases
              WHERE ${where} AND concluded_at IS NULL AND accepted_at IS NULL AND status IN ('submitted', 'supplement_requested')) unaccepted`,
    params,
  );
  const r = rows[0];
  return { open: Number(r?.open ?? 0), yellow: Number(r?.yellow ?? 0), red: Number(r?.red ?? 0) };
}

export interface DisplayFigures {
  departmentId: string | null;
  receivedToday: number;
  acceptedToday: number;
  concludedToday: number;
  /** Concluded since `since` that had a due date, and of those on time. */
  timed: number;
  onTime: number;
  /** Open cases at 预警 (yellow) and 超期 (red) now, by the one warning rule. */
  warnings: number;
  overdue: number;
}

/**
 * The hall screen's counts, overall (departmentId null, first) and by accepting department: cases
 * received, accepted and concluded in `[dayStart, dayEnd)`, and the on-time figures of the cases
 * concluded on or after the China date `since`, and the open cases at yellow and red at `now`.
 * Counts only: no case number, no person.
 */
export async function displayFigures(client: SqlClient, day: { start: string; end: string; date: IsoDate }, since: IsoDate, now: Date): Promise<DisplayFigures[]> {
  const clock = warningClock(now);
  const level = warningSql('$5::date', '$6::timestamptz');
  const { rows } = await client.query<Record<string, number | string | null>>(
    `SELECT department_id, GROUPING(department_id) AS grp,
            count(*) FILTER (WHERE received_at >= $1::timestamptz AND received_at < $2::timestamptz)::int AS received,
            count(*) FILTER (WHERE accepted_at >= $1::timestamptz AND accepted_at < $2::timestamptz)::int AS accepted,
            count(*) FILTER (WHERE concluded_on = $3::date)::int AS concluded,
            count(*) FILTER (WHERE concluded_on >= $4::date AND due_date IS NOT NULL)::int AS timed,
            count(*) FILTER (WHERE concluded_on >= $4::date AND concluded_on <= due_date)::int AS on_time,
            count(*) FILTER (WHERE concluded_at IS NULL AND ${level} = 'yellow')::int AS warnings,
            count(*) FILTER (WHERE concluded_at IS NULL AND ${level} = 'red')::int AS overdue
       FROM cases
      WHERE (received_at >= $1::timestamptz AND received_at < $2::timestamptz)
         OR (accepted_at >= $1::timestamptz AND accepted_at < $2::timestamptz)
         OR concluded_on >= $4::date
         OR concluded_at IS NULL
      GROUP BY GROUPING SETS ((), (department_id))`,
    [day.start, day.end, day.date, since, clock.today, clock.now],
  );
  const figures = rows.map((r) => ({
    departmentId: Number(r.grp) === 1 ? null : (r.department_id as string | null),
    overall: Number(r.grp) === 1,
    receivedToday: Number(r.received),
    acceptedToday: Number(r.accepted),
    concludedToday: Number(r.concluded),
    timed: Number(r.timed),
    onTime: Number(r.on_time),
    warnings: Number(r.warnings),
    overdue: Number(r.overdue),
  }));
  const overall = figures.find((f) => f.overall) ?? { departmentId: null, overall: true, receivedToday: 0, acceptedToday: 0, concludedToday: 0, timed: 0, onTime: 0, warnings: 0, overdue: 0 };
  const byDepartment = figures.filter((f) => !f.overall && f.departmentId !== null).sort((a, b) => (a.departmentId! < b.departmentId! ? -1 : 1));
  return [overall, ...byDepartment].map(({ overall: _o, ...f }) => f);
}

/**
 * The score figures of the cohort by accepting desk: the department and hall window that accepted
 * the case (a front desk's when it accepted for another department), and the accepting clerk (the
 * `accept` task's `completedBy`; null: not accepted) for cases stored before the window was
 * recorded. Not yet accepted cases count under the matter's department. Complaints count, as for
 * departments, by when they were filed in `[from, to)`, here only those naming a case (a complaint
 * about no case has no desk), under the case's desk even when the case was received outside the cohort.
 */
export async function acceptorFigures(client: SqlClient, q: CohortQuery): Promise<AcceptorFigures[]> {
  const { where, params } = cohort(q);
  const inCohort = where.replaceAll(/\b(received_at|department_id|matter_code)\b/g, 'c.$1');
  const { rows } = await client.query<Record<string, string | number | null>>(
    `WITH filed AS (
       SELECT case_no, count(*)::int AS n FROM complaints
        WHERE case_no IS NOT NULL AND at >= $1::timestamptz AND at < $2::timestamptz GROUP BY case_no
     ),
     scoped AS (
       SELECT c.case_no, coalesce(c.accept_department_id, c.department_id) AS desk_department_id, c.accept_window_id,
              c.concluded_on, c.due_date, c.rating_score, c.doc ? 'notice' AS noticed,
              (${inCohort}) AS in_cohort, coalesce(filed.n, 0) AS complaints
         FROM cases c LEFT JOIN filed ON filed.case_no = c.case_no
        WHERE c.department_id IS NOT NULL AND ((${inCohort}) OR filed.n IS NOT NULL)
     ),
     acc AS (
       SELECT DISTINCT ON (case_no) case_no, doc->>'completedBy' AS accepted_by
         FROM case_tasks
        WHERE case_no IN (SELECT case_no FROM scoped) AND doc->>'action' = 'accept' AND doc ? 'completedBy'
        ORDER BY case_no, doc->>'completedAt' DESC
     )
     SELECT s.desk_department_id AS department_id, s.accept_window_id AS window_id, acc.accepted_by,
            count(*) FILTER (WHERE in_cohort)::int AS cases,
            count(*) FILTER (WHERE in_cohort AND concluded_on IS NOT NULL AND due_date IS NOT NULL)::int AS timed,
            count(*) FILTER (WHERE in_cohort AND concluded_on <= due_date)::int AS on_time,
            count(rating_score) FILTER (WHERE in_cohort)::int AS rated,
            coalesce(sum(rating_score) FILTER (WHERE in_cohort), 0)::int AS rating_sum,
            count(*) FILTER (WHERE in_cohort AND noticed)::int AS supplemented,
            sum(complaints)::int AS complaints
       FROM scoped s LEFT JOIN acc ON acc.case_no = s.case_no
      GROUP BY 1, 2, 3`,
    params,
  );
  return rows.map((r) => ({
    departmentId: String(r.department_id),
    windowId: r.window_id === null ? null : String(r.window_id),
    acceptedBy: r.accepted_by === null ? null : String(r.accepted_by),
    cases: Number(r.cases),
    timed: Number(r.timed),
    onTime: Number(r.on_time),
    rated: Number(r.rated),
    ratingSum: Number(r.rating_sum),
    complaints: Number(r.complaints),
    supplemented: Number(r.supplemented),
  }));
}
