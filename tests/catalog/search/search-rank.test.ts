import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../catalog/search/search-keys.js';
import { compareRankable, matchTier } from '../../../catalog/search/search-rank.js';
import { definition } from '../storage/store-fixtures.js';

const haystack = searchKeys(definition('SCJG-XK-001', '食品经营许可', { keywords: ['餐饮'], themes: ['开办企业'] })).text;

describe('matchTier', () => {
  it.each([
    ['食品经营许可', 0],
    ['食品', 1],
    ['经营', 2],
    ['许可', 2],
    ['shipin', 3],
    ['spjy', 3],
    ['jingying', 4],
    ['canyin', 4],
    ['开办', 4],
    ['scjgxk001', 4],
    ['', 0],
  ] as const)('given the query %j, then tier %i', (q, tier) => {
    expect(matchTier(haystack, q)).toBe(tier);
  });

  it.each(['药品', 'xyz', '食品经营许可证', 'kxy'])('given %j, which occurs nowhere, then no match', (q) => {
    expect(matchTier(haystack, q)).toBeNull();
  });

  it('given a matter whose name is empty after normalization, then only other parts match', () => {
    const text = searchKeys(definition('A-001', '（）', { keywords: ['食品'] })).text;
    expect(matchTier(text, '食品')).toBe(4);
    expect(matchTier(text, 'a001')).toBe(4);
  });
});

describe('compareRankable', () => {
  it('orders by sort key, then code', () => {
    const items = [
      { sortKey: 'b', code: 'A-2' },
      { sortKey: 'a', code: 'Z-9' },
      { sortKey: 'b', code: 'A-1' },
    ];
    expect([...items].sort(compareRankable)).toEqual([items[1], items[2], items[0]]);
  });
});
