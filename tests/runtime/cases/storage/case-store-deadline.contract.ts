/**
 * The CaseStore contract, deadline marks: each warning level is raised once, on the right day, by
 * whichever of several concurrent scanners gets there first; writes only ever lower a level.
 *
 * Timeline of the day-by-day test (China dates, March 2026):
 *   task A-T1   warnOn 4th  due 5th   → yellow on the 4th, red on the 6th
 *   case A      warnOn 5th  due 6th   → yellow on the 5th, red on the 7th
 */
import { describe, expect, it } from 'vitest';
import type { DeadlineMark } from '../../../../runtime/cases/storage/case-records.js';
import type { PostgresCaseStore } from '../../../../runtime/cases/storage/postgres-case.store.js';
import { caseNo, clerk, synthetic, type SyntheticCase } from './case-fixtures.js';
import { useCaseStore } from './case-store-harness.js';
import type { CaseStoreTarget } from './case-store-targets.js';

const mark = (m: DeadlineMark) => `${m.target}:${m.taskId ?? m.caseNo}:${m.from}>${m.to}`;

export function describeDeadlineContract(target: CaseStoreTarget): void {
  describe('CaseStore contract: deadline marks', () => {
    const ctx = useCaseStore(target);

    const scan = async (today: string, store: PostgresCaseStore = ctx.store) => (await store.claimDeadlineMarks({ today, limit: 100 })).map(mark);
    const deadlineEvents = async () => {
      const sql = await ctx.sql();
      return (await sql.query<{ action: string; n: number }>(`SELECT action, count(*)::int AS n FROM audit_events WHERE action LIKE 'deadline.%' GROUP BY action ORDER BY action`)).rows;
    };

    it('given a case and its task, when scanned day by day, then each level is raised once, on its day, with one audit event', async () => {
      await ctx.store.createCase(synthetic({ caseNo: caseNo(1), warnOn: '2026-03-05', dueDate: '2026-03-06', tasks: [{ warnOn: '2026-03-04', dueDate: '2026-03-05' }] }));
      const A = caseNo(1);
      expect(await scan('2026-03-03')).toEqual([]);
      expect(await scan('2026-03-04')).toEqual([`task:${A}-T1:none>yellow`]);
      expect(await scan('2026-03-04')).toEqual([]);
      expect(await scan('2026-03-05')).toEqual([`case:${A}:none>yellow`]);
      expect(await scan('2026-03-06')).toEqual([`task:${A}-T1:yellow>red`]);
      expect(await scan('2026-03-07')).toEqual([`case:${A}:yellow>red`]);
      expect(await scan('2026-03-08')).toEqual([]);
      expect((await ctx.store.getCase(A))!.case.warning).toBe('red');
      expect((await ctx.store.getCase(A))!.version).toBe(0);
      expect((await ctx.store.getTask(`${A}-T1`))!.warning).toBe('red');
      expect(await deadlineEvents()).toEqual([{ action: 'deadline.overdue', n: 2 }, { action: 'deadline.warning', n: 2 }]);
      const last = (await ctx.store.auditOf(A)).at(-1)!;
      expect(last).toMatchObject({ action: 'deadline.overdue', actor: { kind: 'system' }, payload: { target: 'case', from: 'yellow', to: 'red', dueDate: '2026-03-06', warnAt: '2026-03-04T16:00:00.000Z', today: '2026-03-07' } });
      expect((await ctx.store.verifyAudit()).ok).toBe(true);
    });

    it('given a stopped clock, a concluded case and a completed task, then none is ever marked; a late one goes straight to red', async () => {
      await ctx.store.bulkLoad([
        synthetic({ caseNo: caseNo(1), dueDate: '2026-03-03' }),
        synthetic({ caseNo: caseNo(2), warnOn: '2026-03-02', dueDate: '2026-03-03', status: 'granted', concludedAt: '2026-03-03T02:00:00Z', outcome: 'granted' }),
        synthetic({ caseNo: caseNo(3), tasks: [{ status: 'completed', warnOn: '2026-03-02', dueDate: '2026-03-03' }] }),
        synthetic({ caseNo: caseNo(4), warnOn: '2026-02-20', dueDate: '2026-02-25' }),
      ]);
      expect(await scan('2026-03-10')).toEqual([`case:${caseNo(4)}:none>red`]);
      expect(await deadlineEvents()).toEqual([{ action: 'deadline.overdue', n: 1 }]);
    });

    it('given more due marks than the limit, then each call takes at most the limit, cases first, until none is left', async () => {
      await ctx.store.bulkLoad([1, 2, 3].map((n) => synthetic({ caseNo: caseNo(n), warnOn: '2026-03-02', dueDate: '2026-03-09', tasks: n === 1 ? [{ warnOn: '2026-03-02', dueDate: '2026-03-09' }, { warnOn: '2026-03-01', dueDate: '2026-03-09' }] : [] })));
      const sizes: string[][] = [];
      for (let i = 0; i < 4; i++) sizes.push((await ctx.store.claimDeadlineMarks({ today: '2026-03-02', limit: 2 })).map((m) => m.target));
      expect(sizes).toEqual([['case', 'case'], ['case', 'task'], ['task'], []]);
    });

    it('given 4 scanners in separate instances and clerks committing meanwhile, then every mark happens exactly once and no clerk is refused', async () => {
      const cases: SyntheticCase[] = Array.from({ length: 40 }, (_, i) => ({
        caseNo: caseNo(i + 1), warnOn: '2026-03-01', dueDate: i % 2 === 0 ? '2026-03-10' : '2026-02-27',
        tasks: [{ warnOn: '2026-03-02', dueDate: i % 3 === 0 ? '2026-03-01' : '2026-03-12' }],
      }));
      await ctx.store.bulkLoad(cases.map(synthetic));
      const scanners = await Promise.all([1, 2, 3, 4].map(() => ctx.open()));
      const clerks = await ctx.open();
      const marked: string[][] = scanners.map(() => []);
      const runScanner = async (s: PostgresCaseStore, k: number) => {
        for (;;) {
          const got = await s.claimDeadlineMarks({ today: '2026-03-02', limit: 3 });
          marked[k].push(...got.map(mark));
          if (got.length === 0) return;
        }
      };
      const runClerks = async () => {
        for (const c of cases.slice(0, 10)) {
          const write = synthetic(c);
          await clerks.commitTransition({ caseNo: c.caseNo, expectedVersion: 0, record: write.record, tasks: [], audit: [{ caseNo: c.caseNo, actor: clerk, action: 'case.noted' }] });
        }
      };
      await Promise.all([...scanners.map(runScanner), runClerks()]);
      const all = marked.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toHaveLength(80);
      expect(all.filter((m) => m.startsWith('case:') && m.endsWith('>red'))).toHaveLength(20);
      expect(all.filter((m) => m.startsWith('task:') && m.endsWith('>red'))).toHaveLength(14);
      expect(await deadlineEvents()).toEqual([{ action: 'deadline.overdue', n: 34 }, { action: 'deadline.warning', n: 46 }]);
      expect((await ctx.store.listCases({ warning: 'none', page: 1, pageSize: 1 })).total).toBe(0);
      expect((await ctx.store.listCases({ page: 1, pageSize: 50 })).items.filter((c) => c.version === 1)).toHaveLength(10);
      if (target.concurrent) expect(marked.filter((m) => m.length > 0).length).toBeGreaterThan(1);
      expect(await ctx.store.verifyAudit()).toMatchObject({ ok: true, checked: 40 + 80 + 10 });
    });

    it('given a red case, when a commit moves its dates later, then the level is lowered; a commit never raises one', async () => {
      await ctx.store.createCase(synthetic({ caseNo: caseNo(1), warnOn: '2026-02-26', dueDate: '2026-02-27' }));
      await ctx.store.createCase(synthetic({ caseNo: caseNo(2), warnOn: '2026-02-26', dueDate: '2026-02-27' }));
      await scan('2026-03-02');
      const keep = synthetic({ caseNo: caseNo(1), warnOn: '2026-02-26', dueDate: '2026-02-27' });
      await ctx.store.commitTransition({ caseNo: caseNo(1), expectedVersion: 0, record: keep.record, tasks: [], audit: [] });
      expect((await ctx.store.getCase(caseNo(1)))!.case.warning).toBe('red');
      const extended = synthetic({ caseNo: caseNo(2), warnOn: '2026-03-02', dueDate: '2026-03-04' });
      await ctx.store.commitTransition({ caseNo: caseNo(2), expectedVersion: 0, record: extended.record, tasks: [], audit: [] });
      expect((await ctx.store.getCase(caseNo(2)))!.case.warning).toBe('yellow');
      const later = synthetic({ caseNo: caseNo(2), warnOn: '2026-03-09', dueDate: '2026-03-11' });
      await ctx.store.commitTransition({ caseNo: caseNo(2), expectedVersion: 1, record: later.record, tasks: [], audit: [] });
      expect((await ctx.store.getCase(caseNo(2)))!.case.warning).toBe('none');
      await ctx.store.createCase(synthetic({ caseNo: caseNo(3), warnOn: '2026-02-01', dueDate: '2026-02-02' }));
      expect((await ctx.store.getCase(caseNo(3)))!.case.warning).toBe('none');
      expect(await scan('2026-03-02')).toEqual([`case:${caseNo(3)}:none>red`]);
    });
  });
}
