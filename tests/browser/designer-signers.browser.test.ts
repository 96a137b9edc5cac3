/**
 * Issue 8 in the designer, by clicking and typing: the 城市管理局 editor opens 城市建筑垃圾处置核准,
 * starts a draft, makes 处置方案审查 a 会签 step and picks three signers by searching the
 * department's accounts (GET /api/departments/cgj/accounts?q=), marks 制证送达 统一出件, sets the
 * extension limit to 30 working days (warned until its legal basis is named) with
 * 《工伤保险条例》第二十五条, writes the matter's own refusal remedy, saves; the API's draft has
 * exactly that.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { apiGet, screenshot, signInStaff, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const EDITOR = { username: 'cgj-editor', password: 'demo@cgj-editor' };
const WASTE = '11619900MB1588317X-XK-0001';
const BASIS = '《工伤保险条例》第二十五条';

/** Types part of a name into the open signer picker and picks the option that appears for it. */
async function pickSigner(page: Page, search: string, label: RegExp): Promise<void> {
  const picker = page.getByTestId('properties').getByTestId('prop-assignees');
  await picker.click();
  await page.keyboard.type(search, { delay: 40 });
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label });
  await option.first().click({ timeout: 10_000 });
  await picker.locator('.ant-select-selection-item', { hasText: label }).waitFor();
}

describe('designer: signers, 统一出件, extension and remedies in chromium', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;
  useBrowserRig((rig) => ({ server, browser } = rig));

  it('picks three 会签 signers by searching, sets a 30-day extension with its basis, and saves', async () => {
    const { page, problems } = browser;
    const accounts = await apiGet<Array<{ username: string; displayName: string; role: string }>>(server.url, '/departments/cgj/accounts', EDITOR.username, EDITOR.password);
    // Three of the department's accounts, searched for by part of their names.
    const chosen = accounts.filter((a) => a.displayName !== a.username).slice(0, 3);
    expect(chosen.length).toBe(3);

    await signInStaff(page, server.url, EDITOR);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${server.url}/designer/matters/${WASTE}`);
    await page.getByTestId('new-draft').click();
    await page.getByTestId('save').waitFor();

    // 流程: 处置方案审查 becomes 会签 with three signers.
    await page.getByRole('tab', { name: '流程' }).click();
    await page.locator('.react-flow__node[data-id="n-plan-review"]').click();
    const props = page.getByTestId('properties');
    await props.getByTestId('prop-mode').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^会签$/ }).click();
    await props.getByTestId('prop-assignees').waitFor();
    // Clear any signers the demo step came with, so the three below are exactly what is stored.
    const clear = props.locator('[data-testid="prop-assignees"] .ant-select-clear');
    if (await clear.count()) await clear.click({ force: true });
    for (const a of chosen) await pickSigner(page, a.displayName.slice(0, 2), new RegExp(`${a.displayName}（${a.username}）`));
    await page.keyboard.press('Escape');
    await props.getByTestId('prop-assignees-count').getByText('已选 3 人').waitFor();
    await screenshot(page, 'designer-countersign-signers');

    // 制证送达 is issued at the accepting desk.
    await page.locator('.react-flow__node[data-id="n-deliver"]').click();
    await props.getByTestId('prop-at-accepting-desk').click();
    expect(await props.getByTestId('prop-at-accepting-desk').getAttribute('aria-checked')).toBe('true');

    // 基本信息: a 30-day extension is warned about until its special law is named.
    await page.getByRole('tab', { name: '基本信息' }).click();
    const days = page.getByTestId('basic-extension-maxDays');
    await days.click();
    await page.keyboard.type('30');
    await days.blur();
    await page.getByTestId('basic-extension-warning').waitFor();
    const basis = page.getByTestId('basic-extension-legalBasis');
    await basis.click();
    await page.keyboard.type(BASIS);
    await basis.blur();
    await page.getByTestId('basic-extension-warning').waitFor({ state: 'detached' });
    // The refusal remedy starts as the law's default; the matter writes its own.
    const refusal = page.getByTestId('basic-remedy-refusal');
    expect(await refusal.inputValue()).toContain('行政复议');
    expect(await page.getByTestId('basic-remedy-refusal-source').innerText()).toBe('法定默认');
    await refusal.fill('');
    await refusal.click();
    await page.keyboard.type('如对不予受理决定有异议，可以依法申请行政复议或者提起行政诉讼。');
    await refusal.blur();
    await expect.poll(() => page.getByTestId('basic-remedy-refusal-source').innerText()).toBe('本事项自定');
    await page.getByTestId('basic-extension-legalBasis').scrollIntoViewIfNeeded();
    await screenshot(page, 'designer-extension-remedies');

    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').waitFor();

    const { draft } = await apiGet<{ draft: { definition: MatterDefinition } }>(server.url, `/matters/${WASTE}/draft`, EDITOR.username, EDITOR.password);
    const def = draft.definition;
    const review = def.flow.nodes.find((n) => n.id === 'n-plan-review')!;
    expect(review.mode).toBe('countersign');
    expect(review.assignees).toEqual(chosen.map((a) => a.username));
    expect(def.flow.nodes.find((n) => n.id === 'n-deliver')!.atAcceptingDesk).toBe(true);
    expect(def.extension).toEqual({ maxDays: 30, legalBasis: BASIS });
    expect(def.remedies).toEqual({ refusal: '如对不予受理决定有异议，可以依法申请行政复议或者提起行政诉讼。' });
    // Expected: the sign-in page's 401 for /api/auth/me and the 404 of the draft before 新建草稿 (the console echoes both without a URL).
    expect(problems.filter((p) => !/status of (401|404)|http 401: \/api\/auth\/me$|http 404: \/api\/matters\/[^/]+\/draft$/.test(p))).toEqual([]);
  });
});
