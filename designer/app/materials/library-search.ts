/**
 * The search of the shared-material picker: an entry matches when every word of the query occurs
 * in its name, issuer, id or note (case-insensitive), so "身份证 公安" finds 居民身份证.
 */
import type { SharedMaterial } from '../../../schemas/types.generated.js';

/** The entries matching `query`, in library order; all of them for an empty query. */
export function searchLibrary(entries: readonly SharedMaterial[], query: string): SharedMaterial[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const haystack = [e.name, e.issuer ?? '', e.id, e.note ?? ''].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** How many materials of the matter already come from each library entry, to mark them in the picker. */
export function usageByLibraryId(materials: readonly { libraryId?: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of materials) if (m.libraryId !== undefined) out.set(m.libraryId, (out.get(m.libraryId) ?? 0) + 1);
  return out;
}
