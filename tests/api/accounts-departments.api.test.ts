import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './api-harness.js';

describe('accounts API', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('admin lists accounts without password hashes', async () => {
    const res = await s.call('GET', '/api/accounts', { token: await s.token('admin') });
    expect(res.status).toBe(200);
    expect(res.body.map((a: { username: string }) => a.username)).toContain('scjg-editor');
    expect(res.text).not.toContain('scrypt');
  });

  it.each([
    ['anonymous', undefined, 401],
    ['an editor', 'scjg-editor', 403],
    ['a supervisor', 'supervisor', 403],
  ] as const)('%s cannot list accounts (%i)', async (_n, user, status) => {
    const res = await s.call('GET', '/api/accounts', { token: user ? await s.token(user) : undefined });
    expect(res.status).toBe(status);
  });

  it('admin creates a clerk who can then sign in', async () => {
    const token = await s.token('admin');
    const res = await s.call('POST', '/api/accounts', { token, body: { username: 'wjw-clerk9', password: 'a-long-password', role: 'clerk', departmentId: 'wjw', displayName: '李四' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'wjw-clerk9', role: 'clerk', departmentId: 'wjw' });
    expect(res.body.passwordHash).toBeUndefined();
    const login = await s.call('POST', '/api/auth/login', { body: { username: 'wjw-clerk9', password: 'a-long-password' } });
    expect(login.status).toBe(200);
  });

  it.each([
    ['a taken username', { username: 'scjg-editor', password: 'a-long-password', role: 'editor', departmentId: 'scjg' }, 409, undefined],
    ['an unknown role', { username: 'newbie', password: 'a-long-password', role: 'king' }, 422, '/role'],
    ['an editor without department', { username: 'newbie', password: 'a-long-password', role: 'editor' }, 422, '/departmentId'],
    ['an unknown department', { username: 'newbie', password: 'a-long-password', role: 'clerk', departmentId: 'nowhere' }, 422, '/departmentId'],
    ['a short password', { username: 'newbie', password: 'short', role: 'supervisor' }, 422, '/password'],
    ['a bad username', { username: 'No Spaces', password: 'a-long-password', role: 'supervisor' }, 422, '/username'],
    ['an extra property', { username: 'newbie', password: 'a-long-password', role: 'supervisor', passwordHash: 'x' }, 422, '/passwordHash'],
  ])('creating an account with %s answers %i naming the field', async (_n, body, status, path) => {
    const res = await s.call('POST', '/api/accounts', { token: await s.token('admin'), body });
    expect(res.status).toBe(status);
    if (path) expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await s.store.getAccount('newbie'))).toBeUndefined();
  });

  it('an editor cannot create accounts', async () => {
    const res = await s.call('POST', '/api/accounts', { token: await s.token('scjg-editor'), body: { username: 'sneaky', password: 'a-long-password', role: 'admin' } });
    expect(res.status).toBe(403);
    expect(await s.store.getAccount('sneaky')).toBeUndefined();
  });
});

describe('departments API', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('anyone lists departments and reads one; an unknown one is 404', async () => {
    const list = await s.call('GET', '/api/departments');
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['scjg', 'wjw']));
    expect((await s.call('GET', '/api/departments/scjg')).body.name).toBe('市场监督管理局');
    expect((await s.call('GET', '/api/departments/nope')).status).toBe(404);
  });

  it('admin creates and renames a department; duplicates are 409, bad ones 422', async () => {
    const token = await s.token('admin');
    expect((await s.call('POST', '/api/departments', { token, body: { id: 'sthj', name: '生态环境局' } })).status).toBe(201);
    expect((await s.call('POST', '/api/departments', { token, body: { id: 'sthj', name: '生态环境局' } })).status).toBe(409);
    const bad = await s.call('POST', '/api/departments', { token, body: { id: 'Bad Id', name: '' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['/id', '/name']));
    expect((await s.call('PUT', '/api/departments/sthj', { token, body: { id: 'sthj', name: '市生态环境局' } })).body.name).toBe('市生态环境局');
    expect((await s.call('PUT', '/api/departments/sthj', { token, body: { id: 'other', name: 'x' } })).status).toBe(422);
    expect((await s.call('PUT', '/api/departments/ghost', { token, body: { id: 'ghost', name: 'x' } })).status).toBe(404);
  });

  it('an editor cannot change departments', async () => {
    const res = await s.call('PUT', '/api/departments/scjg', { token: await s.token('scjg-editor'), body: { id: 'scjg', name: '改名' } });
    expect(res.status).toBe(403);
    expect((await s.store.getDepartment('scjg'))?.name).toBe('市场监督管理局');
  });

  it('the shared material library is public to read and admin to change', async () => {
    expect((await s.call('GET', '/api/shared-materials')).body.length).toBeGreaterThanOrEqual(2);
    const body = { id: 'hukou', name: '户口簿', medium: 'paper' };
    expect((await s.call('PUT', '/api/shared-materials/hukou', { token: await s.token('scjg-editor'), body })).status).toBe(403);
    expect((await s.call('PUT', '/api/shared-materials/hukou', { token: await s.token('admin'), body })).status).toBe(200);
    expect((await s.call('PUT', '/api/shared-materials/hukou', { token: await s.token('admin'), body: { ...body, medium: 'stone' } })).status).toBe(422);
  });
});
