/**
 * The staff case view names the people in its history: a window intake's `submit` line, recorded
 * under the receiving desk without a name, carries the clerk's display name from the catalogue;
 * an account without one stays its username.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { historyWithNames } from '../../runtime/cases/history-names.js';
import type { HistoryEntry } from '../../runtime/engine/index.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
  const def = sampleMatter();
  await s.catalog.createMatter(admin, { definition: def });
  await s.catalog.submit(admin, def.code);
  await s.catalog.publish(admin, def.code);
});
afterAll(() => s.close());

it('a window intake\'s submit line names the receiving clerk by display name', async () => {
  const clerk = (await s.store.getAccount('scjg-clerk'))!;
  await s.store.updateAccount({ ...clerk, displayName: '田建国' });
  const token = await s.token('scjg-clerk');
  const def = sampleMatter();
  const res = await s.call('POST', '/api/cases/intake', {
    token,
    body: {
      matterCode: def.code,
      situation: 'company',
      data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
      applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
      materials: def.materials.filter((m) => m.requirement === 'required').map((m) => ({ materialId: m.id, status: 'missing' })),
    },
  });
  expect(res.status, res.text).toBe(201);
  const view = (await s.call('GET', `/api/cases/${res.body.caseNo}`, { token })).body;
  expect(view.history.find((h: HistoryEntry) => h.action === 'submit').actor).toMatchObject({ kind: 'account', username: 'scjg-clerk', displayName: '田建国' });
});

it('looks each unnamed account up once, keeps recorded names, applicants and unknown accounts as they are', async () => {
  const line = (actor: HistoryEntry['actor']): HistoryEntry => ({ at: '2026-12-01T01:00:00Z', action: 'x', actor, detail: {} });
  const asked: string[] = [];
  const out = await historyWithNames(
    [line({ kind: 'account', username: 'a' }), line({ kind: 'account', username: 'a' }), line({ kind: 'account', username: 'b', displayName: '已记' }), line({ kind: 'applicant' }), line({ kind: 'account', username: 'gone' })],
    async (u) => (asked.push(u), u === 'a' ? '甲' : undefined),
  );
  expect(out.map((h) => h.actor.displayName ?? h.actor.username ?? h.actor.kind)).toEqual(['甲', '甲', '已记', 'applicant', 'gone']);
  expect(asked.sort()).toEqual(['a', 'gone']);
});
