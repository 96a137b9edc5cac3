/**
 * The CaseStore contract, supervision figures on a small known dataset (March 2026, China time):
 *
 *   case  dept    matter    status        due     concluded (China)   days used/promised  rating
 *   1     dept-a  MATTER-A  granted       03-10   03-09 (on time)     5/10                5
 *   2     dept-a  MATTER-A  denied        03-10   03-11 (late)        12/10               2
 *   3     dept-a  MATTER-B  in_progress   03-20   —  yellow
 *   4     dept-b  MATTER-B  in_progress   03-10   —  red
 *   5     dept-b  MATTER-B  refused       —       03-02 (untimed)     —                   4
 *   6     dept-b  MATTER-A  granted       03-20   03-21 00:30 (late; 03-20 in UTC)  11/10
 *   7     dept-a  MATTER-A  submitted, received 02-28 23:59:59 China: outside the window
 *   8     dept-a  MATTER-A  submitted, received 03-01 00:00:00 China: inside
 *   complaints: dept-a/MATTER-A, dept-b, dept-c (no cases), and one in February (outside)
 */
import { describe, expect, it } from 'vitest';
import type { SupervisionFigures } from '../../../../runtime/cases/storage/supervision-stats.js';
import { BadRequestError } from '../../../../schemas/errors.js';
import { caseNo, synthetic } from './case-fixtures.js';
import { useCaseStore } from './case-store-harness.js';
import type { CaseStoreTarget } from './case-store-targets.js';

/** Warning levels are read on March 15th, the day the marks were scanned. */
const WINDOW = { from: '2026-03-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00', now: '2026-03-15T09:00:00+08:00' };
const zeroStatus = { submitted: 0, supplement_requested: 0, refused: 0, in_progress: 0, suspended: 0, granted: 0, denied: 0, withdrawn: 0 };

