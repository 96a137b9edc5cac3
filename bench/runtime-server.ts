/**
 * An in-process Matterflow server for benchmarks: lowdb catalogue and PGlite cases in a temp
 * folder (the embedded store `npm start` uses), the sample matter published, a clerk signed in.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openCatalogStore } from '../catalog/storage/open-catalog-store.js';
import { openCaseStore } from '../runtime/cases/storage/open-case-store.js';
import { createApp } from '../runtime/server/app.js';
import { hashPassword } from '../runtime/server/auth/password-hash.js';
import { SessionTokens } from '../runtime/server/auth/session-token.js';
import { configFromEnv } from '../runtime/server/config.js';
import { composeServer } from '../runtime/server/server-composition.js';
import type { ServerDeps } from '../runtime/server/server-deps.js';
import { sampleMatter } from '../tests/fixtures/matters.js';

export const BENCH_PASSWORD = 'bench-password-1';
export const BENCH_FILE_ID = 'bench-application-pdf';

export interface BenchServer {
  url: string;
  /** An uploaded PDF the sample applications cite. */
  fileId: string;
  deps: ServerDeps;
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mf-bench-rt-'));
  const config = { ...configFromEnv({}), dataDir, port: 0, demo: false, loginRateLimit: 100000, publicRateLimit: 10_000_000 };
  const store = await openCatalogStore({ dataDir, databaseUrl: undefined });
  const caseStore = await openCaseStore({ dataDir, databaseUrl: undefined });
  for (const d of [{ id: 'scjg', name: '市场监督管理局' }, { id: 'wjw', name: '卫生健康委员会' }]) await store.putDepartment(d);
  await store.putSharedMaterial({ id: 'business-license', name: '营业执照' });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (const [username, departmentId] of [['scjg-clerk', 'scjg'], ['wjw-clerk', 'wjw']] as const) {
    await store.createAccount({ username, role: 'clerk', departmentId, passwordHash, tokenVersion: 0, createdAt: new Date().toISOString() });
  }
  const deps = composeServer({ config, logger: pino({ level: 'silent' }), store, caseStore, tokens: new SessionTokens(Buffer.alloc(32, 3)) });
  const admin = { username: 'admin', role: 'admin' as const };
  await deps.catalog.createMatter(admin, { definition: sampleMatter() });
  await deps.catalog.submit(admin, sampleMatter().code);
  await deps.catalog.publish(admin, sampleMatter().code);
  const server = createApp(deps).app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await caseStore.putFile({ id: BENCH_FILE_ID, sha256: createHash('sha256').update(pdf).digest('hex'), mediaType: 'application/pdf', size: pdf.length, name: '申请书.pdf', bytes: pdf });
  return {
    url,
    fileId: BENCH_FILE_ID,
    deps,
    token: async (username) => {
      const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
      return ((await res.json()) as { token: string }).token;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await caseStore.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A complete application to the sample matter. */
export function sampleApplication() {
  return {
    matterCode: sampleMatter().code,
    situation: 'company',
    data: { operatorName: '汉江市示例餐饮有限公司', creditCode: '91350100M000100Y43', businessCategory: 'catering', byAgent: false },
    materials: ['application-form', 'business-license', 'site-layout', 'safety-rules'].map((materialId) => ({ materialId, fileIds: [BENCH_FILE_ID] })),
    applicant: { kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' },
  };
}
