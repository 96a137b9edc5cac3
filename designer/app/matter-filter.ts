/**
 * Client-side filtering of the catalogue list by name, code or pinyin (full or initials), with the
 * very same normalization and readings the server's search uses (catalog/search/search-keys.ts).
 * pinyin-pro's dictionary is large, so it is loaded on demand, in its own chunk: until it arrives
 * the filter matches names and codes only.
 */
import type { MatterDefinition } from '../../schemas/types.generated';
import type { WorkspaceMatter } from './api';

export interface MatterKeys {
  /** `<name> <pinyin> <initials> <code>`, normalized. */
  text: string;
  sortKey: string;
}

export type Normalize = (q: string) => string;

/** Cheap keys without pinyin, usable before the dictionary is loaded. */
export function plainKeys(m: Pick<WorkspaceMatter, 'name' | 'code'>): MatterKeys {
  const text = `${m.name} ${m.code}`.toLowerCase();
  return { text, sortKey: m.name };
}

export interface PinyinSearch {
  keysOf(m: Pick<WorkspaceMatter, 'name' | 'code'>): MatterKeys;
  normalize: Normalize;
}

let loading: Promise<PinyinSearch> | undefined;

export function loadPinyinSearch(): Promise<PinyinSearch> {
  loading ??= import('../../catalog/search/search-keys').then(({ searchKeys, normalizeQuery }) => ({
    // searchKeys reads name, code, keywords and themes; the list has the first two.
    keysOf: (m) => searchKeys({ name: m.name, code: m.code } as MatterDefinition),
    normalize: normalizeQuery,
  }));
  return loading;
}

export function matches(keys: MatterKeys, query: string, normalize: Normalize = (q) => q.trim().toLowerCase()): boolean {
  const q = normalize(query);
  return q === '' || keys.text.includes(q);
}
