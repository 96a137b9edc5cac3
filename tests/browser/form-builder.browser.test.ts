/**
 * The form builder in a real browser: sign in as the 市场监督管理局 editor, open 食品经营许可（新办）,
 * start a draft, open 申请表单, add fields from the palette, edit a label and options, make a field
 * required, give another a 显示条件 by pointing and choosing, and answer the first field in the
 * live preview (the applicant renderer) to see the second shown and hidden. Then undo / redo,
 * reorder by dragging, rename a field that a material's condition reads, save, and check through
 * the API that the saved draft has the fields, the condition and the rewritten material condition.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatterVersion } from '../../schemas/types.generated.js';
import { apiGet, screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };
const MATTER_NAME = '食品经营许可（新办）';

/** Picks an option of the (searchable, virtual-listed) antd Select with the given testid by its label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** Schema paths of the root cards of the canvas, in order. */
async function rootOrder(page: Page): Promise<string[]> {
  return page.locator('[data-testid="form-canvas"] > .mf-form-node > .mf-form-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''));
}

describe('form builder in chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('builds fields with a visible-when condition and previews them with the applicant renderer', async () => {
    const { page, problems } = browser;
    // Tall enough that every drag source and target fit on screen with the calendar banner shown
    // (a year without a schedule): HTML5 drag and drop does not survive scrolling mid-drag.
    await page.setViewportSize({ width: 1600, height: 1200 });
    await page.goto(`${server.url}/designer/`);
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially(EDITOR.password);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('catalogue-table').getByTestId('open-matter').filter({ hasText: MATTER_NAME }).click({ timeout: 15_000 });
    await expect.poll(() => page.url()).toMatch(/\/designer\/matters\/[^/]+$/);
    const code = decodeURIComponent(page.url().split('/').pop()!);

    // The live version: the form tab shows the outline and the preview, but no palette.
    await page.getByRole('tab', { name: '申请表单' }).click();
    await page.getByTestId('form-field-operatorName').waitFor();
    expect(await page.getByTestId('form-palette-text').count()).toBe(0);
    const preview = page.getByTestId('form-preview');
    await preview.getByText('经营者名称').waitFor();
    // The demo's own condition: 委托代理人姓名 only when 是否委托他人代为办理 is on.
    expect(await preview.getByText('委托代理人姓名').count()).toBe(0);
    await screenshot(page, 'form-builder-live');

    await page.getByTestId('new-draft').click();
    await page.getByTestId('matter-state').getByText('草稿', { exact: false }).waitFor();
    await page.getByRole('tab', { name: '申请表单' }).click();
    await page.getByTestId('form-palette-radio').waitFor();
    const before = await rootOrder(page);
    expect(before[0]).toBe('operatorName');

    // A radio field from the palette: added at the end, selected; relabel it and its options.
    await page.getByTestId('form-palette-radio').click();
    const chain = page.getByTestId('form-field-field1');
    await chain.waitFor();
    expect(await rootOrder(page)).toEqual([...before, 'field1']);
    await page.getByTestId('form-prop-label').fill('是否连锁经营');
    await page.getByTestId('form-prop-label').press('Enter');
    await chain.getByText('是否连锁经营').waitFor();
    await page.getByTestId('form-option-label-0').fill('是');
    await page.getByTestId('form-option-label-0').press('Enter');
    await page.getByTestId('form-option-label-1').fill('否');
    await page.getByTestId('form-option-label-1').press('Enter');
    await page.getByTestId('form-option-add').click();
    await page.getByTestId('form-option-label-2').waitFor();
    await page.getByTestId('form-option-remove-2').click();
    await expect.poll(() => page.getByTestId('form-option-label-2').count()).toBe(0);
    await page.getByTestId('form-prop-required').click();
    await chain.getByText('必填').waitFor();
    await screenshot(page, 'form-builder-choice-properties');
    await preview.getByText('是否连锁经营').waitFor();

    // A text field, placed after the selected radio; shown only when the radio says 是.
    await page.getByTestId('form-palette-text').click();
    const chainName = page.getByTestId('form-field-field2');
    await chainName.waitFor();
    await page.getByTestId('form-prop-label').fill('连锁企业名称');
    await page.getByTestId('form-prop-label').press('Enter');
    await page.getByTestId('form-prop-maxlength').fill('60');
    await page.getByTestId('form-prop-maxlength').press('Enter');
    await page.getByTestId('vw-add').click();
    await choose(page, 'vw-field', '是否连锁经营');
    await chainName.getByTestId('form-visibility-field2').getByText('当 是否连锁经营 为 是 时显示').waitFor();

    // The preview: hidden until 是 is answered, hidden again on 否.
    await preview.getByText('是否连锁经营').waitFor();
    expect(await preview.getByText('连锁企业名称').count()).toBe(0);
    await preview.getByRole('radio', { name: '是' }).first().check();
    await preview.getByText('连锁企业名称').waitFor();
    await screenshot(page, 'form-builder-condition-shown');
    await preview.getByRole('radio', { name: '否' }).first().check();
    await expect.poll(() => preview.getByText('连锁企业名称').count()).toBe(0);

    // The preview checks answers as applicants' would be: required fields missing.
    await preview.getByTestId('form-preview-check').click();
    await preview.getByTestId('form-preview-result').getByText('处需要修改', { exact: false }).waitFor();
    await screenshot(page, 'form-builder-preview-errors');

    // Undo: first the choice of field (the line added by 添加条件 read the first field), then the
    // line itself (the field is always shown); redo both.
    const visibility = page.getByTestId('form-visibility-field2');
    await page.getByTestId('form-undo').click();
    await expect.poll(() => visibility.innerText()).toContain('经营者名称');
    await page.getByTestId('form-undo').click();
    await expect.poll(() => visibility.count()).toBe(0);
    await preview.getByText('连锁企业名称').waitFor();
    await page.getByTestId('form-redo').click();
    await page.getByTestId('form-redo').click();
    await expect.poll(() => visibility.innerText()).toBe('当 是否连锁经营 为 是 时显示');
    await expect.poll(() => preview.getByText('连锁企业名称').count()).toBe(0);
    expect(await page.getByTestId('form-redo').isDisabled()).toBe(true);

    // Drag the text field to the top of the form.
    await chainName.dragTo(page.getByTestId('form-field-operatorName'), { targetPosition: { x: 20, y: 3 } });
    await expect.poll(async () => (await rootOrder(page))[0]).toBe('field2');

    // Rename the radio's key: the form's condition follows it.
    await chain.click();
    await page.getByTestId('form-prop-name').fill('isChain');
    await page.getByTestId('form-prop-name').press('Enter');
    await page.getByTestId('form-field-isChain').waitFor();

    // Rename 是否委托他人代为办理 (read by the 授权委托书 material's condition): the material follows.
    await page.getByTestId('form-field-hasAgent').click();
    await page.getByTestId('form-prop-name').fill('byAgent');
    await page.getByTestId('form-prop-name').press('Enter');
    await page.getByTestId('form-field-byAgent').waitFor();
    await screenshot(page, 'form-builder-edited');

    await page.getByTestId('save').click();
    await page.getByTestId('save-ok').waitFor();
    const saved = await apiGet<{ draft: MatterVersion }>(server.url, `/matters/${code}/draft`, EDITOR.username, EDITOR.password);
    const form = saved.draft.definition.form;
    expect(form.properties.isChain).toMatchObject({ title: '是否连锁经营', oneOf: [{ const: 'option1', title: '是' }, { const: 'option2', title: '否' }] });
    expect(form.required).toContain('isChain');
    expect(form.properties.field2).toMatchObject({ title: '连锁企业名称', maxLength: 60, 'x-index': 0, 'x-visible-when': { '==': [{ var: 'isChain' }, 'option1'] } });
    expect(form.properties.hasAgent).toBeUndefined();
    const whens = JSON.stringify(saved.draft.definition.materials.map((m) => m.condition?.when ?? null));
    expect(whens).toContain('"byAgent"');
    expect(whens).not.toContain('"hasAgent"');

    // Expected on the way: 401 from /api/auth/me before signing in, 404 for the draft before 新建草稿.
    const expected = /status of (401|404)|^http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft)$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });

  it('lays fields out in sections, grids and tables, and previews every kind of the palette', async () => {
    const { page, problems } = browser;
    const canvas = page.getByTestId('form-canvas');
    const preview = page.getByTestId('form-preview');
    const deselect = () => canvas.click({ position: { x: 4, y: 4 } });
    const pathOf = (name: string) => page.getByTestId(`form-field-${name}`).getAttribute('data-path');

    // Each added field is selected; its schema path tells where it went (names are the first free fieldN).
    const selectedPath = () => page.locator('.mf-form-card.mf-selected').getAttribute('data-path');
    const add = async (kind: string): Promise<string> => {
      const count = await page.locator('.mf-form-card').count();
      await page.getByTestId(`form-palette-${kind}`).click();
      await expect.poll(() => page.locator('.mf-form-card').count()).toBe(count + 1);
      return (await selectedPath())!;
    };
    const nameOf = (path: string) => path.split('.').at(-1)!;

    // A section is selected after it is added: the next palette click goes inside it.
    await deselect();
    const section = await add('section');
    expect(section).not.toContain('.');
    const idCard = await add('idCard');
    expect(idCard).toBe(`${section}.${nameOf(idCard)}`);
    // The same for a table (its columns) and a grid; then after the selected field, in the grid.
    await deselect();
    const table = await add('table');
    const column = await add('text');
    expect(column).toBe(`${table}.${nameOf(column)}`);
    await deselect();
    const grid = await add('grid');
    await add('money');
    const date = await add('date');
    expect(date).toBe(`${grid}.${nameOf(date)}`);
    await deselect();
    for (const kind of ['address', 'file', 'dateRange', 'checkbox', 'number', 'textarea', 'select', 'mobile', 'uscc']) {
      expect(await add(kind)).not.toContain('.');
    }

    // Drag a palette item into the section: a new field there, selected.
    await page.getByTestId('form-palette-number').dragTo(page.getByTestId(`form-drop-${section}`));
    await expect.poll(async () => (await selectedPath())?.startsWith(`${section}.`)).toBe(true);
    // Drag a root field into the section, and back out before the first field.
    await page.getByTestId('form-field-field2').dragTo(page.getByTestId(`form-drop-${section}`));
    await expect.poll(() => pathOf('field2')).toBe(`${section}.field2`);
    await page.getByTestId('form-field-field2').dragTo(page.getByTestId('form-field-operatorName'), { targetPosition: { x: 20, y: 3 } });
    await expect.poll(() => pathOf('field2')).toBe('field2');
    // A field cannot leave its table by dragging (that would change the submitted data): refused with a message.
    await page.getByTestId(`form-field-${nameOf(column)}`).dragTo(page.getByTestId(`form-drop-${section}`));
    await page.locator('.ant-message').getByText('移入或移出表格会改变提交的数据', { exact: false }).waitFor();
    expect(await pathOf(nameOf(column))).toBe(column);

    // The preview draws every kind; the ID number is checked as the server would.
    await preview.getByText('身份证号').first().waitFor();
    const idInput = preview.getByPlaceholder('请输入身份证号');
    await idInput.fill('110105194912310021');
    await idInput.blur();
    await preview.getByText('请输入正确的18位居民身份证号码').waitFor();
    await idInput.fill('11010519491231002X');
    await idInput.blur();
    await expect.poll(() => preview.getByText('请输入正确的18位居民身份证号码').count()).toBe(0);
    await preview.getByText('添加一行').click();
    await preview.getByPlaceholder('请输入单行文本').first().waitFor();
    await screenshot(page, 'form-builder-all-kinds');

    // Delete the table: gone from the outline and the preview; undo brings it back.
    // (Clicked on its head: the middle of a table's card is its columns.)
    await page.getByTestId(`form-field-${table}`).click({ position: { x: 40, y: 12 } });
    await page.getByTestId('form-field-delete').click();
    await expect.poll(() => page.getByTestId(`form-field-${table}`).count()).toBe(0);
    await expect.poll(() => preview.getByText('添加一行').count()).toBe(0);
    await page.getByTestId('form-undo').click();
    await page.getByTestId(`form-field-${table}`).waitFor();
    // The same with the keyboard: Delete on the selected card, Ctrl+Z to bring it back.
    await page.getByTestId(`form-field-${table}`).click({ position: { x: 40, y: 12 } });
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId(`form-field-${table}`).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.getByTestId(`form-field-${table}`).waitFor();

    const expected = /status of (401|404)|^http (401: \/api\/auth\/me|404: \/api\/matters\/[^/]+\/draft)$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });
});
