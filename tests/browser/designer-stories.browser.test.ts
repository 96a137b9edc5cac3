/**
 * The designer's two end-to-end stories, by clicking and typing only, against `npm start`'s server
 * on a fresh data folder:
 *
 * 1. The 市场监督管理局 editor creates a matter with five form fields (one shown only on a
 *    condition), three materials (one conditional) and a flow with a parallel fork and join and a
 *    conditional branch; saves; submits. The admin opens it in 审核队列, sees the compare and lint,
 *    publishes. The runtime then serves the published form and accepts a case for it (API).
 * 2. The 自然资源和规划局 editor opens 建设工程规划许可证核发, removes a step and a material, and sees
 *    the reductions in the metrics panel and in the compare view.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FormDefinition, MatterDefinition, MatterVersion } from '../../schemas/types.generated.js';
import { buildApplication } from '../fixtures/application-builder.js';
import { ADMIN_PASSWORD, apiGet, screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const SCJG_EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const ZRZY_EDITOR = { username: 'zrzy-editor', password: 'demo@zrzy-editor' };
const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };
const NEW_NAME = '公共场所卫生许可（新办）';
const PERMIT = '11619900MB1597823F-XK-0001';

async function signIn(page: Page, url: string, user: { username: string; password: string }) {
  await page.context().clearCookies();
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

/** Picks the option labelled `label` of the antd Select with the given testid (typing to filter when it is searchable). */
async function choose(page: Page, select: Locator, label: string, exact = true): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: exact ? new RegExp(`^${label}$`) : label }).first().click();
}

/** Types into an input and commits it (Enter, then blur: inputs commit on either). */
async function type(input: Locator, text: string): Promise<void> {
  await input.fill(text);
  await input.press('Enter');
  await input.blur();
}

