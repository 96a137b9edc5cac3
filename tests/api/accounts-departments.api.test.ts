import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type StaffName, type TestServer } from './api-harness.js';

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

  it('admin creates a leader of a department, who can then sign in; a leader needs a department', async () => {
    const token = await s.token('admin');
    const res = await s.call('POST', '/api/accounts', { token, body: { username: 'wjw-leader', password: 'a-long-password', role: 'leader', departmentId: 'wjw', displayName: '黄科长' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'wjw-leader', role: 'leader', departmentId: 'wjw', displayName: '黄科长' });
    expect(res.body.passwordHash).toBeUndefined();
    expect((await s.call('POST', '/api/auth/login', { body: { username: 'wjw-leader', password: 'a-long-password' } })).status).toBe(200);
    const bare = await s.call('POST', '/api/accounts', { token, body: { username: 'lonely-leader', password: 'a-long-password', role: 'leader' } });
    expect(bare.status).toBe(422);
    expect(bare.body.error.details.map((d: { path: string }) => d.path)).toContain('/departmentId');
    expect(await s.store.getAccount('lonely-leader')).toBeUndefined();
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

describe('department accounts for the signer picker', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    const token = await s.token('admin');
    const add = (body: Record<string, unknown>) => s.call('POST', '/api/accounts', { token, body: { password: 'a-long-password', ...body } });
    for (const body of [
      { username: 'scjg-signer1', role: 'clerk', departmentId: 'scjg', displayName: '张审一' },
      { username: 'scjg-signer2', role: 'clerk', departmentId: 'scjg', displayName: '李审二' },
      { username: 'scjg-leader', role: 'leader', departmentId: 'scjg', displayName: '王科长' },
      { username: 'scjg-quiet', role: 'clerk', departmentId: 'scjg' },
    ]) expect((await add(body)).status).toBe(201);
    const gone = (await s.store.getAccount('scjg-quiet'))!;
    // A second signer account that has been switched off never shows in the picker.
    await s.store.createAccount({ ...gone, username: 'scjg-gone', displayName: '已停用', disabled: true });
    // Straight into the store: 55 scrypt hashes through the API would only slow the test.
    for (let i = 0; i < 55; i++) await s.store.createAccount({ ...gone, username: `wjw-c${String(i).padStart(2, '0')}`, departmentId: 'wjw' });
  });
  afterAll(() => s.close());

  const list = async (dept: string, user: StaffName | undefined, q?: string) =>
    s.call('GET', `/api/departments/${dept}/accounts${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, { token: user ? await s.token(user) : undefined });

  it('given the department editor, then its clerks and leaders come sorted, with names and roles and no secrets', async () => {
    const res = await list('scjg', 'scjg-editor');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { username: 'scjg-clerk', displayName: 'scjg-clerk', role: 'clerk' },
      { username: 'scjg-clerk2', displayName: 'scjg-clerk2', role: 'clerk' },
      { username: 'scjg-leader', displayName: '王科长', role: 'leader' },
      { username: 'scjg-quiet', displayName: 'scjg-quiet', role: 'clerk' },
      { username: 'scjg-signer1', displayName: '张审一', role: 'clerk' },
      { username: 'scjg-signer2', displayName: '李审二', role: 'clerk' },
    ]);
    expect(res.text).not.toMatch(/scrypt|passwordHash|tokenVersion/);
    expect(res.body.map((a: { username: string }) => a.username)).not.toContain('scjg-editor');
  });

  it.each([
    ['part of a username, any case', 'SIGNER', ['scjg-signer1', 'scjg-signer2']],
    ['part of a display name', '科长', ['scjg-leader']],
    ['a blank query', '  ', ['scjg-clerk', 'scjg-clerk2', 'scjg-leader', 'scjg-quiet', 'scjg-signer1', 'scjg-signer2']],
    ['nothing that matches', 'nobody', []],
  ])('given q as %s, then only the matches come', async (_n, q, expected) => {
    const res = await list('scjg', 'admin', q as string);
    expect(res.status).toBe(200);
    expect(res.body.map((a: { username: string }) => a.username)).toEqual(expected);
  });

  it('given a large department, then at most 50 come', async () => {
    const res = await list('wjw', 'wjw-editor');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(50);
    expect(res.body[0].username).toBe('wjw-c00');
  });

  it.each([
    ['anonymous', undefined, 401],
    ['another department’s editor', 'wjw-editor', 403],
    ['a clerk of the department', 'scjg-clerk', 403],
    ['a supervisor', 'supervisor', 403],
  ] as const)('given %s, then the list is refused (%i)', async (_n, user, status) => {
    const res = await list('scjg', user);
    expect(res.status).toBe(status);
    expect(res.text).not.toContain('scjg-signer1');
  });

  it('given an unknown department, then the admin gets 404; a query over 50 characters is 400 naming it', async () => {
    expect((await list('nowhere', 'admin')).status).toBe(404);
    const long = await list('scjg', 'admin', 'x'.repeat(51));
    expect(long.status).toBe(400);
    expect(long.body.error.details.map((d: { path: string }) => d.path)).toContain('?q');
  });
});
