/**
 * The catalogue page's filters and where they live: in the page's URL (`/?q=spjy&department=scjg`),
 * so a search survives reload, back from a guide and a shared link, and in the API query the page
 * sends (`GET /api/matters?q=spjy&department=scjg&page=1&pageSize=10`). Pure: no React, no fetch.
 */

export type ServiceObject = 'individual' | 'legal_person';

export const SERVICE_OBJECTS: readonly ServiceObject[] = ['individual', 'legal_person'];

export interface CatalogueFilters {
  /** Keyword: Chinese, full pinyin, initials or a code; '' for none. */
  q: string;
  department?: string;
  serviceObject?: ServiceObject;
  theme?: string;
  /** 1-based. */
  page: number;
}

export const EMPTY_FILTERS: CatalogueFilters = { q: '', page: 1 };

/** Results per page on the catalogue. */
export const PAGE_SIZE = 10;

const MAX_Q = 100;

/**
 * The filters a URL query holds; unknown or malformed values are dropped (a hand-edited link
 * still opens the catalogue rather than an error).
 *
 * @example parseFilters('?q=spjy&object=individual&page=2') // { q: 'spjy', serviceObject: 'individual', page: 2 }
 */
export function parseFilters(search: string): CatalogueFilters {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const filters: CatalogueFilters = { q: (params.get('q') ?? '').trim().slice(0, MAX_Q), page: 1 };
  const department = params.get('department')?.trim();
  if (department) filters.department = department;
  const object = params.get('object');
  if (object && (SERVICE_OBJECTS as readonly string[]).includes(object)) filters.serviceObject = object as ServiceObject;
  const theme = params.get('theme')?.trim();
  if (theme) filters.theme = theme;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page;
  return filters;
}

/** The URL query for the filters ('' when none), the inverse of {@link parseFilters}. */
export function filtersToSearch(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.department) params.set('department', filters.department);
  if (filters.serviceObject) params.set('object', filters.serviceObject);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string of `GET /api/matters` for these filters (without '?'). */
export function apiQuery(filters: CatalogueFilters, pageSize = PAGE_SIZE): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim().slice(0, MAX_Q));
  if (filters.department) params.set('department', filters.department);
  if (filters.serviceObject) params.set('serviceObject', filters.serviceObject);
  if (filters.theme) params.set('theme', filters.theme);
  params.set('page', String(filters.page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

/**
 * The filters after one change: any change other than turning the page goes back to page 1, since
 * the old page number means nothing in the new result.
 */
export function withFilter(filters: CatalogueFilters, change: Partial<CatalogueFilters>): CatalogueFilters {
  const next: CatalogueFilters = { ...filters, ...change };
  for (const key of ['department', 'serviceObject', 'theme'] as const) if (next[key] === undefined || next[key] === '') delete next[key];
  if (!('page' in change)) next.page = 1;
  return next;
}

/** Whether any filter or keyword narrows the catalogue. */
export function isFiltered(filters: CatalogueFilters): boolean {
  return filters.q.trim() !== '' || filters.department !== undefined || filters.serviceObject !== undefined || filters.theme !== undefined;
}
