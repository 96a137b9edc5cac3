/**
 * Supervision in a real browser: cases seeded through the API (an application built from the demo
 * 食品经营许可（新办） definition, a real PDF upload, acceptance and a supplement notice by the
 * 市场监管局 clerk); the supervisor signs in and sees them counted on the dashboard (figures, charts,
 * table, the acceptance and decision credit by department and window) and the score by department
 * and by hall window; the admin changes a weight and the
 * department's score changes, explained; the hall
 * display opens without signing in, shows today's figures and fetches them again by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { buildApplication } from '../fixtures/application-builder.js';
import { ADMIN_PASSWORD, buildWeb, openBrowser, screenshot, SCREENSHOT_DIR, startServer, type BrowserSession, type RunningServer } from './browser-harness.js';

const FOOD = '11619900MB1532046T-XK-0001';
const SUPERVISOR = { username: 'supervisor', password: 'demo@supervisor' };
const CLERK = { username: 'scjg-clerk', password: 'demo@scjg-clerk' };
const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };

/** Problems other than the sign-in page's GET /api/auth/me answering 401 while signed out (the console echoes it without a URL). */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p));

describe('supervision in chromium', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;
  const caseNos: string[] = [];

  async function api<T>(method: string, path: string, opts: { as?: { username: string; password: string }; body?: unknown; form?: FormData } = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (opts.as) {
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(opts.as) });
      headers.authorization = `Bearer ${((await login.json()) as { token: string }).token}`;
    }
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}/api${path}`, { method, headers, body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  async function signIn(who: { username: string; password: string }) {
    const { page } = browser;
    await page.goto(`${server.url}/supervision/`);
    await page.getByLabel('用户名').pressSequentially(who.username);
    await page.getByLabel('密码').pressSequentially(who.password);
    await page.getByTestId('sign-in').click();
  }

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    browser = await openBrowser();
    // Three applications today: one granted and rated, one with a supplement notice, one waiting; and a complaint.
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], { type: 'application/pdf' }), '营业执照.pdf');
    const { id: fileId } = await api<{ id: string }>('POST', '/files', { form });
    const def = (await api<{ definition: MatterDefinition }>('GET', `/matters/${FOOD}`)).definition;
    const app = buildApplication(def, { fileId });
    const receipts: Array<{ caseNo: string; queryCode: string }> = [];
    for (let i = 0; i < 3; i++) receipts.push(await api<{ caseNo: string; queryCode: string }>('POST', '/cases', { body: app }));
    caseNos.push(...receipts.map((r) => r.caseNo));
    // The first is accepted and driven to its end by the clerks of each task (every assignee of a countersign), then rated.
    await api('POST', `/cases/${caseNos[0]}/accept`, { as: CLERK, body: {} });
    for (let round = 0; round < 20; round++) {
      const c = await api<{ status: string; tasks: Array<{ id: string; status: string; version: number; departmentId: string; mode?: string; assignees?: string[] }> }>('GET', `/cases/${caseNos[0]}`, { as: ADMIN });
      if (c.status === 'granted') break;
      for (const task of c.tasks.filter((t) => t.status === 'open')) {
        const signers = task.mode === 'countersign' && task.assignees?.length ? task.assignees : [task.assignees?.[0] ?? `${task.departmentId}-clerk`];
        let version = task.version;
        for (const username of signers) {
          const done = await api<{ task: { version: number } }>('POST', `/tasks/${task.id}/complete`, { as: { username, password: `demo@${username}` }, body: { action: 'approve', expectedVersion: version } });
          version = done.task.version;
        }
      }
    }
    await api('POST', `/cases/${caseNos[0]}/rating`, { body: { queryCode: receipts[0]!.queryCode, score: 5, comment: '很快' } });
    await api('POST', '/complaints', { body: { text: '等候时间较长', contact: '13800138000', departmentId: 'scjg' } });
    await api('POST', `/cases/${caseNos[1]}/supplement-request`, { as: CLERK, body: { items: [{ materialId: app.materials[0]!.materialId, problem: 'defective', note: '复印件不清晰' }] } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the supervisor sees the seeded cases counted on the dashboard', async () => {
    const { page, problems } = browser;
    await signIn(SUPERVISOR);
    await page.getByTestId('sup-dashboard').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('sup-kpi-cases').locator('.ant-statistic-content-value').innerText()).toBe('3');
    // The status chart got today's three cases in three statuses.
    const status = page.getByTestId('sup-chart-status');
    expect(await status.getAttribute('data-total')).toBe('3');
    expect(await status.getAttribute('data-series-count')).toBe('3');
    expect(await status.locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('sup-chart-complaints').getAttribute('data-series-count')).toBe('2'); // the complaint, the supplement notice
    expect(await page.getByTestId('sup-chart-satisfaction').getAttribute('data-total')).toBe('1');
    expect(await page.getByTestId('sup-chart-on-time').getAttribute('data-series-count')).toBe('1');
    expect(await page.getByTestId('sup-kpi-supplement-rate').innerText()).toContain('33.3%');
    expect(await page.getByTestId('sup-kpi-on-time').innerText()).toContain('100.0%');
    expect(await page.getByTestId('sup-kpi-satisfaction').innerText()).toContain('5.00');
    // The department table names 市场监督管理局 with its three cases; the lists are there and empty today.
    const row = page.getByTestId('sup-group-table').locator('tr', { hasText: '市场监督管理局' });
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('3');
    await page.getByTestId('sup-overdue-list').waitFor();
    await page.getByTestId('sup-warning-list').waitFor();
    await screenshot(page, 'supervision-dashboard');

    // 受理与决定归属: the server's figures by department and by window, as the API gives them.
    const credit = await api<{ departments: Array<{ departmentId: string; received: number; accepted: number; decided: number; granted: number; denied: number }>; windows: Array<{ departmentId: string; windowId: string | null; accepted: number }> }>(
      'GET',
      `/supervision/credit?from=${new Date(Date.now() + 8 * 3_600_000 - 29 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10)}`,
      { as: SUPERVISOR },
    );
    const scjg = credit.departments.find((d) => d.departmentId === 'scjg')!;
    expect(scjg).toMatchObject({ accepted: 1, decided: 1, granted: 1, denied: 0 });
    const creditRow = page.getByTestId('sup-credit-row-scjg');
    await creditRow.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await creditRow.locator('td').allInnerTexts()).slice(1)).toEqual([scjg.received, scjg.accepted, scjg.decided, scjg.granted, scjg.denied].map(String));
    expect(await creditRow.locator('td').first().innerText()).toContain('市场监督管理局');
    const window = credit.windows.find((w) => w.departmentId === 'scjg' && w.accepted > 0)!;
    expect(await page.getByTestId(`sup-credit-window-scjg-${window.windowId ?? 'none'}`).locator('td').last().innerText()).toBe(String(window.accepted));
    await page.getByTestId('sup-credit').screenshot({ path: `${SCREENSHOT_DIR}/supervision-credit.png` });

    // Filtering by another department empties the figures.
    await page.getByTestId('sup-filter-department').click();
    await page.keyboard.type('卫生健康');
    await page.locator('.ant-select-item-option', { hasText: '卫生健康委员会' }).click();
    await expect.poll(() => page.getByTestId('sup-kpi-cases').locator('.ant-statistic-content-value').innerText()).toBe('0');
    expect(await page.getByTestId('sup-chart-status').getAttribute('data-total')).toBe('0');

    // By matter: the food licence's row.
    await page.getByTestId('sup-filter-department').locator('.ant-select-clear').click({ force: true });
    await expect.poll(() => page.getByTestId('sup-kpi-cases').locator('.ant-statistic-content-value').innerText()).toBe('3');
    await page.getByTestId('sup-filter-groupby').getByText('按事项').click();
    await page.getByTestId('sup-group-table').locator('tr', { hasText: '食品经营许可' }).waitFor();

    // A supervisor reads the score and the weights but cannot change them.
    await page.getByTestId('sup-tab-score').click();
    await page.getByTestId('sup-score-table').waitFor();
    expect(await page.getByTestId('sup-weights-save').count()).toBe(0);
    expect(await page.locator('#weight-onTimeRate').isDisabled()).toBe(true);
    // By hall window: the 市场监管局 cases under the window of the clerk who accepted them (or 未指定窗口), scored and explained.
    await page.getByTestId('sup-score-view-windows').click();
    const windows = page.getByTestId('sup-score-windows');
    await windows.waitFor();
    await page.getByText('窗口绩效评分').waitFor();
    const windowRows = windows.locator('[data-testid^="sup-score-window-scjg-"]');
    await expect.poll(() => windowRows.count()).toBeGreaterThan(0);
    // The demo's scjg-clerk sits at window a-02 and accepted the seeded cases.
    await windows.getByTestId('sup-score-window-scjg-a-02').waitFor();
    const first = windowRows.first();
    expect(await first.innerText()).toContain('市场监督管理局');
    expect(Number(await first.getAttribute('data-score'))).toBeGreaterThan(0);
    const windowId = (await first.getAttribute('data-testid'))!.replace('sup-score-window-', '');
    await page.getByTestId(`sup-score-expand-${windowId}`).click();
    await page.getByTestId(`sup-score-explain-${windowId}-supplementRate`).waitFor();
    await screenshot(page, 'supervision-score-windows');
    await page.getByTestId('sup-score-view-departments').click();
    await page.getByTestId('sup-score-table').waitFor();
    expect(unexpected(problems)).toEqual([]);
  });

  it('the admin changes a weight and the department score changes, explained', async () => {
    const { page, problems } = browser;
    await page.getByTestId('sign-out').click();
    // Wait for the sign-out to land: navigating at once can cancel it and find the session still open.
    await page.getByLabel('用户名').waitFor();
    await signIn(ADMIN);
    await page.getByTestId('sup-tab-score').click();
    const row = page.getByTestId('sup-score-row-scjg');
    await row.waitFor({ timeout: 20_000 });
    // Defaults 40 / 30 / 15 / 15: on time 100, satisfaction 5 → 100, one complaint in three cases → 0, supplements 2 of 3 without → 66.7.
    const before = Number(await row.getAttribute('data-score'));
    expect(before).toBeCloseTo(40 + 30 + 0 + 15 * (2 / 3), 1);
    await page.getByTestId('sup-score-expand-scjg').click();
    const explain = page.getByTestId('sup-score-explain-scjg');
    await explain.waitFor();
    expect(await explain.getByTestId('sup-score-explain-scjg-onTimeRate').innerText()).toContain('100.0%');
    expect(await explain.getByTestId('sup-score-explain-scjg-complaints').innerText()).toContain('0.333');
    await screenshot(page, 'supervision-score-defaults');

    // Only supplements count now.
    for (const [indicator, value] of [['onTimeRate', '0'], ['satisfaction', '0'], ['complaints', '0'], ['supplementRate', '10']] as const) {
      const input = page.locator(`#weight-${indicator}`);
      await input.fill(value);
      await input.blur();
    }
    await page.getByTestId('sup-weights-save').click();
    await expect.poll(async () => Number(await row.getAttribute('data-score'))).toBeCloseTo(200 / 3, 1);
    expect(await explain.getByTestId('sup-score-explain-scjg-supplementRate').innerText()).toContain('100.0%');
    await screenshot(page, 'supervision-score-weights-changed');
    // In English too.
    await page.getByTestId('lang-toggle').click();
    await page.getByText('Department performance score').waitFor();
    await page.getByTestId('sup-tab-overview').click();
    await page.getByText('Cases by status over time').waitFor();
    await screenshot(page, 'supervision-dashboard-en');
    await page.getByTestId('lang-toggle').click();
    await page.getByText('办件状态趋势').waitFor();
    const stored = await api<{ weights: Record<string, number>; updatedBy: string }>('GET', '/supervision/score-weights', { as: SUPERVISOR });
    expect(stored).toMatchObject({ weights: { onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 10 }, updatedBy: 'admin' });
    expect(unexpected(problems)).toEqual([]);
  });

  it('the hall display opens without signing in and refreshes itself', async () => {
    const { page, problems, context } = browser;
    await page.getByTestId('sign-out').click();
    await context.clearCookies();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    problems.length = 0;
    await page.goto(`${server.url}/supervision/display?refresh=5`);
    // Every published demo matter (the catalogue's own count, so a new demo matter needs no edit here).
    const published = await api<{ items: unknown[]; total?: number }>('GET', '/matters?pageSize=100');
    await expect.poll(() => page.getByTestId('display-published').getAttribute('data-value')).toBe(String(published.total ?? published.items.length));
    expect(await page.getByTestId('display-received').getAttribute('data-value')).toBe('3');
    expect(await page.getByTestId('display-accepted').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('display-concluded').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('display-ontime').getAttribute('data-value')).toBe('100.0');
    expect(await page.getByTestId('display-ticker').innerText()).toContain('市场监督管理局');
    const text = await page.getByTestId('display-root').innerText();
    for (const no of caseNos) expect(text).not.toContain(no);
    await screenshot(page, 'supervision-display');
    // It asks again by itself.
    const again = await page.waitForRequest((r) => r.url().endsWith('/api/public/display'), { timeout: 15_000 });
    expect(again.method()).toBe('GET');
    // No session is looked for: the only API it calls is the public one; and nothing failed, not even a 401.
    expect(new Set(asked.filter((p) => p.startsWith('/api/')))).toEqual(new Set(['/api/public/display']));
    expect(problems).toEqual([]);
  });
});
