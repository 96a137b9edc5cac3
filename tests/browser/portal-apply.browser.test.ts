/**
 * The applicant portal's apply and track pages in chromium, by clicking and typing, against the real
 * server on a fresh data folder:
 *
 * 1. Straight to /matters/<食品经营许可（新办）>/apply: choose 企业等单位申请, fill the applicant and the
 *    generated form, upload PDFs for every material listed, go back and answer 通过网络经营 — the
 *    conditional 入网证明 material appears — upload it, submit (double-clicked: one case only), read
 *    the receipt.
 * 2. Track the case with its number and query code: status and timeline.
 * 3. The 市场监管局 clerk (API) issues the one-time supplement notice; the applicant sees every item
 *    on the tracking page and supplies it there; the case is submitted again.
 * 4. The clerks drive the case to its end (API); the applicant rates it once; a complaint about it.
 * 5. A phone (390×844): the apply wizard through the form, without horizontal overflow.
 * 6. Another case (filed through the API) withdrawn from its tracking page, shown in English.
 * 7. The server's 422 field errors placed on the wizard's steps (the answer stubbed in the page).
 * The apply page's first-load JS (gzip) and time until the wizard is usable are printed.
 * axe-core checks the generated form (the shared Formily renderer's part of the page) on the form
 * step and, read-only, on the review step: no serious or critical WCAG 2 A/AA problem; what it finds
 * on the whole of both steps is printed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatterVersion } from '../../schemas/types.generated.js';
import { buildApplication, SAMPLE_USCC } from '../fixtures/application-builder.js';
import { screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const FOOD = '11619900MB1532046T-XK-0001';
const CLERK = 'scjg-clerk';
const COMPANY = '汉江市示例餐饮有限公司';

/** The smallest well-formed PDF: one empty page. */
const PDF = Buffer.from(
  ['%PDF-1.4', '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj', '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj', '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj', 'trailer <</Root 1 0 R>>', '%%EOF', ''].join('\n'),
);
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });

async function token(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: `demo@${username}` }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** A staff call with a bearer token and a JSON body. */
async function staff<T = any>(url: string, username: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${await token(url, username)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} as ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The Formily field whose label starts with `label` (the first such) inside the apply form. */
function formItem(page: Page, label: string) {
  return page.getByTestId('apply-form').locator('.ant-formily-item').filter({ has: page.locator('.ant-formily-item-label', { hasText: label }) }).first();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeFinding = { id: string; impact: string; nodes: string[] };

/** axe-core's WCAG 2 A/AA violations inside `include` (injected through the debugger: the page's CSP is untouched). */
async function axeViolations(page: Page, include: string): Promise<AxeFinding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 8).map((n) => n.target.join(' ')) }));
  }, include);
}

const serious = (found: AxeFinding[]) => found.filter((v) => v.impact === 'serious' || v.impact === 'critical');

