/**
 * The CaseStore contract, reads and the applicant's side: list filters and pagination, query codes,
 * uploaded files, the one rating, complaints.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseFilter } from '../../../../runtime/cases/storage/case-records.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../../../schemas/errors.js';
import { caseNo, submitted, synthetic } from './case-fixtures.js';
import { useCaseStore } from './case-store-harness.js';
import type { CaseStoreTarget } from './case-store-targets.js';

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T02:00:00.000Z`;

export function describeCaseReadsContract(target: CaseStoreTarget): void {
  describe('CaseStore contract: reads, query codes, files, ratings, complaints', () => {
    const ctx = useCaseStore(target);

    describe('lists', () => {
      /** Eight cases, received one a day from March 1st; odd ones concluded. */
      async function seed(): Promise<void> {
        await ctx.store.bulkLoad([
          synthetic({ caseNo: caseNo(1), receivedAt: day(1), status: 'granted', concludedAt: day(5), outcome: 'granted', dueDate: '2026-03-10' }),
          synthetic({ caseNo: caseNo(2), receivedAt: day(2), dueDate: '2026-03-03', departmentId: 'dept-b' }),
          synthetic({ caseNo: caseNo(3), receivedAt: day(3), status: 'denied', concludedAt: day(9), outcome: 'denied', matterCode: 'MATTER-B' }),
          synthetic({ caseNo: caseNo(4), receivedAt: day(4), dueDate: '2026-03-20', warnOn: '2026-03-15', matterCode: 'MATTER-B', applicantAccount: 'zhangsan' }),
          synthetic({ caseNo: caseNo(5), receivedAt: day(5), status: 'refused', concludedAt: day(5), outcome: 'refused', departmentId: 'dept-b' }),
          synthetic({ caseNo: caseNo(6), receivedAt: day(6), status: 'submitted', applicantAccount: 'zhangsan' }),
          synthetic({ caseNo: caseNo(7), receivedAt: day(7), status: 'withdrawn', concludedAt: day(8), outcome: 'withdrawn' }),
          synthetic({ caseNo: caseNo(8), receivedAt: day(8), status: 'suspended', dueDate: '2026-03-04', departmentId: 'dept-b' }),
        ]);
      }

      const nos = async (filter: Partial<CaseFilter>) =>
        (await ctx.store.listCases({ page: 1, pageSize: 50, ...filter })).items.map((c) => Number(c.caseNo.slice(-2)));

      it.each<[string, Partial<CaseFilter>, number[]]>([
        ['no filter: newest first', {}, [8, 7, 6, 5, 4, 3, 2, 1]],
        ['one status', { status: 'in_progress' }, [4, 2]],
        ['several statuses', { status: ['granted', 'denied'] }, [3, 1]],
        ['the accepting department', { departmentId: 'dept-b' }, [8, 5, 2]],
        ['the matter', { matterCode: 'MATTER-B' }, [4, 3]],
        ['open cases', { open: true }, [8, 6, 4, 2]],
        ['concluded cases', { open: false }, [7, 5, 3, 1]],
        ['overdue on March 10th', { overdue: true, today: '2026-03-10' }, [8, 2]],
        ['not overdue on March 10th', { overdue: false, today: '2026-03-10' }, [7, 6, 5, 4, 3, 1]],
        ['overdue by the store clock (March 2nd)', { overdue: true }, []],
        ['the warning level on March 16th (live, not the stored mark)', { warning: 'yellow', now: '2026-03-16T09:00:00+08:00' }, [4]],
        ['overdue level on March 16th', { warning: 'red', now: '2026-03-16T09:00:00+08:00' }, [8, 2]],
        ['received in [3rd, 6th)', { receivedFrom: day(3), receivedTo: day(6) }, [5, 4, 3]],
        ['the applicant account', { applicantAccount: 'zhangsan' }, [6, 4]],
        ['all at once', { departmentId: 'dept-a', open: true, receivedFrom: day(4) }, [6, 4]],
      ])('given eight cases, when listed by %s, then exactly the matching ones', async (_, filter, expected) => {
        await seed();
        expect(await nos(filter)).toEqual(expected);
      });

      it('given eight cases, when paged by three, then the pages cover them once and each carries the total', async () => {
        await seed();
        const pages = await Promise.all([1, 2, 3, 4].map((page) => ctx.store.listCases({ page, pageSize: 3 })));
        expect(pages.map((p) => p.items.map((c) => Number(c.caseNo.slice(-2))))).toEqual([[8, 7, 6], [5, 4, 3], [2, 1], []]);
        expect(pages.map((p) => p.total)).toEqual([8, 8, 8, 8]);
        expect(await ctx.store.countCases()).toBe(8);
      });

      it.each<[string, Partial<CaseFilter>]>([
        ['page 0', { page: 0 }],
        ['a page size of 501', { pageSize: 501 }],
        ['an unknown status', { status: 'lost' as never }],
        ['a bad receivedFrom', { receivedFrom: 'yesterday' }],
      ])('given %s, then BadRequestError', async (_, filter) => {
        await expect(ctx.store.listCases({ page: 1, pageSize: 10, ...filter })).rejects.toBeInstanceOf(BadRequestError);
      });

      it('given tasks of two departments, when an inbox is listed, then by department, status and assignee, most urgent first', async () => {
        await ctx.store.bulkLoad([
          synthetic({ caseNo: caseNo(1), tasks: [{ dueDate: '2026-03-09', assignees: ['li'] }, { dueDate: '2026-03-05', departmentId: 'dept-b' }] }),
          synthetic({ caseNo: caseNo(2), tasks: [{ dueDate: '2026-03-04', assignees: ['li', 'wang'] }, { status: 'completed', dueDate: '2026-03-01' }, {}] }),
        ]);
        const ids = async (f: object) => (await ctx.store.listTasks({ page: 1, pageSize: 10, ...f })).items.map((t) => t.id.slice(-5));
        expect(await ids({ departmentId: 'dept-a', status: 'open' })).toEqual(['02-T1', '01-T1', '02-T3']);
        expect(await ids({ assignee: 'li' })).toEqual(['02-T1', '01-T1']);
        expect(await ids({ assignee: 'wang', departmentId: 'dept-a' })).toEqual(['02-T1']);
        expect(await ids({ status: 'completed' })).toEqual(['02-T2']);
        expect(await ctx.store.listTasks({ departmentId: 'dept-a', page: 2, pageSize: 2 })).toMatchObject({ total: 4, items: [{ id: `${caseNo(1)}-T1` }, { id: `${caseNo(2)}-T3` }] });
        expect(await ctx.store.getTask(`${caseNo(1)}-T2`)).toMatchObject({ departmentId: 'dept-b', caseNo: caseNo(1), warning: 'none' });
        expect(await ctx.store.getTask('none')).toBeUndefined();
      });
    });

    describe('query codes', () => {
      it('given a case with a query code, then only that code opens it, typed loosely, and only its hash is stored', async () => {
        await ctx.store.createCase(submitted(caseNo(1), undefined, { queryCode: 'K7QX2M9ATH' }));
        await ctx.store.createCase(submitted(caseNo(2), undefined, { queryCode: 'ZZZZ2M9ATH' }));
        expect(await ctx.store.checkQueryCode(caseNo(1), 'K7QX2M9ATH')).toBe(true);
        expect(await ctx.store.checkQueryCode(caseNo(1), 'k7qx 2m9a-th')).toBe(true);
        expect(await ctx.store.checkQueryCode(caseNo(1), 'K7QX2M9ATJ')).toBe(false);
        expect(await ctx.store.checkQueryCode(caseNo(2), 'K7QX2M9ATH')).toBe(false);
        expect(await ctx.store.checkQueryCode(caseNo(9), 'K7QX2M9ATH')).toBe(false);
        const sql = await ctx.sql();
        const { rows } = await sql.query<{ h: string; doc: string; state: string }>('SELECT query_code_hash AS h, doc::text AS doc, state::text AS state FROM cases WHERE case_no = $1', [caseNo(1)]);
        expect(rows[0].h).toMatch(/^hmac-sha256\$[0-9a-f]{8}\$[0-9a-f]{64}$/);
        expect(JSON.stringify(rows[0])).not.toContain('K7QX2M9ATH');
      });

      it('given codes hashed with the stored pepper, then another instance verifies them and a different pepper does not', async () => {
        await ctx.store.createCase(submitted(caseNo(1), undefined, { queryCode: 'K7QX2M9ATH' }));
        expect(await (await ctx.open()).checkQueryCode(caseNo(1), 'K7QX2M9ATH')).toBe(true);
        const other = await ctx.open({ queryCodePepper: Buffer.alloc(32, 7) });
        expect(await other.checkQueryCode(caseNo(1), 'K7QX2M9ATH')).toBe(false);
      });
    });

    describe('files', () => {
      const bytes = new TextEncoder().encode('%PDF-1.7 营业执照');
      const sha = createHash('sha256').update(bytes).digest('hex');
      const upload = (id: string, over = {}) => ({ id, sha256: sha, mediaType: 'application/pdf', size: bytes.length, name: '营业执照.pdf', bytes, ...over });

      it('given an upload, then it reads back byte for byte; the same content under two ids is stored once', async () => {
        await ctx.store.putFile(upload('f1'));
        await ctx.store.putFile(upload('f2', { name: '副本.pdf' }));
        await ctx.store.putFile(upload('f1'));
        const f = (await ctx.store.getFile('f1'))!;
        expect({ ...f, bytes: Buffer.from(f.bytes).toString() }).toEqual({ ...upload('f1'), bytes: '%PDF-1.7 营业执照', createdAt: '2026-03-02T02:00:00.000Z' });
        expect((await ctx.store.getFile('f2'))!.name).toBe('副本.pdf');
        expect(await ctx.store.getFile('none')).toBeUndefined();
        const sql = await ctx.sql();
        expect((await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM file_blobs')).rows[0].n).toBe(1);
      });

      it.each<[string, object, typeof BadRequestError | typeof ConflictError]>([
        ['a sha256 that is not of the bytes', { sha256: '0'.repeat(64) }, BadRequestError],
        ['a size that is not the byte count', { size: 3 }, BadRequestError],
        ['an id already holding other bytes', { id: 'f1', bytes: new Uint8Array([1]), size: 1, sha256: createHash('sha256').update(new Uint8Array([1])).digest('hex') }, ConflictError],
      ])('given %s, then it is refused', async (_, over, kind) => {
        await ctx.store.putFile(upload('f1'));
        await expect(ctx.store.putFile(upload('f9', over))).rejects.toBeInstanceOf(kind);
        expect(Buffer.from((await ctx.store.getFile('f1'))!.bytes).toString()).toBe('%PDF-1.7 营业执照');
      });
    });

    describe('ratings and complaints', () => {
      const rating = { score: 4, comment: '很快', at: '2026-03-10T02:00:00.000Z' };

      it('given a case, when rated twice, then the first rating stays and the second is a ConflictError', async () => {
        await ctx.store.createCase(submitted(caseNo(1)));
        await ctx.store.rateCase(caseNo(1), rating);
        await expect(ctx.store.rateCase(caseNo(1), { score: 1, at: rating.at })).rejects.toBeInstanceOf(ConflictError);
        expect((await ctx.store.getCase(caseNo(1)))!.case.rating).toEqual(rating);
        expect((await ctx.store.auditOf(caseNo(1))).at(-1)).toMatchObject({ action: 'case.rated', payload: { score: 4, commented: true }, actor: { kind: 'applicant' } });
        await expect(ctx.store.rateCase(caseNo(9), rating)).rejects.toBeInstanceOf(NotFoundError);
        await expect(ctx.store.rateCase(caseNo(1), { score: 6, at: rating.at })).rejects.toBeInstanceOf(BadRequestError);
      });

      it('given two ratings at once from two instances, then exactly one is recorded', async () => {
        await ctx.store.createCase(submitted(caseNo(1)));
        const second = await ctx.open();
        const results = await Promise.allSettled([ctx.store.rateCase(caseNo(1), rating), second.rateCase(caseNo(1), { ...rating, score: 1 })]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect((await ctx.store.auditOf(caseNo(1))).filter((e) => e.action === 'case.rated')).toHaveLength(1);
      });

      it('given complaints, when listed by case, department and time, then newest first; the audit keeps no text or contact', async () => {
        const c = (id: string, d: number, over = {}) => ({ id, text: `投诉${id}`, contact: '13900000000', at: day(d), ...over });
        await ctx.store.addComplaint(c('c1', 3, { caseNo: caseNo(1), departmentId: 'dept-a', matterCode: 'MATTER-A' }));
        await ctx.store.addComplaint(c('c2', 4, { departmentId: 'dept-b' }));
        await ctx.store.addComplaint(c('c3', 5));
        await expect(ctx.store.addComplaint(c('c3', 6))).rejects.toBeInstanceOf(ConflictError);
        const ids = async (f: object) => (await ctx.store.listComplaints({ page: 1, pageSize: 10, ...f })).items.map((x) => x.id);
        expect(await ids({})).toEqual(['c3', 'c2', 'c1']);
        expect(await ids({ caseNo: caseNo(1) })).toEqual(['c1']);
        expect(await ids({ departmentId: 'dept-b' })).toEqual(['c2']);
        expect(await ids({ from: day(4), to: day(5) })).toEqual(['c2']);
        expect((await ctx.store.listComplaints({ page: 1, pageSize: 10 })).items[2]).toEqual(c('c1', 3, { caseNo: caseNo(1), departmentId: 'dept-a', matterCode: 'MATTER-A' }));
        const audit = await ctx.store.auditOf(caseNo(1));
        expect(audit).toHaveLength(1);
        expect(JSON.stringify(audit)).not.toMatch(/投诉|13900000000/);
      });
    });
  });
}
