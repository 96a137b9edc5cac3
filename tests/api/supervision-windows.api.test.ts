/**
 * GET /api/supervision/score by hall window (窗口): a case counts under the window of the clerk who
 * accepted it; cases not accepted, or accepted by a clerk without a window, under the department's
 * no-window row (windowId null). Two clerks of 市场监管局 at two windows accept one case each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, TEST_PASSWORD, uploadPdf, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const code = sampleMatter().code;

let s: TestServer;
let fileId = '';

interface WindowRow {
  departmentId: string;
  windowId: string | null;
  windowName: string | null;
  figures: { cases: number; complaints: number; supplemented: number };
  score: number | null;
  indicators: { indicator: string; contribution: number }[];
}

function application() {
  return {
    matterCode: code,
    situation: 'company',
    data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
    materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
    applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
  };
}

const login = async (username: string) => {
  const res = await s.call('POST', '/api/auth/login', { body: { username, password: TEST_PASSWORD } });
  expect(res.status, res.text).toBe(200);
  return res.body.token as string;
};
const apply = async () => (await s.call('POST', '/api/cases', { body: application() })).body as { caseNo: string; queryCode: string };
const accept = async (caseNo: string, token: string) => {
  const res = await s.call('POST', `/api/cases/${caseNo}/accept`, { token, body: {} });
  expect(res.status, res.text).toBe(200);
};
const windows = async () => {
  const res = await s.call('GET', '/api/supervision/score', { token: await s.token('supervisor') });
  expect(res.status, res.text).toBe(200);
  return res.body.windows as WindowRow[];
};

beforeAll(async () => {
  s = await startTestServer();
  fileId = await uploadPdf(s);
  await s.store.putDepartment({ id: 'scjg', name: '市场监督管理局', windows: [{ id: 'a3', name: 'A区3号窗口' }, { id: 'a4', name: 'A区4号窗口' }] });
  const adminToken = await s.token('admin');
  for (const [username, windowId] of [['win-a3', 'a3'], ['win-a4', 'a4']]) {
    const res = await s.call('POST', '/api/accounts', { token: adminToken, body: { username, password: TEST_PASSWORD, role: 'clerk', departmentId: 'scjg', windowId } });
    expect(res.status, res.text).toBe(201);
  }
  await s.catalog.createMatter(admin, { definition: sampleMatter() });
  await s.catalog.submit(admin, code);
  await s.catalog.publish(admin, code);

  const [atA3, atA4, noWindow] = [await apply(), await apply(), await apply()];
  await apply(); // not accepted
  await accept(atA3.caseNo, await login('win-a3'));
  await accept(atA4.caseNo, await login('win-a4'));
  await accept(noWindow.caseNo, await s.token('scjg-clerk'));
  const complaint = await s.call('POST', '/api/complaints', { body: { text: '窗口人员态度不好', contact: '13800138000', caseNo: atA4.caseNo, queryCode: atA4.queryCode } });
  expect(complaint.status, complaint.text).toBe(201);
}, 120_000);

afterAll(async () => {
  await s?.close();
});

describe('GET /api/supervision/score by window', () => {
  it('puts each case under the window of the clerk who accepted it', async () => {
    const rows = await windows();
    expect(rows.map((w) => [w.departmentId, w.windowId, w.windowName, w.figures.cases])).toEqual([
      ['scjg', 'a3', 'A区3号窗口', 1],
      ['scjg', 'a4', 'A区4号窗口', 1],
      ['scjg', null, null, 2],
    ]);
  });

  it('scores each window with the same weighted indicators, explained', async () => {
    const rows = await windows();
    const a3 = rows.find((w) => w.windowId === 'a3')!;
    const a4 = rows.find((w) => w.windowId === 'a4')!;
    expect(a4.figures.complaints).toBe(1);
    expect(a3.figures.complaints).toBe(0);
    expect(a3.indicators.map((i) => i.indicator)).toEqual(['onTimeRate', 'satisfaction', 'complaints', 'supplementRate']);
    expect(a3.score).toBeCloseTo(a3.indicators.reduce((sum, i) => sum + i.contribution, 0), 8);
    // The complaint on a4's case lowers its score below a3's.
    expect(a4.score!).toBeLessThan(a3.score!);
  });

  it('the window rows add up to the department', async () => {
    const res = await s.call('GET', '/api/supervision/score', { token: await s.token('admin') });
    const dept = (res.body.departments as { departmentId: string; figures: { cases: number } }[]).find((d) => d.departmentId === 'scjg')!;
    expect((res.body.windows as WindowRow[]).filter((w) => w.departmentId === 'scjg').reduce((sum, w) => sum + w.figures.cases, 0)).toBe(dept.figures.cases);
  });

  it('an empty window of time has no window rows; a bad window is a 400', async () => {
    const token = await s.token('supervisor');
    const past = await s.call('GET', '/api/supervision/score?from=2020-01-01&to=2020-02-01', { token });
    expect(past.status).toBe(200);
    expect(past.body.windows).toEqual([]);
    expect((await s.call('GET', '/api/supervision/score?from=2020-02-01&to=2020-01-01', { token })).status).toBe(400);
    expect((await s.call('GET', '/api/supervision/score', { token: await s.token('scjg-clerk') })).status).toBe(403);
  });
});