export function describeStatsContract(target: CaseStoreTarget): void {
  describe('CaseStore contract: supervision figures', () => {
    const ctx = useCaseStore(target);

    async function seed(): Promise<void> {
      const r = (d: string) => `2026-03-${d}T02:00:00.000Z`;
      await ctx.store.bulkLoad([
        synthetic({ caseNo: caseNo(1), receivedAt: r('02'), status: 'granted', outcome: 'granted', dueDate: '2026-03-10', concludedAt: r('09'), conclusion: { workingDaysUsed: 5, promisedDays: 10 } }),
        synthetic({ caseNo: caseNo(2), receivedAt: r('02'), status: 'denied', outcome: 'denied', dueDate: '2026-03-10', concludedAt: r('11'), conclusion: { workingDaysUsed: 12, promisedDays: 10 } }),
        synthetic({ caseNo: caseNo(3), receivedAt: r('03'), matterCode: 'MATTER-B', warnOn: '2026-03-10', dueDate: '2026-03-20' }),
        synthetic({ caseNo: caseNo(4), receivedAt: r('03'), departmentId: 'dept-b', matterCode: 'MATTER-B', warnOn: '2026-03-05', dueDate: '2026-03-10' }),
        synthetic({ caseNo: caseNo(5), receivedAt: r('02'), departmentId: 'dept-b', matterCode: 'MATTER-B', status: 'refused', outcome: 'refused', concludedAt: r('02') }),
        synthetic({ caseNo: caseNo(6), receivedAt: r('04'), departmentId: 'dept-b', status: 'granted', outcome: 'granted', dueDate: '2026-03-20', concludedAt: '2026-03-20T16:30:00Z', conclusion: { workingDaysUsed: 11, promisedDays: 10 } }),
        synthetic({ caseNo: caseNo(7), receivedAt: '2026-02-28T15:59:59Z', status: 'submitted' }),
        synthetic({ caseNo: caseNo(8), receivedAt: '2026-02-28T16:00:00Z', status: 'submitted' }),
      ]);
      await ctx.store.claimDeadlineMarks({ today: '2026-03-15', limit: 10 });
      for (const [n, score] of [[1, 5], [2, 2], [5, 4]]) await ctx.store.rateCase(caseNo(n), { score, at: '2026-03-21T02:00:00Z' });
      const complaint = (id: string, at: string, over = {}) => ctx.store.addComplaint({ id, text: '等待时间过长', contact: '13900000000', at, ...over });
      await complaint('c1', '2026-03-05T02:00:00Z', { departmentId: 'dept-a', matterCode: 'MATTER-A', caseNo: caseNo(2) });
      await complaint('c2', '2026-03-06T02:00:00Z', { departmentId: 'dept-b' });
      await complaint('c3', '2026-03-07T02:00:00Z', { departmentId: 'dept-c' });
      await complaint('c4', '2026-02-20T02:00:00Z', { departmentId: 'dept-a' });
    }

    it('given the dataset, when March is asked for, then the overall figures are exact', async () => {
      await seed();
      const stats = await ctx.store.supervisionStats(WINDOW);
      expect(stats.total).toEqual<SupervisionFigures>({
        cases: 7,
        byStatus: { ...zeroStatus, granted: 2, denied: 1, in_progress: 2, refused: 1, submitted: 1 },
        open: 3, warnings: 1, overdue: 1, concluded: 4, timed: 3, onTime: 1, onTimeRate: 1 / 3,
        avgWorkingDaysUsed: 28 / 3, avgPromisedDays: 10,
        satisfaction: { count: 3, average: 11 / 3, distribution: [0, 1, 0, 1, 1] },
        complaints: 3,
      });
    });

    it('given the dataset, then the figures by department and by matter add up to their groups', async () => {
      await seed();
      const { byDepartment, byMatter } = await ctx.store.supervisionStats(WINDOW);
      const pick = (f: SupervisionFigures) => [f.cases, f.open, f.onTime, f.timed, f.satisfaction.count, f.complaints];
      expect(byDepartment.map((d) => [d.departmentId, ...pick(d)])).toEqual([
        ['dept-a', 4, 2, 1, 2, 2, 1],
        ['dept-b', 3, 1, 0, 1, 1, 1],
        ['dept-c', 0, 0, 0, 0, 0, 1],
      ]);
      expect(byMatter.map((m) => [m.matterCode, ...pick(m)])).toEqual([
        ['MATTER-A', 4, 1, 1, 3, 2, 1],
        ['MATTER-B', 3, 2, 0, 0, 1, 0],
      ]);
      expect(byDepartment[1]).toMatchObject({ overdue: 1, warnings: 0, avgWorkingDaysUsed: 11, onTimeRate: 0 });
      expect(byDepartment[2].onTimeRate).toBeNull();
    });

    it('given a department scope, then only its cases and complaints count', async () => {
      await seed();
      const { total, byDepartment } = await ctx.store.supervisionStats({ ...WINDOW, departmentId: 'dept-b' });
      expect([total.cases, total.complaints, total.overdue, total.satisfaction.average]).toEqual([3, 1, 1, 4]);
      expect(byDepartment.map((d) => d.departmentId)).toEqual(['dept-b']);
      const matter = await ctx.store.supervisionStats({ ...WINDOW, matterCode: 'MATTER-B', departmentId: 'dept-a' });
      expect([matter.total.cases, matter.total.warnings, matter.total.complaints]).toEqual([1, 1, 0]);
    });

    it('given an empty window or a bad one, then zeros or BadRequestError', async () => {
      await seed();
      const empty = await ctx.store.supervisionStats({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
      expect(empty).toMatchObject({ total: { cases: 0, onTimeRate: null, satisfaction: { average: null } }, byDepartment: [], byMatter: [] });
      await expect(ctx.store.supervisionStats({ from: 'March', to: WINDOW.to })).rejects.toBeInstanceOf(BadRequestError);
    });

    it('counts open cases by the year of a due date, the case\'s or an open task\'s, each case once a year', async () => {
      await ctx.store.bulkLoad([
        synthetic({ caseNo: caseNo(11), dueDate: '2027-01-05', tasks: [{ dueDate: '2027-01-04' }] }),
        synthetic({ caseNo: caseNo(12), dueDate: '2026-12-30', tasks: [{ dueDate: '2028-02-01' }, { dueDate: '2029-01-04', status: 'completed' }] }),
        synthetic({ caseNo: caseNo(13), status: 'granted', outcome: 'granted', dueDate: '2027-03-01', concludedAt: '2026-12-01T02:00:00Z' }),
        synthetic({ caseNo: caseNo(14), status: 'submitted', tasks: [{ dueDate: '2027-06-01' }] }),
      ]);
      expect(await ctx.store.openDueYears(2027)).toEqual(new Map([[2027, 2], [2028, 1]]));
      expect(await ctx.store.openDueYears(2026)).toEqual(new Map([[2026, 1], [2027, 2], [2028, 1]]));
      expect(await ctx.store.openDueYears(2030)).toEqual(new Map());
      await expect(ctx.store.openDueYears(20.5)).rejects.toBeInstanceOf(BadRequestError);
    });
  });
}
