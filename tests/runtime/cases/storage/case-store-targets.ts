/**
 * Where the case store contract runs: PGlite file-backed in a temp folder (the embedded default),
 * and the PostgreSQL server named by DATABASE_URL — or, when it is unset, PGlite in memory, so the
 * suite always runs twice and nothing is silently skipped. Each test gets a fresh schema; every
 * `connect` is a new client on it (on the server a new pool: a separate "server process").
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgClient } from '../../../../catalog/storage/pg-client.js';
import { pgliteClientOver } from '../../../../catalog/storage/pglite-client.js';
import type { SqlClient } from '../../../../catalog/storage/sql-client.js';

export interface CaseStoreTarget {
  name: string;
  /** True when connections really run at once (a server); PGlite is one session. */
  concurrent: boolean;
  schema(): Promise<{ connect(): Promise<SqlClient>; drop(): Promise<void> }>;
  close(): Promise<void>;
}

const schemaName = () => `test_${randomBytes(6).toString('hex')}`;

function pgliteTarget(name: string, fileBacked: boolean): CaseStoreTarget {
  let db: Promise<PGlite> | undefined;
  let dir: string | undefined;
  return {
    name,
    concurrent: false,
    async schema() {
      db ??= (async () => {
        dir = fileBacked ? await mkdtemp(join(tmpdir(), 'mf-cases-')) : undefined;
        return PGlite.create(dir ? { dataDir: dir } : {});
      })();
      const shared = await db;
      const schema = schemaName();
      return {
        connect: () => pgliteClientOver(shared, { schema }),
        drop: async () => void (await shared.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
      };
    },
    async close() {
      if (db) await (await db).close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

function serverTarget(url: string): CaseStoreTarget {
  return {
    name: 'PostgreSQL server (DATABASE_URL)',
    concurrent: true,
    async schema() {
      const schema = schemaName();
      return {
        connect: () => createPgClient(url, { schema, max: 4 }),
        async drop() {
          const admin = await createPgClient(url, { max: 1 });
          try {
            await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          } finally {
            await admin.close();
          }
        },
      };
    },
    close: async () => undefined,
  };
}

export function caseStoreTargets(): CaseStoreTarget[] {
  const url = process.env.DATABASE_URL;
  return [
    pgliteTarget('PGlite (file-backed, temp folder)', true),
    url ? serverTarget(url) : pgliteTarget('PGlite (in memory; DATABASE_URL unset)', false),
  ];
}
