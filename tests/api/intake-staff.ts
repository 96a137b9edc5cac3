/**
 * Staff beyond the harness's roster for the issue-8 API tests: a leader (科室负责人), a centre front
 * desk (综合窗口) with a window that accepts named matters, its clerk, and countersign signers.
 * Accounts are created in the test server's catalogue store and signed in over the API.
 */
import type { Department, Role } from '../../schemas/types.generated.js';
import { hashPassword } from '../../runtime/server/auth/password-hash.js';
import { TEST_PASSWORD, type TestServer } from './api-harness.js';

/** The centre's front desk; `acceptsMatters` of its window as given. */
export function frontDesk(acceptsMatters: string[] = []): Department {
  return { id: 'zhzx', name: '汉江市政务服务中心综合窗口', frontDesk: true, windows: [{ id: 'zh-01', name: '综合受理窗口', acceptsMatters }] };
}

/** Creates an account (idempotent per server) and returns its bearer token. */
export async function staffToken(s: TestServer, username: string, role: Role, departmentId?: string, windowId?: string): Promise<string> {
  if (!(await s.store.getAccount(username))) {
    await s.store.createAccount({
      username, role, passwordHash: await hashPassword(TEST_PASSWORD), tokenVersion: 0, createdAt: new Date().toISOString(),
      ...(departmentId ? { departmentId } : {}), ...(windowId ? { windowId } : {}),
    });
  }
  const res = await s.call('POST', '/api/auth/login', { body: { username, password: TEST_PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
  return res.body.token as string;
}
