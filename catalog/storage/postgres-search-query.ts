/**
 * The SQL of catalogue search: the same filters, matching and ranking as memory-search-index.ts and
 * search-rank.ts, over the search columns of `matters` (see catalog-migrations.ts).
 */
import type { SearchQuery } from './catalog.store.js';
import { normalizeQuery } from '../search/search-keys.js';

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * Builds the page query (rows: summary, total) and the count query used when the page is empty.
 * 1. filters become equality / `= ANY(array)` conditions on the live search columns;
 * 2. the normalized query becomes `search_text LIKE '%q%'` (q escaped for LIKE);
 * 3. the ORDER BY repeats search-rank.ts: tier (exact name, name prefix, name contains, pinyin or
 *    initials prefix, anywhere), then sort key, then code — both "C" collated;
 * 4. `count(*) OVER ()` gives the total alongside the page, in one scan; summaries are joined in
 *    for the page's rows only.
 */
export function searchSql(query: SearchQuery): { page: SqlQuery; count: SqlQuery } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where = ['search_text IS NOT NULL']; // 1
  if (query.departmentId !== undefined) where.push(`department_id = ${p(query.departmentId)}`);
  if (query.typeCode !== undefined) where.push(`type_code = ${p(query.typeCode)}`);
  if (query.serviceObject !== undefined) where.push(`${p(query.serviceObject)} = ANY (service_objects)`);
  if (query.onlineDepth !== undefined) where.push(`online_depth = ${p(query.onlineDepth)}`);
  if (query.theme !== undefined) where.push(`${p(query.theme)} = ANY (themes)`);

  const q = normalizeQuery(query.q ?? '');
  if (q !== '') where.push(`search_text LIKE ${p(`%${escapeLike(q)}%`)}`); // 2
  const whereSql = where.join(' AND ');
  const whereParams = [...params];

  let tier = '0';
  if (q !== '') {
    const $q = p(q);
    tier = `CASE
        WHEN split_part(search_text, ' ', 1) = ${$q} THEN 0
        WHEN starts_with(search_text, ${$q}) THEN 1
        WHEN strpos(split_part(search_text, ' ', 1), ${$q}) > 0 THEN 2
        WHEN starts_with(split_part(search_text, ' ', 2), ${$q}) OR starts_with(split_part(search_text, ' ', 3), ${$q}) THEN 3
        ELSE 4
      END`; // 3
  }
  const limit = p(query.pageSize);
  const offset = p((query.page - 1) * query.pageSize);
  return {
    page: {
      // Rank and count narrow rows, then fetch the summaries of the page only: carrying `summary`
      // through the window made it spill 10,000 rows to disk (4x slower).
      sql: `WITH page AS (
              SELECT code, sort_key, ${tier} AS tier, count(*) OVER () AS total
                FROM matters
               WHERE ${whereSql}
               ORDER BY tier, sort_key, code
               LIMIT ${limit} OFFSET ${offset}
            )
            SELECT m.summary, page.total::int AS total
              FROM page JOIN matters m ON m.code = page.code
             ORDER BY page.tier, page.sort_key, page.code`, // 4
      params,
    },
    count: { sql: `SELECT count(*)::int AS total FROM matters WHERE ${whereSql}`, params: whereParams },
  };
}

/** Escapes LIKE's wildcards and its escape character (normalizeQuery already strips them; belt and braces). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
