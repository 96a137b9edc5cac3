import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from './api-harness.js';

describe('auth API', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ loginRateLimit: 5 });
  });
  afterAll(() => s.close());

  it('health answers ok and names the embedded store', async () => {
    const res = await s.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('given the right password, login returns a token, the user without its hash, and httpOnly session cookie', async () => {
    const res = await s.call('POST', '/api/auth/login', { body: { username: 'scjg-editor', password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^mf1\./);
    expect(res.body.user).toMatchObject({ username: 'scjg-editor', role: 'editor', departmentId: 'scjg' });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('mf_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('mf_csrf='))).not.toMatch(/HttpOnly/i);
  });

  it.each([
    ['wrong password', { username: 'scjg-editor', password: 'nope-nope' }, 401],
    ['unknown user', { username: 'ghost', password: TEST_PASSWORD }, 401],
    ['missing password', { username: 'scjg-editor' }, 422],
    ['password not a string', { username: 'scjg-editor', password: 12 }, 422],
  ])('given %s, login answers %i with the error shape', async (_name, body, status) => {
    const res = await s.call('POST', '/api/auth/login', { body });
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.any(Array) });
  });

  it('a bearer token works on /api/auth/me; a forged one is 401', async () => {
    const token = await s.token('supervisor');
    expect((await s.call('GET', '/api/auth/me', { token })).body.username).toBe('supervisor');
    const forged = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    expect((await s.call('GET', '/api/auth/me', { token: forged })).status).toBe(401);
    expect((await s.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('cookie sessions must echo the CSRF token on writes', async () => {
    const login = await s.call('POST', '/api/auth/login', { body: { username: 'admin', password: TEST_PASSWORD } });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const dep = { id: 'csrf-test', name: '测试部门' };
    const without = await s.call('POST', '/api/departments', { body: dep, headers: { cookie } });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('CSRF_FAILED');
    const withToken = await s.call('POST', '/api/departments', { body: dep, headers: { cookie, 'x-csrf-token': login.body.csrfToken } });
    expect(withToken.status).toBe(201);
    expect((await s.call('GET', '/api/auth/me', { headers: { cookie } })).body.username).toBe('admin');
  });

  it('logout revokes every token of the account', async () => {
    const login = await s.call('POST', '/api/auth/login', { body: { username: 'scjg-clerk', password: TEST_PASSWORD } });
    const token = login.body.token;
    expect((await s.call('POST', '/api/auth/logout', { token })).status).toBe(204);
    expect((await s.call('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('given repeated failed logins for one user, the limiter answers 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await s.call('POST', '/api/auth/login', { body: { username: 'wjw-editor', password: 'bad-guess' } })).status);
    }
    expect(statuses.slice(0, 5).every((x) => x === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const res = await s.call('POST', '/api/auth/login', { body: { username: 'wjw-editor', password: TEST_PASSWORD } });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });
});
