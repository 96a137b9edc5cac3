/**
 * Cases over HTTP on the sample 食品经营许可:
 *   受理 (scjg) → <+> 市场监管审查 (scjg) | 卫健审查 (wjw) <+> → <x> 决定 (scjg) → 准予许可
 * Apply, the one-time notice and supplying it, acceptance, the department boundary, the 409 race,
 * idempotent retries, conclusion, tracking, rating, complaints, supervision, and the audit chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import type { SqlClient } from '../../catalog/storage/sql-client.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, uploadPdf, type StaffName, type TestServer } from './api-harness.js';
import { staffToken } from './intake-staff.js';

const admin: Actor = { username: 'admin', role: 'admin' };
const code = sampleMatter().code;

/** The id of a file really uploaded (set in beforeAll): applications may cite only uploads. */
let fileId = '';

function application(overrides: Record<string, unknown> = {}) {
  const file = [fileId];
  return {
    matterCode: code,
    situation: 'company',
    data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
    materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: file })),
    applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
    ...overrides,
  };
}

const paths = (res: { body: any }) => (res.body.error?.details ?? []).map((d: { path: string }) => d.path);

describe('cases API', () => {
  let s: TestServer;
  const openTasks = async (caseNo: string, user: StaffName = 'admin') =>
    ((await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token(user) })).body.tasks as any[]).filter((t) => t.status === 'open');
  const complete = async (user: StaffName, task: { id: string; version: number }, action = 'approve', extra: Record<string, unknown> = {}) =>
    s.call('POST', `/api/tasks/${task.id}/complete`, { token: await s.token(user), body: { action, expectedVersion: task.version, ...extra } });
  const apply = async (body = application(), headers: Record<string, string> = {}) => s.call('POST', '/api/cases', { body, headers });

  beforeAll(async () => {
    s = await startTestServer();
    fileId = await uploadPdf(s);
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    await s.catalog.submit(admin, code);
    await s.catalog.publish(admin, code);
  });
  afterAll(() => s.close());

  it('an application with every error gets one 422 listing them all, and no case', async () => {
    const bad = application({ data: { operatorName: 'x', creditCode: 'not-a-code', byAgent: true }, materials: [], applicant: { kind: 'legal_person', name: 'x' } });
    const res = await apply(bad);
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(expect.arrayContaining(['/data/creditCode', '/data/businessCategory', '/materials/application-form', '/materials/agent-authorization', '/applicant/phone']));
  });

  it('materials citing files never uploaded are 422 naming each', async () => {
    const res = await apply(application({ materials: application().materials.map((m, i) => (i === 1 ? { ...m, fileIds: ['NOT-UPLOADED'] } : m)) }));
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(['/materials/1/fileIds/0']);
  });

  it('applying to an unknown matter is 404', async () => {
    expect((await apply(application({ matterCode: 'NOPE-404' }))).status).toBe(404);
  });

  it('a complete application is received: 201 with case number, query code, no due date before acceptance', async () => {
    const res = await apply();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ caseNo: expect.stringMatching(/^MF\d{8}-[A-Z2-9]{6}$/), queryCode: expect.any(String), status: 'submitted' });
    expect(res.body.dueDate).toBeUndefined();
  });

  it('a retry with the same Idempotency-Key returns the first receipt; another body with that key is refused', async () => {
    const headers = { 'idempotency-key': 'retry-test-0001' };
    const first = await apply(application(), headers);
    const again = await apply(application(), headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await apply(application({ situation: 'individual-business' }), headers);
    expect(other.status).toBe(422);
    const list = await s.call('GET', '/api/cases?pageSize=100', { token: await s.token('supervisor') });
    expect(list.body.items.filter((c: { caseNo: string }) => c.caseNo === first.body.caseNo)).toHaveLength(1);
  });

  it('the accepting department sees the accept task; another department neither sees nor completes it', async () => {
    const { caseNo } = (await apply()).body;
    const inbox = await s.call('GET', '/api/tasks?mine=1&pageSize=100', { token: await s.token('scjg-clerk') });
    const task = inbox.body.items.find((t: { caseNo: string }) => t.caseNo === caseNo);
    expect(task).toMatchObject({ stepName: '受理', departmentId: 'scjg', status: 'open' });
    const wjwInbox = await s.call('GET', '/api/tasks?mine=1&pageSize=100', { token: await s.token('wjw-clerk') });
    expect(wjwInbox.body.items.some((t: { caseNo: string }) => t.caseNo === caseNo)).toBe(false);
    expect((await complete('wjw-clerk', task, 'accept')).status).toBe(403);
    expect((await s.call('GET', `/api/cases/${caseNo}`, { token: await s.token('wjw-clerk') })).status).toBe(404);
    expect((await s.call('GET', `/api/tasks?department=scjg`, { token: await s.token('wjw-clerk') })).status).toBe(422);
  });

  it('the whole way: accept, parallel reviews (with a 409 race), decision, granted; tracked, rated once, audited', async () => {
    const receipt = (await apply()).body;
    const { caseNo, queryCode } = receipt;
    const [acceptTask] = await openTasks(caseNo);
    const accepted = await complete('scjg-clerk', acceptTask, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.case).toMatchObject({ status: 'in_progress', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    const reviews = await openTasks(caseNo);
    expect(reviews.map((t) => t.stepName).sort()).toEqual(['卫健审查', '市场监管审查']);
    const scjgReview = reviews.find((t) => t.departmentId === 'scjg');
    // Two clerks complete the same task at once: exactly one wins, the other is told so.
    const race = await Promise.all([complete('scjg-clerk', scjgReview), complete('scjg-clerk2', scjgReview)]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(race.find((r) => r.status === 409)!.body.error.code).toMatch(/CONFLICT/);
    // A stale view is refused too.
    expect((await complete('scjg-clerk', scjgReview)).status).toBe(409);

    const wjwReview = (await openTasks(caseNo)).find((t) => t.departmentId === 'wjw');
    expect((await complete('wjw-clerk', wjwReview)).status).toBe(200);
    const [decide] = await openTasks(caseNo);
    expect(decide.stepName).toBe('决定');
    const done = await complete('scjg-clerk', decide);
    expect(done.body.case).toMatchObject({ status: 'granted', outcome: 'granted' });

    const audit = (await s.call('GET', `/api/cases/${caseNo}/audit`, { token: await s.token('scjg-clerk') })).body as any[];
    expect(audit.filter((e) => e.action === 'task.closed' && e.payload.taskId === scjgReview.id)).toHaveLength(1);
    expect(audit[0].action).toBe('case.created');

    const progress = await s.call('GET', `/api/cases/${caseNo}?queryCode=${queryCode}`);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ caseNo, status: 'granted', matterName: '食品经营许可（新办）', matterVersion: 1 });
    expect(progress.body.steps).toHaveLength(4);
    expect(progress.text).not.toContain('汉江市示例餐饮有限公司');
    expect((await s.call('GET', `/api/cases/${caseNo}?queryCode=WRONGCODE1`)).status).toBe(404);
    expect((await s.call('GET', `/api/cases/${caseNo}`)).status).toBe(401);

    expect((await s.call('POST', `/api/cases/${caseNo}/rating`, { body: { queryCode, score: 9 } })).status).toBe(422);
    expect((await s.call('POST', `/api/cases/${caseNo}/rating`, { body: { queryCode: 'WRONGCODE1', score: 5 } })).status).toBe(404);
    expect((await s.call('POST', `/api/cases/${caseNo}/rating`, { body: { queryCode, score: 5, comment: '很快' } })).status).toBe(201);
    expect((await s.call('POST', `/api/cases/${caseNo}/rating`, { body: { queryCode, score: 1 } })).status).toBe(409);

    const overview = await s.call('GET', '/api/supervision/overview', { token: await s.token('supervisor') });
    expect(overview.status).toBe(200);
    expect(overview.body.total.byStatus.granted).toBeGreaterThanOrEqual(1);
    expect(overview.body.total.satisfaction.count).toBeGreaterThanOrEqual(1);
    expect(overview.body.byDepartment.find((d: { departmentId: string }) => d.departmentId === 'scjg')).toBeDefined();
    expect((await s.call('GET', '/api/supervision/overview', { token: await s.token('scjg-clerk') })).status).toBe(403);
  });

  it('staff of the case download its files; other departments and uncited files are 404', async () => {
    const { caseNo } = (await apply()).body;
    const ok = await fetch(`${s.url}/api/cases/${caseNo}/files/${fileId}`, { headers: { authorization: `Bearer ${await s.token('scjg-clerk')}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/pdf');
    expect((await ok.text()).startsWith('%PDF')).toBe(true);
    expect((await s.call('GET', `/api/cases/${caseNo}/files/${fileId}`, { token: await s.token('wjw-clerk') })).status).toBe(404);
    expect((await s.call('GET', `/api/cases/${caseNo}/files/other-file`, { token: await s.token('scjg-clerk') })).status).toBe(404);
    expect((await s.call('GET', `/api/cases/${caseNo}/files/${fileId}`)).status).toBe(401);
  });

  it('a rating before conclusion is refused', async () => {
    const { caseNo, queryCode } = (await apply()).body;
    expect((await s.call('POST', `/api/cases/${caseNo}/rating`, { body: { queryCode, score: 5 } })).status).toBe(409);
  });

  it('one-time notice: the clerk lists one item, the notice lists every missing material; the applicant supplies them', async () => {
    const partial = application({ materials: [{ materialId: 'application-form', fileIds: [fileId] }, { materialId: 'business-license', fileIds: [fileId] }, { materialId: 'site-layout', status: 'deferred' }, { materialId: 'safety-rules', fileIds: [fileId] }] });
    const { caseNo, queryCode } = (await apply(partial)).body;
    const res = await s.call('POST', `/api/cases/${caseNo}/supplement-request`, {
      token: await s.token('scjg-clerk'),
      body: { items: [{ materialId: 'business-license', problem: 'defective', note: '复印件不清晰' }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('supplement_requested');
    expect(res.body.notice.items.map((i: { materialId: string }) => i.materialId)).toContain('business-license');
    const tracked = await s.call('GET', `/api/cases/${caseNo}?queryCode=${queryCode}`);
    expect(tracked.body.notice.items.length).toBeGreaterThanOrEqual(1);
    const supplied = await s.call('POST', `/api/cases/${caseNo}/supplement`, { body: { queryCode, materials: res.body.notice.items.map((i: { materialId: string }) => ({ materialId: i.materialId, fileIds: [fileId] })) } });
    expect(supplied.status).toBe(200);
    expect(supplied.body.status).toBe('submitted');
    expect((await s.call('POST', `/api/cases/${caseNo}/supplement`, { body: { queryCode: 'WRONGCODE1', materials: [] } })).status).toBe(404);
  });

  it('refuse needs reasons; a refused case states the right to review; the supervisor cannot act', async () => {
    const { caseNo, queryCode } = (await apply()).body;
    expect((await s.call('POST', `/api/cases/${caseNo}/accept`, { token: await s.token('supervisor') })).status).toBe(403);
    expect((await s.call('POST', `/api/cases/${caseNo}/refuse`, { token: await s.token('scjg-clerk'), body: {} })).status).toBe(422);
    const refused = await s.call('POST', `/api/cases/${caseNo}/refuse`, { token: await s.token('scjg-clerk'), body: { reasons: '不属于本机关职权范围' } });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', outcome: 'refused' });
    const tracked = await s.call('GET', `/api/cases/${caseNo}?queryCode=${queryCode}`);
    expect(tracked.body.rightsNotice).toMatchObject({ kind: 'refusal', basis: expect.stringContaining('第三十二条'), remedies: expect.stringContaining('行政复议'), stepName: '受理' });
    expect((await s.call('POST', `/api/cases/${caseNo}/accept`, { token: await s.token('scjg-clerk') })).status).toBe(409);
  });

  it('suspend and resume move the clock; a clerk asks for an extension, only a leader decides it, once; the applicant may withdraw', async () => {
    const { caseNo, queryCode } = (await apply()).body;
    const clerk = await s.token('scjg-clerk');
    const leader = await staffToken(s, 'scjg-leader', 'leader', 'scjg');
    await s.call('POST', `/api/cases/${caseNo}/accept`, { token: clerk });
    const suspended = await s.call('POST', `/api/cases/${caseNo}/suspend`, { token: clerk, body: { kind: 'inspection', reason: '现场核查', expectedDays: 3 } });
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    const resumed = await s.call('POST', `/api/cases/${caseNo}/resume`, { token: clerk });
    expect(resumed.body.status).toBe('in_progress');
    expect((await s.call('POST', `/api/cases/${caseNo}/extend`, { token: clerk, body: { days: 5, reason: 'x' } })).status).toBe(404);

    const over = await s.call('POST', `/api/cases/${caseNo}/extension-request`, { token: clerk, body: { days: 11, reason: '需专家论证' } });
    expect(over.status).toBe(422);
    expect(paths(over)).toEqual(['/days']);
    expect((await s.call('GET', `/api/cases/${caseNo}`, { token: clerk })).body.extensionRequest).toBeUndefined();

    const asked = await s.call('POST', `/api/cases/${caseNo}/extension-request`, { token: clerk, body: { days: 5, reason: '需专家论证' } });
    expect(asked.status).toBe(200);
    expect(asked.body.extensionRequest).toMatchObject({ days: 5, status: 'pending', requestedBy: 'scjg-clerk' });
    expect(asked.body.dueDate).toBe(resumed.body.dueDate);
    expect((await s.call('POST', `/api/cases/${caseNo}/extension-decision`, { token: clerk, body: { approve: true } })).status).toBe(403);
    const approved = await s.call('POST', `/api/cases/${caseNo}/extension-decision`, { token: leader, body: { approve: true, comment: '同意' } });
    expect(approved.status).toBe(200);
    expect(approved.body.extension).toMatchObject({ days: 5, approvedBy: 'scjg-leader' });
    expect(approved.body.dueDate > resumed.body.dueDate).toBe(true);
    expect((await s.call('POST', `/api/cases/${caseNo}/extension-request`, { token: clerk, body: { days: 2, reason: '再次' } })).status).toBe(409);
    const stale = await s.call('POST', `/api/cases/${caseNo}/resume`, { token: clerk, body: { expectedVersion: 0 } });
    expect(stale.status).toBe(409);
    const withdrawn = await s.call('POST', `/api/cases/${caseNo}/withdraw`, { body: { queryCode, reason: '不再经营' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('staff lists: a clerk sees their department; filters are checked', async () => {
    const mine = await s.call('GET', '/api/cases?pageSize=100', { token: await s.token('scjg-clerk') });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((c: { departmentId: string }) => c.departmentId === 'scjg')).toBe(true);
    expect((await s.call('GET', '/api/cases?pageSize=100', { token: await s.token('wjw-clerk') })).body.total).toBe(0);
    expect((await s.call('GET', '/api/cases?status=granted', { token: await s.token('supervisor') })).body.total).toBeGreaterThanOrEqual(1);
    expect((await s.call('GET', '/api/cases?status=bogus', { token: await s.token('supervisor') })).status).toBe(400);
    expect((await s.call('GET', '/api/cases?from=yesterday', { token: await s.token('supervisor') })).status).toBe(400);
    expect((await s.call('GET', '/api/cases')).status).toBe(401);
  });

  it('complaints: public, checked, tied to a case only with its query code', async () => {
    const { caseNo, queryCode } = (await apply()).body;
    expect((await s.call('POST', '/api/complaints', { body: { text: '窗口人员态度不好', contact: '13800138000', caseNo, queryCode } })).status).toBe(201);
    expect((await s.call('POST', '/api/complaints', { body: { text: 'x', contact: 'y', caseNo, queryCode: 'WRONGCODE1' } })).status).toBe(404);
    expect((await s.call('POST', '/api/complaints', { body: { contact: 'y' } })).status).toBe(422);
    expect((await s.call('POST', '/api/complaints', { body: { text: 'x', contact: 'y', departmentId: 'nowhere' } })).status).toBe(422);
  });

  it('a 即办件 is decided at the counter: conclude at the accept step', async () => {
    const immediate = { ...sampleMatter(), code: 'SCJG-JB-0001', handlingType: 'immediate' as const, promisedDays: 0 };
    immediate.flow.nodes = immediate.flow.nodes.map((n) => (n.kind === 'step' ? { ...n, deadlineDays: 0 } : n));
    await s.catalog.createMatter(admin, { definition: immediate });
    await s.catalog.submit(admin, immediate.code);
    await s.catalog.publish(admin, immediate.code);
    const { caseNo } = (await apply(application({ matterCode: immediate.code }))).body;
    const [task] = await openTasks(caseNo);
    expect((await complete('scjg-clerk', task, 'conclude', { outcome: 'maybe' })).status).toBe(422);
    const done = await complete('scjg-clerk', task, 'conclude', { outcome: 'granted' });
    expect(done.status).toBe(200);
    expect(done.body.case).toMatchObject({ status: 'granted', outcome: 'granted' });
  });

  it('the audit chain verifies, and a tampered event is found', async () => {
    const token = await s.token('supervisor');
    expect((await s.call('GET', '/api/audit/verify', { token })).body).toMatchObject({ ok: true });
    const client = (s.deps.caseStore as unknown as { client: SqlClient }).client;
    const { rows } = await client.query<{ seq: number }>('SELECT seq FROM audit_events ORDER BY seq LIMIT 1 OFFSET 3');
    // Somebody with database access: the append-only trigger is theirs to disable, the hashes are not theirs to forge.
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await client.query(`UPDATE audit_events SET payload = '{"forged": true}'::jsonb WHERE seq = $1`, [rows[0].seq]);
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    const after = (await s.call('GET', '/api/audit/verify', { token })).body;
    expect(after.ok).toBe(false);
    expect(after.broken.seq).toBe(rows[0].seq);
  });
});

describe('file upload API', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const upload = (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
    return fetch(`${s.url}/api/files`, { method: 'POST', body: form });
  };

  it('a PDF is stored with its sha256; a text file named .pdf is refused by content', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const ok = await upload(pdf, '申请书.pdf');
    expect(ok.status).toBe(201);
    const body = await ok.json();
    expect(body).toMatchObject({ type: 'pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: pdf.length });
    expect((await s.deps.caseStore.getFile(body.id))?.sha256).toBe(body.sha256);
    const fake = await upload(new TextEncoder().encode('just text, not a pdf'), 'fake.pdf');
    expect(fake.status).toBe(415);
    expect((await fake.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
