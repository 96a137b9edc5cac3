/**
 * The themes the catalogue offers as chips: those of the published matters, most used first (ties
 * in Chinese collation order), so 开办企业 — the theme most matters share — comes first. The
 * server has no theme list; the page derives it from one listing of the catalogue.
 */

/**
 * @param limit how many chips fit; the rest are reached through search.
 * @example topThemes([{ themes: ['开办企业', '开餐馆'] }, { themes: ['开办企业'] }]) // ['开办企业', '开餐馆']
 */
export function topThemes(matters: ReadonlyArray<{ themes: readonly string[] }>, limit = 12): string[] {
  const counts = new Map<string, number>();
  for (const m of matters) for (const theme of new Set(m.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .slice(0, limit)
    .map(([theme]) => theme);
}
