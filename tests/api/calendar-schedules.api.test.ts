/**
 * Entering a year's schedule over HTTP (issue 8, "A calendar change recomputes…"): 50 cases accepted
 * on Monday 28 December 2026 whose 10-working-day limits reach into 2027, counted with 2027's
 * provisional days (statutory rule), move when the admin enters the 2027 schedule; the preview says
 * so first and writes nothing; each moved case gets one `calendar.recomputed` event, also when two
 * server instances on one database take the same schedule at once; bad input is a 422 naming the
 * field and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { createWorkingCalendar } from '../../runtime/calendar/working-calendar.js';
import { scheduleToOverrides, type YearSchedule } from '../../runtime/calendar/year-schedule.js';
import { PostgresCaseStore } from '../../runtime/cases/storage/postgres-case.store.js';
import { createApp } from '../../runtime/server/app.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const clock = new Date('2026-12-28T09:00:00+08:00');
const CASES = 50;

/** A 2027 schedule for the test (not the State Council's): 元旦 1–4 January, 春节 5–11 February, Saturday 20 February worked. */
const SCHEDULE: YearSchedule = {
  year: 2027,
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }, { name: '春节', from: '2027-02-05', to: '2027-02-11' }],
  workdays: [{ date: '2027-02-20', name: '春节调休' }],
};

