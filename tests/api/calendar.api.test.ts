import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './api-harness.js';

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
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-02', 20, '2026-03-30'],
  ])('%s + %i working days is %s', async (from, days, due) => {
    const res = await s.call('GET', `/api/calendar/due?from=${from}&days=${days}`);
    expect(res.status).toBe(200);
    expect(res.body.due).toBe(due);
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

  it('the admin declares 2027 holidays and the clock follows at once', async () => {
    const before = await s.call('GET', '/api/calendar/due?from=2026-12-31&days=1');
    expect(before.body.due).toBe('2027-01-01');
    const put = await s.call('PUT', '/api/calendar/2027', { token: await s.token('admin'), body: { days: [{ date: '2027-01-01', working: false, name: '元旦' }] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, updatedBy: 'admin', days: [{ date: '2027-01-01', working: false }] });
    expect((await s.call('GET', '/api/calendar/due?from=2026-12-31&days=1')).body.due).toBe('2027-01-04');
    const info = (await s.call('GET', '/api/calendar?year=2027')).body.days[0];
    expect(info).toMatchObject({ date: '2027-01-01', working: false, source: 'override', name: '元旦' });
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
