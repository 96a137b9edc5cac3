/**
 * 一窗受理 credit: who did what for the cases received in `[from, to)`. Receipt goes to the desk
 * that registered a paper application (窗口收件), else to the matter's department (online); the
 * acceptance to the accepting department and window (a front desk's when it accepted for another
 * department); the decision to the department of the step whose completion concluded the case.
 * One pass over the cohort, each credit a row of a UNION ALL, summed by desk.
 */
import type { SqlClient } from '../../catalog/storage/sql-client.js';
import type { CohortQuery } from './supervision-queries.js';

export interface DepartmentCredit {
  departmentId: string;
  received: number;
  accepted: number;
  decided: number;
  granted: number;
  denied: number;
}

export interface WindowCredit {
  windowId: string;
  departmentId: string;
  received: number;
  accepted: number;
}

const INTAKE_WINDOW = `doc->'intake'->'receivedBy'->>'windowId'`;

/** Credits by department (sorted by id) and by window (sorted by department, window). */
export async function deskCredit(client: SqlClient, q: Pick<CohortQuery, 'from' | 'to'>): Promise<{ departments: DepartmentCredit[]; windows: WindowCredit[] }> {
  const cohort = `SELECT * FROM cases WHERE received_at >= $1::timestamptz AND received_at < $2::timestamptz`;
  const [departments, windows] = await Promise.all([
    client.query<Record<string, string | number>>(
      `WITH c AS (${cohort})
       SELECT dept, sum(received)::int AS received, sum(accepted)::int AS accepted, sum(decided)::int AS decided,
              sum(granted)::int AS granted, sum(denied)::int AS denied
         FROM (
           SELECT coalesce(intake_department_id, department_id) AS dept, 1 AS received, 0 AS accepted, 0 AS decided, 0 AS granted, 0 AS denied FROM c
           UNION ALL
           SELECT accept_department_id, 0, 1, 0, 0, 0 FROM c WHERE accept_department_id IS NOT NULL
           UNION ALL
           SELECT decide_department_id, 0, 0, 1, (outcome = 'granted')::int, (outcome = 'denied')::int FROM c WHERE decide_department_id IS NOT NULL
         ) credit
        WHERE dept IS NOT NULL
        GROUP BY dept ORDER BY dept`,
      [q.from, q.to],
    ),
    client.query<Record<string, string | number>>(
      `WITH c AS (${cohort})
       SELECT dept, win, sum(received)::int AS received, sum(accepted)::int AS accepted
         FROM (
           SELECT intake_department_id AS dept, ${INTAKE_WINDOW} AS win, 1 AS received, 0 AS accepted FROM c
            WHERE intake_department_id IS NOT NULL AND ${INTAKE_WINDOW} IS NOT NULL
           UNION ALL
           SELECT accept_department_id, accept_window_id, 0, 1 FROM c WHERE accept_window_id IS NOT NULL
         ) credit
        GROUP BY dept, win ORDER BY dept, win`,
      [q.from, q.to],
    ),
  ]);
  return {
    departments: departments.rows.map((r) => ({
      departmentId: String(r.dept),
      received: Number(r.received),
      accepted: Number(r.accepted),
      decided: Number(r.decided),
      granted: Number(r.granted),
      denied: Number(r.denied),
    })),
    windows: windows.rows.map((r) => ({ windowId: String(r.win), departmentId: String(r.dept), received: Number(r.received), accepted: Number(r.accepted) })),
  };
}
