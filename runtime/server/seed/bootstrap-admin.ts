import { randomBytes } from 'node:crypto';
import type { CatalogStore } from '../../../catalog/storage/catalog.store.js';
import { hashPassword } from '../auth/password-hash.js';

/**
 * Makes sure the `admin` account exists. On first start its password is MATTERFLOW_ADMIN_PASSWORD,
 * or a random one that is returned so main.ts prints it once; later starts change nothing.
 * @returns the generated password, when one was generated
 */
export async function ensureAdmin(store: CatalogStore, configured?: string): Promise<string | undefined> {
  if (await store.getAccount('admin')) return undefined;
  const password = configured ?? randomBytes(12).toString('base64url');
  await store.createAccount({
    username: 'admin',
    displayName: '中心管理员',
    role: 'admin',
    passwordHash: await hashPassword(password),
    tokenVersion: 0,
    createdAt: new Date().toISOString(),
  });
  return configured ? undefined : password;
}

/**
 * The HMAC secret of session tokens, created on first start and kept in the store so every
 * instance sharing the store accepts the others' tokens.
 */
export async function loadTokenSecret(store: CatalogStore): Promise<Buffer> {
  const existing = await store.getSetting<string>('auth.tokenSecret');
  if (existing) return Buffer.from(existing, 'base64');
  const secret = randomBytes(32);
  await store.putSetting('auth.tokenSecret', secret.toString('base64'));
  // Another instance may have raced us: whatever is stored now is the one everybody uses.
  const stored = await store.getSetting<string>('auth.tokenSecret');
  return Buffer.from(stored ?? secret.toString('base64'), 'base64');
}
