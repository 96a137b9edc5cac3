/**
 * The workbench in chromium, against `npm start`'s server on a fresh data folder with the demo
 * catalogue. A case of 建设工程规划许可证核发 (accepted by 自然资源和规划局, reviewed in parallel by
 * 住建局 and 人防办) is filed through the API with an uploaded PDF; then, by clicking and typing:
 * the accepting clerk finds it in the inbox (its colour), opens it, previews a material, requests a
 * supplement with the checklist and print-previews the 补正材料通知书; the applicant supplies (API);
 * the clerk accepts and the flow's position moves; the clerks of every department with an open
 * task approve it in their inboxes until the case is granted; the 准予许可决定书 is there.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatterVersion } from '../../schemas/types.generated.js';
import { buildApplication } from '../fixtures/application-builder.js';
import { chinaToday, dueTone } from '../../runtime/web/workbench/inbox/due-tone';
import { buildWeb, openBrowser, screenshot, startServer, type BrowserSession, type RunningServer } from './browser-harness.js';

const PERMIT = '11619900MB1597823F-XK-0001';

/** A one-page PDF with a line of text, so the preview shows something. */
function samplePdf(): string {
  const stream = 'BT /F1 18 Tf 30 150 Td (Design scheme - sample) Tj ET';
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>>',
    `<</Length ${stream.length}>>\nstream\n${stream}\nendstream`,
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

async function upload(url: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), '设计方案.pdf');
  const res = await fetch(`${url}/api/files`, { method: 'POST', body: form });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

