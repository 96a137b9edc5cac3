/**
 * A `matters.summary` row written before summaries carried `frontDesks` (the column is rebuilt only
 * when a version is published) lists the matter as naming no front desk, never as undefined.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, expect, it } from 'vitest';
import { pgliteClientOver } from '../../../catalog/storage/pglite-client.js';
import { PostgresCatalogStore } from '../../../catalog/storage/postgres-catalog.store.js';
import { createPublishedCommit, definition } from './store-fixtures.js';

const db = await PGlite.create();
afterAll(() => db.close());

it('reads an older summary without frontDesks as none, and a republished one with them', async () => {
  const client = await pgliteClientOver(db, { schema: 'summary_upgrade' });
  const store = new PostgresCatalogStore(client);
  await store.init();
  await store.commitMatter(createPublishedCommit(definition('SCJG-XK-001', '食品经营许可', { frontDesks: ['zhzx'] })));
  await store.commitMatter(createPublishedCommit(definition('SCJG-XK-002', '食品生产许可')));
  const list = async () => (await store.searchPublished({ page: 1, pageSize: 10 })).items.map((i) => [i.code, i.frontDesks]);
  expect(await list()).toEqual(expect.arrayContaining([['SCJG-XK-001', ['zhzx']], ['SCJG-XK-002', []]]));
  await client.query(`UPDATE matters SET summary = summary - 'frontDesks'`);
  expect(await list()).toEqual(expect.arrayContaining([['SCJG-XK-001', []], ['SCJG-XK-002', []]]));
  await store.close();
});
