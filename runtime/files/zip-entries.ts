/** Signatures of the zip records read here (APPNOTE.TXT 4.3.12, 4.3.16). */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * The entry names of a zip archive, read from its central directory without inflating anything,
 * or undefined when the bytes are not a readable zip (no end record, a directory out of bounds, a
 * Zip64 archive, more than `maxEntries` entries). Used to recognise OFD packages, whose root holds
 * `OFD.xml`: a zip bomb costs nothing here, since no entry is decompressed.
 *
 * 1. Find the end-of-central-directory record: the last 22 bytes, or up to 64 KiB earlier when
 *    the archive has a comment; scan backwards for its signature.
 * 2. Take the directory's offset, size and entry count from it; refuse what does not fit inside
 *    the bytes before the record, and Zip64 markers (0xFFFF / 0xFFFFFFFF).
 * 3. Walk the directory entries (46 fixed bytes, then name, extra field and comment), decoding
 *    names as UTF-8 (ASCII, which OFD names are, reads the same in CP437).
 *
 * @example zipEntryNames(ofdBytes) // ['OFD.xml', 'Doc_0/Document.xml', …]
 */
export function zipEntryNames(bytes: Uint8Array, maxEntries = 10_000): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // 1. End record.
  let end = -1;
  for (let at = bytes.length - END_RECORD_SIZE; at >= Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  // 2. Directory bounds.
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || count > maxEntries) return undefined;
  if (offset + size > end) return undefined;
  // 3. Entries.
  const decoder = new TextDecoder('utf-8');
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > offset + size) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Whether the bytes are an OFD package: a zip with `OFD.xml` at its root (GB/T 33190, the entry file of every package). */
export function isOfdPackage(bytes: Uint8Array): boolean {
  return zipEntryNames(bytes)?.includes('OFD.xml') ?? false;
}
