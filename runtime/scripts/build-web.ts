/**
 * Builds the browser apps (vite.config.ts → dist/web) when the build is missing or stale, so that
 * `npm start` stays the whole set-up. `npm run build:web` forces a build.
 *
 * Stale means: some file or folder under the inputs (designer/, runtime/web/, schemas/, catalog/,
 * runtime/engine/, vite.config.ts, package-lock.json) changed after the build recorded in
 * dist/web/build-stamp.json started, or an app's page is missing. The check walks a few hundred
 * small files (tens of milliseconds); vite is imported only when a build is needed.
 *
 * The build goes to a temporary folder that then replaces dist/web, so a running server never
 * serves a half-written app (it reads the files per request).
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WEB_PAGES } from '../web/web-pages.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = join(REPO_ROOT, 'dist', 'web');
const STAMP = join(WEB_DIR, 'build-stamp.json');
const INPUTS = ['designer', 'runtime/web', 'schemas', 'catalog', 'runtime/engine', 'vite.config.ts', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'dist', '.git']);

interface Stamp {
  /** When the build started (ms since epoch): inputs changed later make it stale. */
  startedAt: number;
  finishedAt: number;
}

/** The newest modification time (ms) of a file or folder tree; folders count too (a deleted file changes its folder). */
export async function newestMtime(path: string): Promise<number> {
  let st;
  try {
    st = await stat(path);
  } catch {
    return 0;
  }
  let newest = st.mtimeMs;
  if (st.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    const times = await Promise.all(entries.filter((e) => !SKIP.has(e.name)).map((e) => newestMtime(join(path, e.name))));
    for (const t of times) if (t > newest) newest = t;
  }
  return newest;
}

export async function inputsMtime(): Promise<number> {
  const times = await Promise.all(INPUTS.map((p) => newestMtime(join(REPO_ROOT, p))));
  return Math.max(...times);
}

async function readStamp(): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as Stamp;
    for (const p of WEB_PAGES) await stat(join(WEB_DIR, p.page));
    return stamp;
  } catch {
    return undefined;
  }
}

/** Why a build is needed, or undefined when the build is current. */
export async function staleReason(): Promise<string | undefined> {
  const stamp = await readStamp();
  if (!stamp) return 'no build yet';
  const newest = await inputsMtime();
  return newest > stamp.startedAt ? `sources changed at ${new Date(newest).toISOString()}` : undefined;
}

export interface BuildResult {
  built: boolean;
  reason?: string;
  ms: number;
}

/** Builds dist/web when stale (or always with force). */
export async function ensureWebBuild(opts: { force?: boolean; quiet?: boolean } = {}): Promise<BuildResult> {
  const t0 = Date.now();
  const reason = opts.force ? 'forced' : await staleReason();
  if (!reason) return { built: false, ms: Date.now() - t0 };
  const log = (m: string) => opts.quiet || process.stdout.write(m + '\n');
  log(`building the web apps (${reason}) …`);
  const startedAt = Date.now();
  const tmp = join(REPO_ROOT, 'dist', `.web-${process.pid}-${startedAt}`);
  const old = join(REPO_ROOT, 'dist', `.web-old-${process.pid}-${startedAt}`);
  await mkdir(join(REPO_ROOT, 'dist'), { recursive: true });
  const { build } = await import('vite');
  // Always the production build, whoever calls: Vite takes NODE_ENV from the environment when it is
  // set, and under vitest it is `test`, which bundled React's development build (twice the size)
  // into what the server serves. The JSX transform and React's entry points must agree, so the
  // variable itself is set for the build, not just a define.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: opts.quiet ? 'warn' : 'info',
      build: { outDir: tmp, emptyOutDir: true },
    });
    const stamp: Stamp = { startedAt, finishedAt: Date.now() };
    await writeFile(join(tmp, 'build-stamp.json'), JSON.stringify(stamp, null, 2) + '\n');
    await rename(WEB_DIR, old).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(tmp, WEB_DIR);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    await rm(tmp, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
  log(`web apps built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s → ${relative(REPO_ROOT, WEB_DIR)}`);
  return { built: true, reason, ms: Date.now() - t0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureWebBuild({ force: process.argv.includes('--force') }).catch((err: unknown) => {
    process.stderr.write(`web build failed: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  });
}
