/**
 * The basic-information and situations-and-materials tabs in a real browser: sign in as the
 * 市场监督管理局 editor, open 食品经营许可（新办）, start a draft, change the promised deadline (seeing
 * the warning while it exceeds the statute), add a situation, add a material conditional on it
 * and on a form answer, add one from the shared library, move it up, delete the first material,
 * save, and check through the API that the saved draft is the live version with exactly those
 * changes.
 */
import { describe, expect, it } from 'vitest';
import type { Material, MatterDefinition, MatterVersion } from '../../schemas/types.generated.js';
import { apiGet, screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const MATTER_NAME = '食品经营许可（新办）';
const SITUATION = '分支机构申请';
const MATERIAL = '分支机构设立登记证明';
const LIBRARY_ID = 'household-register';

describe('basic-information and materials tabs in chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('edits the guide, situations and materials, and saves exactly those changes', async () => {
    const { page, problems } = browser;
    const option = (text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
    await page.goto(`${server.url}/designer/`);
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially(EDITOR.password);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('catalogue-table').getByTestId('open-matter').filter({ hasText: MATTER_NAME }).click({ timeout: 15_000 });
    await expect.poll(() => page.url()).toMatch(/\/designer\/matters\/[^/]+$/);
    const code = decodeURIComponent(page.url().split('/').pop()!);
    const live = (await apiGet<MatterVersion>(server.url, `/matters/${code}`, EDITOR.username, EDITOR.password)).definition;

    // The live version is read-only: the form is disabled and the materials have no edit controls.
    await page.getByTestId('basic-name').waitFor();
    expect(await page.getByTestId('basic-name').isDisabled()).toBe(true);
    expect(await page.getByTestId('basic-promisedDays').isDisabled()).toBe(true);
    await page.getByRole('tab', { name: '情形与材料' }).click();
    await page.getByTestId('material-name-0').getByText(live.materials[0].name).waitFor();
    expect(await page.getByTestId('material-add').count()).toBe(0);
    expect(await page.getByTestId('material-delete-0').count()).toBe(0);
    expect(await page.getByTestId('situation-add').count()).toBe(0);
    await page.getByTestId('new-draft').click();
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    await page.getByTestId('save').waitFor();

    // 基本信息: a promise above the statute is flagged at once; then a lawful, shorter promise.
    await page.getByRole('tab', { name: '基本信息' }).click();
    const promised = page.getByTestId('basic-promisedDays');
    expect(await promised.isEnabled()).toBe(true);
    expect(await promised.inputValue()).toBe(String(live.promisedDays));
    await promised.fill(String(live.statutoryDays + 2));
    await promised.blur();
    await page.getByTestId('basic-promise-warning').waitFor();
    await promised.fill('3');
    await promised.blur();
    await page.getByTestId('basic-promise-warning').waitFor({ state: 'detached' });
    await page.getByTestId('unsaved').waitFor();
    await screenshot(page, 'matter-tabs-basic');

    // 情形与材料: a new situation.
    await page.getByRole('tab', { name: '情形与材料' }).click();
    const s = live.situations.length;
    await page.getByTestId('situation-add').click();
    const situationName = page.getByTestId(`situation-name-${s}`);
    await situationName.fill(SITUATION);
    await situationName.blur();

    // A new material, conditional on that situation.
    const n = live.materials.length;
    await page.getByTestId('material-add').click();
    const name = page.getByTestId(`material-name-${n}`);
    await name.fill(MATERIAL);
    await name.blur();
    await page.getByTestId(`material-requirement-${n}`).click();
    await option('按条件').click();
    await page.getByTestId(`material-condition-missing-${n}`).waitFor();
    await page.getByTestId(`material-unchecked-${n}`).waitFor();
    await page.getByTestId(`material-condition-situations-${n}`).click();
    await option(SITUATION).click();
    await page.keyboard.press('Escape');
    await page.getByTestId(`material-condition-situations-${n}`).locator('.ant-select-selection-item', { hasText: SITUATION }).waitFor();
    await page.getByTestId(`material-condition-missing-${n}`).waitFor({ state: 'detached' });
    // … and on a form answer, built by pointing: 主体业态 属于 食品销售 / 餐饮服务.
    await page.getByTestId(`material-condition-field-${n}`).click();
    await option('主体业态').click();
    await page.getByTestId(`material-condition-operator-${n}`).click();
    await option(/^属于$/).click();
    await page.getByTestId(`material-condition-value-${n}`).click();
    await option('餐饮服务经营者').click();
    await page.keyboard.press('Escape');
    await page.getByTestId(`material-condition-value-${n}`).locator('.ant-select-selection-item', { hasText: '餐饮服务经营者' }).waitFor();

    // One from the shared library, searched for and picked.
    await page.getByTestId('material-library').click();
    await page.getByTestId('material-library-search').fill('户口');
    await page.getByTestId(`material-library-pick-${LIBRARY_ID}`).check();
    await screenshot(page, 'matter-tabs-library');
    await page.getByTestId('material-library-ok').click();
    await page.getByTestId(`material-shared-${n + 1}`).waitFor();

    // Move the library material above the new one, then delete the first material.
    await page.getByTestId(`material-up-${n + 1}`).click();
    await expect.poll(() => page.getByTestId(`material-name-${n}`).inputValue()).toBe('居民户口簿');
    await page.getByTestId('material-delete-0').click();
    await expect.poll(() => page.getByTestId(`material-name-${n}`).inputValue()).toBe(MATERIAL);
    await expect.poll(() => page.getByTestId('material-name-0').inputValue()).toBe(live.materials[1].name);
    // Its details row: where the applicant gets it.
    await page.getByTestId(`material-more-${n}`).click();
    const source = page.getByTestId(`material-source-${n}`);
    await source.fill('申请人自备');
    await source.blur();
    await screenshot(page, 'matter-tabs-materials');

    // Save; the API has the live version with exactly these changes.
    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').waitFor();
    const saved = (await apiGet<{ draft: MatterVersion }>(server.url, `/matters/${code}/draft`, EDITOR.username, EDITOR.password)).draft.definition;
    expect(saved).toEqual(expected(live, n));
    // Expected noise only: no session before sign-in (401), no draft before 新建草稿 (404).
    expect(problems.filter((p) => !/status of (401|404)|http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft)$/.test(p))).toEqual([]);
  });
});

