/**
 * Canonical JSON: the one byte string a JSON value hashes to, whoever wrote it and however it was
 * stored. Object keys are sorted recursively (by UTF-16 code units, JavaScript's default order),
 * `undefined` members are dropped, numbers and strings are written as `JSON.stringify` writes them.
 * jsonb reorders keys and rewrites numbers (`1.50` → `1.5` only after JS parsing), so the audit chain
 * hashes the parsed value in this form, never the text PostgreSQL returns.
 */
import { createHash } from 'node:crypto';

/**
 * The canonical JSON text of `value`.
 * @throws RangeError on what JSON cannot represent the same way twice: non-finite numbers, bigint,
 *   functions, symbols, and cycles.
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

/** sha256 of the canonical JSON of `value`, in hex: e.g. the request hash of an idempotent submission. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function write(value: unknown, path: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`canonical JSON cannot hold the number ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new RangeError(`canonical JSON cannot hold a ${typeof value}`);
  }
  const obj = value as object;
  if (path.has(obj)) throw new RangeError('canonical JSON cannot hold a cycle');
  path.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    // As JSON.stringify: holes and undefined items are written as null, keeping positions.
    out = `[${obj.map((item) => (item === undefined ? 'null' : write(item, path))).join(',')}]`;
  } else {
    const source = typeof (obj as { toJSON?: unknown }).toJSON === 'function' ? (obj as { toJSON(): unknown }).toJSON() : obj;
    if (source !== obj) {
      path.delete(obj);
      return write(source, path);
    }
    const record = obj as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${write(record[k], path)}`);
    out = `{${members.join(',')}}`;
  }
  path.delete(obj);
  return out;
}
