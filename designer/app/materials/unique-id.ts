/**
 * Fresh ids for things the editor adds (materials, situations). An id is immutable once made
 * (cases, steps and conditions refer to it), so it is derived once from a readable base and never
 * from the name the editor may later change. Every id matches `common.schema.json#/$defs/id`.
 */

const MAX_ID = 64;

/** `base` reduced to the id alphabet (lower-case letters, digits, `_`, `-`), or `fallback` when nothing is left. */
export function idBase(base: string, fallback: string): string {
  const cleaned = base
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, MAX_ID - 4);
  return cleaned === '' ? fallback : cleaned;
}

/**
 * The first of `base`, `base-2`, `base-3` … not in `taken`; `base` is cut so the suffix still fits.
 * @example uniqueId('id-card', new Set(['id-card'])) // 'id-card-2'
 */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const root = idBase(base, fallback);
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${root.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A numbered id `prefix-n` not in `taken`, numbered after how many exist so ids read in order.
 * @example numberedId('material', new Set(['material-1'])) // 'material-2'
 */
export function numberedId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