async function noHorizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('portal: apply, track, supplement, rate', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let caseNo = '';
  let queryCode = '';

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('applies online with uploads; the materials follow the answers; one receipt for a double click', async () => {
    const { page, problems } = browser;
    await page.goto(`${server.url}/matters/${FOOD}/apply`);
    await page.getByTestId('apply-matter-name').getByText('食品经营许可（新办）').waitFor({ timeout: 20_000 });

    // 1. Situation: next without a choice says so.
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-step-error').waitFor();
    await page.getByTestId('apply-situation-company').click();
    await screenshot(page, 'portal-apply-situation');
    await page.getByTestId('apply-next').click();

    // 2. Applicant: a wrong credit code is refused before leaving the step.
    await page.getByTestId('apply-applicant-name').fill(COMPANY);
    await page.getByTestId('apply-applicant-id').fill('91350100M000100Y4X');
    await page.getByTestId('apply-applicant-phone').fill('13800138000');
    await page.getByTestId('apply-next').click();
    await page.getByText('请输入正确的18位统一社会信用代码').waitFor();
    await page.getByTestId('apply-applicant-id').fill(SAMPLE_USCC);
    await screenshot(page, 'portal-apply-applicant');
    await page.getByTestId('apply-next').click();

    // 3. The generated form.
    await formItem(page, '经营者名称').locator('input').fill(COMPANY);
    await formItem(page, '统一社会信用代码').locator('input').fill(SAMPLE_USCC);
    await formItem(page, '经营场所').locator('input').fill('汉江市汉滨区兴安中路 18 号');
    await formItem(page, '主体业态').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '餐饮服务经营者' }).click();
    await formItem(page, '经营项目').getByText('热食类食品制售').click();
    await screenshot(page, 'portal-apply-form');
    // The generated form (the renderer's part of the step): every field named by its label (axe:
    // label, button-name for switches). The whole step is printed too.
    console.log('axe on the form step:', JSON.stringify(await axeViolations(page, '[data-testid="apply-form"]')));
    const formFound = await axeViolations(page, '[data-testid="apply-form"] .mf-applicant-form');
    console.log('axe on the apply form:', JSON.stringify(formFound));
    expect(serious(formFound)).toEqual([]);
    expect(await page.getByTestId('apply-form').getByLabel('经营者名称', { exact: true }).inputValue()).toBe(COMPANY);
    await page.getByTestId('apply-next').click();

    // 4. Materials for a company without online sales: no 入网证明, no operator's ID card.
    const materials = page.getByTestId('apply-materials');
    await materials.waitFor();
    await page.getByTestId('apply-material-legal-rep-id-proof').waitFor();
    expect(await page.getByTestId('apply-material-online-sales').count()).toBe(0);
    expect(await page.getByTestId('apply-material-operator-id-card').count()).toBe(0);
    // Next with nothing uploaded names what is missing.
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-step-error').getByText('食品经营许可申请书', { exact: false }).waitFor();
    const rows = await materials.locator('[data-testid^="apply-material-"][data-ready]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('apply-material-', '')));
    expect(rows).toContain('application-form');
    for (const id of rows) {
      if (id === 'safety-manager') continue;
      await page.getByTestId(`apply-upload-${id}`).setInputFiles(pdf(`${id}.pdf`));
      await page.getByTestId(`apply-material-${id}`).and(page.locator('[data-ready="true"]')).waitFor();
    }
    // 容缺: the safety manager's papers follow after acceptance.
    await page.getByTestId('apply-mode-safety-manager-deferred').click();
    await page.getByTestId('apply-material-safety-manager').and(page.locator('[data-ready="true"]')).waitFor();

    // A reload keeps the application in progress (the tab's sessionStorage): same step, same files.
    await page.reload();
    await page.getByTestId('apply-material-safety-manager').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
    expect(await materials.locator('[data-ready="false"]').count()).toBe(0);

    // Back to the form (its answers restored): online sales → the 入网证明 material appears, waiting for a file.
    await page.getByTestId('apply-prev').click();
    expect(await formItem(page, '经营者名称').locator('input').inputValue()).toBe(COMPANY);
    await formItem(page, '是否通过网络经营').getByRole('switch').click();
    await page.getByTestId('apply-next').click();
    const online = page.getByTestId('apply-material-online-sales');
    await online.waitFor();
    expect(await online.getAttribute('data-ready')).toBe('false');
    await screenshot(page, 'portal-apply-materials');
    await page.getByTestId('apply-upload-online-sales').setInputFiles(pdf('入网证明.pdf'));
    await online.and(page.locator('[data-ready="true"]')).waitFor();
    await page.getByTestId('apply-next').click();

    // 5. Review: the declaration, then a double click files once.
    await page.getByTestId('apply-review').waitFor();
    await page.getByTestId('apply-review-material-online-sales').waitFor();
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-step-error').waitFor();
    await page.getByTestId('apply-agree').click();
    await screenshot(page, 'portal-apply-review');
    console.log('axe on the review step:', JSON.stringify(await axeViolations(page, '[data-testid="apply-review"]')));
    const reviewFound = await axeViolations(page, '[data-testid="apply-review"] .mf-applicant-form');
    console.log('axe on the read-only form:', JSON.stringify(reviewFound));
    expect(serious(reviewFound)).toEqual([]);
    await page.getByTestId('apply-submit').dblclick();

    await page.getByTestId('receipt').waitFor({ timeout: 20_000 });
    caseNo = (await page.getByTestId('receipt-case-no').innerText()).trim();
    queryCode = (await page.getByTestId('receipt-query-code').innerText()).trim();
    expect(caseNo).toMatch(/^MF\d{8}-[A-Z2-9]{6}$/);
    expect(queryCode).toMatch(/^[A-Z2-9]{6,}$/);
    await screenshot(page, 'portal-apply-receipt');

    const listed = await staff<{ items: Array<{ caseNo: string; materials: Array<{ materialId: string; status: string }> }>; total: number }>(server.url, CLERK, 'GET', `/cases?matter=${FOOD}`);
    expect(listed.total).toBe(1);
    const filed = listed.items[0]!;
    expect(filed.caseNo).toBe(caseNo);
    expect(filed.materials.find((m) => m.materialId === 'online-sales')?.status).toBe('provided');
    expect(filed.materials.find((m) => m.materialId === 'safety-manager')?.status).toBe('deferred');
    expect(problems.filter((p) => !p.includes('http 4'))).toEqual([]);
  });

  it('tracks the case, and supplies the one-time notice from the tracking page', async () => {
    const { page } = browser;
    await page.getByTestId('receipt-track').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
    expect(await page.getByTestId('track-case-no').inputValue()).toBe(caseNo);
    expect(await page.getByTestId('track-step').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('track-step').and(page.locator('[data-state="current"]')).count()).toBe(1);

    // Typing the numbers in a fresh tracking page finds the same case.
    await page.goto(`${server.url}/track`);
    await page.getByTestId('track-case-no').fill(caseNo.toLowerCase());
    await page.getByTestId('track-query-code').fill(queryCode);
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-status').waitFor();
    await screenshot(page, 'portal-track-submitted');

    // The clerk asks for a corrected layout plan (the notice also lists what is still missing).
    await staff(server.url, CLERK, 'POST', `/cases/${caseNo}/supplement-request`, { items: [{ materialId: 'layout-and-process', problem: 'defective', note: '经营场所平面布局图不清晰，请重新上传' }] });
    await page.getByTestId('track-refresh').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status')).toBe('supplement_requested');
    const panel = page.getByTestId('track-supplement');
    await panel.getByText('经营场所平面布局图不清晰，请重新上传').waitFor();
    await page.getByTestId('track-supplement-item-layout-and-process').waitFor();
    await page.getByTestId('track-supplement-item-safety-manager').waitFor();
    await screenshot(page, 'portal-track-supplement');
    await page.getByTestId('track-supplement-upload-layout-and-process').setInputFiles(pdf('平面布局图-修改后.pdf'));
    await page.getByTestId('track-supplement-upload-layout-and-process-file').waitFor();
    // The 容缺 material goes with it (the on-site check needs it before the clerks can go on).
    await page.getByTestId('track-supplement-upload-safety-manager').setInputFiles(pdf('食品安全管理人员任命文件.pdf'));
    await page.getByTestId('track-supplement-upload-safety-manager-file').waitFor();
    await page.getByTestId('track-supplement-submit').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');

    const after = await staff(server.url, CLERK, 'GET', `/cases/${caseNo}`);
    expect(after.status).toBe('submitted');
    expect(after.materials.find((m: { materialId: string }) => m.materialId === 'layout-and-process')).toMatchObject({ status: 'provided' });
    expect(after.materials.find((m: { materialId: string }) => m.materialId === 'safety-manager')).toMatchObject({ status: 'provided' });
    expect(await page.getByTestId('track-supplement').count()).toBe(0);
    await screenshot(page, 'portal-track-supplied');
  });

  it('rates the concluded case once and files a complaint about it', async () => {
    const { page } = browser;
    // The clerks accept and approve until the case concludes (their inboxes are another test's story).
    for (let round = 0; round < 20; round++) {
      const c = await staff(server.url, CLERK, 'GET', `/cases/${caseNo}`);
      if (['granted', 'denied', 'refused', 'withdrawn'].includes(c.status)) break;
      for (const task of (c.tasks as any[]).filter((t) => t.status === 'open')) {
        const action = task.stepType === 'accept' || /受理/.test(task.stepName) ? 'accept' : 'approve';
        const signed = new Set(((task.signatures ?? []) as Array<{ username: string }>).map((s) => s.username));
        const signers: string[] = task.mode === 'countersign' && task.assignees?.length ? task.assignees.filter((u: string) => !signed.has(u)) : [task.assignees?.[0] ?? CLERK];
        for (const signer of signers) await staff(server.url, signer, 'POST', `/tasks/${task.id}/complete`, { action });
      }
    }
    await page.getByTestId('track-refresh').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('granted');
    await page.getByTestId('track-decision').waitFor();
    expect(await page.getByTestId('track-withdraw').count()).toBe(0);

    await page.getByTestId('track-rate-submit').click();
    await page.getByText('请先选择星级').waitFor();
    await page.getByTestId('track-rate-5').click();
    await page.getByTestId('track-rate-comment').fill('网上办理很方便，一次都没跑。');
    await page.getByTestId('track-rate-submit').click();
    await page.getByTestId('track-rated').waitFor();
    expect(await page.getByTestId('track-rated').getAttribute('data-score')).toBe('5');
    await screenshot(page, 'portal-track-rated');
    // Once only: after a reload the rating is shown, not offered.
    await page.reload();
    await page.getByTestId('track-rated').waitFor();
    expect(await page.getByTestId('track-rate-submit').count()).toBe(0);

    await page.getByTestId('track-complaint').click();
    expect(await page.getByTestId('complaint-case-no').inputValue()).toBe(caseNo);
    await page.getByTestId('complaint-submit').click();
    await page.getByText('此项必填').first().waitFor();
    await page.getByTestId('complaint-text').fill('窗口人员电话一直打不通。');
    await page.getByTestId('complaint-contact').fill('13800138000');
    await screenshot(page, 'portal-complaint-form');
    await page.getByTestId('complaint-submit').click();
    const ref = page.getByTestId('complaint-reference');
    await ref.waitFor();
    expect((await ref.innerText()).trim()).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(page, 'portal-complaint-done');
  });

  it('on a phone (390×844) the apply wizard and its form fit the screen', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.url}/matters/${FOOD}/apply`);
    await phone.getByTestId('apply-situation-individual').waitFor({ timeout: 20_000 });
    expect(await noHorizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'portal-apply-phone-situation');
    await phone.getByTestId('apply-situation-individual').click();
    await phone.getByTestId('apply-next').click();
    await phone.getByTestId('apply-applicant-name').fill('张三');
    expect(await noHorizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByTestId('apply-applicant-kind').getByText('个人').click();
    await phone.getByTestId('apply-applicant-id').fill('11010519491231002X');
    await phone.getByTestId('apply-applicant-phone').fill('13800138000');
    await screenshot(phone, 'portal-apply-phone-applicant');
    await phone.getByTestId('apply-next').click();
    await formItem(phone, '经营者名称').locator('input').fill('张三小吃店');
    expect(await noHorizontalOverflow(phone)).toBeLessThanOrEqual(0);
    // The submit button of the step is reachable and inside the screen's width.
    const next = await phone.getByTestId('apply-next').boundingBox();
    expect(next!.x + next!.width).toBeLessThanOrEqual(390);
    await screenshot(phone, 'portal-apply-phone-form');
    await phone.getByTestId('apply-next').click();
    await phone.getByTestId('apply-step-error').waitFor();

    // The tracking page of the case on the phone: the timeline and the rating fit too.
    await phone.goto(`${server.url}/track?caseNo=${caseNo}&queryCode=${queryCode}`);
    await phone.getByTestId('track-rated').waitFor({ timeout: 20_000 });
    expect(await phone.getByTestId('track-step').count()).toBeGreaterThanOrEqual(3);
    expect(await noHorizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'portal-track-phone');
    await phone.close();
  });

  it('withdraws an open case from its tracking page after a confirmation, in English too', async () => {
    const { page } = browser;
    // A second application, filed through the API with a real uploaded file.
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'a.pdf');
    const fileId = ((await (await fetch(`${server.url}/api/files`, { method: 'POST', body: form })).json()) as { id: string }).id;
    const live = (await (await fetch(`${server.url}/api/matters/${FOOD}`)).json()) as MatterVersion;
    const filed = await fetch(`${server.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(buildApplication(live.definition, { fileId })) });
    expect(filed.status).toBe(201);
    const receipt = (await filed.json()) as { caseNo: string; queryCode: string };

    await page.goto(`${server.url}/track?caseNo=${receipt.caseNo}&queryCode=${receipt.queryCode}`);
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
    expect(await page.getByTestId('track-rate-submit').count()).toBe(0);
    await page.getByTestId('track-withdraw').click();
    await page.getByTestId('track-withdraw-reason').fill('信息填写有误，重新申请');
    await page.getByTestId('track-withdraw-confirm').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('withdrawn');
    expect(await page.getByTestId('track-withdraw').count()).toBe(0);
    const after = await staff(server.url, CLERK, 'GET', `/cases/${receipt.caseNo}`);
    expect(after).toMatchObject({ status: 'withdrawn', reasons: '信息填写有误，重新申请' });

    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('track-status').getByText('Withdrawn').waitFor();
    await page.getByRole('heading', { name: 'Track a case' }).waitFor();
    await screenshot(page, 'portal-track-withdrawn-en');
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('track-status').getByText('已撤回').waitFor();
  });

  it("shows the server's field errors on the steps that fix them", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    // A draft at the review step, as a reload would find it.
    await phone.goto(`${server.url}/track`);
    const live = (await (await fetch(`${server.url}/api/matters/${FOOD}`)).json()) as MatterVersion;
    const draft = { situation: 'company', applicant: { kind: 'legal_person', name: COMPANY, idType: 'uscc', idNumber: SAMPLE_USCC, phone: '13800138000' }, answers: { operatorName: COMPANY }, entries: {}, step: 4 };
    await phone.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [`matterflow.apply.${FOOD}@${live.version}`, JSON.stringify(draft)]);
    await phone.route('**/api/cases', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'VALIDATION', message: 'the application is incomplete or invalid', details: [{ path: '/applicant/phone', message: '号码已停机' }, { path: '/materials/business-license', message: 'is required: 营业执照' }] } }),
      }),
    );
    const started = Date.now();
    await phone.goto(`${server.url}/matters/${FOOD}/apply`);
    await phone.getByTestId('apply-review').waitFor({ timeout: 20_000 });
    const ready = Date.now() - started;
    await phone.getByTestId('apply-agree').click();
    await phone.getByTestId('apply-submit').click();
    const errors = phone.getByTestId('apply-error');
    await errors.first().waitFor();
    expect(await errors.count()).toBe(2);
    expect(await phone.getByTestId('apply-errors').innerText()).toContain('营业执照');
    expect(await phone.getByTestId('apply-errors').innerText()).toContain('申请人 · 联系电话');
    await screenshot(phone, 'portal-apply-phone-server-errors');
    await phone.getByTestId('apply-error-goto').click();
    await phone.getByText('号码已停机').waitFor();
    expect(await noHorizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // First-load JS of the apply page (gzip), and the time until the wizard was usable.
    const scripts = await phone.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js')).map((e) => e.name));
    let gz = 0;
    for (const url of new Set(scripts.filter((u) => u.startsWith(server.url)))) gz += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).byteLength;
    expect(gz).toBeGreaterThan(0);
    console.log(`apply page: ${scripts.length} JS files, ${(gz / 1024).toFixed(0)} KiB gzip; review step usable ${ready} ms after navigation (draft restored, local server)`);
    await phone.close();
  });
});
