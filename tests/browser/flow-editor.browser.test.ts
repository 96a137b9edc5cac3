/**
 * The flow editor in a real browser: sign in as the 市场监督管理局 editor, open 食品经营许可（新办）
 * from the catalogue, start a draft, add a step from the palette, connect it by dragging handles,
 * set its department and deadline in the properties panel, watch the metrics change, undo / redo
 * (buttons and keyboard), save, and check through the API that the saved draft has the new step.
 */
import { describe, expect, it } from 'vitest';
import type { MatterVersion } from '../../schemas/types.generated.js';
import { apiGet, screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const MATTER_NAME = '食品经营许可（新办）';

describe('flow editor in chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('edits a flow through one command stack and saves the draft', async () => {
    const { page, problems } = browser;
    await page.goto(`${server.url}/designer/`);
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially(EDITOR.password);
    await page.getByTestId('sign-in').click();

    // Open the matter from the catalogue: a client-side route.
    const table = page.getByTestId('catalogue-table');
    await table.getByTestId('open-matter').filter({ hasText: MATTER_NAME }).click({ timeout: 15_000 });
    await expect.poll(() => page.url()).toMatch(/\/designer\/matters\/[^/]+$/);
    const code = decodeURIComponent(page.url().split('/').pop()!);
    await page.getByTestId('matter-name').getByText(MATTER_NAME).waitFor();
    await page.getByRole('tab', { name: '基本信息' }).waitFor();

    // No draft yet: the live version, read-only, with 新建草稿.
    await page.getByTestId('matter-state').getByText('只读', { exact: false }).waitFor();
    await page.getByRole('tab', { name: '流程' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.getByTestId('palette-step').count()).toBe(0);
    await screenshot(page, 'flow-editor-live');
    await page.getByTestId('new-draft').click();
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    await page.getByTestId('palette-step').waitFor();

    const live = await apiGet<MatterVersion>(server.url, `/matters/${code}`, EDITOR.username, EDITOR.password);
    const liveSteps = live.definition.flow.nodes.filter((n) => n.kind === 'step').length;
    const metricSteps = page.getByTestId('metric-steps');
    await expect.poll(() => metricSteps.innerText()).toBe(String(liveSteps));
    expect(await page.locator('.react-flow__node-step').count()).toBe(liveSteps);
    expect(await page.locator('[data-critical="true"]').count()).toBeGreaterThan(0);

    // Add a step from the palette: one more step, selected, its properties shown.
    await page.getByTestId('palette-step').click();
    await expect.poll(() => metricSteps.innerText()).toBe(String(liveSteps + 1));
    const newId = 'step-1';
    expect(live.definition.flow.nodes.some((n) => n.id === newId)).toBe(false);
    const newNode = page.locator(`.react-flow__node[data-id="${newId}"]`);
    await newNode.waitFor();
    // The unconnected step is flagged by lint.
    await newNode.getByTestId('finding-badge').waitFor();

    // Undo and redo the addition with the buttons.
    await page.getByTestId('undo').click();
    await expect.poll(() => metricSteps.innerText()).toBe(String(liveSteps));
    await expect.poll(() => newNode.count()).toBe(0);
    await page.getByTestId('redo').click();
    await expect.poll(() => metricSteps.innerText()).toBe(String(liveSteps + 1));
    await newNode.waitFor();

    // Connect the start node to the new step by dragging from handle to handle.
    await page.getByTestId('auto-layout').click();
    await page.waitForTimeout(400);
    const start = live.definition.flow.nodes.find((n) => n.kind === 'start')!;
    const from = await page.locator(`.react-flow__handle.source[data-nodeid="${start.id}"]`).boundingBox();
    const to = await page.locator(`.react-flow__handle.target[data-nodeid="${newId}"]`).boundingBox();
    expect(from && to).toBeTruthy();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move((from!.x + to!.x) / 2, (from!.y + to!.y) / 2, { steps: 5 });
    await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 5 });
    await page.mouse.up();
    const edgeId = `${start.id}-${newId}`;
    await page.locator(`.react-flow__edge[data-id="${edgeId}"]`).waitFor();

    // Select the new step and set its department and deadline in the properties panel.
    await newNode.click();
    const props = page.getByTestId('properties');
    await props.getByTestId('prop-name').waitFor();
    await props.getByTestId('prop-department').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '市场监督管理局' }).first().click();
    await newNode.getByText('市场监督管理局').waitFor();
    const deadline = props.getByTestId('prop-deadline');
    await deadline.fill('7');
    await deadline.blur();
    await newNode.getByText('7 个工作日').waitFor();
    await screenshot(page, 'flow-editor-properties');

    // Drag a parallel gateway from the palette onto the canvas; undo takes it away again.
    const gateways = page.locator('.react-flow__node-parallel');
    const gatewaysBefore = await gateways.count();
    await page.getByTestId('palette-parallel').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 300, y: 80 } });
    await expect.poll(() => gateways.count()).toBe(gatewaysBefore + 1);
    await page.getByTestId('undo').click();
    await expect.poll(() => gateways.count()).toBe(gatewaysBefore);
    await newNode.getByText('7 个工作日').waitFor();

    // Keyboard undo / redo of the deadline (focus on the canvas, not in a field).
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await newNode.getByText('1 个工作日').waitFor();
    await page.keyboard.press('Control+Shift+Z');
    await newNode.getByText('7 个工作日').waitFor();
    await page.getByTestId('unsaved').waitFor();
    await screenshot(page, 'flow-editor-edited');

    // Save: 已保存, and the API has the step, its edge, department and deadline.
    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').getByText('已保存').waitFor();
    const saved = await apiGet<{ draft: MatterVersion; revision: number }>(server.url, `/matters/${code}/draft`, EDITOR.username, EDITOR.password);
    const step = saved.draft.definition.flow.nodes.find((n) => n.id === newId);
    expect(step).toMatchObject({ kind: 'step', departmentId: 'scjg', deadlineDays: 7 });
    expect(saved.draft.definition.flow.edges).toContainEqual({ id: edgeId, source: start.id, target: newId });
    expect(saved.draft.definition.flow.layout?.nodes?.[newId]).toBeDefined();

    // A second tab's stale save gets a clear 409 message: simulate by saving after another save moved the revision on.
    await page.getByTestId('palette-end').click();
    await page.getByTestId('unsaved').waitFor();
    await page.evaluate(async (c) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((x) => x.startsWith('mf_csrf='))!.slice(8));
      const res = await fetch(`/api/matters/${c}/draft`, { headers: { accept: 'application/json' } });
      const { draft, revision } = await res.json();
      await fetch(`/api/matters/${c}/draft`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ definition: draft.definition, revision }) });
    }, code);
    await page.getByTestId('save').click();
    await page.getByTestId('save-error').getByText('修订已过期', { exact: false }).waitFor();
    await screenshot(page, 'flow-editor-conflict');

    // Leaving with unsaved changes asks first; dismissing keeps the page.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByTestId('back-to-catalogue').click();
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/designer\/matters\//);
    await page.getByTestId('unsaved').waitFor();
    // Accepting leaves for the catalogue.
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('back-to-catalogue').click();
    await table.getByTestId('open-matter').first().waitFor();
    expect(page.url()).toBe(`${server.url}/designer/`);

    expect(problems.filter((p) => !/status of (401|404|409)|http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft|409: \/api\/matters\/[^/]+\/draft)$/.test(p))).toEqual([]);
  });
});
