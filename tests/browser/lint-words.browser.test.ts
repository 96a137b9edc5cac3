/**
 * Lint findings in the editor's words, in a real browser: the 市场监督管理局 editor starts a draft of
 * 食品经营许可（新办）, drops an unconnected step on the canvas and reads, in Chinese, what is wrong with
 * it — on the step's badge, in the metrics strip's lint tooltip, and in the details of the refused
 * submission (422 LINT_FAILED) — then the badge again in English.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const MATTER_NAME = '食品经营许可（新办）';

describe('lint words in chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('says on the canvas, in the metrics strip and in the submit error what is wrong, naming the step', async () => {
    const { page, problems } = browser;
    await page.goto(`${server.url}/designer/`);
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially(EDITOR.password);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('catalogue-table').getByTestId('open-matter').filter({ hasText: MATTER_NAME }).click({ timeout: 15_000 });
    await page.getByTestId('new-draft').click();
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    await page.getByRole('tab', { name: '流程' }).click();
    await page.getByTestId('palette-step').click();

    // The new step's badge: what is wrong with 「新环节」, in Chinese.
    const badge = page.locator('.react-flow__node[data-id="step-1"]').getByTestId('finding-badge');
    await badge.hover();
    const tooltip = page.locator('.ant-tooltip:visible');
    await tooltip.getByText('从开始节点无法到达环节「新环节」').waitFor();
    await tooltip.getByText('环节「新环节」没有连出的连线：到达这里的办件永远无法办结').waitFor();
    await screenshot(page, 'lint-words-badge');

    // The metrics strip's lint tooltip says the same.
    await page.getByTestId('metric-errors').hover();
    await page.locator('.ant-tooltip:visible').getByText('从开始节点无法到达环节「新环节」').waitFor();

    // Submitting saves, then the server refuses: the details name the step too.
    await page.getByTestId('submit-review').click();
    await page.getByTestId('submit-review-ok').click();
    const refused = page.getByTestId('save-error');
    await refused.getByText('从开始节点无法到达环节「新环节」').waitFor({ timeout: 15_000 });
    expect(await refused.innerText()).not.toContain('cannot be reached');
    await screenshot(page, 'lint-words-submit-refused');

    // In English, the badge speaks English and still names the step.
    await page.getByTestId('lang-toggle').click();
    await page.mouse.move(0, 0);
    await badge.hover();
    await page.locator('.ant-tooltip:visible').getByText('Step "新环节" cannot be reached from the start node').waitFor();
    await screenshot(page, 'lint-words-badge-en');

    expect(problems.filter((p) => !/status of (401|404|422)|http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft|422: \/api\/matters\/[^/]+\/draft\/submit)$/.test(p))).toEqual([]);
  });
});
