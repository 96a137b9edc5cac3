import { join } from 'node:path';
import { createPgClient } from '../../../catalog/storage/pg-client.js';
import { createPgliteClient } from '../../../catalog/storage/pglite-client.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { CaseStore } from './case.store.js';
import { PostgresCaseStore, type PostgresCaseStoreOptions } from './postgres-case.store.js';

export interface CaseStoreConfig extends Omit<PostgresCaseStoreOptions, 'ownsClient'> {
  /** MATTERFLOW_DATA_DIR: the embedded store is PGlite in `${dataDir}/cases`. */
  dataDir: string;
  /** DATABASE_URL: when set, cases live in that PostgreSQL server, shared by every instance. */
  databaseUrl?: string;
  /**
   * A client to use instead of opening one: the catalogue's pool when both live on the same server,
   * so one process keeps one pool. The store does not close it.
   */
  client?: SqlClient;
}

/**
 * Opens and initializes the case store: on `client` when given, on the server when a database URL
 * is set, else on PGlite in the data folder (zero set-up, one process; see stack.md on durability).
 *
 * @example const cases = await openCaseStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, client: catalogPool });
 */
export async function openCaseStore(config: CaseStoreConfig): Promise<CaseStore> {
  const { dataDir, databaseUrl, client, ...options } = config;
  const own = client === undefined;
  const sql = client ?? (databaseUrl ? await createPgClient(databaseUrl) : await createPgliteClient(join(dataDir, 'cases')));
  const store = new PostgresCaseStore(sql, { ...options, ownsClient: own });
  try {
    await store.init();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
