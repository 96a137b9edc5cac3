/**
 * The SQL client under the case store, for the supervision queries that read the case tables
 * directly (supervision-queries.ts) and for the supervision settings kept beside them. The case
 * store has one implementation, PostgreSQL over a SqlClient; anything else is a wiring mistake.
 */
import type { SqlClient } from '../../catalog/storage/sql-client.js';
import type { CaseStore } from '../cases/storage/case.store.js';
import { PostgresCaseStore } from '../cases/storage/postgres-case.store.js';

export function caseSql(store: CaseStore): SqlClient {
  if (store instanceof PostgresCaseStore) return store.client;
  throw new Error(`supervision needs the PostgreSQL case store, got ${store.kind}`);
}
