/**
 * Issue 5's whole story in chromium, against the real server (`npm start`'s main) on a fresh data
 * folder with the demo catalogue, by clicking and typing only — the API is called only to read back
 * and check what the pages show, never to take a step:
 *
 * 道路货物运输经营许可 (交通运输局 accepts; after acceptance 交通运输局's 经营条件审查 and 公安局's
 * 车辆及驾驶员信息核查 run in parallel — exactly two departments — then 许可决定 and 核发证件):
 *
 * 1. The applicant searches the portal by pinyin initials, reads the guide (materials, the flow drawn),
 *    applies online as a company with uploads, and reads the receipt.
 * 2. The 交通运输局 clerk signs in to the workbench, finds the case in the inbox, opens it and
 *    issues a supplement notice with the checklist.
 * 3. The applicant opens the tracking page with number and query code and supplies the item.
 * 4. The clerk accepts; both parallel reviews are open at once; each department's clerk approves in
 *    their inbox; the decision and delivery steps are completed; the case is granted.
 * 5. The applicant sees the grant on the tracking page and rates it.
 * 6. The supervisor sees it counted on the supervision dashboard.
 *
 * Each actor has their own browser (applicant; staff, who sign in one after the other with cookies cleared).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Department, MatterVersion } from '../../schemas/types.generated.js';
import { chinaToday, dueTone } from '../../runtime/web/workbench/inbox/due-tone';
import { SAMPLE_USCC } from '../fixtures/application-builder.js';
import { buildWeb, openBrowser, screenshot, SCREENSHOT_DIR, startServer, type BrowserSession, type RunningServer } from './browser-harness.js';

const FREIGHT = '11619900MB1531489P-XK-0001';
const FREIGHT_NAME = '道路货物运输经营许可（危险货物运输除外）';
const COMPANY = '汉江市示例物流有限公司';
const SUPPLEMENT_NOTE = '从业资格证复印件不清晰，请重新上传';

/** The smallest well-formed PDF: one empty page. */
const PDF = Buffer.from(
  ['%PDF-1.4', '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj', '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj', '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj', 'trailer <</Root 1 0 R>>', '%%EOF', ''].join('\n'),
);
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });

interface CaseRead {
  caseNo: string;
  status: string;
  materials: Array<{ materialId: string; status: string }>;
  tasks: Array<{ id: string; nodeId: string; status: string; departmentId: string; stepName: string; dueDate?: string; warning?: 'none' | 'yellow' | 'red' }>;
  rating?: { score: number };
}

/** Reads back through the API as a staff member (never used to take a step). */
async function read<T>(url: string, username: string, password: string, path: string): Promise<T> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The Formily field whose label starts with `label` inside the apply form. */
function formItem(page: Page, label: string) {
  return page.getByTestId('apply-form').locator('.ant-formily-item').filter({ has: page.locator('.ant-formily-item-label', { hasText: label }) }).first();
}

/** Signs in on a staff app's shared sign-in page, after clearing the previous actor's cookies. */
async function signIn(page: Page, url: string, app: 'workbench' | 'supervision', username: string, password = `demo@${username}`) {
  await page.context().clearCookies();
  await page.goto(`${url}/${app}/`);
  await page.getByLabel('用户名').pressSequentially(username);
  await page.getByLabel('密码').pressSequentially(password);
  await page.getByTestId('sign-in').click();
}

/** Problems other than a signed-out page's GET /api/auth/me answering 401 (the console echoes it without a URL). */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p));

