import { describe, expect, it } from 'vitest';
import { apiQuery, EMPTY_FILTERS, filtersToSearch, isFiltered, parseFilters, withFilter, type CatalogueFilters } from '../../../../runtime/web/portal/catalogue/catalogue-query.js';
import { topThemes } from '../../../../runtime/web/portal/catalogue/catalogue-themes.js';

describe('catalogue filters in the URL', () => {
  const cases: Array<{ description: string; search: string; filters: CatalogueFilters }> = [
    { description: 'no query', search: '', filters: { q: '', page: 1 } },
    { description: 'keyword and page', search: '?q=spjy&page=2', filters: { q: 'spjy', page: 2 } },
    {
      description: 'every filter',
      search: '?q=%E9%A3%9F%E5%93%81&department=scjg&object=legal_person&theme=%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A&page=3',
      filters: { q: '食品', department: 'scjg', serviceObject: 'legal_person', theme: '开办企业', page: 3 },
    },
  ];
  for (const c of cases) {
    it(`reads and writes ${c.description}`, () => {
      expect(parseFilters(c.search)).toEqual(c.filters);
      expect(filtersToSearch(c.filters)).toBe(c.search);
    });
  }

  it('drops values a hand-edited link gets wrong', () => {
    expect(parseFilters('?object=robot&page=-4&page=x&department=&q=%20%20')).toEqual({ q: '', page: 1 });
    expect(parseFilters('page=1.5').page).toBe(1);
    expect(parseFilters(`?q=${'字'.repeat(150)}`).q).toHaveLength(100);
  });
});

describe('the API query', () => {
  it('names the server parameters and always carries the page', () => {
    expect(apiQuery(EMPTY_FILTERS)).toBe('page=1&pageSize=10');
    const q = new URLSearchParams(apiQuery({ q: ' spjy ', department: 'scjg', serviceObject: 'individual', theme: '开餐馆', page: 2 }, 20));
    expect(Object.fromEntries(q)).toEqual({ q: 'spjy', department: 'scjg', serviceObject: 'individual', theme: '开餐馆', page: '2', pageSize: '20' });
  });
});

describe('changing a filter', () => {
  const start: CatalogueFilters = { q: 'xk', department: 'scjg', page: 4 };
  it('goes back to page 1 on any change but the page', () => {
    expect(withFilter(start, { serviceObject: 'individual' })).toEqual({ q: 'xk', department: 'scjg', serviceObject: 'individual', page: 1 });
    expect(withFilter(start, { page: 5 }).page).toBe(5);
  });
  it('clears a filter set to undefined or empty', () => {
    expect(withFilter(start, { department: undefined })).toEqual({ q: 'xk', page: 1 });
    expect(withFilter({ ...start, theme: '生育' }, { theme: '' })).not.toHaveProperty('theme');
  });
  it('knows when the catalogue is narrowed', () => {
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered({ q: ' ', page: 2 })).toBe(false);
    expect(isFiltered({ q: '', theme: '生育', page: 1 })).toBe(true);
  });
});

describe('theme chips', () => {
  it('puts the most used themes first, each matter counted once, and cuts to the limit', () => {
    const matters = [{ themes: ['开办企业', '开餐馆', '开办企业'] }, { themes: ['开办企业', '户籍'] }, { themes: ['户籍', '生育', '开办企业'] }, { themes: [] }];
    // 开办企业 3, 户籍 2, then ties in pinyin order: 开餐馆 (kāi) before 生育 (shēng).
    expect(topThemes(matters)).toEqual(['开办企业', '户籍', '开餐馆', '生育']);
    expect(topThemes(matters, 1)).toEqual(['开办企业']);
  });
});
