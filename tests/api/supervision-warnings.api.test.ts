/**
 * One warning computation, counted once: cases of different ages, read on one day, give the same
 * 预警 / 超期 counts in the inbox (GET /api/tasks), in supervision (GET /api/supervision/overview)
 * and on the hall display (GET /api/public/display); and a one-day step is not yellow in its first
 * minutes, only late on its day.
 *
 * Matter (市场监管局, promised 5 days): 受理 → 审查 (5 days, = the promise, so the task's clock is the
 * case's) → 准予. Accepted at 09:00 China on (Mon 2026-03-02 + …):
 *   D  2026-02-23 → due 03-02            → red on 03-09
 *   A  2026-03-02 → warnAt 03-09 00:00   → yellow on 03-09 (due 03-09)
 *   B  2026-03-04 → warnAt 03-11 00:00   → none on 03-09
 *   C  2026-03-06 → warnAt 03-13 00:00   → none
 * A second matter of 卫健委 has a one-day step: opened Monday 09:00, yellow at 19:12 on Tuesday.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
let clock = new Date('2026-03-02T09:00:00+08:00');
let s: TestServer;
let fileId = '';

function matter(code: string, departmentId: string, days: number): MatterDefinition {
  const base = sampleMatter();
  const accept = { ...base.flow.nodes.find((n) => n.id === 'accept')!, departmentId };
  return {
    ...base,
    code,
    departmentId,
    promisedDays: days,
    flow: {
      nodes: [
        { id: 'start', kind: 'start', name: '申请' },
        accept,
        { id: 'review', kind: 'step', name: '审查', stepType: 'review', departmentId, mode: 'single', deadlineDays: days, checksMaterials: ['site-layout', 'safety-rules'] },
        { id: 'granted', kind: 'end', name: '准予许可', outcome: 'granted' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'accept' },
        { id: 'e2', source: 'accept', target: 'review' },
        { id: 'e3', source: 'review', target: 'granted' },
      ],
    },
  };
}

async function acceptedCase(code: string, at: string, clerk: 'scjg-clerk' | 'wjw-clerk'): Promise<string> {
  clock = new Date(at);
  const res = await s.call('POST', '/api/cases', {
    body: {
      matterCode: code,
      situation: 'company',
      data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
      materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
      applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', phone: '13800138000' },
    },
  });
  expect(res.status, res.text).toBe(201);
  const accepted = await s.call('POST', `/api/cases/${res.body.caseNo}/accept`, { token: await s.token(clerk) });
  expect(accepted.status, accepted.text).toBe(200);
  return res.body.caseNo as string;
}

beforeAll(async () => {
  s = await startTestServer({ now: () => clock });
  fileId = await uploadPdf(s);
  for (const def of [matter('SCJG-YJ-0001', 'scjg', 5), matter('WJW-YJ-0001', 'wjw', 1)]) {
    await s.catalog.createMatter(admin, { definition: def });
    await s.catalog.submit(admin, def.code);
    await s.catalog.publish(admin, def.code);
  }
});
afterAll(() => s.close());

describe('warnings counted once', () => {
  it('inbox counts == supervision counts == display counts, by cases of four ages', async () => {
    const D = await acceptedCase('SCJG-YJ-0001', '2026-02-23T09:00:00+08:00', 'scjg-clerk');
    const A = await acceptedCase('SCJG-YJ-0001', '2026-03-02T09:00:00+08:00', 'scjg-clerk');
    const B = await acceptedCase('SCJG-YJ-0001', '2026-03-04T09:00:00+08:00', 'scjg-clerk');
    const C = await acceptedCase('SCJG-YJ-0001', '2026-03-06T09:00:00+08:00', 'scjg-clerk');
    clock = new Date('2026-03-09T10:00:00+08:00');

    const inbox = (await s.call('GET', '/api/tasks?mine=1&pageSize=100', { token: await s.token('scjg-clerk') })).body;
    expect(inbox.counts).toEqual({ open: 4, yellow: 1, red: 1 });
    const level = (no: string) => inbox.items.find((t: { caseNo: string }) => t.caseNo === no).warning;
    expect([D, A, B, C].map(level)).toEqual(['red', 'yellow', 'none', 'none']);

    const overview = (await s.call('GET', '/api/supervision/overview?from=2026-02-01&to=2026-04-01&department=scjg', { token: await s.token('supervisor') })).body;
    expect({ yellow: overview.total.warnings, red: overview.total.overdue }).toEqual({ yellow: inbox.counts.yellow, red: inbox.counts.red });
    expect(overview.warningList.map((c: { caseNo: string }) => c.caseNo)).toEqual([A]);
    expect(overview.overdueList.map((c: { caseNo: string }) => c.caseNo)).toEqual([D]);

    const display = (await s.call('GET', '/api/public/display')).body;
    const scjg = display.departments.find((d: { name: string }) => d.name === '市场监督管理局');
    expect({ yellow: scjg.warnings, red: scjg.overdue }).toEqual({ yellow: inbox.counts.yellow, red: inbox.counts.red });

    const list = (await s.call('GET', '/api/cases?pageSize=100', { token: await s.token('scjg-clerk') })).body;
    expect(list.items.filter((c: { warning: string }) => c.warning === 'yellow').map((c: { caseNo: string }) => c.caseNo)).toEqual([A]);
    expect((await s.call('GET', '/api/cases?warning=red', { token: await s.token('scjg-clerk') })).body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([D]);
    const page = (await s.call('GET', `/api/cases/${A}`, { token: await s.token('scjg-clerk') })).body;
    expect(page.warning).toBe('yellow');
    expect(page.tasks.find((t: { stepName: string }) => t.stepName === '审查').warning).toBe('yellow');
  });

  it('a one-day step is not yellow in its first minutes; it turns yellow at 19:12 on its due day', async () => {
    const caseNo = await acceptedCase('WJW-YJ-0001', '2026-03-16T09:00:00+08:00', 'wjw-clerk');
    const review = async () => {
      const page = (await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('wjw-clerk') })).body;
      return page.tasks.find((t: { stepName: string }) => t.stepName === '审查');
    };
    clock = new Date('2026-03-16T09:05:00+08:00');
    expect(await review()).toMatchObject({ dueDate: '2026-03-17', warnAt: '2026-03-17T11:12:00.000Z', warning: 'none' });
    clock = new Date('2026-03-17T19:11:00+08:00');
    expect((await review()).warning).toBe('none');
    clock = new Date('2026-03-17T19:12:00+08:00');
    expect((await review()).warning).toBe('yellow');
    expect((await s.call('GET', '/api/tasks?mine=1', { token: await s.token('wjw-clerk') })).body.counts).toEqual({ open: 1, yellow: 1, red: 0 });
    clock = new Date('2026-03-18T00:00:00+08:00');
    expect((await review()).warning).toBe('red');
  });
});