describe('issue 5 story: apply, supplement, parallel approval, grant, rating, supervision', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let applicant: BrowserSession;
  let staff: BrowserSession;
  let freight: MatterVersion;
  let departments: Department[];
  let caseNo = '';
  let queryCode = '';
  const clerk = (dept: string) => read<CaseRead>(server.url, `${dept}-clerk`, `demo@${dept}-clerk`, `/cases/${caseNo}`);

  beforeAll(async () => {
    await buildWeb();
    server = await startServer();
    applicant = await openBrowser();
    staff = await openBrowser();
    freight = (await (await fetch(`${server.url}/api/matters/${FREIGHT}`)).json()) as MatterVersion;
    departments = (await (await fetch(`${server.url}/api/departments`)).json()) as Department[];
  }, 240_000);

  afterAll(async () => {
    await applicant?.close();
    await staff?.close();
    await server?.stop();
  }, 60_000);

  it('the matter needs exactly two departments in parallel', () => {
    const nodes = freight.definition.flow.nodes;
    const fork = nodes.find((n) => n.kind === 'parallel' && freight.definition.flow.edges.filter((e) => e.source === n.id).length > 1)!;
    const branches = freight.definition.flow.edges.filter((e) => e.source === fork.id).map((e) => nodes.find((n) => n.id === e.target)!);
    expect(branches.map((b) => b.departmentId).sort()).toEqual(['gaj', 'jtj']);
    expect(nodes.find((n) => n.stepType === 'accept')!.departmentId).toBe('jtj');
  });

  it('the applicant finds the matter by pinyin initials, reads its guide, applies with uploads and gets a receipt', async () => {
    const { page, problems } = applicant;
    const def = freight.definition;
    await page.goto(server.url);
    await page.getByTestId('portal-search').waitFor({ timeout: 20_000 });
    await page.getByTestId('portal-search').pressSequentially('dlhwys');
    await page.getByTestId('portal-search').press('Enter');
    const card = page.locator(`[data-testid="portal-result"][data-code="${FREIGHT}"]`);
    await card.waitFor();
    await screenshot(page, 'story5-portal-search');

    // The guide: title, the company's materials, the flow drawn with both reviewing departments.
    await card.getByTestId('portal-open-guide').click();
    await expect.poll(() => page.getByTestId('guide-title').innerText()).toBe(FREIGHT_NAME);
    const company = page.getByTestId('guide-materials').getByTestId('guide-situation-company');
    await company.waitFor();
    const listed = await company.getByTestId('guide-material').evaluateAll((items) => items.map((i) => i.getAttribute('data-material-id')));
    expect(listed).toEqual(expect.arrayContaining(['application-form', 'vehicle-license', 'driver-documents', 'legal-rep-id-proof']));
    expect(listed).not.toContain('operator-id-card');
    const flow = page.getByTestId('guide-flow');
    await flow.getByTestId('guide-flow-canvas').waitFor();
    await expect.poll(() => flow.locator('.react-flow__node').count()).toBe(def.flow.nodes.length);
    const drawn = await flow.locator('.react-flow__node-step').allInnerTexts();
    for (const dept of ['jtj', 'gaj']) {
      const name = departments.find((d) => d.id === dept)!.name;
      expect(drawn.some((text) => text.includes(name)), name).toBe(true);
    }
    await screenshot(page, 'story5-guide');
    await flow.screenshot({ path: join(SCREENSHOT_DIR, 'story5-guide-flow.png') });

    // 在线办理: the situation, the applicant, the generated form.
    await page.getByTestId('portal-apply').click();
    await page.getByTestId('apply-situation-company').click({ timeout: 20_000 });
    await screenshot(page, 'story5-apply-situation');
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-applicant-name').fill(COMPANY);
    await page.getByTestId('apply-applicant-id').fill(SAMPLE_USCC);
    await page.getByTestId('apply-applicant-phone').fill('13800138000');
    await screenshot(page, 'story5-apply-applicant');
    await page.getByTestId('apply-next').click();
    await formItem(page, '申请人名称').locator('input').fill(COMPANY);
    await formItem(page, '统一社会信用代码').locator('input').fill(SAMPLE_USCC);
    await formItem(page, '经营地址').locator('input').fill('汉江市汉滨区物流园路 8 号');
    await formItem(page, '申请经营范围').getByText('道路普通货运').click();
    await formItem(page, '拟投入车辆数').locator('input').fill('5');
    await formItem(page, '聘用驾驶员人数').locator('input').fill('6');
    await formItem(page, '联系电话（手机）').locator('input').fill('13800138000');
    await screenshot(page, 'story5-apply-form');
    await page.getByTestId('apply-next').click();

    // The materials a company needs: a PDF for each.
    await page.getByTestId('apply-materials').waitFor();
    const needed = await page.getByTestId('apply-materials').locator('[data-testid^="apply-material-"][data-ready]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('apply-material-', '')));
    expect(needed).toEqual(expect.arrayContaining(['application-form', 'legal-rep-id-proof', 'driver-documents']));
    expect(needed).not.toContain('operator-id-card');
    for (const id of needed) {
      await page.getByTestId(`apply-upload-${id}`).setInputFiles(pdf(`${id}.pdf`));
      await page.getByTestId(`apply-material-${id}`).and(page.locator('[data-ready="true"]')).waitFor();
    }
    await screenshot(page, 'story5-apply-materials');
    await page.getByTestId('apply-next').click();

    // Review, declaration, submit, receipt.
    await page.getByTestId('apply-review').waitFor();
    await page.getByTestId('apply-agree').click();
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('receipt').waitFor({ timeout: 20_000 });
    caseNo = (await page.getByTestId('receipt-case-no').innerText()).trim();
    queryCode = (await page.getByTestId('receipt-query-code').innerText()).trim();
    expect(caseNo).toMatch(/^MF\d{8}-[A-Z2-9]{6}$/);
    expect(queryCode).toMatch(/^[A-Z2-9]{6,}$/);
    await screenshot(page, 'story5-receipt');

    const filed = await clerk('jtj');
    expect(filed.status).toBe('submitted');
    for (const id of needed) expect(filed.materials.find((m) => m.materialId === id)?.status, id).toBe('provided');
    expect(unexpected(problems)).toEqual([]);
  });

  it('the accepting clerk finds it in the inbox and issues a supplement notice with the checklist', async () => {
    const { page } = staff;
    await signIn(page, server.url, 'workbench', 'jtj-clerk');
    await page.getByTestId('signed-in-as').waitFor();
    const row = page.locator(`[data-testid="inbox-row"][data-case-no="${caseNo}"]`);
    await row.waitFor();
    // Its colour is the one its acceptance task's due date gives (the API's task, the workbench's rule).
    const accepting = (await clerk('jtj')).tasks.find((t) => t.status === 'open')!;
    expect(await row.getAttribute('data-tone')).toBe(dueTone(accepting, chinaToday()));
    await screenshot(page, 'story5-inbox-jtj');
    await row.getByTestId('inbox-open').click();
    await page.locator('[data-testid="case-page"][data-status="submitted"]').waitFor();
    await page.getByTestId('case-flow').locator('[data-node-id="n-accept"][data-state="current"]').waitFor();
    await page.getByTestId('case-action-supplement-request').click();
    await page.getByTestId('case-supplement-item-driver-documents').getByRole('checkbox').check();
    await page.getByTestId('case-supplement-note-driver-documents').fill(SUPPLEMENT_NOTE);
    await screenshot(page, 'story5-supplement-checklist');
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="supplement_requested"]').waitFor();
    await screenshot(page, 'story5-supplement-requested');
    expect((await clerk('jtj')).status).toBe('supplement_requested');
  });

  it('the applicant reads the notice on the tracking page and supplies the item there', async () => {
    const { page } = applicant;
    await page.goto(`${server.url}/track`);
    await page.getByTestId('track-case-no').fill(caseNo);
    await page.getByTestId('track-query-code').fill(queryCode);
    await page.getByTestId('track-submit').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('supplement_requested');
    const panel = page.getByTestId('track-supplement');
    await panel.getByText(SUPPLEMENT_NOTE).waitFor();
    await page.getByTestId('track-supplement-item-driver-documents').waitFor();
    await screenshot(page, 'story5-track-supplement');
    await page.getByTestId('track-supplement-upload-driver-documents').setInputFiles(pdf('从业资格证-重新扫描.pdf'));
    await page.getByTestId('track-supplement-upload-driver-documents-file').waitFor();
    await page.getByTestId('track-supplement-submit').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
    await screenshot(page, 'story5-track-supplied');
    const after = await clerk('jtj');
    expect(after.status).toBe('submitted');
    expect(after.materials.find((m) => m.materialId === 'driver-documents')?.status).toBe('provided');
  });

  it('the clerk accepts; both departments approve in parallel from their inboxes; decision and delivery; granted', async () => {
    const { page, problems } = staff;
    await page.getByTestId('case-refresh').click();
    await page.locator('[data-testid="case-page"][data-status="submitted"]').waitFor();
    await page.getByTestId('case-action-accept').click();
    await page.getByTestId('case-action-ok').click();
    await page.locator('[data-testid="case-page"][data-status="in_progress"]').waitFor();
    await screenshot(page, 'story5-accepted');

    // Both parallel reviews are open at once, one per department.
    const open = (await clerk('jtj')).tasks.filter((t) => t.status === 'open');
    expect(open.map((t) => `${t.nodeId}:${t.departmentId}`).sort()).toEqual(['n-conditions-review:jtj', 'n-police-check:gaj']);
    for (const nodeId of ['n-conditions-review', 'n-police-check']) await page.getByTestId('case-flow').locator(`[data-node-id="${nodeId}"][data-state="current"]`).waitFor();

    /** A department's clerk signs in, opens the case from the inbox and approves the step open to them. */
    const approveFromInbox = async (dept: string, nodeId: string, shot: string) => {
      await signIn(page, server.url, 'workbench', `${dept}-clerk`);
      const row = page.locator(`[data-testid="inbox-row"][data-case-no="${caseNo}"]`);
      await row.waitFor();
      await screenshot(page, `${shot}-inbox`);
      await row.getByTestId('inbox-open').click();
      await page.getByTestId('case-page').waitFor();
      await page.getByTestId('case-flow').locator(`[data-node-id="${nodeId}"][data-state="current"]`).waitFor();
      const before = await page.getByTestId('case-page').getAttribute('data-version');
      await page.getByTestId('case-action-approve').click();
      await page.getByTestId('case-reason').fill('同意');
      await page.getByTestId('case-action-ok').click();
      await page.locator(`[data-testid="case-page"]:not([data-version="${before}"])`).waitFor();
      await screenshot(page, shot);
      const task = (await clerk(dept)).tasks.find((t) => t.nodeId === nodeId)!;
      expect(task.status).toBe('completed');
    };

    await approveFromInbox('jtj', 'n-conditions-review', 'story5-approve-jtj');
    // 公安局's review is still open: the case waits at the join.
    expect((await clerk('jtj')).tasks.filter((t) => t.status === 'open').map((t) => t.nodeId)).toEqual(['n-police-check']);
    await approveFromInbox('gaj', 'n-police-check', 'story5-approve-gaj');
    await approveFromInbox('jtj', 'n-decide', 'story5-decide');
    await approveFromInbox('jtj', 'n-deliver', 'story5-deliver');

    await page.locator('[data-testid="case-page"][data-status="granted"]').waitFor();
    await page.getByTestId('case-flow').locator('[data-node-id="n-end-granted"][data-state="visited"]').waitFor();
    await screenshot(page, 'story5-granted-workbench');
    const done = await clerk('jtj');
    expect(done.status).toBe('granted');
    expect(done.tasks.every((t) => t.status !== 'open')).toBe(true);
    expect(unexpected(problems)).toEqual([]);
  });

  it('the applicant sees the grant on the tracking page and rates the case', async () => {
    const { page, problems } = applicant;
    await page.getByTestId('track-refresh').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('granted');
    await page.getByTestId('track-decision').waitFor();
    // The timeline: every step done, both parallel reviews among them, each named as the flow names it.
    const steps = page.getByTestId('track-step');
    expect(await steps.and(page.locator(':not([data-state="done"])')).count()).toBe(0);
    const lines = await steps.allInnerTexts();
    for (const node of freight.definition.flow.nodes.filter((n) => n.kind === 'step')) expect(lines.some((l) => l.includes(node.name)), node.name).toBe(true);
    await screenshot(page, 'story5-track-granted');
    await page.getByTestId('track-rate-5').click();
    await page.getByTestId('track-rate-comment').fill('两个部门同时审查，五个工作日就拿到了许可证。');
    await page.getByTestId('track-rate-submit').click();
    await page.getByTestId('track-rated').waitFor();
    expect(await page.getByTestId('track-rated').getAttribute('data-score')).toBe('5');
    await screenshot(page, 'story5-track-rated');
    expect(unexpected(problems)).toEqual([]);
  });

  it('the supervisor sees the case counted on the dashboard', async () => {
    const { page, problems } = staff;
    await signIn(page, server.url, 'supervision', 'supervisor');
    await page.getByTestId('sup-dashboard').waitFor({ timeout: 20_000 });
    const kpi = (id: string) => page.getByTestId(`sup-kpi-${id}`).locator('.ant-statistic-content-value').innerText();
    await expect.poll(() => kpi('cases')).toBe('1');
    expect(await kpi('open')).toBe('0');
    expect(await kpi('satisfaction')).toBe('5.00');
    expect(await kpi('supplement-rate')).toBe('100.0%');
    expect(await page.getByTestId('sup-chart-satisfaction').getAttribute('data-total')).toBe('1');
    expect(await page.getByTestId('sup-chart-status').getAttribute('data-total')).toBe('1');
    // The 交通运输局 row: one case, concluded.
    const jtj = departments.find((d) => d.id === 'jtj')!.name;
    const row = page.getByTestId('sup-group-table').locator('tr', { hasText: jtj });
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('1');
    expect(await row.locator('td').nth(2).innerText()).toBe('1');
    await screenshot(page, 'story5-supervision');
    const overview = await read<{ total: { cases: number; open: number; satisfaction: { average: number | null; count: number } } }>(server.url, 'supervisor', 'demo@supervisor', '/supervision/overview');
    expect(overview.total).toMatchObject({ cases: 1, open: 0, satisfaction: { average: 5, count: 1 } });
    expect(unexpected(problems)).toEqual([]);
  });
});
