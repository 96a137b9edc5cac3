/**
 * The CaseStore contract, audit: one global hash chain that concurrent writers extend without gaps,
 * that verifies in batches, and that reports the first seq of any tampering done behind the store
 * (the append-only trigger disabled first, as an intruder with DDL rights would).
 */
import { describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../../catalog/storage/sql-client.js';
import { auditHash, GENESIS_HASH } from '../../../../runtime/cases/storage/audit-chain.js';
import { verifyAuditChain } from '../../../../runtime/cases/storage/audit-verifier.js';
import type { AuditDraft } from '../../../../runtime/cases/storage/case-records.js';
import { BadRequestError } from '../../../../schemas/errors.js';
import { caseNo, clerk } from './case-fixtures.js';
import { useCaseStore } from './case-store-harness.js';
import type { CaseStoreTarget } from './case-store-targets.js';

const event = (n: number, i: number): AuditDraft => ({ caseNo: caseNo(n), actor: clerk, action: 'task.completed', payload: { i, note: `第${i}步`, nested: { b: [1, 2.5, null], a: true } } });

export function describeAuditContract(target: CaseStoreTarget): void {
  describe('CaseStore contract: audit chain', () => {
    const ctx = useCaseStore(target);

    /** Seven events: cases 1, 2, 3 interleaved (seq 1–7 → cases 1 2 3 1 2 3 1). */
    async function seven(): Promise<SqlClient> {
      for (let i = 0; i < 7; i++) await ctx.store.appendAudit([event((i % 3) + 1, i)]);
      const sql = await ctx.sql();
      await sql.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      return sql;
    }

    it('given events of several cases, then each links to the one before and hashes its canonical content', async () => {
      await ctx.store.appendAudit([event(1, 0), event(2, 1)]);
      await ctx.store.appendAudit([{ ...event(1, 2), at: '2026-03-02T10:00:00+08:00' }, { actor: { kind: 'system' }, action: 'audit.exported' }]);
      const one = await ctx.store.auditOf(caseNo(1));
      expect(one.map((e) => [e.seq, e.at])).toEqual([[1, '2026-03-02T02:00:00.000Z'], [3, '2026-03-02T10:00:00+08:00']]);
      const sql = await ctx.sql();
      const all = (await sql.query<{ seq: number; prev_hash: string; hash: string }>('SELECT seq::int AS seq, prev_hash, hash FROM audit_events ORDER BY seq')).rows;
      expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(all[0].prev_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < all.length; i++) expect(all[i].prev_hash).toBe(all[i - 1].hash);
      const { hash, ...entry } = one[1];
      expect(auditHash(entry)).toBe(hash);
      expect(await ctx.store.verifyAudit()).toEqual({ ok: true, checked: 4, head: { seq: 4, hash: all[3].hash } });
    });

    it('given four instances appending at once, then the chain has every event once, gapless, and verifies', async () => {
      const stores = [ctx.store, ...(await Promise.all([1, 2, 3].map(() => ctx.open())))];
      await Promise.all(stores.map(async (s, n) => {
        for (let i = 0; i < 10; i++) await s.appendAudit([event(n + 1, i), event(n + 1, i + 100)]);
      }));
      const result = await ctx.store.verifyAudit({ batch: 7 });
      expect(result).toMatchObject({ ok: true, checked: 80, head: { seq: 80 } });
      expect((await ctx.store.auditOf(caseNo(3))).map((e) => e.payload!.i)).toEqual([...Array(10).keys()].flatMap((i) => [i, i + 100]));
    });

    it('given the append-only trigger, then UPDATE and DELETE of events are refused', async () => {
      await ctx.store.appendAudit([event(1, 0)]);
      const sql = await ctx.sql();
      await expect(sql.query(`UPDATE audit_events SET action = 'case.deleted'`)).rejects.toThrow(/append-only/);
      await expect(sql.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    });

    it.each<[string, string, { seq: number; checked: number; reason: RegExp }]>([
      ['a payload edited in place', `UPDATE audit_events SET payload = jsonb_set(payload, '{note}', '"改过"') WHERE seq = 4`, { seq: 4, checked: 3, reason: /hash does not match/ }],
      ['an actor edited in place', `UPDATE audit_events SET actor = '{"kind":"system"}' WHERE seq = 6`, { seq: 6, checked: 5, reason: /hash does not match/ }],
      ['an event deleted', 'DELETE FROM audit_events WHERE seq = 3', { seq: 3, checked: 2, reason: /missing/ }],
      ['every event of case 2 deleted', `DELETE FROM audit_events WHERE case_no = '${caseNo(2)}'`, { seq: 2, checked: 1, reason: /missing/ }],
      ['the last event deleted', 'DELETE FROM audit_events WHERE seq = 7', { seq: 7, checked: 6, reason: /missing/ }],
      ['a stored hash overwritten', `UPDATE audit_events SET hash = repeat('a', 64) WHERE seq = 5`, { seq: 5, checked: 4, reason: /hash does not match/ }],
      ['the head moved back over a deleted tail', `DELETE FROM audit_events WHERE seq = 7; UPDATE audit_head SET seq = 6`, { seq: 6, checked: 6, reason: /head hash/ }],
    ])('given %s behind the store, then verification reports that seq', async (_, tamper, broken) => {
      const sql = await seven();
      expect((await ctx.store.verifyAudit()).ok).toBe(true);
      await sql.query(tamper);
      const result = await ctx.store.verifyAudit({ batch: 2 });
      expect(result.ok).toBe(false);
      expect(result.broken!.seq).toBe(broken.seq);
      expect(result.checked).toBe(broken.checked);
      expect(result.broken!.reason).toMatch(broken.reason);
    });

    it('given an event rewritten with a valid hash of its new content, then the next event no longer links to it', async () => {
      const sql = await seven();
      const [e4] = (await ctx.store.auditOf(caseNo(1))).filter((e) => e.seq === 4);
      const forged = { ...e4, payload: { ...e4.payload, note: '伪造' } };
      const { hash: _old, ...entry } = forged;
      await sql.query('UPDATE audit_events SET payload = $1::jsonb, hash = $2 WHERE seq = 4', [JSON.stringify(forged.payload), auditHash(entry)]);
      expect((await ctx.store.verifyAudit()).broken).toEqual({ seq: 5, reason: 'prevHash does not match the previous event' });
    });

    it('given a start seq, then verification checks from there on', async () => {
      const sql = await seven();
      await sql.query(`UPDATE audit_events SET payload = '{}' WHERE seq = 2`);
      expect((await ctx.store.verifyAudit({ from: 3, batch: 2 }))).toMatchObject({ ok: true, checked: 5 });
      expect((await ctx.store.verifyAudit({ from: 1 })).broken?.seq).toBe(2);
      expect(await ctx.store.verifyAudit({ from: 8 })).toMatchObject({ ok: true, checked: 0 });
      await expect(ctx.store.verifyAudit({ from: 0 })).rejects.toBeInstanceOf(BadRequestError);
    });

    it('given 5,000 events, when verified in batches of 500, then no query returns more than a batch', async () => {
      for (let b = 0; b < 5; b++) await ctx.store.appendAudit(Array.from({ length: 1000 }, (_, i) => event(i % 50, b * 1000 + i)));
      const sql = await ctx.sql();
      const sizes: number[] = [];
      const spy: SqlClient = {
        kind: sql.kind,
        async query<R>(q: string, p?: unknown[]) {
          const result = await sql.query<R>(q, p);
          sizes.push(result.rows.length);
          return result;
        },
        transaction: (fn) => sql.transaction(fn),
        close: () => sql.close(),
      };
      expect(await verifyAuditChain(spy, { batch: 500 })).toMatchObject({ ok: true, checked: 5000 });
      expect(Math.max(...sizes)).toBe(500);
      expect(sizes.length).toBeGreaterThanOrEqual(10);
    });

    it.each<[string, Partial<AuditDraft>]>([
      ['an action without a namespace', { action: 'completed' }],
      ['an unknown actor kind', { actor: { kind: 'robot' as never } }],
      ['a payload that is a list', { payload: [1] as never }],
      ['a time without a zone', { at: '2026-03-02 10:00' }],
    ])('given %s, then BadRequestError and the chain is unchanged', async (_, over) => {
      await expect(ctx.store.appendAudit([event(1, 0), { ...event(1, 1), ...over }])).rejects.toBeInstanceOf(BadRequestError);
      expect((await ctx.store.verifyAudit()).head.seq).toBe(0);
    });
  });
}
