/**
 * Runs the CatalogStore contract against every store: lowdb files in a temp folder; PostgreSQL on
 * PGlite in memory; and PostgreSQL on the server named by DATABASE_URL — or, when it is unset, on a
 * file-backed PGlite, so the same suite always runs three times and nothing is silently skipped.
 * PostgreSQL runs isolate each test in its own schema.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { LowdbCatalogStore } from '../../../catalog/storage/lowdb-catalog.store.js';
import { createPgClient } from '../../../catalog/storage/pg-client.js';
import { pgliteClientOver } from '../../../catalog/storage/pglite-client.js';
import { PostgresCatalogStore } from '../../../catalog/storage/postgres-catalog.store.js';
import { describeCatalogStoreContract, type StoreHarness } from './catalog-store.contract.js';

const schemaName = () => `test_${randomBytes(6).toString('hex')}`;

describeCatalogStoreContract('lowdb files', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mf-catalog-'));
  return {
    async open() {
      const store = new LowdbCatalogStore(dir);
      await store.init();
      return store;
    },
    destroy: () => rm(dir, { recursive: true, force: true }),
  };
});

/** One PGlite instance per run (starting one costs seconds); one schema per test. */
function pgliteHarnesses(dataDir?: () => Promise<string>): () => Promise<StoreHarness> {
  let db: Promise<PGlite> | undefined;
  let dir: string | undefined;
  afterAll(async () => {
    if (db) await (await db).close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return async () => {
    db ??= (async () => {
      dir = dataDir ? await dataDir() : undefined;
      return PGlite.create(dir ? { dataDir: dir } : {});
    })();
    const shared = await db;
    const schema = schemaName();
    return {
      async open() {
        const store = new PostgresCatalogStore(await pgliteClientOver(shared, { schema }));
        await store.init();
        return store;
      },
      destroy: async () => {
        await shared.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    };
  };
}

describeCatalogStoreContract('PostgreSQL on PGlite (in memory)', pgliteHarnesses());

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  describeCatalogStoreContract('PostgreSQL server (DATABASE_URL)', async () => {
    const schema = schemaName();
    return {
      async open() {
        const store = new PostgresCatalogStore(await createPgClient(databaseUrl, { schema, max: 4 }));
        await store.init();
        return store;
      },
      async destroy() {
        const admin = await createPgClient(databaseUrl, { max: 1 });
        try {
          await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await admin.close();
        }
      },
    };
  });
} else {
  describeCatalogStoreContract(
    'PostgreSQL on PGlite (file-backed, standing in for the server: DATABASE_URL is unset)',
    pgliteHarnesses(() => mkdtemp(join(tmpdir(), 'mf-pglite-'))),
  );
}
