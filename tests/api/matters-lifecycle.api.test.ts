/**
 * The matter life cycle over HTTP, in the order a department lives it:
 *   editor creates draft → saves → submits → admin publishes v1 → editor starts a new draft →
 *   saves the simplified definition → submits → admin rejects → editor resubmits → admin publishes v2
 *   → admin retires. Each step also checks its refusals (4xx) and the department boundary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMatter, simplifiedSampleMatter } from '../fixtures/matters.js';
import { startTestServer, type TestServer } from './api-harness.js';

const paths = (res: { body: any }) => (res.body.error?.details ?? []).map((d: { path: string }) => d.path);

describe('matter life cycle API', () => {
  let s: TestServer;
  const def = sampleMatter();
  const code = def.code;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('an editor creates a draft of their own department (201) but not of another (403)', async () => {
    const other = await s.call('POST', '/api/matters', { token: await s.token('wjw-editor'), body: { definition: def } });
    expect(other.status).toBe(403);
    const res = await s.call('POST', '/api/matters', { token: await s.token('scjg-editor'), body: { definition: def, changeSummary: '首次录入' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code, status: 'draft', liveVersion: null, revision: 1 });
    expect(res.body.draft.history[0]).toMatchObject({ by: 'scjg-editor', action: 'created' });
  });

  it('creating it again is 409; clerks, supervisors and the public cannot create', async () => {
    expect((await s.call('POST', '/api/matters', { token: await s.token('scjg-editor'), body: { definition: def } })).status).toBe(409);
    expect((await s.call('POST', '/api/matters', { token: await s.token('scjg-clerk'), body: { definition: { ...def, code: 'X-1000' } } })).status).toBe(403);
    expect((await s.call('POST', '/api/matters', { token: await s.token('supervisor'), body: { definition: { ...def, code: 'X-1000' } } })).status).toBe(403);
    expect((await s.call('POST', '/api/matters', { body: { definition: { ...def, code: 'X-1000' } } })).status).toBe(401);
  });

  it('an invalid definition is 422 naming each field; nothing is created', async () => {
    const bad = { ...sampleMatter(), code: 'NEW-2000', name: '', statutoryDays: -1 };
    const res = await s.call('POST', '/api/matters', { token: await s.token('scjg-editor'), body: { definition: bad } });
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(expect.arrayContaining(['/definition/name', '/definition/statutoryDays']));
    expect(await s.store.getHead('NEW-2000')).toBeUndefined();
  });

  it('the draft is visible to its department, admin and supervisor, not to another department or the public', async () => {
    expect((await s.call('GET', `/api/matters/${code}/draft`, { token: await s.token('scjg-editor') })).status).toBe(200);
    expect((await s.call('GET', `/api/matters/${code}/draft`, { token: await s.token('supervisor') })).status).toBe(200);
    expect((await s.call('GET', `/api/matters/${code}/draft`, { token: await s.token('wjw-editor') })).status).toBe(403);
    expect((await s.call('GET', `/api/matters/${code}/draft`)).status).toBe(401);
    expect((await s.call('GET', `/api/matters/${code}`)).status).toBe(404);
    expect((await s.call('GET', `/api/matters/${code}/versions/draft`)).status).toBe(404);
  });

  it('saving the draft bumps the revision; a stale revision is 409; another department is 403', async () => {
    const token = await s.token('scjg-editor');
    const edited = { ...sampleMatter(), name: `${def.name}（修订）` };
    const ok = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: edited, revision: 1, changeSummary: '改名' } });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(2);
    expect(ok.body.draft.definition.name).toBe(edited.name);
    const stale = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: def, revision: 1 } });
    expect(stale.status).toBe(409);
    const foreign = await s.call('PUT', `/api/matters/${code}/draft`, { token: await s.token('wjw-editor'), body: { definition: def } });
    expect(foreign.status).toBe(403);
    const recode = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: { ...def, code: 'OTHER-1' } } });
    expect(recode.status).toBe(422);
    expect(paths(recode)).toContain('/definition/code');
    const moved = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: { ...def, departmentId: 'wjw' } } });
    expect(moved.status).toBe(403);
    expect((await s.store.getHead(code))?.draft?.definition.name).toBe(edited.name);
  });

  it('a draft with lint errors cannot be submitted (422 LINT_FAILED listing them)', async () => {
    const token = await s.token('scjg-editor');
    const broken = { ...sampleMatter(), promisedDays: sampleMatter().statutoryDays + 5 };
    await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: broken } });
    const res = await s.call('POST', `/api/matters/${code}/draft/submit`, { token });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('LINT_FAILED');
    expect(res.body.error.details.length).toBeGreaterThan(0);
    const lint = await s.call('GET', `/api/matters/${code}/lint`, { token });
    expect(lint.body.ok).toBe(false);
    expect(lint.body.errors.map((f: { rule: string }) => f.rule)).toContain('guide.promise-exceeds-statute');
    await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: def } });
  });

  it('submit → publish: only the admin publishes, and v1 becomes live', async () => {
    const editor = await s.token('scjg-editor');
    expect((await s.call('POST', `/api/matters/${code}/draft/publish`, { token: editor })).status).toBe(403);
    const submitted = await s.call('POST', `/api/matters/${code}/draft/submit`, { token: editor });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    expect((await s.call('PUT', `/api/matters/${code}/draft`, { token: editor, body: { definition: def } })).status).toBe(409);
    const queue = await s.call('GET', '/api/workspace/matters?status=in_review', { token: await s.token('admin') });
    expect(queue.body.map((h: { code: string }) => h.code)).toContain(code);
    const published = await s.call('POST', `/api/matters/${code}/draft/publish`, { token: await s.token('admin') });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ liveVersion: 1, status: 'published', draft: null });
    const live = await s.call('GET', `/api/matters/${code}`);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ code, version: 1, status: 'published', reviewedBy: 'admin', author: 'scjg-editor' });
    expect(live.body.history.map((h: { action: string }) => h.action)).toEqual(['created', 'edited', 'edited', 'edited', 'submitted', 'published']);
    expect((await s.call('POST', `/api/matters/${code}/draft/publish`, { token: await s.token('admin') })).status).toBe(409);
  });

  it('a new draft from live, simplified, rejected with a reason, resubmitted and published as v2', async () => {
    const editor = await s.token('scjg-editor');
    const admin = await s.token('admin');
    const started = await s.call('POST', `/api/matters/${code}/draft`, { token: editor, body: { changeSummary: '压缩时限' } });
    expect(started.status).toBe(201);
    expect(started.body.draft).toMatchObject({ version: 2, basedOn: 1, status: 'draft' });
    expect((await s.call('POST', `/api/matters/${code}/draft`, { token: editor })).status).toBe(409);
    const saved = await s.call('PUT', `/api/matters/${code}/draft`, { token: editor, body: { definition: simplifiedSampleMatter(), changeSummary: '减少环节与材料' } });
    expect(saved.status).toBe(200);
    await s.call('POST', `/api/matters/${code}/draft/submit`, { token: editor });
    expect((await s.call('POST', `/api/matters/${code}/draft/reject`, { token: admin, body: {} })).status).toBe(422);
    expect((await s.call('POST', `/api/matters/${code}/draft/reject`, { token: editor, body: { reason: 'x' } })).status).toBe(403);
    const rejected = await s.call('POST', `/api/matters/${code}/draft/reject`, { token: admin, body: { reason: '请补充法律依据' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.draft).toMatchObject({ status: 'rejected', rejectReason: '请补充法律依据' });
    const mine = await s.call('GET', '/api/workspace/matters', { token: editor });
    expect(mine.body.find((h: { code: string }) => h.code === code).draft.rejectReason).toBe('请补充法律依据');
    expect((await s.call('POST', `/api/matters/${code}/draft/submit`, { token: editor })).status).toBe(200);
    const v2 = await s.call('POST', `/api/matters/${code}/draft/publish`, { token: admin });
    expect(v2.body.liveVersion).toBe(2);
    const versions = await s.call('GET', `/api/matters/${code}/versions`);
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'published']]);
    expect((await s.call('GET', `/api/matters/${code}/versions/1`)).body.definition).toEqual(def);
    expect((await s.call('GET', `/api/matters/${code}/versions/2`)).body.definition).toEqual(simplifiedSampleMatter());
  });

  it('the workspace list is scoped to the department', async () => {
    const wjw = await s.call('GET', '/api/workspace/matters', { token: await s.token('wjw-editor') });
    expect(wjw.status).toBe(200);
    expect(wjw.body.map((h: { code: string }) => h.code)).not.toContain(code);
    expect((await s.call('GET', '/api/workspace/matters')).status).toBe(401);
    expect((await s.call('GET', '/api/workspace/matters?status=bogus', { token: await s.token('admin') })).status).toBe(400);
  });

  it('retire: admin only; afterwards the live version is gone but versions stay readable', async () => {
    expect((await s.call('POST', `/api/matters/${code}/retire`, { token: await s.token('scjg-editor') })).status).toBe(403);
    const res = await s.call('POST', `/api/matters/${code}/retire`, { token: await s.token('admin') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'retired', liveVersion: null });
    expect((await s.call('GET', `/api/matters/${code}`)).status).toBe(404);
    expect((await s.call('GET', `/api/matters/${code}/versions/2`)).body.status).toBe('retired');
    expect((await s.call('GET', `/api/matters?q=${encodeURIComponent(def.name)}`)).body.total).toBe(0);
    expect((await s.call('POST', `/api/matters/${code}/retire`, { token: await s.token('admin') })).status).toBe(409);
  });

  it('unknown matters and versions are 404; malformed version numbers 400', async () => {
    expect((await s.call('GET', '/api/matters/NOPE-404')).status).toBe(404);
    expect((await s.call('GET', `/api/matters/${code}/versions/9`)).status).toBe(404);
    expect((await s.call('GET', `/api/matters/${code}/versions/abc`)).status).toBe(400);
    expect((await s.call('POST', '/api/matters/NOPE-404/draft/submit', { token: await s.token('admin') })).status).toBe(404);
  });
});
