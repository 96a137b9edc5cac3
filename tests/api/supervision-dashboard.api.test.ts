/**
 * Supervision over HTTP: the overview's status series, supplement counts and warning / overdue
 * lists; the performance score and its weights (admin sets them, 4xx naming the bad weight,
 * kept in the case store's database); bad windows; who may call what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { chinaDateOfEpochMs } from '../../runtime/calendar/china-time.js';
import { DEFAULT_WEIGHTS } from '../../runtime/supervision/performance-score.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type StaffName, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const code = sampleMatter().code;
const today = chinaDateOfEpochMs(Date.now());
/** The server's clock; undefined: real time. */
let clock: Date | undefined;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let s: TestServer;
let fileId = '';

function application(materials?: Array<Record<string, unknown>>) {
  return {
    matterCode: code,
    situation: 'company',
    data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
    materials: materials ?? ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
    applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
  };
}

const get = async (path: string, user?: StaffName) => s.call('GET', path, user ? { token: await s.token(user) } : {});
const apply = async () => (await s.call('POST', '/api/cases', { body: application() })).body as { caseNo: string; queryCode: string };
const accept = async (caseNo: string) => {
  const res = await s.call('POST', `/api/cases/${caseNo}/accept`, { token: await s.token('scjg-clerk'), body: {} });
  expect(res.status, res.text).toBe(200);
  return res.body as { dueDate: string };
};

/** Cases of this file: one only received, one supplemented, one accepted (marked later), one rated after the grant. */
const seeded = { received: '', supplemented: '', accepted: '', granted: '' };

beforeAll(async () => {
  s = await startTestServer({ now: () => clock ?? new Date() });
  fileId = await uploadPdf(s);
  await s.catalog.createMatter(admin, { definition: sampleMatter() });
  await s.catalog.submit(admin, code);
  await s.catalog.publish(admin, code);

  seeded.received = (await apply()).caseNo;
  seeded.supplemented = (await apply()).caseNo;
  const notice = await s.call('POST', `/api/cases/${seeded.supplemented}/supplement-request`, {
    token: await s.token('scjg-clerk'),
    body: { items: [{ materialId: 'business-license', problem: 'defective', note: '复印件不清晰' }] },
  });
  expect(notice.status, notice.text).toBe(200);
  seeded.accepted = (await apply()).caseNo;
  await accept(seeded.accepted);

  const g = await apply();
  seeded.granted = g.caseNo;
  await accept(g.caseNo);
  const token = { scjg: await s.token('scjg-clerk'), wjw: await s.token('wjw-clerk') } as Record<string, string>;
  for (let i = 0; i < 5; i++) {
    const c = (await s.call('GET', `/api/cases/${g.caseNo}`, { token: await s.token('admin') })).body;
    if (c.status === 'granted') break;
    for (const t of (c.tasks as any[]).filter((t) => t.status === 'open')) {
      const done = await s.call('POST', `/api/tasks/${t.id}/complete`, { token: token[t.departmentId], body: { action: 'approve', expectedVersion: t.version } });
      expect(done.status, done.text).toBe(200);
    }
  }
  expect((await s.call('POST', `/api/cases/${g.caseNo}/rating`, { body: { queryCode: g.queryCode, score: 4 } })).status).toBe(201);
  expect((await s.call('POST', '/api/complaints', { body: { text: '窗口排队太久', contact: '13800138000', departmentId: 'scjg' } })).status).toBe(201);
});
afterAll(() => s.close());

