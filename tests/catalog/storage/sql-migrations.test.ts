import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { runMigrations, type Migration } from '../../../catalog/storage/sql-migrations.js';
import { CATALOG_MIGRATIONS } from '../../../catalog/storage/catalog-migrations.js';
import { sqlTargets } from './sql-targets.js';

/** Non-idempotent on purpose: applying either twice fails or double-counts. */
const MIGRATIONS: Migration[] = [
  { id: 'test/1', name: 'CreateLog', sql: 'CREATE TABLE log (entry text NOT NULL); CREATE TABLE once (id int)' },
  { id: 'test/2', name: 'WriteLog', sql: "INSERT INTO log VALUES ('test/2')" },
];

for (const target of sqlTargets()) {
  describe(`runMigrations on ${target.name}`, () => {
    let schema: Awaited<ReturnType<typeof target.schema>>;
    let clients: SqlClient[];
    const connect = async () => {
      const c = await schema.connect();
      clients.push(c);
      return c;
    };

    beforeEach(async () => {
      schema = await target.schema();
      clients = [];
    });
    afterEach(async () => {
      for (const c of clients) await c.close();
      await schema.drop();
    });
    afterAll(() => target.close());

    it('given an empty schema, when run twice, then each migration is applied and recorded once', async () => {
      const client = await connect();
      expect(await runMigrations(client, MIGRATIONS)).toEqual(['test/1', 'test/2']);
      expect(await runMigrations(client, MIGRATIONS)).toEqual([]);
      expect((await client.query('SELECT entry FROM log')).rows).toEqual([{ entry: 'test/2' }]);
      expect((await client.query('SELECT id, name FROM schema_migrations ORDER BY id')).rows).toEqual([
        { id: 'test/1', name: 'CreateLog' },
        { id: 'test/2', name: 'WriteLog' },
      ]);
    });

    it('given several instances starting at once, then every migration runs exactly once', async () => {
      const runners = await Promise.all([1, 2, 3, 4].map(() => connect()));
      const applied = await Promise.all(runners.map((c) => runMigrations(c, MIGRATIONS)));
      expect(applied.flat().sort()).toEqual(['test/1', 'test/2']);
      expect((await runners[0].query('SELECT count(*)::int AS n FROM log')).rows).toEqual([{ n: 1 }]);
    });

    it('given a failing migration, then it rolls back whole, is not recorded, and earlier ones stay', async () => {
      const client = await connect();
      const broken: Migration = { id: 'test/3', name: 'Broken', sql: "INSERT INTO log VALUES ('test/3'); SELECT no_such_column FROM log" };
      await expect(runMigrations(client, [...MIGRATIONS, broken])).rejects.toThrow();
      expect((await client.query('SELECT id FROM schema_migrations ORDER BY id')).rows).toEqual([{ id: 'test/1' }, { id: 'test/2' }]);
      expect((await client.query('SELECT entry FROM log')).rows).toEqual([{ entry: 'test/2' }]);
    });

    it('given an applied migration, when it comes back under another name, then the runner refuses', async () => {
      const client = await connect();
      await runMigrations(client, MIGRATIONS);
      await expect(runMigrations(client, [{ ...MIGRATIONS[0], name: 'Renamed' }])).rejects.toThrow(/append-only/);
    });

    it('given a list with a duplicate id, then the runner refuses before touching the database', async () => {
      const client = await connect();
      await expect(runMigrations(client, [MIGRATIONS[0], { ...MIGRATIONS[1], id: 'test/1' }])).rejects.toThrow(/twice/);
      expect((await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()")).rows).toEqual([{ n: 0 }]);
    });

    it('given the catalogue migrations, then published versions cannot be updated or deleted', async () => {
      const client = await connect();
      await runMigrations(client, CATALOG_MIGRATIONS);
      await client.query("INSERT INTO matters (code, department_id, name, status, revision, updated_at) VALUES ('A-1', 'd', 'n', 'published', 1, 'now')");
      await client.query(`INSERT INTO matter_versions (code, version, doc) VALUES ('A-1', 1, '{}')`);
      await expect(client.query(`UPDATE matter_versions SET doc = '{"x":1}'`)).rejects.toThrow(/immutable/);
      await expect(client.query('DELETE FROM matter_versions')).rejects.toThrow(/immutable/);
      expect((await client.query('SELECT doc FROM matter_versions')).rows).toEqual([{ doc: {} }]);
    });
  });
}
