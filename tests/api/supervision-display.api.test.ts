/**
 * The hall screen's public endpoint: no sign-in, today's counts and the published catalogue, and
 * nothing personal — no case number, query code, applicant, account or department id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { chinaDateOfEpochMs } from '../../runtime/calendar/china-time.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const code = sampleMatter().code;
let s: TestServer;
const receipts: Array<{ caseNo: string; queryCode: string }> = [];

beforeAll(async () => {
  s = await startTestServer();
  const fileId = await uploadPdf(s);
  await s.catalog.createMatter(admin, { definition: sampleMatter() });
  await s.catalog.submit(admin, code);
  await s.catalog.publish(admin, code);
  for (let i = 0; i < 3; i++) {
    const res = await s.call('POST', '/api/cases', {
      body: {
        matterCode: code,
        situation: 'company',
        data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
        materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [fileId] })),
        applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
      },
    });
    expect(res.status, res.text).toBe(201);
    receipts.push(res.body);
  }
  const accepted = await s.call('POST', `/api/cases/${receipts[0]!.caseNo}/accept`, { token: await s.token('scjg-clerk'), body: {} });
  expect(accepted.status, accepted.text).toBe(200);
  const refused = await s.call('POST', `/api/cases/${receipts[1]!.caseNo}/refuse`, { token: await s.token('scjg-clerk'), body: { reasons: '不属于本机关职权范围' } });
  expect(refused.status, refused.text).toBe(200);
});
afterAll(() => s.close());

describe('GET /api/public/display', () => {
  it('answers without sign-in with today’s counts, the published catalogue and the departments by name', async () => {
    const res = await s.call('GET', '/api/public/display');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ date: chinaDateOfEpochMs(Date.now()), publishedMatters: 1, receivedToday: 3, acceptedToday: 1, concludedToday: 1 });
    // The refusal concluded today with no due date: nothing timed, no rate.
    expect(res.body.onTimeRate).toBeNull();
    expect(res.body.departments).toEqual([{ name: '市场监督管理局', publishedMatters: 1, receivedToday: 3, acceptedToday: 1, concludedToday: 1, onTimeRate: null, warnings: 0, overdue: 0 }]);
  });

  it('holds no personal data: no case number, query code, applicant, phone, account or department id', async () => {
    const { text } = await s.call('GET', '/api/public/display');
    for (const r of receipts) {
      expect(text).not.toContain(r.caseNo);
      expect(text).not.toContain(r.queryCode);
    }
    for (const secret of ['汉江市示例餐饮有限公司', '91350100M000100Y43', '13800138000', 'scjg-clerk', 'admin', '"scjg"', 'MF']) expect(text).not.toContain(secret);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (keys.add(k), walk(x));
    };
    walk(JSON.parse(text));
    expect([...keys].sort()).toEqual(['acceptedToday', 'concludedToday', 'date', 'departments', 'generatedAt', 'name', 'onTimeRate', 'overdue', 'publishedMatters', 'receivedToday', 'warnings'].sort());
  });

  it('is listed in the OpenAPI document as public', async () => {
    const spec = s.built.api.specs.find((r) => r.path === '/public/display');
    expect(spec).toMatchObject({ method: 'get', access: 'public' });
  });
});
