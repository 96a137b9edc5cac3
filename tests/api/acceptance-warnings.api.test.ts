/**
 * The acceptance deadline (受理期限, art. 32) warned on by the one rule, counted once: applications
 * received at the window and not yet accepted show on the desk list (GET /api/cases?scope=desk,
 * `acceptWarning`) at the level the inbox gives their accept task (GET /api/tasks), and
 * supervision counts them apart from the decision warnings (overview `acceptance`).
 *
 * Received by the matter's own desk (scjg) at 09:00 China, read on Tue 2026-03-10 10:00:
 *   P  Mon 03-02 → answer by 03-09               → red
 *   Q  Tue 03-03 → answer by 03-10, warned 00:00 → yellow
 *   R  Thu 03-05 → answer by 03-12               → none
 *   T  Thu 03-05, accepted at once                → no acceptance warning
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
let clock = new Date('2026-03-02T09:00:00+08:00');
let s: TestServer;
const MATERIALS = ['application-form', 'business-license', 'site-layout', 'safety-rules'];

async function received(at: string, accept = false): Promise<string> {
  clock = new Date(at);
  const res = await s.call('POST', '/api/cases/intake', {
    token: await s.token('scjg-clerk'),
    body: {
      matterCode: sampleMatter().code,
      situation: 'company',
      data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
      applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
      materials: MATERIALS.map((materialId) => ({ materialId, status: 'provided' })),
      ...(accept ? { accept: true } : {}),
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body.caseNo as string;
}

beforeAll(async () => {
  s = await startTestServer({ now: () => clock });
  const def = sampleMatter();
  await s.catalog.createMatter(admin, { definition: def });
  await s.catalog.submit(admin, def.code);
  await s.catalog.publish(admin, def.code);
});
afterAll(() => s.close());

describe('the acceptance deadline, warned once', () => {
  it('desk rows not yet accepted carry the accept task\'s level', async () => {
    const P = await received('2026-03-02T09:00:00+08:00');
    const Q = await received('2026-03-03T09:00:00+08:00');
    const R = await received('2026-03-05T09:00:00+08:00');
    const T = await received('2026-03-05T09:30:00+08:00', true);
    clock = new Date('2026-03-10T10:00:00+08:00');
    const token = await s.token('scjg-clerk');

    const desk = (await s.call('GET', '/api/cases?scope=desk&pageSize=100', { token })).body;
    const row = (no: string) => desk.items.find((c: { caseNo: string }) => c.caseNo === no);
    expect([P, Q, R].map((no) => [row(no).acceptDueDate, row(no).acceptWarning])).toEqual([['2026-03-09', 'red'], ['2026-03-10', 'yellow'], ['2026-03-12', 'none']]);
    expect(row(T).acceptWarning).toBeUndefined();

    const inbox = (await s.call('GET', '/api/tasks?pageSize=100', { token })).body;
    const acceptTask = (no: string) => inbox.items.find((t: { caseNo: string; stepName: string }) => t.caseNo === no && t.stepName === '受理');
    expect([P, Q, R].map((no) => acceptTask(no).warning)).toEqual([P, Q, R].map((no) => row(no).acceptWarning));

    // Supervision counts the same accept tasks' levels, apart from the decision warnings.
    const accepts = inbox.items.filter((t: { stepName: string }) => t.stepName === '受理');
    const overview = (await s.call('GET', '/api/supervision/overview?from=2026-03-01&to=2026-04-01&department=scjg', { token: await s.token('supervisor') })).body;
    expect(overview.acceptance).toEqual({
      open: accepts.length,
      yellow: accepts.filter((t: { warning: string }) => t.warning === 'yellow').length,
      red: accepts.filter((t: { warning: string }) => t.warning === 'red').length,
    });
    expect(overview.acceptance).toEqual({ open: 3, yellow: 1, red: 1 });
    expect(overview.total.warnings + overview.total.overdue).toBe(0);
  });
});
