/**
 * The audit log as ONE global hash chain: event n stores `prevHash` = hash of event n−1 and
 * `hash = sha256(prevHash + canonicalJson(event without hash))`. Altering an event breaks its own
 * hash; removing one breaks the link of the next (and leaves a gap in `seq`); removing a whole case's
 * events is no different, because the chain runs across cases. Seqs are handed out under the lock
 * of the one-row `audit_head`, so they are gapless (a sequence object would lose values on rollback
 * and a gap would then prove nothing).
 */
import { createHash } from 'node:crypto';
import { BadRequestError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { AuditEvent } from '../../../schemas/types.generated.js';
import type { AuditDraft } from './case-records.js';
import { canonicalJson } from './canonical-json.js';
import { instant, jsonText } from './case-rows.js';

/** prevHash of event 1. */
export const GENESIS_HASH = '0'.repeat(64);

const ACTION = /^[a-z]+(\.[a-z_]+)+$/;
const ACTOR_KINDS = new Set(['account', 'applicant', 'system']);

export interface AuditRow {
  seq: number | string | bigint;
  at: string;
  case_no: string | null;
  actor: AuditEvent['actor'];
  action: string;
  payload: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS = 'seq, at, case_no, actor, action, payload, prev_hash, hash';

/** The hash an event must carry, from its previous hash and its other fields. */
export function auditHash(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(event.prevHash).update(canonicalJson(event)).digest('hex');
}

/** The event a stored row holds, field for field as it was hashed (absent fields stay absent). */
export function eventOfRow(row: AuditRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    ...(row.case_no === null ? {} : { caseNo: row.case_no }),
    actor: row.actor,
    action: row.action,
    ...(row.payload === null ? {} : { payload: row.payload }),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends `drafts` to the chain inside the caller's transaction, and returns the events written.
 * Call it last in a transaction: the head stays locked until COMMIT, so the shorter the rest of the
 * transaction after it, the less other writers wait.
 * 1. check every draft (before taking the lock);
 * 2. lock the head row (`FOR UPDATE`): concurrent appenders queue here, one at a time;
 * 3. number and chain the events in memory, from the head's seq and hash;
 * 4. insert them in one statement and move the head to the last one.
 */
export async function appendAudit(tx: SqlClient, drafts: readonly AuditDraft[], now: Date): Promise<AuditEvent[]> {
  if (drafts.length === 0) return [];
  const fallbackAt = now.toISOString();
  const prepared = drafts.map((d, i) => prepare(d, i, fallbackAt)); // 1
  const { rows } = await tx.query<{ seq: number | string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE'); // 2
  if (rows.length === 0) throw new Error('audit_head is missing: the case migrations did not run');
  let seq = Number(rows[0].seq);
  let prevHash = rows[0].hash;
  const events: AuditEvent[] = prepared.map((p) => { // 3
    const entry = { ...p, seq: ++seq, prevHash };
    const event = { ...entry, hash: auditHash(entry) };
    prevHash = event.hash;
    return event;
  });
  const records = events.map((e) => ({ seq: e.seq, at: e.at, case_no: e.caseNo ?? null, actor: e.actor, action: e.action, payload: e.payload ?? null, prev_hash: e.prevHash, hash: e.hash }));
  await tx.query( // 4
    `INSERT INTO audit_events (${AUDIT_COLUMNS})
     SELECT ${AUDIT_COLUMNS} FROM jsonb_to_recordset($1::jsonb)
       AS r(seq bigint, at text, case_no text, actor jsonb, action text, payload jsonb, prev_hash text, hash text)`,
    [jsonText(records, 'audit')],
  );
  await tx.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [seq, prevHash]);
  return events;
}

/** A draft checked and reduced to exactly the fields that are hashed. */
function prepare(d: AuditDraft, i: number, fallbackAt: string): Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'> {
  const field = `audit[${i}]`;
  if (!d || typeof d !== 'object') throw new BadRequestError(`${field}: must be an audit entry`);
  if (typeof d.action !== 'string' || !ACTION.test(d.action)) throw new BadRequestError(`${field}.action: must be dot-namespaced like case.created, got ${JSON.stringify(d.action)}`);
  const actor = d.actor;
  if (!actor || !ACTOR_KINDS.has(actor.kind)) throw new BadRequestError(`${field}.actor.kind: must be account, applicant or system`);
  for (const k of ['username', 'role', 'departmentId'] as const) {
    if (actor[k] !== undefined && typeof actor[k] !== 'string') throw new BadRequestError(`${field}.actor.${k}: must be a string`);
  }
  if (d.caseNo !== undefined && (typeof d.caseNo !== 'string' || d.caseNo === '')) throw new BadRequestError(`${field}.caseNo: must be a case number`);
  if (d.payload !== undefined && (d.payload === null || typeof d.payload !== 'object' || Array.isArray(d.payload))) throw new BadRequestError(`${field}.payload: must be an object`);
  if (d.at !== undefined) instant(d.at, `${field}.at`);
  // Round-trip through JSON so what is hashed now is exactly what verification will read back.
  const plain = JSON.parse(jsonText({ actor: pick(actor), payload: d.payload }, field)) as Pick<AuditEvent, 'actor' | 'payload'>;
  return {
    at: d.at ?? fallbackAt,
    ...(d.caseNo === undefined ? {} : { caseNo: d.caseNo }),
    actor: plain.actor,
    action: d.action,
    ...(plain.payload === undefined ? {} : { payload: plain.payload }),
  };
}

function pick(actor: AuditEvent['actor']): AuditEvent['actor'] {
  return {
    kind: actor.kind,
    ...(actor.username === undefined ? {} : { username: actor.username }),
    ...(actor.role === undefined ? {} : { role: actor.role }),
    ...(actor.departmentId === undefined ? {} : { departmentId: actor.departmentId }),
  };
}
