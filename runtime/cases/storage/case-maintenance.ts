/**
 * Housekeeping of the case tables, for a periodic job and after bulk loads.
 *
 * PGlite has no autovacuum: nothing refreshes the planner's statistics as cases accumulate, and
 * with statistics from when the tables were small PostgreSQL picks plans that sort every matching
 * row (measured at 100,000 cases: an inbox page 240–370 ms before ANALYZE, 25–30 ms after; a case
 * list 16–20 ms before, 1–2 ms after). The server's autovacuum does this itself; running it there
 * too is harmless. Tables are analyzed only when they grew by more than 10 % since their last
 * ANALYZE (pages on disk against `pg_class.relpages`, which ANALYZE records — PGlite's activity
 * counters are not reliable), were never analyzed, or were last analyzed over a day ago.
 */
import type { SqlClient } from '../../../catalog/storage/sql-client.js';

export const CASE_TABLES = ['cases', 'case_tasks', 'audit_events', 'idempotency_keys', 'complaints', 'case_files'] as const;

/** ANALYZEs the case tables whose statistics are stale; returns their names. */
export async function refreshStatistics(client: SqlClient): Promise<string[]> {
  const { rows } = await client.query<{ relname: string }>(
    `SELECT c.relname
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY($1::text[])
       AND (c.reltuples < 0
         OR pg_relation_size(c.oid) / current_setting('block_size')::int > c.relpages * 1.1 + 8
         OR coalesce(greatest(s.last_analyze, s.last_autoanalyze), '-infinity') < now() - interval '1 day')
     ORDER BY c.relname`,
    [[...CASE_TABLES]],
  );
  // Names come from the catalogue query over a fixed list, so they are safe to splice.
  if (rows.length > 0) await client.query(`ANALYZE ${rows.map((r) => r.relname).join(', ')}`);
  return rows.map((r) => r.relname);
}
