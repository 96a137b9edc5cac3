import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySearchIndex } from '../../../catalog/search/memory-search-index.js';
import { normalizeQuery, searchKeys } from '../../../catalog/search/search-keys.js';
import { compareRankable, matchTier } from '../../../catalog/search/search-rank.js';
import { summaryOf } from '../../../catalog/search/summary-of.js';
import type { SearchQuery } from '../../../catalog/storage/catalog.store.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { definition, SEARCH_CATALOGUE, TYPES, versionOf } from '../storage/store-fixtures.js';

function indexOf(defs: MatterDefinition[]): MemorySearchIndex {
  const index = new MemorySearchIndex();
  for (const def of defs) index.upsert(summaryOf(versionOf(def, 1)), def);
  return index;
}

const query = (q: Partial<SearchQuery>): SearchQuery => ({ page: 1, pageSize: 20, ...q });
const codes = (r: { items: { code: string }[] }) => r.items.map((i) => i.code);

/** The specification, the slow way: filter, tier, sort everything, slice. */
function bruteForce(defs: Map<string, MatterDefinition>, q: SearchQuery): string[] {
  const nq = normalizeQuery(q.q ?? '');
  return [...defs.values()]
    .filter((d) => q.departmentId === undefined || d.departmentId === q.departmentId)
    .filter((d) => q.typeCode === undefined || d.type.code === q.typeCode)
    .map((d) => ({ d, keys: searchKeys(d) }))
    .map(({ d, keys }) => ({ code: d.code, sortKey: keys.sortKey, tier: matchTier(keys.text, nq) }))
    .filter((e) => e.tier !== null)
    .sort((a, b) => a.tier! - b.tier! || compareRankable(a, b))
    .slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
    .map((e) => e.code);
}

describe('MemorySearchIndex', () => {
  it('given the search catalogue, then it ranks, filters and pages as the contract says', () => {
    const index = indexOf(SEARCH_CATALOGUE);
    expect(codes(index.search(query({ q: '食品' })))).toEqual(['SCJG-GG-005', 'SCJG-XK-001', 'SCJG-XK-002', 'SCJG-XK-006', 'SCJG-QT-004', 'SCJG-QT-003']);
    expect(index.search(query({ q: '食品', typeCode: 'QT', page: 2, pageSize: 1 }))).toMatchObject({ total: 2, items: [{ code: 'SCJG-QT-003' }] });
    expect(index.search(query({ q: 'spjy' })).items).toEqual([summaryOf(versionOf(SEARCH_CATALOGUE[0], 1))]);
  });

  it('given a matter upserted again under a new name, then it is found only by the new one', () => {
    const index = indexOf(SEARCH_CATALOGUE);
    const renamed = definition('SCJG-XK-001', '食品销售许可');
    index.upsert(summaryOf(versionOf(renamed, 2)), renamed);
    expect(index.size).toBe(SEARCH_CATALOGUE.length);
    expect(index.search(query({ q: 'spjy' })).total).toBe(0);
    expect(index.search(query({ q: 'spxs' })).items).toEqual([expect.objectContaining({ code: 'SCJG-XK-001', version: 2 })]);
  });

  it('given a removed matter, then it is gone; removing an unknown code is harmless', () => {
    const index = indexOf(SEARCH_CATALOGUE);
    index.remove('SCJG-XK-001');
    index.remove('NOPE-001');
    expect(index.search(query({ q: 'spjy' })).total).toBe(0);
    expect(index.search(query({})).total).toBe(SEARCH_CATALOGUE.length - 1);
  });

  it('given a bulk load, then the order is the same as with one-by-one inserts', () => {
    const bulk = new MemorySearchIndex();
    bulk.beginBulkLoad();
    for (const def of [...SEARCH_CATALOGUE].reverse()) bulk.upsert(summaryOf(versionOf(def, 1)), def);
    expect(bulk.search(query({ q: 'shi' }))).toEqual(indexOf(SEARCH_CATALOGUE).search(query({ q: 'shi' })));
  });

  it('given returned summaries, when mutated, then the index is unchanged', () => {
    const index = indexOf(SEARCH_CATALOGUE);
    index.search(query({ q: 'spjy' })).items[0].themes.push('x');
    expect(index.search(query({ q: 'spjy' })).items[0].themes).toEqual(['开办企业']);
  });

  it('given any sequence of upserts and removals, then every search equals the brute-force specification', () => {
    const syllables = ['食', '品', '经', '营', '许', '可', '银', '行', '政', '重', '庆', 'A', '1'];
    const nameArb = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), n: fc.integer({ min: 0, max: 15 }), name: nameArb, dep: fc.constantFrom('scjg', 'wjw'), type: fc.constantFrom('XK', 'QT') }),
      fc.record({ kind: fc.constant('remove' as const), n: fc.integer({ min: 0, max: 15 }) }),
    );
    const queryArb = fc.record({
      q: fc.oneof(fc.constant(''), nameArb, fc.constantFrom('shi', 'sp', 'xing', 'hang', 'yinh', 'a1', 'cq', 'm-0')),
      departmentId: fc.option(fc.constantFrom('scjg', 'wjw'), { nil: undefined }),
      typeCode: fc.option(fc.constantFrom('XK' as const, 'QT' as const), { nil: undefined }),
      page: fc.integer({ min: 1, max: 3 }),
      pageSize: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(queryArb, { minLength: 1, maxLength: 5 }), (ops, queries) => {
        const index = new MemorySearchIndex();
        const live = new Map<string, MatterDefinition>();
        for (const op of ops) {
          const code = `M-${String(op.n).padStart(3, '0')}`;
          if (op.kind === 'remove') {
            index.remove(code);
            live.delete(code);
          } else {
            const def = definition(code, op.name, { departmentId: op.dep, type: TYPES[op.type] });
            index.upsert(summaryOf(versionOf(def, 1)), def);
            live.set(code, def);
          }
        }
        for (const q of queries) expect(codes(index.search(q))).toEqual(bruteForce(live, q));
      }),
      { numRuns: 150 },
    );
  });

  it('given 10,000 matters, when searched by pinyin initials and filters, then totals match a brute-force count', () => {
    // Speed is measured by `npm run bench`, never asserted here (machines differ).
    const subjects = ['食品', '药品', '医疗器械', '建筑工程', '道路运输', '排污', '出版物', '烟草专卖', '危险化学品', '特种设备', '公共场所', '餐饮服务', '民办学校', '养老机构'];
    const actions = ['经营许可', '生产许可', '备案', '登记', '核发', '审批', '资质认定', '验收'];
    const index = new MemorySearchIndex();
    index.beginBulkLoad();
    const names: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `${subjects[i % subjects.length]}${actions[Math.floor(i / subjects.length) % actions.length]}${i}`;
      names.push(name);
      const def = definition(`GEN-${String(i).padStart(6, '0')}`, name, {
        departmentId: ['scjg', 'wjw', 'gaj', 'jtj'][i % 4],
        onlineDepth: 1 + (i % 4),
      });
      index.upsert(summaryOf(versionOf(def, 1)), def);
    }
    expect(index.search(query({ q: '食品经营' })).total).toBe(names.filter((n) => n.includes('食品经营')).length);
    expect(index.search(query({ onlineDepth: 4 })).total).toBe(2500);
    expect(index.search(query({ q: 'zzzz' })).total).toBe(0);
  });
});
