/**
 * A changed value as one short line of the change list: strings bare, lists joined (a list of
 * titled or named objects, like legal bases, by their titles), anything else as JSON, all cut to
 * 80 characters.
 */
export function valueText(v: unknown, words: { yes: string; no: string } = { yes: 'true', no: 'false' }): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 77)}…` : v;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    const text = v.join('、');
    return text.length > 80 ? `${text.slice(0, 77)}…` : text || '—';
  }
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && typeof (x.title ?? x.name) === 'string')) {
    return valueText(v.map((x: { title?: string; name?: string }) => x.title ?? x.name), words);
  }
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Properties whose values are ids of materials or departments. */
const REFERENCES = new Set(['checksMaterials', 'departmentId', 'libraryId']);

/** A changed value with the ids it references replaced by names (unknown ids stay as they are). */
export function named(field: string, v: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!REFERENCES.has(field)) return v;
  const name = (id: unknown) => (typeof id === 'string' && Object.hasOwn(names, id) ? names[id] : id);
  return Array.isArray(v) ? v.map(name) : name(v);
}
