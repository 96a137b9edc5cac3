import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPgliteClient } from '../../../catalog/storage/pglite-client.js';
import { PostgresCatalogStore } from '../../../catalog/storage/postgres-catalog.store.js';
import { createPublishedCommit, definition } from './store-fixtures.js';

describe('PGlite, file-backed', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('given a store in a folder not yet created, when the database is closed and opened again, then every commit is there and migrations do not rerun', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mf-pglite-reopen-'));
    dir = root;
    const first = new PostgresCatalogStore(await createPgliteClient(join(root, 'data', 'cases')));
    await first.init();
    await first.putDepartment({ id: 'scjg', name: '市场监督管理局' });
    const head = await first.commitMatter(createPublishedCommit(definition('SCJG-XK-001', '食品经营许可')));
    await first.close();

    const client = await createPgliteClient(join(root, 'data', 'cases'));
    const second = new PostgresCatalogStore(client);
    await second.init();
    try {
      expect(await second.getHead('SCJG-XK-001')).toEqual(head);
      expect(await second.listDepartments()).toEqual([{ id: 'scjg', name: '市场监督管理局' }]);
      expect((await second.searchPublished({ q: 'spjy', page: 1, pageSize: 5 })).total).toBe(1);
      expect((await client.query('SELECT count(*)::int AS n FROM schema_migrations')).rows).toEqual([{ n: 1 }]);
    } finally {
      await second.close();
    }
  });
});
