/**
 * The applicant portal in chromium: its first-load JS (what the catalogue page at / imports before it
 * can run, raw and gzip) and the time to interactive of the apply page — navigation start until the
 * wizard's 下一步 button is visible and enabled (the page has loaded the live matter and its form) —
 * on a desktop and on a phone-sized viewport, beside the guide page measured in the same run.
 * Runs `npm start`'s server as a child process on a fresh data folder, like the browser tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildWeb, openBrowser, REPO_ROOT, startServer } from '../tests/browser/browser-harness.js';
import { stats } from './stats.js';

const RUNS = Number(process.env.BENCH_PORTAL_RUNS ?? 5);
const MATTER = '11619900MB1532046T-XK-0001'; // 食品经营许可（新办）

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** The JS and CSS a page's HTML names (entry, modulepreloads, styles), summed raw and gzipped. */
async function firstLoad(htmlPath: string): Promise<{ raw: number; gzip: number; files: number }> {
  const web = join(REPO_ROOT, 'dist', 'web');
  const html = await readFile(join(web, htmlPath), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = await readFile(join(web, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.size };
}

/** ms from navigation until `ready` resolves, in a fresh page (cold HTTP cache of the page itself is not cleared: hashed assets are immutable, as for a returning user). */
async function timeTo(page: Page, url: string, ready: (p: Page) => Promise<void>): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await ready(page);
  return Date.now() - t0;
}

export async function runPortalBench(): Promise<void> {
  await buildWeb();
  const server = await startServer();
  const browser = await openBrowser();
  try {
    const js = await firstLoad('runtime/web/portal/index.html');
    const page = browser.page;
    const applyReady = async (p: Page) => {
      await p.getByTestId('apply-next').waitFor();
      await p.waitForFunction(() => !(document.querySelector('[data-testid="apply-next"]') as HTMLButtonElement | null)?.disabled);
    };
    const guideReady = async (p: Page) => void (await p.getByTestId('guide-materials').waitFor());
    const measure = async (viewport: { width: number; height: number }) => {
      await page.setViewportSize(viewport);
      await timeTo(page, `${server.url}/matters/${MATTER}/apply`, applyReady); // warm the asset cache once
      const apply: number[] = [];
      const guide: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        apply.push(await timeTo(page, `${server.url}/matters/${MATTER}/apply`, applyReady));
        guide.push(await timeTo(page, `${server.url}/matters/${MATTER}`, guideReady));
      }
      return { apply: stats(apply).p50, guide: stats(guide).p50 };
    };
    const desktop = await measure({ width: 1280, height: 800 });
    const phone = await measure({ width: 390, height: 844 });
    console.log('\n## Portal in chromium (npm start server, fresh data folder)');
    console.log(`first-load JS + CSS of / (${js.files} files): ${kb(js.raw)} raw, ${kb(js.gzip)} gzip`);
    console.log(`time to interactive, p50 of ${RUNS}     apply page   guide page (same run)   ratio`);
    console.log(`  desktop 1280×800                ${String(desktop.apply).padStart(7)} ms   ${String(desktop.guide).padStart(7)} ms              ${(desktop.apply / desktop.guide).toFixed(2)}×`);
    console.log(`  phone 390×844                   ${String(phone.apply).padStart(7)} ms   ${String(phone.guide).padStart(7)} ms              ${(phone.apply / phone.guide).toFixed(2)}×`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPortalBench();
