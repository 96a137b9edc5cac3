/**
 * Catalogue benchmarks (issue "Foundation"): search latency over 10,000 published matters, and the
 * cost of one draft edit (validate + lint-free save through CatalogService) at 100 vs 10,000 stored
 * matters — for each store: lowdb files, PostgreSQL on PGlite, and the PostgreSQL server when
 * DATABASE_URL is set. A store whose edit cost grows with the catalogue would show a ratio ≫ 1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogService } from '../catalog/catalog.service.js';
import type { CatalogStore, SearchQuery } from '../catalog/storage/catalog.store.js';
import { LowdbCatalogStore } from '../catalog/storage/lowdb-catalog.store.js';
import { PostgresCatalogStore } from '../catalog/storage/postgres-catalog.store.js';
import { createPgliteClient } from '../catalog/storage/pglite-client.js';
import { createPgClient } from '../catalog/storage/pg-client.js';
import { generatedDefinition, publishedCommit } from './generated-catalogue.js';
import { ms, stats, timeEach, type Stats } from './stats.js';

const SMALL = 100;
const LARGE = Number(process.env.BENCH_MATTERS ?? 10_000);
const EDITS = 40;
const QUERIES: SearchQuery[] = [
  { q: '食品', page: 1, pageSize: 20 },
  { q: '经营许可', page: 1, pageSize: 20 },
  { q: 'shipin', page: 1, pageSize: 20 },
  { q: 'spjy', page: 1, pageSize: 20 },
  { q: 'GEN-0042', page: 1, pageSize: 20 },
  { q: '许可', departmentId: 'scjg', page: 2, pageSize: 20 },
  { typeCode: 'XK', serviceObject: 'legal_person', page: 1, pageSize: 20 },
  { q: 'zzzz', page: 1, pageSize: 20 },
];

interface StoreUnderTest {
  name: string;
  open(): Promise<{ store: CatalogStore; dispose(): Promise<void> }>;
}

const admin = { username: 'admin', role: 'admin' as const };

async function fill(store: CatalogStore, from: number, to: number): Promise<void> {
  const BATCH = 50;
  for (let i = from; i < to; i += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, to - i) }, (_, k) => store.commitMatter(publishedCommit(i + k))));
  }
}

async function editCost(catalog: CatalogService, i: number): Promise<Stats> {
  const code = generatedDefinition(i).code;
  await catalog.startDraft(admin, code);
  const samples = await timeEach(EDITS, (k) =>
    catalog.saveDraft(admin, code, { definition: { ...generatedDefinition(i), name: `${generatedDefinition(i).name}${k}` } }),
  );
  return stats(samples);
}

async function benchStore(sut: StoreUnderTest) {
  const { store, dispose } = await sut.open();
  try {
    for (const id of ['scjg', 'wjw', 'gaj', 'zrzy', 'zjj', 'rsj', 'sthj', 'jtj']) await store.putDepartment({ id, name: id });
    const catalog = new CatalogService(store);
    await fill(store, 0, SMALL);
    const small = await editCost(catalog, 1);
    const t = performance.now();
    await fill(store, SMALL, LARGE);
    const fillSeconds = (performance.now() - t) / 1000;
    const large = await editCost(catalog, 2);
    for (const q of QUERIES) await store.searchPublished(q); // warm up
    const search = stats(await timeEach(400, (k) => store.searchPublished(QUERIES[k % QUERIES.length])));
    const hits = (await store.searchPublished({ q: 'spjy', page: 1, pageSize: 5 })).total;
    return { name: sut.name, small, large, search, fillSeconds, hits };
  } finally {
    await dispose();
  }
}

function stores(): StoreUnderTest[] {
  const list: StoreUnderTest[] = [
    {
      name: 'lowdb (embedded)',
      open: async () => {
        const dir = await mkdtemp(join(tmpdir(), 'mf-bench-'));
        const store = new LowdbCatalogStore(dir);
        await store.init();
        return { store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
      },
    },
    {
      name: 'PostgreSQL on PGlite',
      open: async () => {
        const dir = await mkdtemp(join(tmpdir(), 'mf-bench-pglite-'));
        const store = new PostgresCatalogStore(await createPgliteClient(dir));
        await store.init();
        return { store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  if (process.env.DATABASE_URL) {
    list.push({
      name: 'PostgreSQL server',
      open: async () => {
        const schema = `bench_${process.pid}`;
        const client = await createPgClient(process.env.DATABASE_URL!, { schema });
        const store = new PostgresCatalogStore(client);
        await store.init();
        return {
          store,
          dispose: async () => {
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await store.close();
          },
        };
      },
    });
  }
  return list;
}

export async function runCatalogBench(): Promise<void> {
  console.log(`\n## Catalogue: search over ${LARGE.toLocaleString()} published matters; one draft edit at ${SMALL} vs ${LARGE.toLocaleString()} stored matters\n`);
  const rows = [];
  for (const sut of stores()) {
    process.stdout.write(`  running ${sut.name} …\n`);
    rows.push(await benchStore(sut));
  }
  console.log('');
  console.log('| store | search p50 | search p99 | edit p50 @100 | edit p50 @10k | edit p99 @100 | edit p99 @10k | ratio (p50 10k/100) | fill 10k |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${ms(r.search.p50)} | ${ms(r.search.p99)} | ${ms(r.small.p50)} | ${ms(r.large.p50)} | ${ms(r.small.p99)} | ${ms(r.large.p99)} | ${(r.large.p50 / r.small.p50).toFixed(2)} | ${r.fillSeconds.toFixed(1)} s |`,
    );
  }
  console.log(`\n(search: ${QUERIES.length} query shapes — Chinese, pinyin, initials, code, filters, no hit — 400 runs; 'spjy' matched ${rows[0]?.hits} matters)`);
}