describe('calendar schedules: entering 2027 recomputes the open cases', () => {
  let s: TestServer;
  let second: { url: string; close(): Promise<void> };
  const caseNos: string[] = [];
  const before = createWorkingCalendar();
  const after = createWorkingCalendar([scheduleToOverrides(SCHEDULE)]);
  const due = { from: before.addWorkingDays('2026-12-28', 10), to: after.addWorkingDays('2026-12-28', 10) };

  beforeAll(async () => {
    s = await startTestServer({ now: () => clock });
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    await s.catalog.submit(admin, sampleMatter().code);
    await s.catalog.publish(admin, sampleMatter().code);
    const fileId = await uploadPdf(s);
    const clerk = await s.token('scjg-clerk');
    for (let i = 0; i < CASES; i++) {
      const receipt = await s.call('POST', '/api/cases', {
        body: {
          matterCode: sampleMatter().code,
          situation: 'company',
          data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
          materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
          applicant: { kind: 'legal_person', name: '示例', phone: '13800138000' },
        },
      });
      expect(receipt.status).toBe(201);
      const accepted = await s.call('POST', `/api/cases/${receipt.body.caseNo}/accept`, { token: clerk });
      expect(accepted.body.dueDate).toBe(due.from);
      caseNos.push(receipt.body.caseNo);
    }
    // A second server instance: its own app and case-store object on the same database (one
    // PGlite instance, as two processes share one PostgreSQL server), the same catalogue.
    const client = (s.deps.caseStore as PostgresCaseStore).client;
    const store2 = new PostgresCaseStore(client, { ownsClient: false, now: () => clock });
    await store2.init();
    const app2 = createApp({ ...s.deps, caseStore: store2 }).app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => app2.once('listening', () => resolve()));
    const port = (app2.address() as { port: number }).port;
    second = { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => { app2.closeAllConnections(); app2.close(() => resolve()); }) };
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await s.close();
  });

  const view = async (caseNo: string) => (await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('supervisor') })).body;
  const recomputed = async (caseNo: string) =>
    ((await s.call('GET', `/api/cases/${caseNo}/audit`, { token: await s.token('supervisor') })).body as Array<{ action: string; payload: any }>).filter((e) => e.action === 'calendar.recomputed');

  it('before: 2027 is provisional, and the due dates counted with it are marked so', async () => {
    const got = await s.call('GET', '/api/calendar/schedules/2027', { token: await s.token('scjg-clerk') });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ year: 2027, provisional: true });
    expect(got.body.holidays.map((h: { name: string }) => h.name)).toContain('春节');
    const known = await s.call('GET', '/api/calendar/schedules/2026', { token: await s.token('scjg-clerk') });
    expect(known.body.provisional).toBeUndefined(); // the library's published schedule
    expect(known.body.workdays.length).toBeGreaterThan(0);
    expect((await s.call('GET', '/api/calendar/schedules/1999', { token: await s.token('scjg-clerk') })).status).toBe(400);
    expect((await s.call('GET', '/api/calendar/schedules/2027')).status).toBe(401);
    expect(due.to > due.from).toBe(true);
    expect(await view(caseNos[0])).toMatchObject({ dueDate: due.from, dueDateProvisional: true });
  });

  it('bad input is a 422 naming the field, and nothing stored changes', async () => {
    const token = await s.token('admin');
    const overlapping = { ...SCHEDULE, holidays: [...SCHEDULE.holidays, { name: '重叠', from: '2027-01-03', to: '2027-01-05' }] };
    const outOfYear = { ...SCHEDULE, holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-03' }] };
    const workdayInside = { ...SCHEDULE, workdays: [{ date: '2027-01-02' }] };
    const backwards = { ...SCHEDULE, holidays: [{ name: '元旦', from: '2027-01-04', to: '2027-01-01' }] };
    for (const [body, path] of [[overlapping, '/holidays/2/from'], [outOfYear, '/holidays/0/from'], [workdayInside, '/workdays/0/date'], [backwards, '/holidays/0/from'], [{ ...SCHEDULE, year: 2028 }, '/year']] as const) {
      for (const method of ['PUT', 'POST'] as const) {
        const res = await s.call(method, `/api/calendar/schedules/2027${method === 'POST' ? '/preview' : ''}`, { token, body });
        expect(res.status, `${method} ${path}`).toBe(422);
        expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      }
    }
    expect((await s.call('PUT', '/api/calendar/schedules/2027', { token: await s.token('scjg-clerk'), body: SCHEDULE })).status).toBe(403);
    expect(await s.store.getCalendar(2027)).toBeUndefined();
    expect(await view(caseNos[0])).toMatchObject({ dueDate: due.from, dueDateProvisional: true });
    expect(await recomputed(caseNos[0])).toHaveLength(0);
  });

  it('the preview counts and lists the moves, and writes nothing', async () => {
    const res = await s.call('POST', '/api/calendar/schedules/2027/preview', { token: await s.token('admin'), body: SCHEDULE });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cases: CASES, moved: CASES });
    expect(res.body.tasks).toBeGreaterThanOrEqual(CASES);
    expect(res.body.moves).toHaveLength(CASES);
    const first = res.body.moves.find((m: { caseNo: string }) => m.caseNo === caseNos[0]);
    expect(first).toMatchObject({ dueDate: { from: due.from, to: due.to } });
    expect(first.tasks[0]).toMatchObject({ stepName: expect.any(String), from: expect.any(String), to: expect.any(String) });
    expect(await view(caseNos[0])).toMatchObject({ dueDate: due.from });
    expect(await s.store.getCalendar(2027)).toBeUndefined();
  });

  it('two instances take the same schedule at once: saved, every case moved, one event per case', async () => {
    const token = await s.token('admin');
    const [a, b] = await Promise.all([
      s.call('PUT', '/api/calendar/schedules/2027', { token, body: SCHEDULE }),
      fetch(`${second.url}/api/calendar/schedules/2027`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(SCHEDULE) }).then(async (r) => ({ status: r.status, body: await r.json() })),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.saved).toMatchObject({ year: 2027, schedule: true, updatedBy: 'admin' });
    expect(a.body.recompute.cases + b.body.recompute.cases).toBe(CASES);
    expect(a.body.recompute.moved + b.body.recompute.moved).toBe(CASES);
    // Each instance ran its own save: one of them found the cases moved already, or was superseded.
    expect([a.body.recompute.status, b.body.recompute.status]).not.toContain('skipped');
    expect(typeof a.body.recompute.ms).toBe('number');

    const got = await s.call('GET', '/api/calendar/schedules/2027', { token });
    expect(got.body).toEqual(SCHEDULE);
    for (const caseNo of caseNos) {
      const c = await view(caseNo);
      expect(c.dueDate).toBe(due.to);
      expect(c.dueDateProvisional).toBeUndefined();
      const events = await recomputed(caseNo);
      expect(events, caseNo).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ year: 2027, dueDate: { from: due.from, to: due.to }, changedBy: 'admin' });
      expect(events[0].payload.tasks.length).toBeGreaterThan(0);
      for (const moved of events[0].payload.tasks as Array<{ taskId: string; to: string }>) {
        expect(c.tasks.find((t: { id: string }) => t.id === moved.taskId)).toMatchObject({ dueDate: moved.to });
      }
    }
    expect((await s.deps.caseStore.verifyAudit()).ok).toBe(true);

    // Saving the same schedule again is a new change that moves nothing.
    const again = await s.call('PUT', '/api/calendar/schedules/2027', { token, body: SCHEDULE });
    expect(again.body.recompute).toMatchObject({ status: 'done', cases: 0, tasks: 0 });
  });
});
