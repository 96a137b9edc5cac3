/**
 * SqlClient over a PostgreSQL server through a `pg` pool: the scale-out store that every instance
 * shares. A transaction holds one pooled connection from BEGIN to COMMIT / ROLLBACK. Failures of the
 * connection (server down, restarted, pool exhausted) become OperationalError (503, retry); SQL
 * errors pass through with their SQLSTATE `code` for the store to interpret.
 */
import pg from 'pg';
import { OperationalError } from '../../schemas/errors.js';
import type { SqlClient } from './sql-client.js';
import { quoteSchema, withSavepoint } from './sql-savepoint.js';

export interface PgClientOptions {
  /** Create this schema if needed and use it (search_path) on every connection: tests isolate runs so. */
  schema?: string;
  /** Pool size; pg's default is 10. */
  max?: number;
  /** How long to wait for a connection before failing with OperationalError. */
  connectionTimeoutMillis?: number;
}

/**
 * Connects a pool to `connectionString` and checks that the server answers.
 *
 * @example const client = await createPgClient(process.env.DATABASE_URL!);
 */
export async function createPgClient(connectionString: string, options: PgClientOptions = {}): Promise<SqlClient> {
  const schema = options.schema ? quoteSchema(options.schema) : undefined;
  const pool = new pg.Pool({
    connectionString,
    max: options.max,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled it would crash the
  // process. The next query then gets a fresh connection, or an OperationalError.
  pool.on('error', () => undefined);
  const client = new PgClient(pool);
  try {
    if (!schema) await client.query('SELECT 1');
    // Concurrent CREATE SCHEMA IF NOT EXISTS can still collide in the catalogue: serialize it.
    else
      await client.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [schema]);
        await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return client;
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

async function run<R>(on: Queryable, sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
  try {
    const result = (await on.query(sql, params)) as pg.QueryResult | pg.QueryResult[];
    // A parameterless script of several statements yields one result per statement.
    const last = Array.isArray(result) ? result.at(-1) : result;
    return { rows: (last?.rows ?? []) as R[] };
  } catch (e) {
    throw operational(e);
  }
}

class PgClient implements SqlClient {
  readonly kind = 'pg' as const;

  constructor(private readonly pool: pg.Pool) {}

  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return run<R>(this.pool, sql, params);
  }

  /**
   * 1. take a connection and BEGIN;
   * 2. run `fn` on that connection, then COMMIT;
   * 3. on any error ROLLBACK, and destroy the connection if the error was the connection's.
   */
  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    let conn: pg.PoolClient;
    try {
      conn = await this.pool.connect(); // 1
    } catch (e) {
      throw operational(e);
    }
    let broken: Error | undefined;
    try {
      await run(conn, 'BEGIN');
      const result = await fn(new PgTransaction(conn, 1)); // 2
      await run(conn, 'COMMIT');
      return result;
    } catch (e) {
      if (e instanceof OperationalError) broken = e; // 3
      else await run(conn, 'ROLLBACK').catch((err: Error) => (broken = err));
      throw e;
    } finally {
      conn.release(broken);
    }
  }

  #closing: Promise<void> | undefined;

  /** Ends the pool once; later calls wait for the same end. */
  close(): Promise<void> {
    this.#closing ??= this.pool.end();
    return this.#closing;
  }
}

class PgTransaction implements SqlClient {
  readonly kind = 'pg' as const;

  constructor(
    private readonly conn: pg.PoolClient,
    private readonly depth: number,
  ) {}

  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return run<R>(this.conn, sql, params);
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const inner = new PgTransaction(this.conn, this.depth + 1);
    return withSavepoint(this, this.depth, () => fn(inner));
  }

  async close(): Promise<void> {
    // The connection goes back to the pool when the outer transaction ends.
  }
}

/** Network errors, SQLSTATE classes 08 (connection) and 53 (resources), and shutdowns 57P01–57P03. */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', '57P01', '57P02', '57P03']);
const TRANSIENT_MESSAGE = /connection terminated|timeout exceeded when trying to connect|connection error|not queryable|pool after calling end/i;

/** Maps a failure of the connection to OperationalError; leaves SQL errors as they are. */
export function operational(e: unknown): unknown {
  if (e instanceof OperationalError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  const transient = TRANSIENT_CODES.has(code) || /^(08|53)/.test(code) || (code === '' && TRANSIENT_MESSAGE.test(String(err?.message ?? '')));
  return transient ? new OperationalError('database unavailable', { cause: e }) : e;
}
