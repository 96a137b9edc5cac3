/** Public reads of the published catalogue: search, guide, form, form types, metrics and compare. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { sampleMatter, simplifiedSampleMatter } from '../fixtures/matters.js';
import { startTestServer, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };

describe('published catalogue API', () => {
  let s: TestServer;
  const code = sampleMatter().code;
  beforeAll(async () => {
    s = await startTestServer();
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    await s.catalog.submit(admin, code);
    await s.catalog.publish(admin, code);
    await s.catalog.startDraft(admin, code);
    await s.catalog.saveDraft(admin, code, { definition: simplifiedSampleMatter() });
    await s.catalog.submit(admin, code);
    await s.catalog.publish(admin, code);
    await s.catalog.startDraft(admin, code);
  });
  afterAll(() => s.close());

  it.each([
    ['its Chinese name', () => sampleMatter().name.slice(0, 2)],
    ['its code', () => code],
  ])('search finds the matter by %s', async (_n, q) => {
    const res = await s.call('GET', `/api/matters?q=${encodeURIComponent(q())}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { code: string }) => i.code)).toContain(code);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
  });

  it('search filters by department and type, and pages', async () => {
    expect((await s.call('GET', '/api/matters?department=scjg')).body.total).toBe(1);
    expect((await s.call('GET', '/api/matters?department=wjw')).body.total).toBe(0);
    expect((await s.call('GET', `/api/matters?type=${simplifiedSampleMatter().type.code}`)).body.total).toBe(1);
    const page2 = await s.call('GET', '/api/matters?page=2&pageSize=1');
    expect(page2.body).toEqual({ items: [], total: 1 });
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['type=ZZ', 'type'],
    ['onlineDepth=9', 'onlineDepth'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['page=1&page=2', 'page'],
  ])('search with %s is 400 naming the parameter', async (query, param) => {
    const res = await s.call('GET', `/api/matters?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe(`?${param}`);
  });

  it('the live version is v2 and the draft does not leak to the public', async () => {
    expect((await s.call('GET', `/api/matters/${code}`)).body.version).toBe(2);
    expect((await s.call('GET', `/api/matters/${code}/versions`)).body).toHaveLength(2);
  });

  it('the form endpoint serves the live form with situations and materials', async () => {
    const res = await s.call('GET', `/api/matters/${code}/form`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code, version: 2, form: simplifiedSampleMatter().form, materials: simplifiedSampleMatter().materials });
  });

  it('form.d.ts is TypeScript declaring the form data', async () => {
    const res = await s.call('GET', `/api/matters/${code}/form.d.ts`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('typescript');
    expect(res.text).toContain('export interface ApplicationData');
    for (const field of Object.keys(simplifiedSampleMatter().form.properties)) expect(res.text).toContain(field);
  });

  it('metrics of a published version; of the draft only for staff', async () => {
    const res = await s.call('GET', `/api/matters/${code}/versions/1/metrics`);
    expect(res.status).toBe(200);
    expect(res.body.metrics).toMatchObject({ promisedDays: sampleMatter().promisedDays, statutoryDays: sampleMatter().statutoryDays });
    expect(res.body.metrics.steps).toBeGreaterThan(0);
    expect((await s.call('GET', `/api/matters/${code}/versions/draft/metrics`)).status).toBe(404);
    expect((await s.call('GET', `/api/matters/${code}/versions/draft/metrics`, { token: await s.token('scjg-editor') })).status).toBe(200);
  });

  it('compare v1 → v2 reports the reductions', async () => {
    const res = await s.call('GET', `/api/matters/${code}/compare?from=1&to=2`);
    expect(res.status).toBe(200);
    expect(res.body.from.version).toBe(1);
    expect(res.body.to.version).toBe(2);
    expect(res.body.metrics.promisedDays.after).toBe(simplifiedSampleMatter().promisedDays);
    expect(res.body.metrics.promisedDays.reductionPercent).toBeGreaterThan(0);
    expect(res.body.materials.removed.length).toBeGreaterThan(0);
    expect(res.body.steps.removed.length).toBeGreaterThan(0);
  });

  it('compare defaults: public gets previous → live; staff get live → draft', async () => {
    const pub = await s.call('GET', `/api/matters/${code}/compare`);
    expect([pub.body.from.version, pub.body.to.version]).toEqual([1, 2]);
    const staff = await s.call('GET', `/api/matters/${code}/compare`, { token: await s.token('scjg-editor') });
    expect([staff.body.from.version, staff.body.to.version, staff.body.to.status]).toEqual([2, 3, 'draft']);
    expect((await s.call('GET', `/api/matters/${code}/compare?from=x`)).status).toBe(400);
    expect((await s.call('GET', `/api/matters/${code}/compare?from=7&to=2`)).status).toBe(404);
  });

  it('lint of the live version is public and clean', async () => {
    const res = await s.call('GET', `/api/matters/${code}/lint?version=live`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, errors: [] });
  });
});
