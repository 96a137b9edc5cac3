/**
 * Open cases by the year of a due date — the case's or an open task's — for the calendar status
 * (which years lack a holiday schedule while open cases are due in them): one query over the
 * open-case and open-task due-date indexes (cases_open_due_idx, case_tasks_status_idx), reading
 * only dates from `fromYear` on. A case counts once a year however many dates it has there.
 */
import type { SqlClient } from '../../../catalog/storage/sql-client.js';

export const OPEN_DUE_YEARS_SQL = `
  SELECT y::int AS year, count(DISTINCT case_no)::int AS cases FROM (
    SELECT case_no, extract(year FROM due_date) AS y FROM cases WHERE concluded_at IS NULL AND due_date >= $1::date
    UNION ALL
    SELECT case_no, extract(year FROM due_date) AS y FROM case_tasks WHERE status = 'open' AND due_date >= $1::date
  ) d GROUP BY y ORDER BY y`;

/** @example await openDueYears(client, 2027) // Map { 2027 => 40, 2028 => 2 } */
export async function openDueYears(client: SqlClient, fromYear: number): Promise<Map<number, number>> {
  const { rows } = await client.query<{ year: number; cases: number }>(OPEN_DUE_YEARS_SQL, [`${String(fromYear).padStart(4, '0')}-01-01`]);
  return new Map(rows.map((r) => [Number(r.year), Number(r.cases)]));
}
