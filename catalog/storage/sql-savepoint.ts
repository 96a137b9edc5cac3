import type { SqlClient } from './sql-client.js';

/**
 * A transaction inside a transaction, as a savepoint: `fn`'s work is undone when it throws while the
 * outer transaction goes on. Both SqlClients use it for `tx.transaction(...)`.
 */
export async function withSavepoint<T>(tx: SqlClient, depth: number, fn: () => Promise<T>): Promise<T> {
  const name = `sp_${depth}`;
  await tx.query(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    await tx.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (e) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw e;
  }
}

/** A schema name safe to splice into SQL (tests create `test_<random>` schemas). */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}
