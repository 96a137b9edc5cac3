/** An element of a matter named by its immutable id (a material, step, field or situation). */
export interface ItemRef {
  id: string;
  name: string;
}

/** One property of an element that differs between two versions. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An element present in both versions, with the properties that differ. */
export interface ItemChange extends ItemRef {
  fields: FieldChange[];
}

/** What was added, removed and changed among one kind of element, each list in document order. */
export interface ItemDiff {
  added: ItemRef[];
  removed: ItemRef[];
  changed: ItemChange[];
}

/**
 * Matches two lists by id (never by name or position: a renamed step is the same step) and
 * compares the listed properties of each pair by value. A repeated id keeps its first occurrence,
 * as lint and the flow graph do. Removed items come in the order of `before`, added and changed
 * ones in the order of `after`; `name` is taken from `after` when the item exists there.
 *
 * @example diffById(v1.materials, v2.materials, (m) => m.id, (m) => m.name, ['name', 'count'])
 */
export function diffById<T>(
  before: readonly T[],
  after: readonly T[],
  idOf: (item: T) => string,
  nameOf: (item: T) => string,
  fields: readonly string[],
  valueOf: (item: T, field: string) => unknown = (item, field) => (item as Record<string, unknown>)[field],
): ItemDiff {
  const byId = (list: readonly T[]): Map<string, T> => {
    const map = new Map<string, T>();
    for (const item of list) if (!map.has(idOf(item))) map.set(idOf(item), item);
    return map;
  };
  const from = byId(before);
  const to = byId(after);
  const diff: ItemDiff = { added: [], removed: [], changed: [] };
  for (const [id, item] of from) if (!to.has(id)) diff.removed.push({ id, name: nameOf(item) });
  for (const [id, item] of to) {
    const old = from.get(id);
    if (old === undefined) {
      diff.added.push({ id, name: nameOf(item) });
      continue;
    }
    const changes = changedFields(old, item, fields, valueOf);
    if (changes.length > 0) diff.changed.push({ id, name: nameOf(item), fields: changes });
  }
  return diff;
}

/** The listed properties whose values differ (deeply, ignoring key order). */
export function changedFields<T>(before: T, after: T, fields: readonly string[], valueOf: (item: T, field: string) => unknown): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = valueOf(before, field);
    const a = valueOf(after, field);
    if (canonical(b) !== canonical(a)) out.push({ field, before: b, after: a });
  }
  return out;
}

/** JSON with sorted keys, so equal values compare equal whatever their key order; undefined stays distinct. */
function canonical(v: unknown): string {
  if (v === undefined) return 'undefined';
  return JSON.stringify(v, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
