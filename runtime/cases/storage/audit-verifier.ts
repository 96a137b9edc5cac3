/**
 * Verifies the audit chain (audit-chain.ts) by streaming it in seq order, one batch per query, so
 * 100,000 events (or 100 million) verify in constant memory and without a long-running transaction.
 */
import { BadRequestError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { AUDIT_COLUMNS, GENESIS_HASH, auditHash, eventOfRow, type AuditRow } from './audit-chain.js';
import type { AuditVerification } from './case-records.js';

/**
 * 1. read the head once: the chain is verified up to it (events appended meanwhile are left for the
 *    next run; head and events commit together, so every seq up to it is visible);
 * 2. find the hash the first checked event must link to: genesis, or the stored hash of `from − 1`;
 * 3. page by keyset (`seq > last`), and for each event check, in order: it is the seq expected (a
 *    gap means deleted events), it links to the previous hash, its hash is the recomputed one;
 * 4. at the end, the last event must be the head: seq and hash (events deleted at the tail).
 */
export async function verifyAuditChain(client: SqlClient, options: { from?: number; batch?: number } = {}): Promise<AuditVerification> {
  const from = options.from ?? 1;
  const batch = options.batch ?? 1000;
  if (!Number.isSafeInteger(from) || from < 1) throw new BadRequestError('from: must be a seq ≥ 1');
  if (!Number.isSafeInteger(batch) || batch < 1 || batch > 100_000) throw new BadRequestError('batch: must be 1–100000');

  const headRow = (await client.query<{ seq: number | string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1')).rows[0]; // 1
  const head = { seq: Number(headRow.seq), hash: headRow.hash };
  let checked = 0;
  const result = (broken?: { seq: number; reason: string }): AuditVerification => ({ ok: !broken, checked, head, ...(broken ? { broken } : {}) });
  if (from > head.seq) return result(head.seq === 0 && head.hash !== GENESIS_HASH ? { seq: 0, reason: 'the empty chain head has a hash' } : undefined);

  let prevHash = GENESIS_HASH; // 2
  if (from > 1) {
    const prev = (await client.query<{ hash: string }>('SELECT hash FROM audit_events WHERE seq = $1', [from - 1])).rows[0];
    if (!prev) return result({ seq: from - 1, reason: 'event missing' });
    prevHash = prev.hash;
  }

  let expected = from;
  for (;;) {
    const { rows } = await client.query<AuditRow>( // 3
      `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq >= $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
      [expected, head.seq, batch],
    );
    for (const row of rows) {
      const event = eventOfRow(row);
      if (event.seq !== expected) return result({ seq: expected, reason: `event missing (next stored is ${event.seq})` });
      if (event.prevHash !== prevHash) return result({ seq: event.seq, reason: 'prevHash does not match the previous event' });
      const { hash, ...entry } = event;
      if (auditHash(entry) !== hash) return result({ seq: event.seq, reason: 'hash does not match the content' });
      checked += 1;
      prevHash = hash;
      expected += 1;
    }
    if (rows.length < batch || expected > head.seq) break;
  }
  if (expected <= head.seq) return result({ seq: expected, reason: `event missing (the chain head is at ${head.seq})` }); // 4
  if (prevHash !== head.hash) return result({ seq: head.seq, reason: 'the chain head hash does not match the last event' });
  return result();
}
