/**
 * The SQL search (postgres-search-query.ts) and the in-memory index (memory-search-index.ts) must
 * return the same page in the same order for any catalogue and query: random catalogues of
 * look-alike names (shared characters, polyphones, names that prefix others) against random queries.
 */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySearchIndex } from '../../../catalog/search/memory-search-index.js';
import { searchKeys } from '../../../catalog/search/search-keys.js';
import { summaryOf } from '../../../catalog/search/summary-of.js';
import type { SearchQuery } from '../../../catalog/storage/catalog.store.js';
import { pgliteClientOver } from '../../../catalog/storage/pglite-client.js';
import { PostgresCatalogStore } from '../../../catalog/storage/postgres-catalog.store.js';
import { createPublishedCommit, definition, TYPES, versionOf } from './store-fixtures.js';

/** Words that share characters, readings and initials, so names, keywords and queries collide often. */
const WORDS = ['食品', '经营', '许可', '银行', '行政', '长安', '重庆', '西安', '先', '安', '食', 'A2', '（试点）'];
const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const matterArb = fc.record({
  name: nameArb,
  keywords: fc.array(nameArb, { maxLength: 3 }),
  themes: fc.array(fc.constantFrom('开办企业', '生育'), { maxLength: 2 }),
  dep: fc.constantFrom('scjg', 'wjw'),
  type: fc.constantFrom('XK', 'QT', 'GG'),
  depth: fc.integer({ min: 1, max: 4 }),
  individual: fc.boolean(),
});
/** A piece of some matter's haystack part (name, pinyin, initials, code, keyword …), so queries hit often. */
const pieceArb = fc.record({ matter: fc.nat(), part: fc.oneof(fc.constantFrom(0, 1, 2, 2), fc.nat({ max: 9 })), from: fc.nat({ max: 3 }), length: fc.integer({ min: 1, max: 6 }) });
/** Mostly absent: a filter set at random would leave most queries with nothing to rank. */
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
const queryArb = fc.record({
  q: fc.oneof({ arbitrary: pieceArb, weight: 4 }, { arbitrary: nameArb, weight: 1 }, { arbitrary: fc.constantFrom(undefined, 'shi', 'xing', 'hang', 'chang', 'sp', 'xa', 'a2', 'm-00', 'xian', 'xi'), weight: 1 }),
  departmentId: sometimes(fc.constantFrom('scjg', 'wjw')),
  typeCode: sometimes(fc.constantFrom('XK' as const, 'GG' as const)),
  serviceObject: sometimes(fc.constant('individual' as const)),
  onlineDepth: sometimes(fc.integer({ min: 1, max: 4 })),
  theme: sometimes(fc.constant('开办企业')),
  page: fc.integer({ min: 1, max: 3 }),
  pageSize: fc.integer({ min: 1, max: 8 }),
});

function pieceOf(haystacks: string[][], p: { matter: number; part: number; from: number; length: number }): string {
  const parts = haystacks[p.matter % haystacks.length];
  const part = parts[p.part % parts.length];
  // Mostly prefixes (what ranking cares about), sometimes inner substrings.
  const from = p.from % 2 === 0 ? 0 : Math.min(p.from, Math.max(0, part.length - 1));
  return part.slice(from, from + p.length);
}

describe('search parity: PostgreSQL (PGlite) and the memory index', () => {
  let db: PGlite;
  let store: PostgresCatalogStore;
  beforeAll(async () => {
    db = await PGlite.create();
    store = new PostgresCatalogStore(await pgliteClientOver(db, { schema: 'parity' }));
    await store.init();
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it('given any catalogue and queries, then both return the same page and total', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(matterArb, { minLength: 1, maxLength: 18 }), fc.array(queryArb, { minLength: 1, maxLength: 6 }), async (matters, queries) => {
        await db.exec('TRUNCATE matter_versions, matters');
        const index = new MemorySearchIndex();
        const haystacks: string[][] = [];
        for (const [i, m] of matters.entries()) {
          const def = definition(`M-${String(i).padStart(3, '0')}`, m.name, {
            keywords: m.keywords,
            themes: m.themes,
            departmentId: m.dep,
            type: TYPES[m.type as keyof typeof TYPES],
            onlineDepth: m.depth,
            serviceObjects: m.individual ? ['individual', 'legal_person'] : ['legal_person'],
          });
          haystacks.push(searchKeys(def).text.split(' '));
          await store.commitMatter(createPublishedCommit(def));
          index.upsert(summaryOf(versionOf(def, 1)), def);
        }
        for (const { q, ...rest } of queries) {
          const query: SearchQuery = { ...rest, q: typeof q === 'object' && q !== null ? pieceOf(haystacks, q) : q };
          expect(await store.searchPublished(query)).toEqual(index.search(query));
        }
      }),
      { numRuns: 150 },
    );
  });
});
