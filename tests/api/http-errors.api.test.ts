/** Transport-level refusals and the API description. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './api-harness.js';

describe('HTTP errors and API docs', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('malformed JSON is 400 with the error shape', async () => {
    const res = await s.call('POST', '/api/auth/login', { raw: '{"username": ' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_REQUEST', details: [{ path: '/' }] });
  });

  it('a body that is not JSON is 415', async () => {
    const res = await s.call('POST', '/api/auth/login', { raw: 'username=admin', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
  });

  it('a JSON array where an object is expected is 400', async () => {
    const res = await s.call('POST', '/api/matters', { token: await s.token('admin'), body: [1, 2] });
    expect(res.status).toBe(400);
  });

  it('a body over the limit is 413 and nothing is stored', async () => {
    const res = await s.call('POST', '/api/departments', { token: await s.token('admin'), body: { id: 'big', name: 'x'.repeat(3 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await s.store.getDepartment('big')).toBeUndefined();
  });

  it('an unknown API route is a JSON 404', async () => {
    const res = await s.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('sets helmet security headers', async () => {
    const res = await s.call('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('the OpenAPI document describes every registered route and embeds the schemas', async () => {
    const res = await s.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const r of s.built.api.specs) {
      const path = `/api${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
      expect(res.body.paths[path]?.[r.method], `${r.method} ${path}`).toBeDefined();
    }
    expect(Object.keys(res.body.components.schemas)).toEqual(expect.arrayContaining(['MatterDefinition', 'FlowDefinition', 'FormDefinition', 'Department', 'Case', 'Task', 'AuditEvent']));
    const refs = JSON.stringify(res.body).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of refs) expect(r).toMatch(/"\$ref":"#\/components\/schemas\//);
  });

  it('every $ref in the OpenAPI document resolves', async () => {
    const doc = (await s.call('GET', '/api/openapi.json')).body;
    const refs = new Set((JSON.stringify(doc).match(/"\$ref":"([^"]+)"/g) ?? []).map((r) => r.slice(8, -1)));
    for (const ref of refs) {
      const target = ref.slice(2).split('/').reduce((node: any, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('/api/docs serves Swagger UI from our own origin', async () => {
    const html = await s.call('GET', '/api/docs');
    expect(html.status).toBe(200);
    expect(html.text).toContain('swagger-ui-bundle.js');
    expect((await s.call('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    expect((await s.call('GET', '/api/docs/init.js')).text).toContain('/api/openapi.json');
  });
});
