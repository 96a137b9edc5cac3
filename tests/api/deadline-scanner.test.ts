/**
 * The deadline scanner over the real composition: a case accepted on a fixed day turns yellow once
 * less than 20 % of its promised working time is left (10 days from Monday 2 March, 09:00: 8 whole
 * days used at the start of Friday 13 March) and red past its due date, each mark exactly once
 * however many scanners run at the same time; the case page reads the same level live.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { DeadlineScanner } from '../../runtime/server/deadline-scanner.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
let clock = new Date('2026-03-02T09:00:00+08:00');

describe('deadline scanner', () => {
  let s: TestServer;
  let caseNo: string;
  let unanswered: { caseNo: string; queryCode: string };
  beforeAll(async () => {
    s = await startTestServer({ now: () => clock });
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    await s.catalog.submit(admin, sampleMatter().code);
    await s.catalog.publish(admin, sampleMatter().code);
    const fileId = await uploadPdf(s);
    const receiptBody = {
        matterCode: sampleMatter().code,
        situation: 'company',
        data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
        materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
        applicant: { kind: 'legal_person', name: '示例', phone: '13800138000' },
    };
    const receipt = await s.call('POST', '/api/cases', { body: receiptBody });
    caseNo = receipt.body.caseNo;
    const again = await s.call('POST', '/api/cases', { body: JSON.parse(JSON.stringify(receiptBody)) });
    unanswered = again.body;
    const accepted = await s.call('POST', `/api/cases/${caseNo}/accept`, { token: await s.token('scjg-clerk') });
    expect(accepted.body.dueDate).toBe('2026-03-16'); // 10 working days after 2 March 2026
  });
  afterAll(() => s.close());

  const scanners = (n: number, at: Date) =>
    Array.from({ length: n }, () => new DeadlineScanner(s.deps.caseStore, pino({ level: 'silent' }), () => at));
  const marksOf = async (action: string) =>
    ((await s.call('GET', `/api/cases/${caseNo}/audit`, { token: await s.token('supervisor') })).body as Array<{ action: string; payload: { target?: string } }>).filter(
      (e) => e.action === action && e.payload.target !== 'task',
    );

  it('while more than 20 % of the time is left nothing is marked, up to the last minute before the line', async () => {
    await Promise.all(scanners(2, new Date('2026-03-05T09:00:00+08:00')).map((x) => x.scan()));
    await Promise.all(scanners(2, new Date('2026-03-12T23:59:00+08:00')).map((x) => x.scan()));
    expect(await marksOf('deadline.warning')).toHaveLength(0);
    clock = new Date('2026-03-12T23:59:00+08:00');
    const c = await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('supervisor') });
    expect(c.body).toMatchObject({ warning: 'none', warnAt: '2026-03-12T16:00:00.000Z' });
  });

  it('at the line the case turns yellow, once, with four scanners racing; the case page says so too', async () => {
    await Promise.all(scanners(4, new Date('2026-03-13T09:00:00+08:00')).map((x) => x.scan()));
    expect(await marksOf('deadline.warning')).toHaveLength(1);
    clock = new Date('2026-03-13T09:00:00+08:00');
    const c = await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('supervisor') });
    expect(c.body.warning).toBe('yellow');
  });

  it('past the due date it turns red, once; a later scan marks nothing more', async () => {
    const late = new Date('2026-03-17T09:00:00+08:00');
    clock = late;
    await Promise.all(scanners(4, late).map((x) => x.scan()));
    expect(await Promise.all(scanners(1, late).map((x) => x.scan()))).toEqual([0]);
    expect(await marksOf('deadline.overdue')).toHaveLength(1);
    const overdue = await s.call('GET', '/api/cases?overdue=1&today=2026-03-17', { token: await s.token('supervisor') });
    expect(overdue.status).toBe(200);
    const c = await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('supervisor') });
    expect(c.body.warning).toBe('red');
  });

  it('art. 32: an application left unanswered for 5 working days counts as accepted on receipt, and says so', async () => {
    clock = new Date('2026-03-06T09:00:00+08:00'); // 4 working days: not yet (the clock went on above; back to before the line)
    expect(await s.deps.cases.deemAcceptedDue()).not.toContain(unanswered.caseNo);
    clock = new Date('2026-03-10T09:00:00+08:00');
    expect(await s.deps.cases.deemAcceptedDue()).toContain(unanswered.caseNo);
    const tracked = await s.call('GET', `/api/cases/${unanswered.caseNo}?queryCode=${unanswered.queryCode}`);
    expect(tracked.body).toMatchObject({ status: 'in_progress', deemedAccepted: true, acceptedAt: expect.stringContaining('2026-03-02') });
    expect(tracked.body.deemedAcceptanceNote).toContain('第三十二条');
    expect(await s.deps.cases.deemAcceptedDue()).toEqual([]);
  });
});
