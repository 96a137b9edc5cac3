/**
 * The search part of the CatalogStore contract: matching (Chinese, pinyin, initials, code, keywords),
 * filters, the ranking tiers, paging, and which versions are searchable. Run by
 * describeCatalogStoreContract with the store of the current test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogStore, SearchQuery } from '../../../catalog/storage/catalog.store.js';
import { createCommit, createPublishedCommit, definition, publishCommit, retireCommit, saveDraftCommit, SEARCH_CATALOGUE } from './store-fixtures.js';

const codes = (items: { code: string }[]) => items.map((i) => i.code);

export function describeSearchContract(current: () => CatalogStore): void {
  describe('search', () => {
    beforeEach(async () => {
      for (const def of SEARCH_CATALOGUE) await current().commitMatter(createPublishedCommit(def));
    });
    const search = async (query: Partial<SearchQuery>) => current().searchPublished({ page: 1, pageSize: 20, ...query });

    it.each([
      ['a Chinese substring', { q: '经营' }, ['SCJG-XK-001', 'SCJG-QT-003']],
      ['full pinyin', { q: 'shipinjingying' }, ['SCJG-XK-001']],
      ['pinyin initials', { q: 'spjy' }, ['SCJG-XK-001']],
      ['upper-case full-width initials', { q: 'ＳＰＪＹ' }, ['SCJG-XK-001']],
      ['spaces and punctuation in the query', { q: ' 食品 经营，' }, ['SCJG-XK-001']],
      ['the polyphone 银行 as yinhang', { q: 'yinhang' }, ['JRJ-XK-001']],
      ['the polyphone 行政 as xingzheng', { q: 'xingzheng' }, ['ZWB-GG-001']],
      ['the code', { q: 'scjg-xk-002' }, ['SCJG-XK-002']],
      ['a keyword', { q: '餐饮服务' }, ['SCJG-XK-001']],
      ['a keyword in pinyin', { q: 'canyinfuwu' }, ['SCJG-XK-001']],
      ['a LIKE wildcard, which is no wildcard', { q: '食_经营' }, []],
    ])('finds matters by %s', async (_what, query, expected) => {
      const result = await search(query);
      expect(codes(result.items)).toEqual(expected);
      expect(result.total).toBe(expected.length);
    });

    it.each([
      ['department', { departmentId: 'scjg' }, ['SCJG-XK-006', 'SCJG-GG-005', 'SCJG-XK-001', 'SCJG-XK-002', 'SCJG-QT-003', 'SCJG-QT-004']],
      ['type', { typeCode: 'QT' as const }, ['SCJG-QT-003', 'SCJG-QT-004']],
      ['service object', { serviceObject: 'individual' as const }, ['SCJG-GG-005', 'SCJG-QT-003', 'ZWB-GG-001']],
      ['online depth', { onlineDepth: 4 }, ['SCJG-XK-001', 'ZWB-GG-001']],
      ['theme', { theme: '开办企业' }, ['SCJG-XK-001', 'SCJG-XK-002']],
      ['theme and query', { theme: '开办企业', q: 'jingying' }, ['SCJG-XK-001']],
    ])('filters by %s', async (_what, query, expected) => {
      expect(codes((await search(query)).items)).toEqual(expected);
    });

    it('ranks exact name, name prefix, name contains, then elsewhere; ties by pinyin', async () => {
      expect(codes((await search({ q: '食品' })).items)).toEqual(['SCJG-GG-005', 'SCJG-XK-001', 'SCJG-XK-002', 'SCJG-XK-006', 'SCJG-QT-004', 'SCJG-QT-003']);
    });

    it('ranks a pinyin prefix of the name before pinyin found elsewhere', async () => {
      expect(codes((await search({ q: 'shi' })).items)).toEqual(['SCJG-GG-005', 'SCJG-XK-001', 'SCJG-XK-002', 'SCJG-XK-006', 'SCJG-QT-003', 'ZWB-GG-001', 'SCJG-QT-004']);
    });

    it('pages through everything in name order with the total on every page', async () => {
      const all = ['SCJG-XK-006', 'SCJG-GG-005', 'SCJG-XK-001', 'SCJG-XK-002', 'SCJG-QT-003', 'ZWB-GG-001', 'JRJ-XK-001', 'SCJG-QT-004'];
      const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, pageSize: 3 })));
      expect(pages.map((p) => codes(p.items))).toEqual([all.slice(0, 3), all.slice(3, 6), all.slice(6), []]);
      expect(pages.map((p) => p.total)).toEqual([8, 8, 8, 8]);
    });

    it('shows the live version, not a newer draft, and forgets a retired matter', async () => {
      const head = (await current().getHead('SCJG-XK-002'))!;
      await current().commitMatter(saveDraftCommit(head, definition('SCJG-XK-002', '草稿名称')));
      expect((await search({ q: '草稿' })).total).toBe(0);
      expect(codes((await search({ q: '食品生产' })).items)).toEqual(['SCJG-XK-002']);
      await current().commitMatter(retireCommit((await current().getHead('SCJG-XK-002'))!));
      expect((await search({ q: '食品生产' })).total).toBe(0);
      expect((await search({})).total).toBe(7);
    });

    it('does not find a matter that was never published', async () => {
      await current().commitMatter(createCommit(definition('SCJG-XK-100', '从未发布的许可')));
      expect((await search({ q: '从未发布' })).total).toBe(0);
    });

    it('finds the newly published version under its new name and summary', async () => {
      const head = (await current().getHead('SCJG-XK-002'))!;
      const draft = await current().commitMatter(saveDraftCommit(head, definition('SCJG-XK-002', '食品生产许可（告知承诺）', { promisedDays: 1 })));
      await current().commitMatter(publishCommit(draft));
      const result = await search({ q: 'gaozhi' });
      expect(result.items).toEqual([expect.objectContaining({ code: 'SCJG-XK-002', version: 2, promisedDays: 1, name: '食品生产许可（告知承诺）' })]);
    });

    it('returns summaries, not whole versions', async () => {
      const [item] = (await search({ q: 'spjy' })).items;
      expect(item).toEqual({
        code: 'SCJG-XK-001', name: '食品经营许可', version: 1, departmentId: 'scjg', type: { codeSystem: 'matter-type', code: 'XK', label: '行政许可' },
        serviceObjects: ['legal_person'], themes: ['开办企业'], handlingType: 'promised', statutoryDays: 20, promisedDays: 10, onSiteVisits: 1, onlineDepth: 4,
        frontDesks: [],
      });
    });

    it('names the front desks of a matter in its summary, as published', async () => {
      const head = (await current().getHead('SCJG-XK-002'))!;
      const draft = await current().commitMatter(saveDraftCommit(head, definition('SCJG-XK-002', '食品生产许可', { frontDesks: ['zhzx'] })));
      expect((await search({ q: 'scjg-xk-002' })).items[0]!.frontDesks).toEqual([]);
      await current().commitMatter(publishCommit(draft));
      expect((await search({ q: 'scjg-xk-002' })).items[0]!.frontDesks).toEqual(['zhzx']);
    });
  });
}
