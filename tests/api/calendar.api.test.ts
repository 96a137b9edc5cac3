import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';

describe('calendar API', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('2026 has the 春节 adjusted Saturday as a working day and 国庆 as holidays', async () => {
    const res = await s.call('GET', '/api/calendar?year=2026');
    expect(res.status).toBe(200);
    const day = (d: string) => res.body.days.find((x: { date: string }) => x.date === d);
    expect(day('2026-02-14')).toMatchObject({ working: true, kind: 'adjusted_workday' });
    expect(day('2026-02-16')).toMatchObject({ working: false, kind: 'holiday' });
    expect(day('2026-10-05')).toMatchObject({ working: false, kind: 'holiday' });
    expect(res.body.days).toHaveLength(365);
  });

  it.each([
    ['2026-09-30', 1, '2026-10-08', false],
    ['2026-02-13', 1, '2026-02-14', false],
    ['2026-03-02', 0, '2026-03-02', false],
    ['2026-03-02', 20, '2026-03-30', false],
    ['2026-12-29', 2, '2026-12-31', false],
    // 12-31 Thu, 01-01 元旦 (statutory rule), 01-04 Mon, 01-05 Tue: not 2027-01-04 as Mon–Fri would say.
    ['2026-12-30', 3, '2027-01-05', true],
    // 春节 2027 by the rule: 除夕 02-05 … 初三 02-08, the weekend made up on 02-09 and 02-10.
    ['2027-02-04', 1, '2027-02-11', true],
  ])('%s + %i working days is %s (provisional: %s)', async (from, days, due, provisional) => {
    const res = await s.call('GET', `/api/calendar/due?from=${from}&days=${days}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ from, days, due, provisional });
  });

  it('a year without a published schedule is the statutory rule’s, every day provisional', async () => {
    const res = await s.call('GET', '/api/calendar?year=2027');
    expect(res.status).toBe(200);
    expect(res.body.provisional).toBe(true);
    const day = (d: string) => res.body.days.find((x: { date: string }) => x.date === d);
    expect(day('2027-02-05')).toEqual({ date: '2027-02-05', working: false, kind: 'holiday', name: '春节', source: 'statutory-rule', provisional: true });
    expect(day('2027-02-09')).toMatchObject({ working: false, name: '春节补假', source: 'statutory-rule' });
    expect(day('2027-10-05')).toMatchObject({ working: false, name: '国庆节补假' });
    expect(res.body.days.every((d: { provisional?: boolean }) => d.provisional === true)).toBe(true);
    const y2026 = (await s.call('GET', '/api/calendar?year=2026')).body;
    expect(y2026.provisional).toBe(false);
    expect(y2026.days.some((d: { provisional?: boolean }) => d.provisional)).toBe(false);
  });

  it.each([
    ['from=2026-02-30&days=1', '?from'],
    ['from=yesterday&days=1', '?from'],
    ['days=1', '?from'],
    ['from=2026-03-02', '?days'],
    ['from=2026-03-02&days=-1', '?days'],
    ['from=2026-03-02&days=99999', '?days'],
  ])('due with %s is 400 naming %s', async (query, path) => {
    const res = await s.call('GET', `/api/calendar/due?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe(path);
  });

  it('the admin corrects a day of 2027 (a statutory-rule year) and the clock follows at once', async () => {
    const before = await s.call('GET', '/api/calendar/due?from=2026-12-31&days=1');
    expect(before.body).toMatchObject({ due: '2027-01-04', provisional: true });
    const put = await s.call('PUT', '/api/calendar/2027', { token: await s.token('admin'), body: { days: [{ date: '2027-01-04', working: false, name: '元旦' }] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, updatedBy: 'admin', days: [{ date: '2027-01-04', working: false }] });
    expect(put.body.schedule).toBeUndefined();
    expect((await s.call('GET', '/api/calendar/due?from=2026-12-31&days=1')).body).toMatchObject({ due: '2027-01-05', provisional: true });
    const info = (await s.call('GET', '/api/calendar?year=2027')).body.days[3];
    // A correction does not make the year's schedule known: still provisional.
    expect(info).toMatchObject({ date: '2027-01-04', working: false, source: 'override', name: '元旦', provisional: true });
  });

  it('overrides are refused for non-admins and for dates outside the year, and nothing is stored', async () => {
    const body = { days: [{ date: '2028-05-06', working: true }] };
    expect((await s.call('PUT', '/api/calendar/2028', { token: await s.token('scjg-editor'), body })).status).toBe(403);
    const bad = await s.call('PUT', '/api/calendar/2028', { token: await s.token('admin'), body: { days: [{ date: '2029-01-01', working: false }, { date: '2028-01-02', working: 'yes' }] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/days/0/date', '/days/1/working']);
    expect(await s.store.getCalendar(2028)).toBeUndefined();
  });
});

describe('calendar status: which years lack a schedule', () => {
  let s: TestServer;
  let now = new Date('2026-10-20T09:00:00+08:00');
  beforeAll(async () => {
    s = await startTestServer({ now: () => now });
  });
  afterAll(() => s.close());

  it('is for staff only', async () => {
    expect((await s.call('GET', '/api/calendar/status')).status).toBe(401);
  });

  it('before 1 November with no open case in 2027, nothing is missing; from 1 November (China date) 2027 is upcoming', async () => {
    const token = await s.token('supervisor');
    const october = await s.call('GET', '/api/calendar/status', { token });
    expect(october.status).toBe(200);
    expect(october.body).toMatchObject({ today: '2026-10-20', missingYears: [], provisionalYears: [2027] });
    expect(october.body.scheduleYears).toEqual(expect.arrayContaining([2025, 2026]));
    now = new Date('2026-10-31T16:00:00Z'); // 00:00 on 1 November in Beijing
    const november = await s.call('GET', '/api/calendar/status', { token });
    expect(november.body).toMatchObject({ today: '2026-11-01', missingYears: [{ year: 2027, reason: 'upcoming' }] });
  });

  it('once the admin enters 2027, it is no longer missing nor provisional', async () => {
    const schedule = { year: 2027, schedule: true, days: [{ date: '2027-01-01', working: false, name: '元旦' }] };
    await s.store.putCalendar(schedule);
    s.deps.calendar.invalidate();
    const res = await s.call('GET', '/api/calendar/status', { token: await s.token('admin') });
    expect(res.body.missingYears).toEqual([]);
    expect(res.body.provisionalYears).toEqual([]);
    expect(res.body.scheduleYears).toContain(2027);
    const due = await s.call('GET', '/api/calendar/due?from=2026-12-30&days=3');
    // The entered schedule: only 元旦 rests, so 12-31, 01-04, 01-05; and no longer 预计.
    expect(due.body).toMatchObject({ due: '2027-01-05', provisional: false });
    expect((await s.call('GET', '/api/calendar?year=2027')).body.days[1]).toMatchObject({ date: '2027-01-02', kind: 'weekend', source: 'schedule' });
  });
});

describe('calendar status: open cases due in a year without a schedule', () => {
  let s: TestServer;
  const admin: Actor = { username: 'admin', role: 'admin' };
  beforeAll(async () => {
    s = await startTestServer({ now: () => new Date('2026-12-28T09:00:00+08:00') });
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    await s.catalog.submit(admin, sampleMatter().code);
    await s.catalog.publish(admin, sampleMatter().code);
    const fileId = await uploadPdf(s);
    const clerk = await s.token('scjg-clerk');
    for (let i = 0; i < 2; i++) {
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
      expect((await s.call('POST', `/api/cases/${receipt.body.caseNo}/accept`, { token: clerk })).status).toBe(200);
    }
  }, 120_000);
  afterAll(() => s.close());

  it('names 2027 with the number of open cases due in it', async () => {
    const res = await s.call('GET', '/api/calendar/status', { token: await s.token('scjg-clerk') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ today: '2026-12-28', missingYears: [{ year: 2027, reason: 'open-cases', openCases: 2 }], provisionalYears: [2027] });
  });
});
