/**
 * UTF-8 byte counts of JSON text, computed without building the text, so a size limit can be checked
 * on a value walked once, iteratively, and stopped early, with no `JSON.stringify` of a hostile value
 * (which may be deep enough to overflow the stack or large enough to exhaust memory).
 */

/**
 * The UTF-8 length of `JSON.stringify(s)`: quotes, escapes (`\"`, `\\`, `\n`…, `\u00XX` for other
 * control characters and lone surrogates, as well-formed JSON.stringify writes them) and the UTF-8
 * encoding of everything else.
 * @example jsonStringBytes('名"') // 7: two quotes, 3 bytes for 名, 2 for \"
 */
export function jsonStringBytes(s: string): number {
  let bytes = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/**
 * The UTF-8 length of `JSON.stringify(v)` for a JSON primitive (string, number, boolean, null);
 * anything else counts as `null` would, because the guard reports it separately.
 */
export function jsonPrimitiveBytes(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return jsonStringBytes(v);
    case 'number':
      return Number.isFinite(v) ? String(v).length : 4;
    case 'boolean':
      return v ? 4 : 5;
    default:
      return 4;
  }
}
