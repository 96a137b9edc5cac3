/** The SqlClient behaviour both stores rely on, on every target; and pg's mapping of a dead server. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPgClient } from '../../../catalog/storage/pg-client.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { OperationalError } from '../../../schemas/errors.js';
import { sqlTargets } from './sql-targets.js';

for (const target of sqlTargets()) {
  describe(`SqlClient on ${target.name}`, () => {
    let schema: Awaited<ReturnType<typeof target.schema>>;
    let client: SqlClient;
    beforeEach(async () => {
      schema = await target.schema();
      client = await schema.connect();
      await client.query('CREATE TABLE t (id int PRIMARY KEY, doc jsonb, tags text[])');
    });
    afterEach(async () => {
      await client.close();
      await schema.drop();
    });
    afterAll(() => target.close());

    it('given parameters of several types, then they round-trip (jsonb parsed, arrays as arrays)', async () => {
      await client.query('INSERT INTO t VALUES ($1, $2::jsonb, $3::text[])', [1, JSON.stringify({ a: [1, '二'] }), ['x', 'y']]);
      expect((await client.query('SELECT id, doc, tags FROM t')).rows).toEqual([{ id: 1, doc: { a: [1, '二'] }, tags: ['x', 'y'] }]);
    });

    it('given a parameterless script of several statements, then all run and the last rows come back', async () => {
      const { rows } = await client.query('INSERT INTO t (id) VALUES (1); INSERT INTO t (id) VALUES (2); SELECT count(*)::int AS n FROM t');
      expect(rows).toEqual([{ n: 2 }]);
    });

    it('given a transaction that throws, then none of it stays; one that returns commits', async () => {
      await expect(
        client.transaction(async (tx) => {
          await tx.query('INSERT INTO t (id) VALUES (1)');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await client.transaction(async (tx) => (await tx.query('INSERT INTO t (id) VALUES (2) RETURNING id')).rows)).toEqual([{ id: 2 }]);
      expect((await client.query('SELECT id FROM t')).rows).toEqual([{ id: 2 }]);
    });

    it('given a nested transaction that throws, then only it is undone', async () => {
      await client.transaction(async (tx) => {
        await tx.query('INSERT INTO t (id) VALUES (1)');
        await expect(tx.transaction(async (inner) => {
          await inner.query('INSERT INTO t (id) VALUES (2)');
          throw new Error('inner');
        })).rejects.toThrow('inner');
        await tx.query('INSERT INTO t (id) VALUES (3)');
      });
      expect((await client.query('SELECT id FROM t ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 3 }]);
    });

    it('given a unique violation, then the error carries SQLSTATE 23505 for the store to map', async () => {
      await client.query('INSERT INTO t (id) VALUES (1)');
      await expect(client.query('INSERT INTO t (id) VALUES (1)')).rejects.toMatchObject({ code: '23505' });
    });
  });
}

describe('pg client against an unreachable server', () => {
  it('given nothing listening, when connecting, then OperationalError (503, retry)', async () => {
    await expect(createPgClient('postgres://postgres@127.0.0.1:1/test', { connectionTimeoutMillis: 2000 })).rejects.toBeInstanceOf(OperationalError);
  });
});
