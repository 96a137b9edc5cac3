/**
 * The file types a material may accept (the `FileTypes` vocabulary of material.schema.json), with
 * their media types, file name extensions and how each is recognised from the bytes. One table
 * for the upload check on the server and, later, the portal's `<input accept>` and hints; no
 * Node imports, so the browser can load it.
 */
import type { FileTypes } from '../../schemas/types.generated.js';

export type MaterialFileType = FileTypes[number];

export interface FileTypeInfo {
  /** What the API answers and the store keeps. */
  mediaType: string;
  /** Name extensions, lower case with the dot, the usual one first. */
  extensions: readonly string[];
  /** How people call it, for messages. */
  label: string;
  /**
   * What `file-type` calls it (`ext`). OFD has no signature of its own: it is a zip package whose
   * root holds `OFD.xml` (GB/T 33190), so it is told apart from a plain zip by that entry.
   */
  detectedAs: string;
}

export const FILE_TYPES: Readonly<Record<MaterialFileType, FileTypeInfo>> = Object.freeze({
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'], label: 'PDF', detectedAs: 'pdf' },
  jpg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], label: 'JPEG image', detectedAs: 'jpg' },
  png: { mediaType: 'image/png', extensions: ['.png'], label: 'PNG image', detectedAs: 'png' },
  ofd: { mediaType: 'application/ofd', extensions: ['.ofd'], label: 'OFD document', detectedAs: 'zip' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], label: 'Word document (.docx)', detectedAs: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], label: 'Excel workbook (.xlsx)', detectedAs: 'xlsx' },
  zip: { mediaType: 'application/zip', extensions: ['.zip'], label: 'ZIP archive', detectedAs: 'zip' },
});

/** Every material file type, in the vocabulary's order. */
export const MATERIAL_FILE_TYPES: readonly MaterialFileType[] = Object.freeze(Object.keys(FILE_TYPES) as MaterialFileType[]);

/**
 * The material file type of some bytes, from what `file-type` detected and whether the bytes are a
 * zip package with `OFD.xml` at its root; undefined when they are none of ours. Each file has one
 * type, the most specific: an OFD package is `ofd` (not `zip`), a .docx is `docx`; other zip-based
 * formats (jar, apk, epub, odt…) are not zips here.
 *
 * @example materialFileType('zip', true) // 'ofd'
 */
export function materialFileType(detectedExt: string | undefined, isOfdPackage: boolean): MaterialFileType | undefined {
  if (detectedExt === undefined) return undefined;
  if (detectedExt === 'zip') return isOfdPackage ? 'ofd' : 'zip';
  return MATERIAL_FILE_TYPES.find((t) => t !== 'ofd' && FILE_TYPES[t].detectedAs === detectedExt);
}

/** Whether a string names a material file type. */
export function isMaterialFileType(value: unknown): value is MaterialFileType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FILE_TYPES, value);
}

/** The `accept` attribute of a file input for these types: extensions and media types. */
export function acceptAttribute(types: readonly MaterialFileType[]): string {
  return types.flatMap((t) => [...FILE_TYPES[t].extensions, FILE_TYPES[t].mediaType]).join(',');
}

/** The types in words, for messages: `PDF, JPEG image or PNG image`. */
export function describeTypes(types: readonly MaterialFileType[]): string {
  const labels = types.map((t) => FILE_TYPES[t].label);
  return labels.length <= 1 ? (labels[0] ?? 'none') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}
