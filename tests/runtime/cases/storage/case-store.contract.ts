/**
 * The CaseStore contract, writes: engine transitions persisted with optimistic versions, the 409
 * race, validation before anything is written, and idempotent submissions. Run on every target by
 * case-store.test.ts; each test starts from an empty schema.
 */
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../../runtime/cases/storage/canonical-json.js';
import type { CreateCase } from '../../../../runtime/cases/storage/case-records.js';
import { BadRequestError, ConflictError, NotFoundError, ValidationError } from '../../../../schemas/errors.js';
import { act, caseNo, clerk, commitOf, submitted } from './case-fixtures.js';
import { useCaseStore } from './case-store-harness.js';
import type { CaseStoreTarget } from './case-store-targets.js';

const ACCEPT_AT = '2026-03-03T02:00:00.000Z';

export function describeCaseWritesContract(target: CaseStoreTarget): void {
  describe('CaseStore contract: writes', () => {
    const ctx = useCaseStore(target);

    async function storedAfterSubmit(no = caseNo(1)) {
      await ctx.store.createCase(submitted(no));
      return (await ctx.store.getCase(no))!;
    }

    async function auditCount(): Promise<number> {
      const sql = await ctx.sql();
      return (await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).rows[0].n;
    }

    it('given a submitted case, when created, then it reads back with its state, open task and audit event', async () => {
      const input = submitted(caseNo(1));
      expect(await ctx.store.createCase(input)).toEqual({ replayed: false, version: 0 });
      const stored = (await ctx.store.getCase(caseNo(1)))!;
      expect(stored.case).toEqual({ ...input.record.case, version: 0, warning: 'none' });
      expect(stored.state).toEqual(input.record.state);
      expect(stored.version).toBe(0);
      const inbox = await ctx.store.listTasks({ departmentId: 'dept-a', status: 'open', page: 1, pageSize: 10 });
      expect(inbox.items.map((t) => [t.nodeId, t.caseNo, t.warning])).toEqual([['accept', caseNo(1), 'none']]);
      expect((await ctx.store.auditOf(caseNo(1))).map((e) => [e.seq, e.action])).toEqual([[1, 'case.created']]);
    });

    it('given a stored case, when the accept transition is committed, then version 1, tasks moved, and a new instance reads the same', async () => {
      const stored = await storedAfterSubmit();
      const accepted = act(stored, { type: 'accept' }, ACCEPT_AT);
      expect(await ctx.store.commitTransition(commitOf(stored, accepted))).toEqual({ replayed: false, version: 1 });
      const other = await ctx.open();
      const after = (await other.getCase(caseNo(1)))!;
      expect(after.version).toBe(1);
      expect(after.case).toMatchObject({ status: 'in_progress', version: 1, acceptedAt: ACCEPT_AT });
      expect(after.state).toEqual(accepted.state);
      const tasks = await other.listTasks({ caseNo: caseNo(1), page: 1, pageSize: 10 });
      expect(tasks.items.map((t) => [t.nodeId, t.status, t.version]).sort()).toEqual([['accept', 'completed', 1], ['review', 'open', 0]]);
      expect((await other.auditOf(caseNo(1))).map((e) => e.action)).toEqual(['case.created', 'case.transitioned']);
    });

    it('given a stale expected version, when committed, then ConflictError and nothing is written', async () => {
      const stored = await storedAfterSubmit();
      await ctx.store.commitTransition(commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT)));
      const stale = commitOf(stored, act(stored, { type: 'refuse', reasons: '材料不符' }, ACCEPT_AT));
      await expect(ctx.store.commitTransition(stale)).rejects.toBeInstanceOf(ConflictError);
      expect((await ctx.store.getCase(caseNo(1)))!.case).toMatchObject({ status: 'in_progress', version: 1 });
      expect(await auditCount()).toBe(2);
    });

    it('given two clerks committing on the same version at once, then exactly one wins and the other gets a ConflictError', async () => {
      const stored = await storedAfterSubmit();
      const second = await ctx.open(); // another server instance
      const accept = commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT), 'task.completed', clerk);
      const refuse = commitOf(stored, act(stored, { type: 'refuse', reasons: '不属于本机关职权' }, ACCEPT_AT), 'task.completed', { ...clerk, username: 'wang' });
      const results = await Promise.allSettled([ctx.store.commitTransition(accept), second.commitTransition(refuse)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(ConflictError);
      const after = (await ctx.store.getCase(caseNo(1)))!;
      expect(after.version).toBe(1);
      expect(['in_progress', 'refused']).toContain(after.case.status);
      expect((await ctx.store.auditOf(caseNo(1))).filter((e) => e.action === 'task.completed')).toHaveLength(1);
    });

    it('given two commits that write no task, on the same version at once, then the case version alone lets exactly one win', async () => {
      const stored = await storedAfterSubmit();
      const second = await ctx.open();
      const note = (text: string) => ({ ...commitOf(stored, { state: { ...stored.state, version: 1 }, effects: [] }, 'case.noted'), tasks: [], audit: [{ caseNo: caseNo(1), actor: clerk, action: 'case.noted', payload: { text } }] });
      const results = await Promise.allSettled([ctx.store.commitTransition(note('一')), second.commitTransition(note('二'))]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((await ctx.store.getCase(caseNo(1)))!.version).toBe(1);
      expect((await ctx.store.auditOf(caseNo(1))).filter((e) => e.action === 'case.noted')).toHaveLength(1);
      await expect(ctx.store.commitTransition(note('三'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('given a task changed behind the service, when a commit expects its old version, then ConflictError and the case is not written either', async () => {
      const stored = await storedAfterSubmit();
      const commit = commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT));
      const sql = await ctx.sql();
      await sql.query(`UPDATE case_tasks SET version = version + 5 WHERE case_no = $1`, [caseNo(1)]);
      await expect(ctx.store.commitTransition(commit)).rejects.toThrow(/task .* changed since version 0/);
      expect((await ctx.store.getCase(caseNo(1)))!.version).toBe(0);
      expect(await auditCount()).toBe(1);
    });

    it('given an existing case number or task id, when created again, then ConflictError and nothing of the second is written', async () => {
      await ctx.store.createCase(submitted(caseNo(1)));
      await expect(ctx.store.createCase(submitted(caseNo(1), '2026-03-05T02:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      const clash = submitted(caseNo(2));
      clash.tasks = [{ task: { ...submitted(caseNo(1)).tasks[0].task, caseNo: caseNo(2) } }];
      await expect(ctx.store.createCase(clash)).rejects.toThrow(/already exists/);
      expect(await ctx.store.getCase(caseNo(2))).toBeUndefined();
      expect((await ctx.store.getCase(caseNo(1)))!.case.receivedAt).toBe('2026-03-02T02:00:00.000Z');
      expect(await ctx.store.countCases()).toBe(1);
      expect(await auditCount()).toBe(1);
    });

    it('given no such case, when a transition is committed, then NotFoundError', async () => {
      const stored = await storedAfterSubmit();
      const commit = commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT));
      const elsewhere = { ...commit, caseNo: caseNo(9), record: { ...commit.record, case: { ...commit.record.case, caseNo: caseNo(9) } }, tasks: [] };
      await expect(ctx.store.commitTransition(elsewhere)).rejects.toBeInstanceOf(NotFoundError);
    });

    it.each<[string, (c: CreateCase) => void, RegExp]>([
      ['a due date that is not a date', (c) => void (c.record.case.dueDate = '2026-02-30'), /record\.case\.dueDate/],
      ['a zone-less receipt time', (c) => void (c.record.case.receivedAt = '2026-03-02 10:00'), /record\.case\.receivedAt/],
      ['a NUL character in the form data', (c) => void (c.record.case.data = { name: 'a\u0000b' }), /NUL/],
      ['an audit action that is not dot-namespaced', (c) => void (c.audit[0].action = 'Created'), /audit\[0\]\.action/],
      ['a task that names another case', (c) => void (c.tasks[0].task.caseNo = caseNo(7)), /tasks\[0\]\.task\.caseNo/],
      ['a task id written twice', (c) => void c.tasks.push(c.tasks[0]), /written twice/],
    ])('given %s, when created, then BadRequestError naming it and nothing is written', async (_, spoil, message) => {
      const input = submitted(caseNo(1));
      spoil(input);
      const error = await ctx.store.createCase(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as Error).message).toMatch(message);
      expect(await ctx.store.countCases()).toBe(0);
      expect(await auditCount()).toBe(0);
    });

    it('given the service puts warning, rating and another version in the document, then the store keeps its own', async () => {
      const input = submitted(caseNo(1));
      input.record.case = { ...input.record.case, warning: 'red', rating: { score: 5, at: ACCEPT_AT }, version: 0 };
      await ctx.store.createCase(input);
      const stored = (await ctx.store.getCase(caseNo(1)))!;
      expect(stored.case.warning).toBe('none');
      expect(stored.case.rating).toBeUndefined();
      const next = commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT));
      next.record.case = { ...next.record.case, version: 77 };
      await ctx.store.commitTransition(next);
      expect((await ctx.store.getCase(caseNo(1)))!.case.version).toBe(1);
    });

    describe('idempotent submissions', () => {
      const claim = (body: unknown, key = 'key-1') => ({ scope: 'case.submit:client-1', key, requestHash: canonicalHash(body), response: { status: 201, body: { caseNo: caseNo(1) } } });

      it('given a submission with a key, when retried with the same request, then the first answer comes back and one case exists', async () => {
        const request = { matter: 'ENGINE-TEST-1', data: { amount: 5 } };
        expect(await ctx.store.createCase(submitted(caseNo(1), undefined, { idempotency: claim(request) }))).toEqual({ replayed: false, version: 0 });
        const retry = await ctx.store.createCase(submitted(caseNo(2), undefined, { idempotency: { ...claim({ data: { amount: 5 }, matter: 'ENGINE-TEST-1' }), response: { status: 201, body: { caseNo: caseNo(2) } } } }));
        expect(retry).toMatchObject({ replayed: true, response: { status: 201, body: { caseNo: caseNo(1) }, requestHash: canonicalHash(request) } });
        expect(await ctx.store.countCases()).toBe(1);
        expect(await ctx.store.findIdempotent('case.submit:client-1', 'key-1')).toMatchObject({ status: 201, body: { caseNo: caseNo(1) } });
        expect(await ctx.store.findIdempotent('case.submit:client-2', 'key-1')).toBeUndefined();
      });

      it('given a used key, when sent with a different request, then 422 and nothing is written', async () => {
        await ctx.store.createCase(submitted(caseNo(1), undefined, { idempotency: claim({ amount: 5 }) }));
        const error = await ctx.store.createCase(submitted(caseNo(2), undefined, { idempotency: claim({ amount: 6 }) })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).status).toBe(422);
        expect(await ctx.store.getCase(caseNo(2))).toBeUndefined();
      });

      it('given two identical submissions at once, then one is written and the other replays it', async () => {
        const second = await ctx.open();
        const results = await Promise.all([
          ctx.store.createCase(submitted(caseNo(1), undefined, { idempotency: claim({ amount: 5 }) })),
          second.createCase(submitted(caseNo(2), undefined, { idempotency: claim({ amount: 5 }) })),
        ]);
        expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
        expect(await ctx.store.countCases()).toBe(1);
      });

      it('given a key past its time to live, then it is forgotten, reusable, and purged in batches', async () => {
        await ctx.store.createCase(submitted(caseNo(1), undefined, { idempotency: { ...claim({ amount: 5 }), ttlSeconds: 3600 } }));
        await ctx.store.createCase(submitted(caseNo(2), undefined, { idempotency: { ...claim({ amount: 5 }, 'key-2'), ttlSeconds: 3600 } }));
        ctx.setNow('2026-03-02T03:00:00.001Z');
        expect(await ctx.store.findIdempotent('case.submit:client-1', 'key-1')).toBeUndefined();
        const reuse = await ctx.store.createCase(submitted(caseNo(3), undefined, { idempotency: claim({ other: true }) }));
        expect(reuse.replayed).toBe(false);
        expect(await ctx.store.purgeExpiredIdempotency(10)).toBe(1); // key-2; key-1 was renewed by the reuse
        expect(await ctx.store.purgeExpiredIdempotency(10)).toBe(0);
        expect(await ctx.store.findIdempotent('case.submit:client-1', 'key-1')).toMatchObject({ requestHash: canonicalHash({ other: true }) });
      });

      it('given expired keys and a table that grew, when maintained, then keys are purged and the table analyzed; a second run has nothing to do', async () => {
        await ctx.store.createCase(submitted(caseNo(1), undefined, { idempotency: { ...claim({ amount: 5 }), ttlSeconds: 60 } }));
        await ctx.store.bulkLoad(Array.from({ length: 300 }, (_, i) => submitted(caseNo(i + 2))));
        ctx.setNow('2026-03-02T02:01:00.000Z');
        const first = await ctx.store.maintain();
        expect(first.purged).toBe(1);
        expect(first.analyzed).toEqual(expect.arrayContaining(['audit_events', 'case_tasks', 'cases']));
        expect(await ctx.store.maintain()).toEqual({ purged: 0, analyzed: [] });
      });

      it('given a replayed commit, then the transition is not applied twice', async () => {
        const stored = await storedAfterSubmit();
        const commit = { ...commitOf(stored, act(stored, { type: 'accept' }, ACCEPT_AT)), idempotency: claim({ accept: true }, 'accept-1') };
        expect(await ctx.store.commitTransition(commit)).toEqual({ replayed: false, version: 1 });
        expect(await ctx.store.commitTransition(commit)).toMatchObject({ replayed: true });
        expect((await ctx.store.getCase(caseNo(1)))!.version).toBe(1);
      });
    });
  });
}
