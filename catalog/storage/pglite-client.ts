/**
 * SqlClient over PGlite: PostgreSQL compiled to WebAssembly, in-process. File-backed in a folder, or
 * in memory when none is given (tests). PGlite is a single session that runs one query at a time; it
 * queues concurrent calls itself and holds its lock for a whole `transaction()`, so concurrent
 * transactions are serialized rather than interleaved. It never fsyncs: a killed process keeps
 * committed data, a power loss may not (stack.md) — the PostgreSQL server is the durable store.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client.js';
import { quoteSchema, withSavepoint } from './sql-savepoint.js';

export interface PgliteClientOptions {
  /** Create this schema if needed and put it first on the search path (tests isolate runs so). */
  schema?: string;
}

/**
 * Opens a PGlite database in `dataDir` (created when missing), or in memory; closing the client
 * closes it.
 *
 * @example const client = await createPgliteClient(join(dataDir, 'cases'));
 */
export async function createPgliteClient(dataDir?: string, options: PgliteClientOptions = {}): Promise<SqlClient> {
  if (dataDir) await mkdir(dataDir, { recursive: true }); // PGlite creates the last folder only
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  try {
    return await pgliteClientOver(db, options, true);
  } catch (e) {
    await db.close();
    throw e;
  }
}

/**
 * A client over an open PGlite instance. Unless `owned`, closing the client leaves the instance open
 * (tests share one instance, whose start-up costs seconds, across many stores). A PGlite instance is
 * one session: clients sharing it must not use different schemas at the same time.
 */
export async function pgliteClientOver(db: PGlite, options: PgliteClientOptions = {}, owned = false): Promise<SqlClient> {
  const client = new PgliteClient(db, owned);
  if (options.schema) {
    const schema = quoteSchema(options.schema);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  }
  return client;
}

type Session = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** Runs one statement with parameters, or a parameterless script (several statements, simple protocol, as pg does). */
async function run<R>(session: Session, sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
  if (params && params.length > 0) return { rows: (await session.query<R>(sql, params)).rows };
  const results = await session.exec(sql);
  return { rows: (results.at(-1)?.rows ?? []) as R[] };
}

class PgliteClient implements SqlClient {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly db: PGlite,
    private readonly owned: boolean,
  ) {}

  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return run<R>(this.db, sql, params);
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new PgliteTransaction(tx, 1)));
  }

  async close(): Promise<void> {
    if (this.owned && !this.db.closed) await this.db.close();
  }
}

class PgliteTransaction implements SqlClient {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly tx: Transaction,
    private readonly depth: number,
  ) {}

  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return run<R>(this.tx, sql, params);
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const inner = new PgliteTransaction(this.tx, this.depth + 1);
    return withSavepoint(this, this.depth, () => fn(inner));
  }

  async close(): Promise<void> {
    // The outer client owns the session; a transaction has nothing to release.
  }
}