/** The live definition with the test's edits, written out independently of the editor's code. */
function expected(live: MatterDefinition, n: number): MatterDefinition {
  const removed = live.materials[0].id;
  const library: Material = {
    id: LIBRARY_ID, name: '居民户口簿', libraryId: LIBRARY_ID, requirement: 'required', form: 'original', count: 1,
    medium: 'paper_or_electronic', fileTypes: ['jpg', 'png', 'pdf'], note: '首页及本人页。',
  };
  const added: Material = {
    id: `material-${n + 1}`, name: MATERIAL, requirement: 'conditional',
    condition: { situations: [`situation-${live.situations.length + 1}`], when: { in: [{ var: 'mainBusinessForm' }, ['food-sales', 'catering']] } },
    form: 'original', count: 1, medium: 'paper_or_electronic', source: '申请人自备',
  };
  return {
    ...live,
    promisedDays: 3,
    situations: [...live.situations, { id: `situation-${live.situations.length + 1}`, name: SITUATION }],
    materials: [...live.materials.slice(1), library, added],
    flow: {
      ...live.flow,
      nodes: live.flow.nodes.map((node) => {
        if (!node.checksMaterials?.includes(removed)) return node;
        const checks = node.checksMaterials.filter((id) => id !== removed);
        const { checksMaterials: _all, ...rest } = node;
        return checks.length > 0 ? { ...rest, checksMaterials: checks } : rest;
      }),
    },
  };
}
