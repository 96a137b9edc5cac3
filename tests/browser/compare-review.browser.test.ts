/**
 * The compare view and the review cycle in a real browser.
 * (a) As admin, compare v1 and v2 of 建设工程规划许可证核发: every figure the page shows equals the
 *     API's report; the drawings mark added nodes and removed edges; switch versions with the
 *     picker; print (window.print stubbed) and a print-media screenshot and PDF.
 * (b) The 市场监督管理局 editor submits a draft of 食品经营许可（新办） through the API; the admin finds
 *     it in 审核队列, sees its compare and lint, rejects it with a reason (the editor sees the reason);
 *     the editor resubmits; the admin publishes; the API's live version is the new one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatterDefinition, MatterVersion } from '../../schemas/types.generated.js';
import { ADMIN_PASSWORD, screenshot, SCREENSHOT_DIR, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };
const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const PERMIT = '11619900MB1597823F-XK-0001';
const FOOD = '11619900MB1532046T-XK-0001';
const FOOD_NAME = '食品经营许可（新办）';

interface Report {
  from: { version: number };
  to: { version: number };
  metrics: Record<string, { before: number; after: number; reductionPercent: number | null }>;
  steps: { added: Array<{ id: string; name: string }>; removed: Array<{ id: string; name: string }> };
  materials: { added: Array<{ id: string; name: string }>; removed: Array<{ id: string; name: string }> };
}

/** Calls the API as `user` with a bearer token (no CSRF needed), with an optional JSON body. */
async function api<T>(url: string, user: { username: string; password: string }, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  const { token } = (await login.json()) as { token: string };
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signIn(page: Page, url: string, user: { username: string; password: string }) {
  await page.goto(`${url}/designer/`);
  await page.getByLabel('用户名').pressSequentially(user.username);
  await page.getByLabel('密码').pressSequentially(user.password);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('current-user').waitFor();
}

async function signOut(page: Page) {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor();
}

/** The editor's change: 制证送达 folded into 审查决定 (one step fewer) and a shorter promise. */
function simplified(def: MatterDefinition, promisedDays: number): MatterDefinition {
  const flow = def.flow;
  const nodes = flow.nodes.filter((n) => n.id !== 'n-deliver');
  const edges = flow.edges
    .filter((e) => e.source !== 'n-deliver')
    .map((e) => (e.target === 'n-deliver' ? { ...e, target: 'n-end-granted' } : e));
  const layout = flow.layout?.nodes ? { ...flow.layout, nodes: Object.fromEntries(Object.entries(flow.layout.nodes).filter(([id]) => id !== 'n-deliver')) } : flow.layout;
  return { ...def, promisedDays, flow: { ...flow, nodes, edges, ...(layout ? { layout } : {}) } };
}

describe('compare view and review in chromium', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('shows the simplification report of v1 → v2 as the API computes it, and prints it', async () => {
    const { page } = browser;
    await signIn(page, server.url, ADMIN);
    const report = await api<Report>(server.url, ADMIN, 'GET', `/matters/${PERMIT}/compare?from=1&to=2`);

    await page.goto(`${server.url}/designer/matters/${PERMIT}/compare?from=1&to=2`);
    await page.getByTestId('compare-report').waitFor();
    for (const [key, m] of Object.entries(report.metrics)) {
      const row = page.getByTestId(`compare-metric-${key}`);
      expect(await row.getByTestId(`compare-metric-${key}-before`).innerText()).toBe(String(m.before));
      expect(await row.getByTestId(`compare-metric-${key}-after`).innerText()).toBe(String(m.after));
      expect(await row.getByTestId(`compare-metric-${key}-reduction`).getAttribute('data-reduction')).toBe(m.reductionPercent === null ? '' : String(m.reductionPercent));
    }
    // The headline: 20 → 7 promised days is a 65% reduction, shown green.
    const promised = page.getByTestId('compare-metric-promisedDays-reduction');
    expect(await promised.innerText()).toBe('-65%');
    expect(await promised.getAttribute('data-tone')).toBe('better');

    // Removed and added materials: the shared-data ones are gone.
    const removedMaterials = page.getByTestId('compare-removed-materials');
    expect(Number(await removedMaterials.getAttribute('data-count'))).toBe(report.materials.removed.length);
    for (const m of report.materials.removed) await removedMaterials.getByText(m.name, { exact: true }).waitFor();
    const addedSteps = page.getByTestId('compare-added-steps');
    for (const s of report.steps.added) await addedSteps.getByText(s.name, { exact: true }).waitFor();
    expect(Number(await page.getByTestId('compare-changed').getAttribute('data-count'))).toBeGreaterThan(0);

    // The drawings: 并联审查, 汇总意见 and 制证送达 added (green, after); the serial edges removed (before).
    const after = page.getByTestId('compare-flow-after');
    const before = page.getByTestId('compare-flow-before');
    await after.locator('.react-flow__node').first().waitFor();
    await before.locator('.react-flow__node').first().waitFor();
    expect(await after.locator('[data-diff="added"]').count()).toBe(3);
    expect(await before.locator('[data-diff="added"]').count()).toBe(0);
    expect(await before.locator('[data-diff="removed"]').count()).toBe(0);
    expect(await before.locator('.react-flow__edge.diff-removed').count()).toBeGreaterThan(0);
    expect(await after.locator('.react-flow__edge.diff-added').count()).toBeGreaterThan(0);
    expect(await after.locator('[data-diff="changed"]').count()).toBe(await before.locator('[data-diff="changed"]').count());
    await screenshot(page, 'compare-v1-v2');
    // Side by side: the same drawings, remounted in two columns.
    await page.getByTestId('compare-arrangement').getByText('左右并排').click();
    await page.locator('.compare-flows[data-arrangement="side"]').waitFor();
    await after.locator('[data-diff="added"]').first().waitFor();
    expect(await after.locator('[data-diff="added"]').count()).toBe(3);
    await screenshot(page, 'compare-v1-v2-side');

    // Print: the button fits the drawings to the printed width, then calls window.print.
    await page.evaluate(() => {
      const w = window as unknown as { printed: Array<{ preparing: boolean; widths: number[]; overflowing: number }> };
      w.printed = [];
      window.print = () => {
        const flows = [...document.querySelectorAll('.compare-flow')];
        let overflowing = 0;
        for (const flow of flows) {
          const box = flow.getBoundingClientRect();
          for (const node of flow.querySelectorAll('.react-flow__node')) {
            const r = node.getBoundingClientRect();
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) overflowing++;
          }
        }
        w.printed.push({ preparing: document.body.classList.contains('compare-printing'), widths: flows.map((f) => Math.round(f.getBoundingClientRect().width)), overflowing });
      };
    });
    await page.getByTestId('compare-print').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed.length)).toBe(1);
    const printed = await page.evaluate(() => (window as unknown as { printed: Array<{ preparing: boolean; widths: number[]; overflowing: number }> }).printed[0]!);
    expect(printed).toEqual({ preparing: true, widths: [700, 700], overflowing: 0 });
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('compare-printing'))).toBe(false);
    // On paper (emulated at A4's printable width): no header, pickers or buttons; the drawings fit their boxes.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await page.getByTestId('compare-from').isVisible()).toBe(false);
    expect(await page.getByTestId('compare-print').isVisible()).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('.compare-flow')].every((flow) => {
            const box = flow.getBoundingClientRect();
            return [...flow.querySelectorAll('.react-flow__node')].every((n) => {
              const r = n.getBoundingClientRect();
              return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
            });
          }),
        ),
      )
      .toBe(true);
    await screenshot(page, 'compare-v1-v2-print');
    await writeFile(join(SCREENSHOT_DIR, 'compare-v1-v2.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The picker: compare the other way round, through the URL the page writes.
    await page.getByTestId('compare-to').click();
    await page.locator('.compare-to-popup .ant-select-item-option').filter({ hasText: '第 1 版' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('1');
    expect(new URL(page.url()).searchParams.get('from')).toBe('1');
    await page.getByTestId('compare-from').click();
    await page.locator('.compare-from-popup .ant-select-item-option').filter({ hasText: '第 2 版' }).click();
    await expect.poll(() => page.getByTestId('compare-metric-promisedDays-before').innerText()).toBe('7');
    expect(await page.getByTestId('compare-metric-promisedDays-reduction').getAttribute('data-tone')).toBe('worse');
  });

  it('reviews a submitted draft: reject with a reason, resubmit, publish', async () => {
    const { page, problems } = browser;
    const live = await api<MatterVersion>(server.url, EDITOR, 'GET', `/matters/${FOOD}`);
    const liveSteps = live.definition.flow.nodes.filter((n) => n.kind === 'step').length;

    // The editor drafts, simplifies and submits through the API.
    await api(server.url, EDITOR, 'POST', `/matters/${FOOD}/draft`, { changeSummary: '审查决定后直接制证' });
    let draft = await api<{ draft: MatterVersion; revision: number }>(server.url, EDITOR, 'GET', `/matters/${FOOD}/draft`);
    await api(server.url, EDITOR, 'PUT', `/matters/${FOOD}/draft`, { definition: simplified(draft.draft.definition, 4), revision: draft.revision, changeSummary: '取消制证送达环节，承诺时限压缩至4个工作日' });
    await api(server.url, EDITOR, 'POST', `/matters/${FOOD}/draft/submit`);

    // The admin finds it in the queue.
    await page.getByTestId('nav-review').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/designer/review');
    await page.getByTestId('review-open').filter({ hasText: FOOD_NAME }).click({ timeout: 15_000 });
    await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(`/designer/review/${FOOD}`);
    await page.getByTestId('review-change-summary').getByText('取消制证送达环节', { exact: false }).waitFor();
    // Its compare against the live version and its lint.
    const compare = page.getByTestId('review-compare');
    await compare.getByTestId('compare-removed-steps').getByText('制证送达', { exact: true }).waitFor();
    expect(await compare.getByTestId('compare-metric-steps-before').innerText()).toBe(String(liveSteps));
    expect(await compare.getByTestId('compare-metric-steps-after').innerText()).toBe(String(liveSteps - 1));
    expect(await compare.getByTestId('compare-metric-promisedDays-after').innerText()).toBe('4');
    await compare.getByTestId('compare-flow-before').locator('[data-diff="removed"]').first().waitFor();
    expect(await compare.getByTestId('compare-flow-before').locator('[data-diff="removed"]').count()).toBe(1);
    await page.getByTestId('review-lint').waitFor();
    expect(await page.getByTestId('review-lint-errors').count()).toBe(0);
    await screenshot(page, 'review-draft');

    // Reject: the reason is required.
    await page.getByTestId('review-reject').click();
    await page.getByTestId('review-reject-ok').click();
    await page.getByText('请填写驳回原因').waitFor();
    const reason = '制证送达不能取消：纸质证书仍需送达，请保留该环节。';
    await page.getByTestId('review-reject-reason').fill(reason);
    await screenshot(page, 'review-reject-dialog');
    await page.getByTestId('review-reject-ok').click();
    await page.locator('[data-testid="review-outcome"][data-outcome="rejected"]').waitFor();
    await screenshot(page, 'review-rejected');
    let head = (await api<Array<{ code: string; status: string; draft: { status: string; rejectReason?: string } | null }>>(server.url, EDITOR, 'GET', '/workspace/matters')).find((m) => m.code === FOOD)!;
    expect(head.status).toBe('rejected');
    expect(head.draft?.rejectReason).toBe(reason);
    await page.getByTestId('review-back').click();
    await page.getByTestId('review-count').waitFor();
    expect(await page.getByTestId('review-open').filter({ hasText: FOOD_NAME }).count()).toBe(0);

    // The editor sees the outcome, read-only, with the reason.
    await signOut(page);
    await signIn(page, server.url, EDITOR);
    await page.goto(`${server.url}/designer/review/${FOOD}`);
    const outcome = page.locator('[data-testid="draft-outcome"][data-outcome="rejected"]');
    await outcome.getByText(reason, { exact: false }).waitFor();
    expect(await page.getByTestId('review-publish').count()).toBe(0);
    expect(await page.getByTestId('review-reject').count()).toBe(0);
    await screenshot(page, 'review-editor-sees-rejection');
    await signOut(page);

    // The editor answers and resubmits through the API: keeps 制证送达, shortens 现场核查 to 1 day, promises 4 days.
    draft = await api<{ draft: MatterVersion; revision: number }>(server.url, EDITOR, 'GET', `/matters/${FOOD}/draft`);
    const answered = { ...live.definition, promisedDays: 4, flow: { ...live.definition.flow, nodes: live.definition.flow.nodes.map((n) => (n.id === 'n-inspect' ? { ...n, deadlineDays: 1 } : n)) } };
    await api(server.url, EDITOR, 'PUT', `/matters/${FOOD}/draft`, { definition: answered, revision: draft.revision, changeSummary: '保留制证送达，现场核查压缩至1个工作日，承诺时限压缩至4个工作日' });
    await api(server.url, EDITOR, 'POST', `/matters/${FOOD}/draft/submit`);

    // The admin publishes it.
    await signIn(page, server.url, ADMIN);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-open').filter({ hasText: FOOD_NAME }).click({ timeout: 15_000 });
    await page.getByTestId('review-change-summary').getByText('保留制证送达', { exact: false }).waitFor();
    await page.getByTestId('review-compare').getByTestId('compare-metric-promisedDays-reduction').waitFor();
    expect(await page.getByTestId('review-compare').getByTestId('compare-metric-promisedDays-reduction').innerText()).toBe('-20%');
    await page.getByTestId('review-compare').getByTestId('compare-changed').getByText('现场核查', { exact: true }).waitFor();
    expect(await page.getByTestId('review-compare').getByTestId('compare-flow-after').locator('[data-diff="changed"]').count()).toBe(1);
    await page.getByTestId('review-publish').click();
    await page.getByTestId('review-publish-ok').click();
    await page.locator('[data-testid="review-outcome"][data-outcome="published"]').waitFor();
    await screenshot(page, 'review-published');

    const nowLive = await api<MatterVersion>(server.url, EDITOR, 'GET', `/matters/${FOOD}`);
    expect(nowLive.version).toBe(live.version + 1);
    expect(nowLive.definition.promisedDays).toBe(4);
    expect(nowLive.reviewedBy).toBe('admin');
    head = (await api<Array<{ code: string; status: string; draft: null }>>(server.url, EDITOR, 'GET', '/workspace/matters')).find((m) => m.code === FOOD)!;
    expect(head.status).toBe('published');
    expect(head.draft).toBeNull();
    await page.getByTestId('review-back').click();
    await page.getByTestId('review-count').waitFor();
    expect(await page.getByTestId('review-open').filter({ hasText: FOOD_NAME }).count()).toBe(0);

    // Signing in probes the session (401) once per sign-in; nothing else may fail.
    expect(problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p))).toEqual([]);
  });
  it('reviews a new matter by its own figures, and publishes it as version 1', async () => {
    const { page, problems } = browser;
    const food = await api<MatterVersion>(server.url, EDITOR, 'GET', `/matters/${FOOD}`);
    const code = '11619900MB1532046T-XK-0099';
    const name = '食品经营许可（测试新事项）';
    await api(server.url, EDITOR, 'POST', '/matters', { definition: { ...food.definition, code, name }, changeSummary: '新设事项' });
    await api(server.url, EDITOR, 'POST', `/matters/${code}/draft/submit`);

    // Still on the queue from the last test: 刷新 picks up the new submission.
    await page.getByTestId('review-reload').click();
    await page.getByTestId('review-open').filter({ hasText: name }).click({ timeout: 15_000 });
    const compare = page.getByTestId('review-compare');
    await compare.getByTestId('compare-single').waitFor();
    const steps = food.definition.flow.nodes.filter((n) => n.kind === 'step').length;
    expect(await compare.getByTestId('compare-metric-steps-after').innerText()).toBe(String(steps));
    expect(await compare.getByTestId('compare-metric-steps-before').count()).toBe(0);
    expect(await compare.getByTestId('compare-flow-before').count()).toBe(0);
    await compare.getByTestId('compare-flow-after').locator('.react-flow__node').first().waitFor();
    expect(await compare.locator('[data-diff]').count()).toBe(0);
    await screenshot(page, 'review-new-matter');
    await page.getByTestId('review-publish').click();
    await page.getByTestId('review-publish-ok').click();
    await page.locator('[data-testid="review-outcome"][data-outcome="published"]').waitFor();
    const published = await api<MatterVersion>(server.url, EDITOR, 'GET', `/matters/${code}`);
    expect(published.version).toBe(1);
    expect(published.definition.name).toBe(name);
    expect(problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p))).toEqual([]);
  });
});