/** Connects two nodes by dragging from the source's handle to the target's, as a user does. */
async function connect(page: Page, source: string, target: string): Promise<void> {
  const from = await page.locator(`.react-flow__handle.source[data-nodeid="${source}"]`).boundingBox();
  const to = await page.locator(`.react-flow__handle.target[data-nodeid="${target}"]`).boundingBox();
  if (!from || !to) throw new Error(`no handles for ${source} → ${target}`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.locator(`.react-flow__edge[data-id="${source}-${target}"]`).waitFor();
}

/** Selects an edge as a click on it does (SVG paths have no reliable centre to click on). */
async function selectEdge(page: Page, id: string): Promise<void> {
  await page.locator(`.react-flow__edge[data-id="${id}"]`).dispatchEvent('click');
  await page.getByTestId('edge-default').waitFor();
}

/** Adds a step from the palette and names it and its department in the properties panel. */
async function addStep(page: Page, id: string, name: string): Promise<void> {
  await page.getByTestId('palette-step').click();
  await page.locator(`.react-flow__node[data-id="${id}"]`).waitFor();
  const props = page.getByTestId('properties');
  await type(props.getByTestId('prop-name'), name);
  await choose(page, props.getByTestId('prop-department'), '市场监督管理局', false);
  await page.locator(`.react-flow__node[data-id="${id}"]`).getByText(name).waitFor();
}

describe('designer stories in chromium', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig(async (rig) => {
    ({ server, browser } = rig);
    await browser.page.setViewportSize({ width: 1600, height: 1000 });
  });

  it('story 1: an editor builds a new matter, the admin publishes it, the runtime accepts a case', async () => {
    const { page, problems } = browser;
    await signIn(page, server.url, SCJG_EDITOR);

    // 新建事项: the department is the editor's, the code is suggested.
    await page.getByTestId('new-matter').click();
    await page.getByTestId('new-matter-name').fill(NEW_NAME);
    // antd speaks Chinese too (its own words, e.g. the dialog's 取消), not only ours.
    expect(await page.locator('.ant-modal-footer button').first().innerText()).toBe('取消');
    expect(await page.getByTestId('new-matter-code').inputValue()).toMatch(/^11619900MB1532046T-XK-\d{4}$/);
    await screenshot(page, 'story1-new-matter');
    await page.getByTestId('new-matter-ok').click();
    await expect.poll(() => page.url()).toMatch(/\/designer\/matters\/[^/]+$/);
    const code = decodeURIComponent(page.url().split('/').pop()!);
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    await page.getByTestId('matter-name').getByText(NEW_NAME).waitFor();

    // 申请表单: five fields; 代理人姓名 only when 是否委托代理 is 是.
    await page.getByRole('tab', { name: '申请表单' }).click();
    const fields: Array<[kind: string, label: string]> = [
      ['text', '单位名称'],
      ['uscc', '统一社会信用代码'],
      ['mobile', '联系电话'],
      ['radio', '是否委托代理'],
      ['text', '代理人姓名'],
    ];
    for (const [i, [kind, label]] of fields.entries()) {
      await page.getByTestId(`form-palette-${kind}`).click();
      await page.getByTestId(`form-field-field${i + 1}`).waitFor();
      await type(page.getByTestId('form-prop-label'), label);
      await page.getByTestId(`form-field-field${i + 1}`).getByText(label, { exact: true }).first().waitFor();
      if (i === 0) await page.getByTestId('form-prop-required').click();
      if (kind === 'radio') {
        await type(page.getByTestId('form-option-label-0'), '是');
        await type(page.getByTestId('form-option-label-1'), '否');
      }
    }
    await page.getByTestId('vw-add').click();
    await choose(page, page.getByTestId('vw-field'), '是否委托代理');
    await page.getByTestId('form-visibility-field5').getByText('当 是否委托代理 为 是 时显示').waitFor();
    const preview = page.getByTestId('form-preview');
    expect(await preview.getByText('代理人姓名').count()).toBe(0);
    await preview.getByRole('radio', { name: '是' }).first().check();
    await preview.getByText('代理人姓名').waitFor();
    await screenshot(page, 'story1-form');

    // 情形与材料: three materials, the third only when an agent applies.
    await page.getByRole('tab', { name: '情形与材料' }).click();
    for (const [i, name] of ['公共场所卫生许可申请书', '营业执照', '授权委托书'].entries()) {
      await page.getByTestId('material-add').click();
      await type(page.getByTestId(`material-name-${i}`), name);
    }
    await choose(page, page.getByTestId('material-requirement-2'), '按条件');
    await choose(page, page.getByTestId('material-condition-field-2'), '是否委托代理');
    await choose(page, page.getByTestId('material-condition-value-2'), '是');
    await page.keyboard.press('Escape');
    await screenshot(page, 'story1-materials');

    // 流程: 受理 → parallel (现场核查 ‖ 技术审查) → 审查决定 → exclusive: 代理资格核验 when an agent applies, else 办结.
    await page.getByRole('tab', { name: '流程' }).click();
    await page.locator('.react-flow__node[data-id="accept"]').waitFor();
    await selectEdge(page, 'accept-end');
    await page.getByTestId('delete-selected').click();
    await expect.poll(() => page.locator('.react-flow__edge[data-id="accept-end"]').count()).toBe(0);
    await page.getByTestId('palette-parallel').click();
    await addStep(page, 'step-1', '现场核查');
    await addStep(page, 'step-2', '技术审查');
    await page.getByTestId('palette-parallel').click();
    await addStep(page, 'step-3', '审查决定');
    await page.getByTestId('palette-exclusive').click();
    await addStep(page, 'step-4', '代理资格核验');
    await page.getByTestId('auto-layout').click();
    await page.waitForTimeout(500);
    for (const [s, t] of [
      ['accept', 'parallel-1'], ['parallel-1', 'step-1'], ['parallel-1', 'step-2'], ['step-1', 'parallel-2'], ['step-2', 'parallel-2'],
      ['parallel-2', 'step-3'], ['step-3', 'exclusive-1'], ['exclusive-1', 'step-4'], ['exclusive-1', 'end'], ['step-4', 'end'],
    ] as const) {
      await connect(page, s, t);
    }
    await page.getByTestId('auto-layout').click();
    await page.waitForTimeout(500);
    // The branch: a condition built by pointing and choosing, and 否则 as the default.
    await selectEdge(page, 'exclusive-1-step-4');
    await page.getByTestId('edge-condition-add').click();
    await choose(page, page.getByTestId('edge-condition-field'), '是否委托代理');
    await page.getByTestId('edge-condition-value').getByText('是', { exact: true }).waitFor();
    await selectEdge(page, 'exclusive-1-end');
    await page.getByTestId('edge-default').click();
    await expect.poll(() => page.getByTestId('metric-errors').innerText()).toBe('0');
    expect(await page.getByTestId('metric-steps').innerText()).toBe('5');
    await screenshot(page, 'story1-flow');

    // Save, then submit for review.
    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').waitFor();
    await page.getByTestId('submit-review').click();
    await page.getByTestId('submit-summary').fill('新建事项：并联现场核查与技术审查');
    await page.getByTestId('submit-review-ok').click();
    await page.getByTestId('draft-in-review').waitFor();
    await signOut(page);

    // The admin: 审核队列 → the matter → compare and lint → 发布.
    await signIn(page, server.url, ADMIN);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-open').filter({ hasText: NEW_NAME }).click();
    await page.getByTestId('review-lint').waitFor();
    await page.getByTestId('review-compare').waitFor();
    await screenshot(page, 'story1-review');
    await page.getByTestId('review-publish').click();
    await page.getByTestId('review-publish-ok').click();
    await page.locator('[data-testid="review-outcome"][data-outcome="published"]').waitFor();

    // The runtime serves the published form and accepts a case for it.
    const live = await apiGet<MatterVersion>(server.url, `/matters/${code}`, ADMIN.username, ADMIN.password);
    expect(live.version).toBe(1);
    const def: MatterDefinition = live.definition;
    expect(def.flow.nodes.filter((n) => n.kind === 'step').map((n) => n.name).sort()).toEqual(['代理资格核验', '受理', '审查决定', '技术审查', '现场核查'].sort());
    expect(def.materials.map((m) => m.requirement)).toEqual(['required', 'required', 'conditional']);
    const formRes = await fetch(`${server.url}/api/matters/${code}/form`);
    expect(formRes.status).toBe(200);
    const served = (await formRes.json()) as { form?: FormDefinition } & FormDefinition;
    const form = served.form ?? served;
    expect(Object.values(form.properties).map((f) => (f as { title?: string }).title)).toEqual(fields.map(([, label]) => label));
    expect(form.properties.field5).toMatchObject({ 'x-visible-when': expect.anything() });

    const upload = new FormData();
    upload.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')]), '申请书.pdf');
    const file = await fetch(`${server.url}/api/files`, { method: 'POST', body: upload });
    expect(file.status).toBe(201);
    const { id: fileId } = (await file.json()) as { id: string };
    const application = buildApplication(def, { fileId, choose: (f) => (f.path === 'field4' ? (f.field.oneOf?.[0] as { const: unknown }).const : undefined) });
    expect(application.materials.map((m) => m.materialId)).toHaveLength(3);
    const filed = await fetch(`${server.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(application) });
    const filedBody = await filed.text();
    expect(filed.status, filedBody).toBe(201);
    expect(JSON.parse(filedBody)).toMatchObject({ caseNo: expect.any(String), status: 'submitted' });
    await signOut(page);

    const expected = /status of (401|404)|^http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+(\/draft)?)$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });

  it('story 2: removing a step and a material shows the reductions in the metrics panel and the compare view', async () => {
    const { page, problems } = browser;
    problems.length = 0;
    await signIn(page, server.url, ZRZY_EDITOR);
    await page.getByTestId('catalogue-table').getByTestId('open-matter').filter({ hasText: '建设工程规划许可证核发' }).click();
    await page.getByTestId('new-draft').click();
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    const live = (await apiGet<MatterVersion>(server.url, `/matters/${PERMIT}`, ZRZY_EDITOR.username, ZRZY_EDITOR.password)).definition;
    const liveSteps = live.flow.nodes.filter((n) => n.kind === 'step').length;
    expect(await page.getByTestId('metric-steps').innerText()).toBe(String(liveSteps));
    expect(await page.getByTestId('metric-steps-delta').count()).toBe(0);

    // Remove 人防部门审查意见 (one branch of the parallel review) from the flow.
    await page.getByRole('tab', { name: '流程' }).click();
    const civil = page.locator('.react-flow__node[data-id="n-civil-defense-review"]');
    await civil.click();
    await page.getByTestId('delete-selected').click();
    await expect.poll(() => civil.count()).toBe(0);
    await expect.poll(() => page.getByTestId('metric-steps').innerText()).toBe(String(liveSteps - 1));
    expect(await page.getByTestId('metric-steps-delta').innerText()).toBe(`−1 (−${Math.round(100 / liveSteps)}%)`);

    // Remove 1:500现状地形图 from the materials.
    await page.getByRole('tab', { name: '情形与材料' }).click();
    const index = live.materials.findIndex((m) => m.id === 'topographic-map');
    await page.getByTestId(`material-delete-${index}`).click();
    await expect.poll(() => page.getByTestId('metric-materials').innerText()).toBe(String(live.materials.length - 1));
    expect(await page.getByTestId('metric-materials-delta').innerText()).toBe(`−1 (−${Math.round(100 / live.materials.length)}%)`);
    expect(await page.getByTestId('metric-errors').innerText()).toBe('0');
    await screenshot(page, 'story2-metrics');

    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').waitFor();
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-report').waitFor();
    const steps = page.getByTestId('compare-metric-steps-reduction');
    await expect.poll(() => steps.getAttribute('data-reduction')).toBe(String(Math.round((1000 / liveSteps)) / 10));
    expect(await page.getByTestId('compare-metric-materials-reduction').getAttribute('data-reduction')).toBe(String(Math.round(1000 / live.materials.length) / 10));
    await page.getByTestId('compare-removed-steps').getByText('人防部门审查意见', { exact: true }).waitFor();
    await page.getByTestId('compare-removed-materials').getByText('1:500现状地形图', { exact: true }).waitFor();
    expect(await page.getByTestId('compare-flow-before').locator('[data-diff="removed"]').count()).toBe(1);
    await screenshot(page, 'story2-compare');

    const expected = /status of (401|404)|^http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft)$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });
});