describe('GET /api/supervision/overview', () => {
  it('counts the cases by status per day, the supplement notices, and matches the totals', async () => {
    const res = await get(`/api/supervision/overview?from=${shift(today, -6)}&to=${shift(today, 1)}`, 'supervisor');
    expect(res.status, res.text).toBe(200);
    const { series, total, byDepartment, byMatter, window } = res.body;
    expect(window).toEqual({ from: shift(today, -6), to: shift(today, 1) });
    expect(series.granularity).toBe('day');
    expect(series.points.map((p: { period: string }) => p.period)).toEqual([-6, -5, -4, -3, -2, -1, 0].map((d) => shift(today, d)));
    const todayPoint = series.points.at(-1);
    expect(todayPoint.cases).toBe(4);
    expect(todayPoint.byStatus).toMatchObject({ submitted: 1, supplement_requested: 1, in_progress: 1, granted: 1 });
    expect(series.points.slice(0, -1).every((p: { cases: number }) => p.cases === 0)).toBe(true);
    expect(total).toMatchObject({ cases: 4, supplemented: 1, complaints: 1, satisfaction: { count: 1, average: 4 } });
    expect(byDepartment.find((d: { departmentId: string }) => d.departmentId === 'scjg')).toMatchObject({ cases: 4, supplemented: 1, complaints: 1 });
    expect(byMatter).toEqual([expect.objectContaining({ matterCode: code, cases: 4, supplemented: 1 })]);
  });

  it('groups by week on request, periods starting on Monday', async () => {
    const res = await get(`/api/supervision/overview?from=${shift(today, -20)}&to=${shift(today, 1)}&granularity=week`, 'admin');
    expect(res.status).toBe(200);
    const points = res.body.series.points as Array<{ period: string; cases: number }>;
    expect(points.every((p) => new Date(`${p.period}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(points.reduce((n, p) => n + p.cases, 0)).toBe(4);
  });

  it('lists warned, then overdue, open cases with what a supervisor needs to open them', async () => {
    const { dueDate } = (await get(`/api/cases/${seeded.accepted}`, 'admin')).body as { dueDate: string };
    expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Levels are read live at the server's clock: on the due date itself the case is yellow.
    clock = new Date(`${dueDate}T09:00:00+08:00`);
    await s.deps.caseStore.claimDeadlineMarks({ today: dueDate, now: clock.toISOString(), limit: 100 });
    let res = await get('/api/supervision/overview', 'supervisor');
    expect(res.body.warningList.map((c: { caseNo: string }) => c.caseNo)).toContain(seeded.accepted);
    expect(res.body.overdueList.map((c: { caseNo: string }) => c.caseNo)).not.toContain(seeded.accepted);
    expect(res.body.warningList.find((c: { caseNo: string }) => c.caseNo === seeded.accepted)).toEqual({
      caseNo: seeded.accepted, matterCode: code, departmentId: 'scjg', status: 'in_progress', receivedAt: expect.any(String), dueDate,
    });
    clock = new Date(`${shift(dueDate, 3)}T09:00:00+08:00`);
    await s.deps.caseStore.claimDeadlineMarks({ today: shift(dueDate, 3), now: clock.toISOString(), limit: 100 });
    res = await get('/api/supervision/overview?department=scjg', 'supervisor');
    expect(res.body.overdueList.map((c: { caseNo: string }) => c.caseNo)).toContain(seeded.accepted);
    expect(res.body.warningList.map((c: { caseNo: string }) => c.caseNo)).not.toContain(seeded.accepted);
    expect(res.body.total.overdue).toBe(res.body.overdueList.length);
    // Another department's view holds none of them.
    expect((await get('/api/supervision/overview?department=wjw', 'supervisor')).body.overdueList).toEqual([]);
    clock = undefined;
  });

  it.each([
    ['from=2026-13-01', '?from'],
    ['to=yesterday', '?to'],
    ['from=2026-02-30', '?from'],
    [`from=${today}&to=${today}`, '?to'],
    ['from=2020-01-01&to=2026-01-01', '?from'],
    ['granularity=month', '?granularity'],
  ])('refuses %s with a 400 naming %s', async (query, path) => {
    const res = await get(`/api/supervision/overview?${query}`, 'supervisor');
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([path]);
  });

  it('is for supervisors and the admin: anonymous 401, a clerk 403', async () => {
    expect((await get('/api/supervision/overview')).status).toBe(401);
    expect((await get('/api/supervision/overview', 'scjg-clerk')).status).toBe(403);
    expect((await get('/api/supervision/score')).status).toBe(401);
    expect((await get('/api/supervision/score', 'scjg-editor')).status).toBe(403);
  });
});

describe('performance score and its weights', () => {
  it('scores each department with the weights in force, explained', async () => {
    const res = await get('/api/supervision/score', 'supervisor');
    expect(res.status, res.text).toBe(200);
    expect(res.body.weights).toEqual(DEFAULT_WEIGHTS);
    const scjg = res.body.departments.find((d: { departmentId: string }) => d.departmentId === 'scjg');
    expect(scjg.figures).toMatchObject({ cases: 4, supplemented: 1, complaints: 1, satisfactionAverage: 4 });
    const sum = scjg.indicators.reduce((n: number, i: { contribution: number }) => n + i.contribution, 0);
    expect(scjg.score).toBeCloseTo(sum, 8);
    expect(scjg.indicators.find((i: { indicator: string }) => i.indicator === 'supplementRate')).toMatchObject({ value: 0.25, normalised: 75, weight: 15 });
    expect(scjg.indicators.find((i: { indicator: string }) => i.indicator === 'satisfaction')).toMatchObject({ value: 4, normalised: 75, weight: 30 });
    expect(res.body.centre.score).not.toBeNull();
  });

  it('the admin sets the weights; the score follows; another server on the same store reads them', async () => {
    const put = await s.call('PUT', '/api/supervision/score-weights', { token: await s.token('admin'), body: { onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 2 } });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ weights: { onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 2 }, updatedBy: 'admin', updatedAt: expect.any(String) });
    const scored = await get('/api/supervision/score', 'supervisor');
    expect(scored.body.departments.find((d: { departmentId: string }) => d.departmentId === 'scjg').score).toBeCloseTo(75, 8);

    const other = await startTestServer();
    try {
      const read = await other.call('GET', '/api/supervision/score-weights', { token: await other.token('supervisor') });
      expect(read.body.weights).toEqual({ onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 2 });
    } finally {
      await other.close();
    }
    const back = await s.call('PUT', '/api/supervision/score-weights', { token: await s.token('admin'), body: DEFAULT_WEIGHTS });
    expect(back.status).toBe(200);
  });

  it.each([
    [{ ...DEFAULT_WEIGHTS, complaints: -5 }, ['/complaints']],
    [{ ...DEFAULT_WEIGHTS, satisfaction: '30' }, ['/satisfaction']],
    [{ onTimeRate: 1, satisfaction: 1, complaints: 1 }, ['/supplementRate']],
    [{ ...DEFAULT_WEIGHTS, speed: 1 }, ['/speed']],
    [{ onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 0 }, ['/']],
    [{ ...DEFAULT_WEIGHTS, onTimeRate: 5000 }, ['/onTimeRate']],
  ])('refuses %o with a 422 naming %o, and keeps the weights', async (body, paths) => {
    const res = await s.call('PUT', '/api/supervision/score-weights', { token: await s.token('admin'), body });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(paths);
    expect((await get('/api/supervision/score-weights', 'admin')).body.weights).toEqual(DEFAULT_WEIGHTS);
  });

  it('only the admin sets weights: supervisor 403, anonymous 401; a body that is no object is 400', async () => {
    expect((await s.call('PUT', '/api/supervision/score-weights', { token: await s.token('supervisor'), body: DEFAULT_WEIGHTS })).status).toBe(403);
    expect((await s.call('PUT', '/api/supervision/score-weights', { body: DEFAULT_WEIGHTS })).status).toBe(401);
    expect((await get('/api/supervision/score-weights')).status).toBe(401);
    expect((await get('/api/supervision/score-weights', 'scjg-clerk')).status).toBe(403);
    expect((await s.call('PUT', '/api/supervision/score-weights', { token: await s.token('admin'), raw: '[1,2]' })).status).toBe(400);
  });
});
