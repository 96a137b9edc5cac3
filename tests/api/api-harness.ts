/**
 * Starts the real express app on an ephemeral port over a fresh store, with a small staff roster,
 * and gives tests a fetch-based client. Used by every API test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { CatalogService } from '../../catalog/catalog.service.js';
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import { openCatalogStore } from '../../catalog/storage/open-catalog-store.js';
import type { Department, SharedMaterial } from '../../schemas/types.generated.js';
import { createApp, type BuiltApp } from '../../runtime/server/app.js';
import { hashPassword } from '../../runtime/server/auth/password-hash.js';
import { SessionTokens } from '../../runtime/server/auth/session-token.js';
import { composeServer } from '../../runtime/server/server-composition.js';
import { openCaseStore } from '../../runtime/cases/storage/open-case-store.js';
import type { CaseStore } from '../../runtime/cases/storage/case.store.js';
import type { ServerDeps } from '../../runtime/server/server-deps.js';
import { configFromEnv, type Config } from '../../runtime/server/config.js';

export const TEST_PASSWORD = 'correct-horse-9';

export const TEST_DEPARTMENTS: Department[] = [
  { id: 'scjg', name: '市场监督管理局', windows: [{ id: 'a3', name: 'A区3号窗口' }] },
  { id: 'wjw', name: '卫生健康委员会' },
  { id: 'gaj', name: '公安局' },
];

export const TEST_SHARED_MATERIALS: SharedMaterial[] = [
  { id: 'id-card', name: '居民身份证', medium: 'paper_or_electronic', fileTypes: ['jpg', 'png', 'pdf'] },
  { id: 'business-license', name: '营业执照', medium: 'paper_or_electronic', fileTypes: ['jpg', 'png', 'pdf'] },
];

/** username → role/department; every password is TEST_PASSWORD. */
export const TEST_STAFF = {
  admin: { role: 'admin' },
  'scjg-editor': { role: 'editor', departmentId: 'scjg' },
  'wjw-editor': { role: 'editor', departmentId: 'wjw' },
  'scjg-clerk': { role: 'clerk', departmentId: 'scjg' },
  'scjg-clerk2': { role: 'clerk', departmentId: 'scjg' },
  'wjw-clerk': { role: 'clerk', departmentId: 'wjw' },
  supervisor: { role: 'supervisor' },
} as const;
export type StaffName = keyof typeof TEST_STAFF;

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Raw body text (for malformed JSON tests); wins over `body`. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface TestServer {
  url: string;
  store: CatalogStore;
  catalog: CatalogService;
  deps: ServerDeps;
  built: BuiltApp;
  call<T = any>(method: string, path: string, opts?: CallOptions): Promise<ApiResponse<T>>;
  /** Bearer token of a test staff member (cached). */
  token(user: StaffName): Promise<string>;
  close(): Promise<void>;
}

/**
 * One PGlite case store per test file (PGlite takes seconds to start); cases are keyed by random
 * numbers, so the tests of a file do not see each other's cases unless they list them.
 */
let caseStorePromise: Promise<CaseStore> | undefined;
function sharedCaseStore(): Promise<CaseStore> {
  caseStorePromise ??= mkdtemp(join(tmpdir(), 'mf-cases-')).then((dir) => openCaseStore({ dataDir: dir, databaseUrl: undefined }));
  return caseStorePromise;
}

export async function startTestServer(overrides: Partial<Config> & { now?: () => Date } = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mf-api-'));
  const config: Config = { ...configFromEnv({}), dataDir, port: 0, demo: false, loginRateLimit: 1000, ...overrides };
  const store = await openCatalogStore({ dataDir, databaseUrl: undefined });
  await store.init();
  for (const d of TEST_DEPARTMENTS) await store.putDepartment(d);
  for (const m of TEST_SHARED_MATERIALS) await store.putSharedMaterial(m);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, info] of Object.entries(TEST_STAFF)) {
    await store.createAccount({ username, ...info, passwordHash, tokenVersion: 0, createdAt: new Date().toISOString() });
  }
  const caseStore = await sharedCaseStore();
  const tokens = new SessionTokens(Buffer.alloc(32, 7));
  const deps = composeServer({ config, logger: pino({ level: 'silent' }), store, caseStore, tokens, now: overrides.now });
  const catalog = deps.catalog;
  const built = createApp(deps);
  const server = built.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = async (method: string, path: string, opts: CallOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.raw;
    if (body === undefined && opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };

  const cache = new Map<string, string>();
  const token = async (user: StaffName) => {
    let t = cache.get(user);
    if (!t) {
      const res = await call('POST', '/api/auth/login', { body: { username: user, password: TEST_PASSWORD } });
      if (res.status !== 200) throw new Error(`login ${user} failed: ${res.status} ${res.text}`);
      t = res.body.token as string;
      cache.set(user, t);
    }
    return t;
  };

  return {
    url,
    store,
    catalog,
    deps,
    built,
    call,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Uploads a small valid PDF through POST /api/files and returns its id. */
export async function uploadPdf(s: TestServer, name = '申请书.pdf'): Promise<string> {
  const form = new FormData();
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${name} ${Math.random()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${s.url}/api/files`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
