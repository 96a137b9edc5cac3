import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPgliteClient } from '../../../../catalog/storage/pglite-client.js';
import { openCaseStore } from '../../../../runtime/cases/storage/open-case-store.js';
import { OperationalError } from '../../../../schemas/errors.js';
import { caseNo, submitted } from './case-fixtures.js';

describe('openCaseStore', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('given no database URL, then PGlite in <dataDir>/cases, ready, and what it wrote is there after a reopen', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-open-cases-'));
    const store = await openCaseStore({ dataDir: dir });
    await store.createCase(submitted(caseNo(1), undefined, { queryCode: 'K7QX2M9ATH' }));
    await store.close();
    expect(await readdir(dir)).toEqual(['cases']);
    const again = await openCaseStore({ dataDir: dir });
    expect((await again.getCase(caseNo(1)))?.version).toBe(0);
    expect(await again.checkQueryCode(caseNo(1), 'K7QX2M9ATH')).toBe(true);
    expect((await again.verifyAudit()).ok).toBe(true);
    await again.close();
  });

  it('given a client lent by the caller, then the store uses it and leaves it open on close', async () => {
    const client = await createPgliteClient();
    try {
      const store = await openCaseStore({ dataDir: '/nonexistent', client });
      await store.createCase(submitted(caseNo(1)));
      await store.close();
      expect((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows).toEqual([{ n: 1 }]);
    } finally {
      await client.close();
    }
  });

  it('given a database URL nobody answers, then OperationalError', async () => {
    await expect(openCaseStore({ dataDir: '/nonexistent', databaseUrl: 'postgres://postgres@127.0.0.1:1/test' })).rejects.toBeInstanceOf(OperationalError);
  });
});
