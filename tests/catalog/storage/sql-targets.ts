/**
 * The PostgreSQL back-ends SQL-level tests run on: PGlite in memory, and the server named by
 * DATABASE_URL — or a file-backed PGlite standing in for it when unset. Each `connect` opens a new
 * client on the target's schema; a target hands out a fresh schema per test.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgClient } from '../../../catalog/storage/pg-client.js';
import { pgliteClientOver } from '../../../catalog/storage/pglite-client.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';

export interface SqlTarget {
  name: string;
  /** True when several connections really run at once (a server), false for PGlite's one session. */
  concurrent: boolean;
  /** A fresh schema; `connect` opens clients on it, `drop` removes it. */
  schema(): Promise<{ connect(): Promise<SqlClient>; drop(): Promise<void> }>;
  close(): Promise<void>;
}

function pgliteTarget(name: string, fileBacked: boolean): SqlTarget {
  let db: Promise<PGlite> | undefined;
  let dir: string | undefined;
  return {
    name,
    concurrent: false,
    async schema() {
      db ??= (async () => {
        dir = fileBacked ? await mkdtemp(join(tmpdir(), 'mf-sql-')) : undefined;
        return PGlite.create(dir ? { dataDir: dir } : {});
      })();
      const shared = await db;
      const schema = `test_${randomBytes(6).toString('hex')}`;
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

function serverTarget(url: string): SqlTarget {
  return {
    name: 'PostgreSQL server',
    concurrent: true,
    async schema() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
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

export function sqlTargets(): SqlTarget[] {
  const url = process.env.DATABASE_URL;
  return [pgliteTarget('PGlite (in memory)', false), url ? serverTarget(url) : pgliteTarget('PGlite (file-backed; DATABASE_URL unset)', true)];
}
