import { fileTypeFromBuffer } from 'file-type';
import { FILE_TYPES, materialFileType, type MaterialFileType } from './file-types.js';
import { isOfdPackage } from './zip-entries.js';

export interface DetectedFileType {
  /** Our type, when the bytes are one of the material file types. */
  type?: MaterialFileType;
  /** Its media type, when `type` is set. */
  mediaType?: string;
  /** What `file-type` saw (`exe`, `zip`, `pdf`…), for the message when refused; undefined: unknown bytes. */
  detected?: string;
}

/**
 * What some bytes are, judged by their content only: the name and the client's Content-Type are
 * the sender's claims and are never read. `file-type` reads the signatures (and the parts list
 * of Office zips); a zip is an OFD package when `OFD.xml` sits at its root.
 *
 * @example await detectFileType(pngBytes) // { type: 'png', mediaType: 'image/png', detected: 'png' }
 */
export async function detectFileType(bytes: Uint8Array): Promise<DetectedFileType> {
  const found = await fileTypeFromBuffer(bytes);
  const type = materialFileType(found?.ext, found?.ext === 'zip' && isOfdPackage(bytes));
  return {
    ...(type !== undefined ? { type, mediaType: FILE_TYPES[type].mediaType } : {}),
    ...(found !== undefined ? { detected: found.ext } : {}),
  };
}
