/**
 * Browser-test harness: builds the web apps when stale (runtime/scripts/build-web.ts, as `npm start`
 * does), starts the real server as a child process (`tsx runtime/server/main.ts`) on a free port over
 * a fresh temporary data folder with the demo catalogue, and drives Debian's chromium with
 * playwright-core in a fresh profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests', 'browser', 'screenshots');
export const ADMIN_PASSWORD = 'browser-test-admin-9';
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// stack.md: chromium as root, headless (playwright adds --headless and the profile folder itself).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

/** Builds dist/web when missing or stale, in a child process like `npm start`. */
export function buildWeb(): Promise<void> {
  return run(TSX, [join(REPO_ROOT, 'runtime', 'scripts', 'build-web.ts')]);
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `tsx runtime/server/main.ts` on an ephemeral port (PORT=0); the banner names the URL. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'matterflow-browser-'));
  // Each server gets its own embedded store: with DATABASE_URL inherited, every test file's server
  // would seed and edit the same PostgreSQL database, and one file's drafts would break the next.
  const { DATABASE_URL: _shared, ...env } = process.env;
  const child: ChildProcess = spawn(TSX, [join(REPO_ROOT, 'runtime', 'server', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', MATTERFLOW_DATA_DIR: dataDir, MATTERFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD, MATTERFLOW_DEMO: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${out}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Matterflow is running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'matterflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`http ${res.status()}: ${new URL(res.url()).pathname}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // antd fades its loading masks out: wait until none is left, or the picture comes out washed out.
  await page.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-spin-spinning, .ant-spin-container[class*="leave"]'));
  await page.waitForTimeout(400);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Calls the API with a bearer token (to set up data and to compare what the page shows with what the API says). */
export async function apiCall<T>(url: string, method: 'GET' | 'POST', path: string, username: string, password: string): Promise<T> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${url}/api${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const apiGet = <T>(url: string, path: string, username: string, password: string) => apiCall<T>(url, 'GET', path, username, password);

/**
 * The usual rig of a browser test file: before its tests, the web build (when stale), a fresh
 * server and a browser; after them, both closed. `ready` gets them, e.g.
 * `useBrowserRig((rig) => ({ server, browser } = rig));` (what `ready` returns is awaited, then ignored).
 */
export function useBrowserRig(ready: (rig: { server: RunningServer; browser: BrowserSession }) => unknown): void {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    browser = await openBrowser();
    await ready({ server, browser });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);
}

/** Signs a staff member in on the shared sign-in page of `app` (e.g. '/designer/', '/workbench/'), from a clean session. */
export async function signInStaff(page: Page, url: string, user: { username: string; password: string }, app = '/designer/'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}${app}`);
  await page.getByLabel('用户名').pressSequentially(user.username);
  await page.getByLabel('密码').pressSequentially(user.password);
  await page.getByTestId('sign-in').click();
}
