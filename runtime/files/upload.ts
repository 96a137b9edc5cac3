/**
 * `POST /api/files`: one file, in the multipart field `file`, kept only when its bytes are one of
 * the material file types allowed (DESIGN "Security": uploads checked by content, not by name).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { BadRequestError, UserError } from '../../schemas/errors.js';
import { detectFileType } from './detect-file-type.js';
import { safeFileName } from './file-name.js';
import { describeTypes, FILE_TYPES, isMaterialFileType, MATERIAL_FILE_TYPES, type MaterialFileType } from './file-types.js';

/** 10 MiB: a scanned multi-page PDF or a phone photo, with room to spare. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** One checked upload, as handed to the store. */
export interface UploadedFile {
  id: string;
  /** Hex sha256 of `bytes`. */
  sha256: string;
  /** From the content, never from the client. */
  mediaType: string;
  size: number;
  /** Sanitised (see `safeFileName`). */
  name: string;
  bytes: Buffer;
}

/** Where checked uploads go: the case store implements it. */
export interface FileStore {
  putFile(file: UploadedFile): Promise<void>;
}

export interface UploadOptions {
  /** Largest file accepted, in bytes; default {@link DEFAULT_MAX_UPLOAD_BYTES}. */
  maxBytes?: number;
  /** The material file types accepted; default all of them. */
  allowedTypes?: readonly MaterialFileType[];
  store: FileStore;
  /** New file ids; default a random UUID. */
  newId?: () => string;
}

/** The 201 answer. */
export interface UploadResult {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  type: MaterialFileType;
  name: string;
}

/**
 * The request handler of `POST /api/files`.
 *
 * 1. Parse the multipart body with multer into memory, at most one file of `maxBytes` and a few
 *    small fields: a larger file is 413 PAYLOAD_TOO_LARGE, a second file or another file field,
 *    or a malformed body, 400; no file at all, 400.
 * 2. Detect the type from the bytes (`detectFileType`); not one of `allowedTypes`: 415
 *    UNSUPPORTED_MEDIA_TYPE, naming what was allowed and what the bytes look like. The name and
 *    the client's Content-Type are not consulted, so `evil.exe` renamed `photo.jpg` is refused.
 * 3. Hash (sha256), sanitise the name (its extension follows the content), hand the file to the
 *    store, answer 201 `{ id, sha256, size, mediaType, type, name }`.
 *
 * Errors are thrown as `UserError`s for the API's error handler (one error shape).
 *
 * @throws Error at creation for a `maxBytes` that is not a positive integer or an unknown type.
 */
export function uploadHandler(options: UploadOptions): RequestHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const allowed = [...new Set(options.allowedTypes ?? MATERIAL_FILE_TYPES)];
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new Error(`maxBytes must be a positive integer, not ${maxBytes}`);
  const unknown = allowed.filter((t) => !isMaterialFileType(t));
  if (unknown.length > 0 || allowed.length === 0) throw new Error(`allowedTypes must name material file types (${MATERIAL_FILE_TYPES.join(', ')}), not: ${unknown.join(', ') || 'none'}`);
  const newId = options.newId ?? randomUUID;
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11, headerPairs: 50 },
    // Browsers send UTF-8 file names without saying so; busboy's default would read 营业执照 as latin1.
    defParamCharset: 'utf8',
  }).single('file');

  return async (req, res) => {
    // 1. Body.
    await runParser(parse, req, res, maxBytes);
    const file = req.file;
    if (file === undefined) {
      throw new BadRequestError('no file was sent: send it as multipart/form-data in the field "file"', [{ path: '/file', message: 'is required' }]);
    }
    // 2. Type, by content.
    const found = await detectFileType(file.buffer);
    if (found.type === undefined || !allowed.includes(found.type)) {
      const looks = found.type !== undefined ? FILE_TYPES[found.type].label : found.detected !== undefined ? `a .${found.detected} file` : 'no known file type';
      const message = `must be ${describeTypes(allowed)}, judged by its content; it is ${looks}`;
      throw new UserError(415, 'UNSUPPORTED_MEDIA_TYPE', `the file is not an accepted type: ${message}`, [{ path: '/file', message }]);
    }
    // 3. Keep.
    const stored: UploadedFile = {
      id: newId(),
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      mediaType: FILE_TYPES[found.type].mediaType,
      size: file.buffer.byteLength,
      name: safeFileName(file.originalname ?? '', found.type),
      bytes: file.buffer,
    };
    await options.store.putFile(stored);
    const { bytes: _bytes, ...meta } = stored;
    const result: UploadResult = { ...meta, type: found.type };
    res.status(201).json(result);
  };
}

/** multer as a promise, its errors turned into the API's. */
function runParser(parse: RequestHandler, req: Request, res: Response, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    parse(req, res, (err?: unknown) => (err === undefined || err === null ? resolve() : reject(asUserError(err, maxBytes))));
  });
}

function asUserError(err: unknown, maxBytes: number): Error {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') {
      const message = `must be at most ${maxBytes} bytes (${(maxBytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB)`;
      return new UserError(413, 'PAYLOAD_TOO_LARGE', `the file is too large: it ${message}`, [{ path: '/file', message }]);
    }
    if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT') {
      return new BadRequestError('send exactly one file, in the field "file"', [{ path: `/${err.field ?? 'file'}`, message: 'is not expected: one file, in the field "file"' }]);
    }
    return new BadRequestError(`the multipart body breaks a limit: ${err.message}`);
  }
  // busboy's parse errors (no boundary, truncated body) and an aborted request: the caller's fault.
  return new BadRequestError(`the multipart body could not be read: ${(err as Error)?.message ?? 'unknown error'}`);
}
