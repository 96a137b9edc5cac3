import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCatalogStore } from '../../../catalog/storage/open-catalog-store.js';
import { OperationalError } from '../../../schemas/errors.js';

describe('openCatalogStore', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('given no database URL, then the embedded store, ready, in <dataDir>/catalog', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-open-'));
    const store = await openCatalogStore({ dataDir: dir });
    await store.putDepartment({ id: 'scjg', name: '市场监督管理局' });
    await store.close();
    expect(store.kind).toBe('embedded');
    expect((await readdir(join(dir, 'catalog'))).sort()).toEqual(['departments.json', 'matters']);
  });

  it('given a database URL nobody answers, then OperationalError', async () => {
    await expect(openCatalogStore({ dataDir: '/nonexistent', databaseUrl: 'postgres://postgres@127.0.0.1:1/test' })).rejects.toBeInstanceOf(OperationalError);
  });
});
