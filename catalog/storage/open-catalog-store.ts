import { join } from 'node:path';
import type { CatalogStore } from './catalog.store.js';
import { LowdbCatalogStore } from './lowdb-catalog.store.js';
import { createPgClient } from './pg-client.js';
import { PostgresCatalogStore } from './postgres-catalog.store.js';

export interface CatalogStoreConfig {
  /** MATTERFLOW_DATA_DIR: the embedded store lives in `${dataDir}/catalog`. */
  dataDir: string;
  /** DATABASE_URL: when set, the catalogue lives in that PostgreSQL server instead. */
  databaseUrl?: string;
}

/**
 * Opens and initializes the configured catalogue store: PostgreSQL when a database URL is set (every
 * instance shares it), else lowdb files in the data folder (zero set-up, one process).
 *
 * @example const store = await openCatalogStore({ dataDir: './data', databaseUrl: process.env.DATABASE_URL });
 */
export async function openCatalogStore(config: CatalogStoreConfig): Promise<CatalogStore> {
  const store = config.databaseUrl
    ? new PostgresCatalogStore(await createPgClient(config.databaseUrl))
    : new LowdbCatalogStore(join(config.dataDir, 'catalog'));
  try {
    await store.init();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
