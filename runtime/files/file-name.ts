import { FILE_TYPES, type MaterialFileType } from './file-types.js';

/** Longest stored name, in UTF-16 code units (what most file systems and headers count near). */
export const MAX_FILE_NAME_LENGTH = 200;

/** Control characters, and bidirectional overrides that make `photo‮gpj.exe` read as `photoexe.jpg`. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters Windows refuses in names, replaced so a download saves as sent. */
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MATERIAL_EXTENSIONS: ReadonlySet<string> = new Set(Object.values(FILE_TYPES).flatMap((t) => t.extensions));

/**
 * The name a file is kept under: what the applicant called it, made safe to store and to send back
 * in a Content-Disposition header. Not trusted for anything: the type comes from the bytes.
 *
 * 1. Keep the last path segment (browsers on Windows have sent `C:\fakepath\…`; a client can send
 *    `../../etc/passwd`), Unicode NFC.
 * 2. Drop control characters, bidirectional overrides and lone surrogates; replace Windows-reserved characters with
 *    `_`; collapse white space; trim spaces and dots at both ends (no `..`, no hidden `.name`).
 * 3. The extension follows the content: a name ending in the detected type's extension keeps
 *    it; one ending in another material type's (`photo.jpg` holding a PNG) has it replaced; any
 *    other gets the type's usual extension added (`Zhang.San` → `Zhang.San.pdf`, never guessing
 *    what a dot means). An empty stem becomes `file`, a Windows device name gets a `_` in front.
 * 4. Cut the stem, at a character boundary, so the whole name is at most
 *    {@link MAX_FILE_NAME_LENGTH} code units.
 *
 * @example safeFileName('C:\\fakepath\\营业执照.PDF', 'pdf') // '营业执照.PDF'
 * @example safeFileName('photo.jpg', 'png') // 'photo.png'
 */
export function safeFileName(raw: string, type: MaterialFileType): string {
  // 1. Last segment.
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // 2. Characters.
  const cleaned = base.replace(UNSAFE, '').replace(/\p{Cs}/gu, '').replace(RESERVED, '_').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  // 3. Extension.
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot) : '';
  const keepExt = FILE_TYPES[type].extensions.includes(ext.toLowerCase());
  const otherTypes = MATERIAL_EXTENSIONS.has(ext.toLowerCase());
  let stem = (keepExt || otherTypes ? cleaned.slice(0, dot) : cleaned).replace(/[\s.]+$/, '');
  const suffix = keepExt ? ext : FILE_TYPES[type].extensions[0];
  if (stem === '') stem = 'file';
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  // 4. Length.
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  if (stem.length > room) {
    let cut = '';
    for (const ch of stem) {
      if (cut.length + ch.length > room) break;
      cut += ch;
    }
    stem = cut.replace(/[\s.]+$/, '') || 'file';
  }
  return stem + suffix;
}
