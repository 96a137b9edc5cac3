/**
 * Uploaded files (materials' scans, photos, PDFs) as bytea in the database, so every server instance
 * serves every upload. Bytes are stored once per sha256 (`file_blobs`); each upload keeps its own
 * name and media type under its id (`case_files`). The hash and size are recomputed here, because a
 * client-chosen sha256 that was not checked would let one upload alias another's bytes.
 */
import { createHash } from 'node:crypto';
import { BadRequestError, ConflictError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { NewFile, StoredFile } from './case-records.js';
import { jsonText } from './case-rows.js';

/**
 * 1. check the metadata against the bytes;
 * 2. store the bytes unless that content is stored already (checked first: no need to ship them);
 * 3. record the upload; the same id again is fine with the same content, a ConflictError with other.
 */
export async function putFile(tx: SqlClient, file: NewFile, now: Date): Promise<void> {
  check(file); // 1
  const known = await tx.query('SELECT 1 FROM file_blobs WHERE sha256 = $1', [file.sha256]);
  if (known.rows.length === 0) { // 2
    await tx.query('INSERT INTO file_blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING', [file.sha256, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)]);
  }
  const { rows } = await tx.query( // 3
    `INSERT INTO case_files (id, sha256, media_type, size, name, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [file.id, file.sha256, file.mediaType, file.size, file.name, now.toISOString()],
  );
  if (rows.length > 0) return;
  const { rows: prior } = await tx.query<{ sha256: string }>('SELECT sha256 FROM case_files WHERE id = $1', [file.id]);
  if (prior[0]?.sha256 !== file.sha256) throw new ConflictError(`file ${file.id} already exists with other content`);
}

export async function getFile(client: SqlClient, id: string): Promise<StoredFile | undefined> {
  const { rows } = await client.query<{ id: string; sha256: string; media_type: string; size: number | string; name: string; created_at: Date | string; bytes: Uint8Array }>(
    `SELECT f.id, f.sha256, f.media_type, f.size, f.name, f.created_at, b.bytes
     FROM case_files f JOIN file_blobs b ON b.sha256 = f.sha256 WHERE f.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id,
    sha256: r.sha256,
    mediaType: r.media_type,
    size: Number(r.size),
    name: r.name,
    bytes: new Uint8Array(r.bytes),
    createdAt: (r.created_at instanceof Date ? r.created_at : new Date(r.created_at)).toISOString(),
  };
}

function check(file: NewFile): void {
  if (!file || typeof file !== 'object') throw new BadRequestError('file: must be an upload');
  if (typeof file.id !== 'string' || file.id === '' || file.id.length > 100) throw new BadRequestError('file.id: must be 1–100 characters');
  if (!(file.bytes instanceof Uint8Array)) throw new BadRequestError('file.bytes: must be bytes');
  if (file.size !== file.bytes.byteLength) throw new BadRequestError(`file.size: ${file.size} is not the ${file.bytes.byteLength} bytes received`);
  const sha = createHash('sha256').update(file.bytes).digest('hex');
  if (file.sha256 !== sha) throw new BadRequestError('file.sha256: does not match the bytes');
  for (const k of ['mediaType', 'name'] as const) {
    if (typeof file[k] !== 'string' || file[k] === '' || file[k].length > 255) throw new BadRequestError(`file.${k}: must be 1–255 characters`);
    jsonText(file[k], `file.${k}`);
  }
}

/** The ids among `ids` that name no stored upload: an application may only cite files it uploaded. */
export async function missingFileIds(client: SqlClient, ids: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const { rows } = await client.query<{ id: string }>('SELECT id FROM case_files WHERE id = ANY($1::text[])', [wanted]);
  const found = new Set(rows.map((r) => r.id));
  return wanted.filter((id) => !found.has(id));
}
