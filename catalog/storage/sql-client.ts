/**
 * The SQL access both PostgreSQL back-ends share: PGlite (embedded, in-process) and `pg` (a server).
 * Stores take a SqlClient so one set of SQL and migrations serves both.
 */
export interface SqlClient {
  readonly kind: 'pglite' | 'pg';
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
