/**
 * `Idempotency-Key` for submissions, recorded in the same transaction as the write it answers, so a
 * retry after a crash or a lost response gets the first answer and never a second case.
 *
 * Semantics (as the IETF draft "The Idempotency-Key HTTP Header Field"):
 * - same scope and key, same request (hash of its canonical JSON), unexpired: the stored status and
 *   body are replayed and nothing is written;
 * - same key, different request: 422 (ValidationError on `Idempotency-Key`) — the client reused a
 *   key, which is its bug, not a race; nothing is written;
 * - two identical requests at once: the second's insert waits on the first's unique key, then
 *   finds the committed record and replays it (had the first rolled back, the second proceeds);
 * - a record expires after its TTL (24 h by default): it is then ignored and overwritten on reuse,
 *   and a periodic purge deletes expired ones in small batches — never the request path;
 * - only answered writes are recorded: a request that fails (4xx, 409, a crash before COMMIT) rolls
 *   its claim back with everything else, so the key stays free for the corrected retry.
 * The recorded body is kept as given until it expires: a submission's answer carries the applicant's
 * query code in clear, which is the price of replaying the first answer (24 h at most).
 */
import { ValidationError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { IdempotencyClaim, IdempotentResponse } from './case-records.js';
import { jsonText } from './case-rows.js';

export const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** Thrown inside a write transaction to roll it back and answer with the recorded response. */
export class IdempotentReplay extends Error {
  constructor(readonly response: IdempotentResponse) {
    super('idempotent replay');
  }
}

interface Row {
  request_hash: string;
  status: number;
  body: unknown;
  created_at: Date | string;
  expires_at: Date | string;
}

const COLUMNS = 'request_hash, status, body, created_at, expires_at';

/**
 * Records `claim` in the caller's transaction, first thing, so a concurrent duplicate queues on it.
 * @throws IdempotentReplay when an unexpired record of the same request exists; ValidationError
 *   when it was for another request.
 */
export async function claimIdempotency(tx: SqlClient, claim: IdempotencyClaim, now: Date): Promise<void> {
  check(claim);
  const ttl = claim.ttlSeconds ?? DEFAULT_IDEMPOTENCY_TTL_SECONDS;
  const expires = new Date(now.getTime() + ttl * 1000);
  const { rows } = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
     ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status,
       body = EXCLUDED.body, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
       WHERE idempotency_keys.expires_at <= EXCLUDED.created_at
     RETURNING scope`,
    [claim.scope, claim.key, claim.requestHash, claim.response.status, jsonText(claim.response.body, 'idempotency.response.body'), now.toISOString(), expires.toISOString()],
  );
  if (rows.length > 0) return;
  const existing = await findIdempotentRecord(tx, claim.scope, claim.key, now);
  if (!existing) throw new Error('idempotency record vanished while locked'); // cannot happen: the conflict row is locked
  if (existing.requestHash !== claim.requestHash) throw reused(claim.key);
  throw new IdempotentReplay(existing);
}

/** The unexpired record under `scope` / `key`, if any. */
export async function findIdempotentRecord(client: SqlClient, scope: string, key: string, now: Date): Promise<IdempotentResponse | undefined> {
  const { rows } = await client.query<Row>(`SELECT ${COLUMNS} FROM idempotency_keys WHERE scope = $1 AND key = $2 AND expires_at > $3`, [scope, key, now.toISOString()]);
  const row = rows[0];
  return row && { requestHash: row.request_hash, status: row.status, body: row.body, createdAt: iso(row.created_at), expiresAt: iso(row.expires_at) };
}

/** Deletes up to `limit` expired records, oldest first; returns how many. */
export async function purgeExpired(client: SqlClient, now: Date, limit: number): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `WITH gone AS (
       DELETE FROM idempotency_keys WHERE (scope, key) IN (
         SELECT scope, key FROM idempotency_keys WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2)
       RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now.toISOString(), limit],
  );
  return rows[0].n;
}

/** The error for a key reused with a different request. */
export function reused(key: string): ValidationError {
  const message = `Idempotency-Key ${JSON.stringify(key)} was already used for a different request`;
  return new ValidationError(message, [{ path: 'Idempotency-Key', message: 'already used for a different request: use a new key' }]);
}

function check(claim: IdempotencyClaim): void {
  const bad = (path: string, message: string) => new ValidationError(`idempotency ${path}: ${message}`, [{ path, message }]);
  for (const k of ['scope', 'key'] as const) {
    if (typeof claim[k] !== 'string' || claim[k].length === 0 || claim[k].length > 200) throw bad(k === 'key' ? 'Idempotency-Key' : 'scope', 'must be 1–200 characters');
  }
  if (typeof claim.requestHash !== 'string' || !/^[0-9a-f]{64}$/.test(claim.requestHash)) throw bad('requestHash', 'must be a hex sha256');
  if (!Number.isInteger(claim.response?.status) || claim.response.status < 100 || claim.response.status > 599) throw bad('response.status', 'must be an HTTP status');
  const ttl = claim.ttlSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1 || ttl > 30 * 24 * 3600)) throw bad('ttlSeconds', 'must be 1 s to 30 days');
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