async function signIn(page: Page, url: string, username: string) {
  await page.context().clearCookies();
  await page.goto(`${url}/workbench/`);
  await page.getByLabel('用户名').pressSequentially(username);
  await page.getByLabel('密码').pressSequentially(`demo@${username}`);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('workbench in chromium', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let session: BrowserSession;

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    session = await openBrowser();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it('works a parallel-approval case from the inbox to the grant, with a supplement notice printed on the way', async () => {
    const { page, problems } = session;
    const url = server.url;
    const live = await json<MatterVersion>(await fetch(`${url}/api/matters/${PERMIT}`));
    const def = live.definition;
    const fileId = await upload(url);
    const app = buildApplication(def, { fileId });
    const filed = await json<{ caseNo: string; queryCode: string }>(
      await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(app) }),
    );
    const { caseNo, queryCode } = filed;
    const acceptNode = def.flow.nodes.find((n) => n.kind === 'step' && n.stepType === 'accept')!;
    expect(acceptNode.departmentId).toBe('zrzy');
    const reviewDepartments = new Set(def.flow.nodes.filter((n) => n.kind === 'step' && n.stepType !== 'accept').map((n) => n.departmentId));
    expect(reviewDepartments.size, 'the flow needs more than one department').toBeGreaterThan(1);

    // The accepting department's clerk finds the case in the inbox, in the colour its task's deadline gives.
    const staffToken = (await json<{ token: string }>(await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zrzy-clerk', password: 'demo@zrzy-clerk' }) }))).token;
    const staffGet = async <T,>(path: string) => json<T>(await fetch(`${url}/api${path}`, { headers: { authorization: `Bearer ${staffToken}` } }));
    const acceptTask = (await staffGet<{ tasks: Array<{ status: string; dueDate?: string; warning?: 'none' | 'yellow' | 'red' }> }>(`/cases/${caseNo}`)).tasks.find((t) => t.status === 'open')!;
    const tone = dueTone(acceptTask, chinaToday());
    await signIn(page, url, 'zrzy-clerk');
    const row = page.locator(`[data-testid="inbox-row"][data-case-no="${caseNo}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-tone')).toBe(tone);
    expect(Number(await page.getByTestId(`inbox-count-${tone}`).getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'workbench-inbox');

    // Filters: overdue only hides it; cleared, it is back.
    await page.getByTestId('inbox-filter-overdue').click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByTestId('inbox-filter-overdue').click();
    await row.waitFor();

    // Open the case: form data in the form's words, the materials, a PDF previewed inline.
    await row.getByTestId('inbox-open').click();
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('待受理');
    await page.getByTestId('case-form-data').waitFor();
    const firstTitle = Object.values(def.form.properties).find((f) => f.type !== 'void' && f.title)?.title;
    if (firstTitle) await page.getByTestId('case-form-data').getByText(firstTitle, { exact: false }).first().waitFor();
    await page.getByTestId('case-flow').locator(`[data-node-id="${acceptNode.id}"][data-state="current"]`).waitFor();
    await page.getByTestId('case-materials').getByTestId('case-file').first().click();
    const preview = page.getByTestId('case-file-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-kind')).toBe('pdf');
    const frame = preview.locator('iframe');
    expect(await frame.getAttribute('src')).toBe(`/api/cases/${caseNo}/files/${fileId}`);
    await page.waitForTimeout(1500);
    await screenshot(page, 'workbench-case-preview');

    // Supplement: one notice, the checklist picks the design scheme (defective, with a note) and the topographic map.
    await page.getByTestId('case-action-supplement-request').click();
    const picked = ['design-scheme', 'topographic-map'].filter((id) => def.materials.some((m) => m.id === id));
    expect(picked.length).toBe(2);
    for (const id of picked) await page.getByTestId(`case-supplement-item-${id}`).getByRole('checkbox').check();
    await page.getByTestId(`case-supplement-note-${picked[0]}`).fill('缺少总平面图，请补充加盖设计单位公章的总平面图');
    await screenshot(page, 'workbench-supplement-checklist');
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="supplement_requested"]').waitFor();

    // The 补正材料通知书 lists every item of the notice; printed, the page keeps only the sheet.
    const noticed = (await staffGet<{ notice: { items: Array<{ materialId: string }> } }>(`/cases/${caseNo}`)).notice.items;
    expect(noticed.map((i) => i.materialId)).toEqual(expect.arrayContaining(picked));
    await page.getByTestId('notice-supplement').click();
    await page.getByTestId('notice-sheet').waitFor();
    expect(await page.getByTestId('notice-item').count()).toBe(noticed.length);
    expect(await page.getByTestId('notice-items').textContent()).toContain('缺少总平面图');
    await screenshot(page, 'workbench-notice-supplement');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('notice-print').isVisible()).toBe(false);
    expect(await page.getByTestId('notice-sheet').isVisible()).toBe(true);
    await screenshot(page, 'workbench-notice-supplement-print');
    await page.emulateMedia({ media: 'screen' });

    // The applicant supplies every item (API), then the clerk accepts.
    const supplied = await fetch(`${url}/api/cases/${caseNo}/supplement`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queryCode, materials: noticed.map((i) => ({ materialId: i.materialId, fileIds: [fileId] })) }),
    });
    expect(supplied.status, await supplied.clone().text()).toBe(200);
    await page.getByTestId('notice-back').click();
    await page.locator('[data-testid="case-page"][data-status="submitted"]').waitFor();
    await page.getByTestId('case-action-accept').click();
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="in_progress"]').waitFor();
    // The flow's position moved on from the acceptance, which is now on the path taken.
    await page.getByTestId('case-flow').locator(`[data-node-id="${acceptNode.id}"][data-state="visited"]`).waitFor();
    expect(await page.getByTestId('case-flow').locator('[data-state="current"]').count()).toBeGreaterThan(0);
    await page.getByTestId('notice-acceptance').waitFor();
    await screenshot(page, 'workbench-case-accepted');

    // Someone else acts first: the clerk's approval of 规划审查 answers 409, and the page says so and reloads.
    const open = (await staffGet<{ tasks: Array<{ id: string; status: string; departmentId: string; version: number }> }>(`/cases/${caseNo}`)).tasks.find((t) => t.status === 'open' && t.departmentId === 'zrzy')!;
    await page.getByTestId('case-action-approve').first().click();
    await page.getByTestId('case-reason').fill('同意');
    const first = await fetch(`${url}/api/tasks/${open.id}/complete`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'approve', comment: '同意（另一窗口）', expectedVersion: open.version }),
    });
    expect(first.status, await first.clone().text()).toBe(200);
    await page.getByTestId('case-action-ok').click();
    const conflict = page.getByTestId('case-action-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('其他人已先处理');
    await screenshot(page, 'workbench-case-conflict');
    await page.getByTestId('case-reload').click();
    await page.getByTestId('case-history').getByText('同意（另一窗口）').waitFor();
    const conflicts = problems.filter((p) => p.startsWith('http 409')).length;
    expect(conflicts).toBe(1);

    // Clerks of every department with an open task approve from their inboxes until the case concludes.
    const approvedBy: string[] = [];
    for (let round = 0; round < 12; round++) {
      const c = await staffGet<{ status: string; tasks: Array<{ status: string; departmentId: string; stepName: string }> }>(`/cases/${caseNo}`);
      if (c.status !== 'in_progress') break;
      const dept = c.tasks.find((t) => t.status === 'open')!.departmentId;
      await signIn(page, url, `${dept}-clerk`);
      const mine = page.locator(`[data-testid="inbox-row"][data-case-no="${caseNo}"]`);
      await mine.first().waitFor();
      await mine.first().getByTestId('inbox-open').click();
      await page.getByTestId('case-page').waitFor();
      const before = await page.getByTestId('case-page').getAttribute('data-version');
      await page.getByTestId('case-action-approve').first().click();
      await page.getByTestId('case-reason').fill('同意');
      await page.getByTestId('case-action-ok').click();
      await page.locator(`[data-testid="case-page"]:not([data-version="${before}"])`).waitFor();
      approvedBy.push(dept);
      if (round === 1) await screenshot(page, `workbench-case-parallel-${dept}`);
    }
    // 规划审查 was approved by the API above; every department approved something through its inbox.
    expect(new Set(approvedBy)).toEqual(reviewDepartments);
    await page.locator('[data-testid="case-page"][data-status="granted"]').waitFor();
    const endNode = def.flow.nodes.find((n) => n.kind === 'end' && (n.outcome ?? 'granted') === 'granted')!;
    await page.getByTestId('case-flow').locator(`[data-node-id="${endNode.id}"][data-state="visited"]`).waitFor();
    await page.getByTestId('case-history').locator('[data-action="approve"]').first().waitFor();
    await screenshot(page, 'workbench-case-granted');
    await page.getByTestId('notice-grant').click();
    await page.getByTestId('notice-sheet').getByText('准予行政许可', { exact: false }).waitFor();
    await screenshot(page, 'workbench-notice-grant');

    // Signed out, the sign-in page asks GET /api/auth/me, which answers 401 (the console echoes it without a URL).
    expect(problems.filter((p) => p.startsWith('http ')).filter((p) => p !== 'http 401: /api/auth/me' && p !== `http 409: /api/tasks/${open.id}/complete`)).toEqual([]);
    expect(problems.filter((p) => !p.startsWith('http ') && !p.includes('status of 401') && !p.includes('status of 409'))).toEqual([]);
  });

  it('refuses a case with reasons: the decision names the review and litigation rights; supervisors read cases without actions, in English too', async () => {
    const { page } = session;
    const url = server.url;
    const live = await json<MatterVersion>(await fetch(`${url}/api/matters/${PERMIT}`));
    const fileId = await upload(url);
    const { caseNo } = await json<{ caseNo: string }>(
      await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(buildApplication(live.definition, { fileId })) }),
    );
    await signIn(page, url, 'zrzy-clerk');
    await page.locator(`[data-testid="inbox-row"][data-case-no="${caseNo}"]`).getByTestId('inbox-open').click();
    await page.getByTestId('case-action-refuse').click();
    // Reasons are required: OK without them names what is missing and sends nothing.
    await page.getByTestId('case-action-ok').click();
    await page.getByTestId('case-action-missing').waitFor();
    expect(await page.getByTestId('case-page').getAttribute('data-status')).toBe('submitted');
    await page.getByTestId('case-reason').fill('拟建项目用地不属于本机关规划许可管辖范围');
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="refused"]').waitFor();
    await page.getByTestId('notice-refusal').click();
    const rights = page.getByTestId('notice-rights');
    await rights.waitFor();
    // The rights as the server stored them for a licence (catalog/remedies.ts), not a fixed text.
    expect(await rights.textContent()).toContain('六十日内依法申请行政复议');
    expect(await rights.textContent()).toContain('六个月内');
    expect(await page.getByTestId('notice-sheet').textContent()).toContain('《中华人民共和国行政许可法》第三十二条');
    expect(await page.getByTestId('notice-sheet').textContent()).toContain('拟建项目用地不属于本机关规划许可管辖范围');
    await screenshot(page, 'workbench-notice-refusal');

    // The supervisor reads the case (no actions) and the department inboxes, and the words switch to English.
    await signIn(page, url, 'supervisor');
    await page.getByTestId('inbox-filter-department').waitFor();
    await page.goto(`${url}/workbench/cases/${caseNo}`);
    await page.locator('[data-testid="case-page"][data-status="refused"]').waitFor();
    expect(await page.locator('[data-testid^="case-action-"]').count()).toBe(0);
    await page.getByTestId('case-actions').getByText('只读', { exact: false }).waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('case-status').getByText('Refused').waitFor();
    await screenshot(page, 'workbench-case-supervisor-en');
    await page.getByTestId('lang-toggle').click();
  });

  it('stops the clock for a special procedure, resumes, asks once for at most 10 more working days (the due date waits for a leader), returns a step and denies with reasons', async () => {
    const { page } = session;
    const url = server.url;
    const live = await json<MatterVersion>(await fetch(`${url}/api/matters/${PERMIT}`));
    const fileId = await upload(url);
    const { caseNo } = await json<{ caseNo: string }>(
      await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(buildApplication(live.definition, { fileId })) }),
    );
    await signIn(page, url, 'zrzy-clerk');
    await page.goto(`${url}/workbench/cases/${caseNo}`);
    await page.getByTestId('case-action-accept').click();
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="in_progress"]').waitFor();

    await page.getByTestId('case-action-suspend').click();
    await page.getByTestId('case-suspend-kind').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '专家评审' }).click();
    await page.getByTestId('case-days').fill('5');
    await page.getByTestId('case-reason').fill('设计方案涉及历史风貌保护，组织专家评审');
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="suspended"]').waitFor();
    expect(await page.getByTestId('case-history').locator('[data-action="suspend"]').textContent()).toContain('专家评审，预计 5 个工作日');

    await page.getByTestId('case-action-resume').click();
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="in_progress"]').waitFor();
    const dueBefore = await page.getByTestId('case-due').textContent();

    // 申请延期 (art. 42): 11 is clamped to the matter's limit of 10 by the input; the request waits for a
    // leader, and the due date does not move until one approves.
    await page.getByTestId('case-action-extension-request').click();
    await page.getByTestId('case-days').fill('11');
    await page.getByTestId('case-days').blur();
    await page.getByTestId('case-reason').fill('情况复杂，申请延期');
    await page.getByTestId('case-action-ok').click();
    await page.getByTestId('case-history').locator('[data-action="request_extension"]').waitFor();
    const asked = (await json<{ extensionRequest?: { days: number; status: string }; extension?: unknown }>(
      await fetch(`${url}/api/cases/${caseNo}`, { headers: { authorization: `Bearer ${(await json<{ token: string }>(await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zrzy-clerk', password: 'demo@zrzy-clerk' }) }))).token}` } }),
    ));
    expect(asked.extensionRequest).toMatchObject({ days: 10, status: 'pending' });
    expect(asked.extension).toBeUndefined();
    expect(await page.getByTestId('case-history').locator('[data-action="request_extension"]').textContent()).toContain('延长 10 个工作日');
    await page.locator('[data-testid="extension-state"][data-status="pending"]').waitFor();
    expect(await page.getByTestId('case-due').textContent()).toBe(dueBefore);
    // Once only, and a clerk cannot approve it.
    expect(await page.getByTestId('case-action-extension-request').count()).toBe(0);
    expect(await page.getByTestId('case-action-extension-decision').count()).toBe(0);
    await screenshot(page, 'workbench-case-extended');

    // Return 规划审查 to the acceptance step (the parallel branches are called back), then deny there with reasons.
    let version = await page.getByTestId('case-page').getAttribute('data-version');
    await page.getByTestId('case-action-return').click();
    await page.getByTestId('case-return-to').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
    await page.getByTestId('case-reason').fill('申请表项目名称与设计方案不一致，退回受理环节核实');
    await page.getByTestId('case-action-ok').click();
    await page.locator(`[data-testid="case-page"]:not([data-version="${version}"])`).waitFor();
    expect(await page.getByTestId('case-history').locator('[data-action="return"]').textContent()).toContain('退回至「');
    const acceptNode = live.definition.flow.nodes.find((n) => n.kind === 'step' && n.stepType === 'accept')!;
    await page.getByTestId('case-flow').locator(`[data-node-id="${acceptNode.id}"][data-state="current"]`).waitFor();
    version = await page.getByTestId('case-page').getAttribute('data-version');
    await page.getByTestId('case-action-deny').click();
    await page.getByTestId('case-reason').fill('建设工程设计方案不符合控制性详细规划确定的容积率要求');
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="denied"]').waitFor();
    await page.getByTestId('notice-denial').click();
    await page.getByTestId('notice-rights').waitFor();
    expect(await page.getByTestId('notice-sheet').textContent()).toContain('不符合控制性详细规划确定的容积率要求');
    expect(await page.getByTestId('notice-rights').textContent()).toContain('提起行政诉讼');
    await screenshot(page, 'workbench-notice-denial');
  });
});
