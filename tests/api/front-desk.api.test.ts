/**
 * 一窗受理 · 统一出件 over HTTP, on a story matter of 市场监管局 that the centre's front desk (zhzx)
 * may accept:
 *   受理 (scjg; front desk allowed) → 会签审查 (scjg: s1, s2, s3) → 决定 (scjg) → 统一出件 (at the accepting desk) → 准予许可
 * Window intake with bad input (422 naming each field, nothing stored); an incomplete paper
 * application received at the front desk, the one-time notice, the applicant's supplement, the
 * front desk's acceptance, three signers on stale views without a false conflict, an extension
 * asked by a clerk and approved by the leader, the decision, delivery by post at the front desk,
 * the public tracking view, and supervision's credit: acceptance under the front desk, decision
 * under the matter's department.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import type { FlowNode, MatterDefinition } from '../../schemas/types.generated.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type TestServer } from './api-harness.js';
import { frontDesk, staffToken } from './intake-staff.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const SIGNERS = ['scjg-s1', 'scjg-s2', 'scjg-s3'];

function storyMatter(code: string, over: Partial<MatterDefinition> = {}): MatterDefinition {
  const base = sampleMatter();
  const accept = base.flow.nodes.find((n) => n.id === 'accept')!;
  const step = (id: string, name: string, stepType: FlowNode['stepType'], days: number, extra: Partial<FlowNode> = {}): FlowNode =>
    ({ id, kind: 'step', name, stepType, departmentId: 'scjg', mode: 'single', deadlineDays: days, checksMaterials: [], ...extra });
  return {
    ...base,
    code,
    name: `${base.name}·一窗`,
    intakeStages: 'one',
    frontDesks: ['zhzx'],
    extension: { maxDays: 10 },
    ...over,
    flow: {
      nodes: [
        { id: 'start', kind: 'start', name: '申请' },
        accept,
        step('review', '会签审查', 'review', 3, { mode: 'countersign', assignees: SIGNERS, checksMaterials: ['site-layout', 'safety-rules'] }),
        step('decide', '决定', 'decide', 2),
        step('deliver', '统一出件', 'deliver', 1, { atAcceptingDesk: true }),
        { id: 'granted', kind: 'end', name: '准予许可', outcome: 'granted' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'accept' },
        { id: 'e2', source: 'accept', target: 'review' },
        { id: 'e3', source: 'review', target: 'decide' },
        { id: 'e4', source: 'decide', target: 'deliver' },
        { id: 'e5', source: 'deliver', target: 'granted' },
      ],
    },
  };
}

const STORY = 'SCJG-XK-0801';
const BY_WINDOW = 'SCJG-XK-0802';
const TWO_STAGES = 'SCJG-XK-0803';
const NOT_OURS = 'SCJG-XK-0804';
const ON_THE_SPOT = 'SCJG-JB-0805';

let s: TestServer;
let fileId = '';
const tokens: Record<string, string> = {};

function intake(matterCode: string, materials: unknown[], extra: Record<string, unknown> = {}) {
  return {
    matterCode,
    situation: 'company',
    data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
    applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
    materials,
    ...extra,
  };
}
const complete = () => ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, status: 'provided' }));
const paths = (res: { body: any }) => (res.body.error?.details ?? []).map((d: { path: string }) => d.path);
const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) => s.call('POST', path, { token, body, headers });
const get = (path: string, token: string) => s.call('GET', path, { token });

beforeAll(async () => {
  s = await startTestServer();
  fileId = await uploadPdf(s);
  await s.store.putDepartment(frontDesk([BY_WINDOW]));
  tokens.desk = await staffToken(s, 'zhzx-clerk', 'clerk', 'zhzx', 'zh-01');
  tokens.leader = await staffToken(s, 'scjg-leader', 'leader', 'scjg');
  for (const u of SIGNERS) tokens[u] = await staffToken(s, u, 'clerk', 'scjg');
  tokens.clerk = await s.token('scjg-clerk');
  tokens.wjw = await s.token('wjw-clerk');
  tokens.supervisor = await s.token('supervisor');
  const immediate: MatterDefinition = { ...sampleMatter(), code: ON_THE_SPOT, handlingType: 'immediate', promisedDays: 0, coImplementingDepartments: ['wjw'] };
  immediate.flow.nodes = immediate.flow.nodes.map((n) => (n.kind === 'step' ? { ...n, deadlineDays: 0 } : n));
  for (const def of [storyMatter(STORY), storyMatter(BY_WINDOW, { frontDesks: [] }), storyMatter(TWO_STAGES, { intakeStages: 'two' }), storyMatter(NOT_OURS, { frontDesks: [] }), immediate]) {
    await s.catalog.createMatter(admin, { definition: def });
    await s.catalog.submit(admin, def.code);
    await s.catalog.publish(admin, def.code);
  }
});
afterAll(() => s.close());

describe('window intake: bad input', () => {
  it('unknown materials, files never uploaded and a material listed twice are each a 422 at its index; nothing is stored', async () => {
    const before = await s.deps.caseStore.countCases();
    const res = await post('/api/cases/intake', tokens.desk, intake(STORY, [
      { materialId: 'no-such-material', status: 'provided' },
      { materialId: 'application-form', status: 'provided', fileIds: ['NOT-UPLOADED'] },
      { materialId: 'application-form', status: 'missing' },
      { materialId: 'business-license', status: 'lost' },
    ]));
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(expect.arrayContaining(['/materials/0/materialId', '/materials/1/fileIds/0', '/materials/2/materialId', '/materials/3/status']));
    const form = await post('/api/cases/intake', tokens.desk, { ...intake(STORY, complete()), data: { operatorName: 'x' } });
    expect(form.status).toBe(422);
    expect(paths(form)).toContain('/data/creditCode');
    expect(await s.deps.caseStore.countCases()).toBe(before);
  });

  it('a department that is no front desk for the matter may not receive it; an applicant cannot either', async () => {
    expect((await post('/api/cases/intake', tokens.wjw, intake(STORY, complete()))).status).toBe(403);
    expect((await post('/api/cases/intake', tokens.desk, intake(NOT_OURS, complete()))).status).toBe(403);
    expect((await s.call('POST', '/api/cases/intake', { body: intake(STORY, complete()) })).status).toBe(401);
  });

  it('accept=true: a complete one-stage application is accepted at once; incomplete is 422, two stages 409; nothing stored for either', async () => {
    const before = await s.deps.caseStore.countCases();
    const missing = complete().map((m) => (m.materialId === 'application-form' ? { ...m, status: 'missing' } : m));
    const incomplete = await post('/api/cases/intake', tokens.desk, intake(STORY, missing, { accept: true }));
    expect(incomplete.status).toBe(422);
    expect(paths(incomplete)).toEqual(['/accept']);
    expect((await post('/api/cases/intake', tokens.desk, intake(TWO_STAGES, complete(), { accept: true }))).status).toBe(409);
    expect(await s.deps.caseStore.countCases()).toBe(before);

    const res = await post('/api/cases/intake', tokens.desk, intake(STORY, complete(), { accept: true }), { 'idempotency-key': 'intake-accept-0001' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'in_progress', missing: [], dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), queryCode: expect.any(String) });
    const again = await post('/api/cases/intake', tokens.desk, intake(STORY, complete(), { accept: true }), { 'idempotency-key': 'intake-accept-0001' });
    expect(again.body).toEqual(res.body);
    const view = (await get(`/api/cases/${res.body.caseNo}`, tokens.desk)).body;
    expect(view.acceptedBy).toMatchObject({ username: 'zhzx-clerk', departmentId: 'zhzx', windowId: 'zh-01' });
  });

  it('two stages: 收件 first, 受理 later by the front desk; a key reused for another body is 422', async () => {
    const received = await post('/api/cases/intake', tokens.desk, intake(TWO_STAGES, complete()), { 'idempotency-key': 'intake-two-0001' });
    expect(received.status, received.text).toBe(201);
    expect(received.body).toMatchObject({ status: 'submitted', missing: [] });
    expect(received.body.dueDate).toBeUndefined();
    const reused = await post('/api/cases/intake', tokens.desk, intake(TWO_STAGES, complete(), { situation: 'individual-business' }), { 'idempotency-key': 'intake-two-0001' });
    expect(reused.status).toBe(422);
    const accepted = await post(`/api/cases/${received.body.caseNo}/accept`, tokens.desk, {});
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'in_progress', acceptedBy: { departmentId: 'zhzx' }, dueDate: expect.any(String), warning: 'none' });
  });

  it('a front desk window that lists the matter in acceptsMatters may receive it though the matter names no front desk', async () => {
    const res = await post('/api/cases/intake', tokens.desk, intake(BY_WINDOW, complete()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', missing: [], acceptDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

describe('the front desk story', () => {
  let caseNo = '';
  let queryCode = '';
  const view = async (token = tokens.desk) => (await get(`/api/cases/${caseNo}`, token)).body;
  const openTask = async (stepName: string, token = tokens.desk) => (await view(token)).tasks.find((t: any) => t.stepName === stepName && t.status === 'open');
  const act = (task: { id: string; version: number }, token: string, action: string, extra: Record<string, unknown> = {}) =>
    post(`/api/tasks/${task.id}/complete`, token, { action, expectedVersion: task.version, ...extra });

  it('receives an incomplete paper application: received, not refused, with what the notice must name', async () => {
    const res = await post('/api/cases/intake', tokens.desk, intake(STORY, [
      { materialId: 'application-form', status: 'missing' },
      { materialId: 'business-license', status: 'defective', note: '复印件不清晰' },
      { materialId: 'site-layout', status: 'provided' },
      { materialId: 'safety-rules', status: 'provided', fileIds: [fileId] },
    ]));
    expect(res.status).toBe(201);
    ({ caseNo, queryCode } = res.body);
    expect(res.body).toMatchObject({ status: 'submitted', matterCode: STORY, matterVersion: 1, acceptDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(res.body.missing).toEqual([
      { materialId: 'application-form', name: '食品经营许可申请书', problem: 'missing' },
      { materialId: 'business-license', name: '营业执照', problem: 'defective', note: '复印件不清晰' },
    ]);
    const c = await view();
    expect(c.intake).toMatchObject({ channel: 'window', receivedBy: { username: 'zhzx-clerk', departmentId: 'zhzx', windowId: 'zh-01' } });
    const accept = c.tasks[0];
    expect(accept).toMatchObject({ stepName: '受理', departmentId: 'scjg', kind: 'work', warning: 'none', dueDate: c.acceptDueDate, warnAt: expect.any(String) });
    expect((await get('/api/cases?scope=desk&pageSize=100', tokens.desk)).body.items.map((x: any) => x.caseNo)).toContain(caseNo);
    expect((await get('/api/cases?pageSize=100', tokens.desk)).body.items.map((x: any) => x.caseNo)).not.toContain(caseNo);
    expect((await get('/api/cases?scope=desk&pageSize=100', tokens.wjw)).body.items.map((x: any) => x.caseNo)).not.toContain(caseNo);
  });

  it('the front desk issues the one-time notice naming both; the applicant supplies them; the front desk accepts and keeps following', async () => {
    const notice = await act(await openTask('受理'), tokens.desk, 'supplement-request', { items: [] });
    expect(notice.status, notice.text).toBe(200);
    expect(notice.body.case.status).toBe('supplement_requested');
    expect(notice.body.case.notice.items.map((i: any) => i.materialId).sort()).toEqual(['application-form', 'business-license']);
    const supplied = await s.call('POST', `/api/cases/${caseNo}/supplement`, {
      body: { queryCode, materials: [{ materialId: 'application-form', fileIds: [fileId] }, { materialId: 'business-license', fileIds: [fileId] }] },
    });
    expect(supplied.status, supplied.text).toBe(200);
    const accepted = await act(await openTask('受理'), tokens.desk, 'accept');
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.case).toMatchObject({ status: 'in_progress', acceptedBy: { departmentId: 'zhzx', windowId: 'zh-01' }, warning: 'none' });
    expect((await get(`/api/cases/${caseNo}`, tokens.desk)).status).toBe(200);
    expect((await get('/api/cases?scope=desk&pageSize=100', tokens.desk)).body.items.map((x: any) => x.caseNo)).toContain(caseNo);
  });

  it('three 会签 signers sign from the view they loaded: no false conflict, progress shown, a second signature refused', async () => {
    const stale = await openTask('会签审查', tokens['scjg-s1']);
    expect(stale.signProgress).toEqual({ required: SIGNERS, signed: [], pending: SIGNERS });
    const inbox = (await get('/api/tasks?mine=1&pageSize=100', tokens['scjg-s2'])).body;
    expect(inbox.items.find((t: any) => t.id === stale.id)).toMatchObject({ warning: 'none', warnAt: expect.any(String), signProgress: { pending: SIGNERS } });
    expect((await act(stale, tokens['scjg-s1'], 'approve')).status).toBe(200);
    const second = await act(stale, tokens['scjg-s2'], 'approve');
    expect(second.status, second.text).toBe(200);
    expect(second.body.task.signProgress).toEqual({ required: SIGNERS, signed: ['scjg-s1', 'scjg-s2'], pending: ['scjg-s3'] });
    expect((await act(stale, tokens['scjg-s1'], 'approve')).status).toBe(409);
    const third = await act(stale, tokens['scjg-s3'], 'approve');
    expect(third.status, third.text).toBe(200);
    expect(third.body.task.status).toBe('completed');
  });

  it('a clerk asks for an extension, over the limit is 422 on /days, the leader approves and the due date moves', async () => {
    const before = await view(tokens.clerk);
    const over = await post(`/api/cases/${caseNo}/extension-request`, tokens['scjg-s1'], { days: 12, reason: '需现场核查' });
    expect(over.status).toBe(422);
    expect(paths(over)).toEqual(['/days']);
    expect((await view(tokens.clerk)).version).toBe(before.version);
    expect((await post(`/api/cases/${caseNo}/extension-request`, tokens['scjg-s1'], { days: 5, reason: '需现场核查' })).status).toBe(200);
    expect((await post(`/api/cases/${caseNo}/extension-decision`, tokens['scjg-s1'], { approve: true })).status).toBe(403);
    const approved = await post(`/api/cases/${caseNo}/extension-decision`, tokens.leader, { approve: true });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.extensionRequest).toMatchObject({ status: 'approved', decidedBy: 'scjg-leader' });
    expect(approved.body.dueDate > before.dueDate).toBe(true);
  });

  it('the decision is made in 市场监管局; the result is delivered by post at the front desk; the tracking page shows how, not where', async () => {
    expect((await act(await openTask('决定', tokens.clerk), tokens.clerk, 'approve')).status).toBe(200);
    const deliver = await openTask('统一出件');
    expect(deliver).toMatchObject({ departmentId: 'zhzx', status: 'open' });
    expect((await get('/api/tasks?mine=1&pageSize=100', tokens.desk)).body.items.map((t: any) => t.id)).toContain(deliver.id);
    const bad = await act(deliver, tokens.desk, 'deliver', { delivery: { method: 'post', address: '汉江市汉滨区兴安路1号', waybillNo: 'x' } });
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(['/delivery/waybillNo']);
    const done = await act(deliver, tokens.desk, 'deliver', { delivery: { method: 'post', address: '汉江市汉滨区兴安路1号', waybillNo: 'SF1234567890', recipient: '张三' } });
    expect(done.status, done.text).toBe(200);
    expect(done.body.case).toMatchObject({ status: 'granted', delivery: { method: 'post', waybillNo: 'SF1234567890', address: '汉江市汉滨区兴安路1号' } });
    const tracked = await s.call('GET', `/api/cases/${caseNo}?queryCode=${queryCode}`);
    expect(tracked.body).toMatchObject({ status: 'granted', dueDateProvisional: false, delivery: { method: 'post', waybillNo: 'SF1234567890' } });
    expect(tracked.text).not.toContain('兴安路');
    expect(tracked.text).not.toContain('张三');
  });

  it('supervision credits the acceptance to the front desk and its window, the decision to 市场监管局', async () => {
    const credit = (await get('/api/supervision/credit', tokens.supervisor)).body;
    const dept = (id: string) => credit.departments.find((d: any) => d.departmentId === id);
    expect(dept('zhzx')).toMatchObject({ name: '汉江市政务服务中心综合窗口', accepted: expect.any(Number) });
    expect(dept('zhzx').accepted).toBeGreaterThanOrEqual(2);
    expect(dept('zhzx').received).toBeGreaterThanOrEqual(3);
    expect(dept('zhzx').decided).toBe(0);
    expect(dept('scjg')).toMatchObject({ decided: 1, granted: 1, denied: 0, accepted: 0 });
    expect(credit.windows.find((w: any) => w.windowId === 'zh-01')).toMatchObject({ departmentId: 'zhzx', name: '综合受理窗口' });
    expect((await get('/api/supervision/credit', tokens.clerk)).status).toBe(403);
    const score = (await get('/api/supervision/score', tokens.supervisor)).body;
    expect(score.windows.find((w: any) => w.windowId === 'zh-01')).toMatchObject({ departmentId: 'zhzx', windowName: '综合受理窗口' });
  });
});

describe('知会', () => {
  it('a 即办件 concluded on the spot opens an inform task in the co-implementing department’s inbox; it acknowledges', async () => {
    const received = await post('/api/cases/intake', tokens.clerk, intake(ON_THE_SPOT, complete()));
    expect(received.status, received.text).toBe(201);
    const [task] = ((await get(`/api/cases/${received.body.caseNo}`, tokens.clerk)).body.tasks as any[]).filter((t) => t.status === 'open');
    const done = await post(`/api/tasks/${task.id}/complete`, tokens.clerk, { action: 'conclude', outcome: 'granted', expectedVersion: task.version });
    expect(done.status, done.text).toBe(200);
    expect(done.body.case.status).toBe('granted');
    const inbox = (await get('/api/tasks?mine=1&pageSize=100', tokens.wjw)).body;
    const inform = inbox.items.find((t: any) => t.caseNo === received.body.caseNo);
    expect(inform).toMatchObject({ kind: 'inform', departmentId: 'wjw', status: 'open', warning: 'none' });
    const ack = await post(`/api/tasks/${inform.id}/complete`, tokens.wjw, { action: 'acknowledge', expectedVersion: inform.version });
    expect(ack.status, ack.text).toBe(200);
    expect(ack.body.task).toMatchObject({ status: 'completed', action: 'acknowledge' });
    const credit = (await get('/api/supervision/credit', tokens.supervisor)).body;
    expect(credit.departments.find((d: any) => d.departmentId === 'wjw')?.decided ?? 0).toBe(0);
  });
});
