// @vitest-environment happy-dom
/**
 * Every widget <ApplicantForm> draws has an id from its field's address and an accessible name from
 * its FormItem label (runtime/web/form-renderer/field-labels.tsx): inputs, pickers, selects and
 * switches by `aria-labelledby` (and the label's `for` where the widget is labelable), option groups,
 * the file list and a repeating table as named groups; two forms on one page never share an id; a
 * read-only form has no naming attributes on its text. axe-core's naming rules pass on the result.
 */
import { act, cleanup, render } from '@testing-library/react';
import { createElement, Fragment } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApplicantForm } from '../../../runtime/web/form-renderer/index.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
});
afterEach(cleanup);

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

const CHOICES = [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }];

/** One field of each kind the designer's palette makes, plus a section and a table with columns. */
function everyKind(): FormDefinition {
  return {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', title: '申请人名称', 'x-decorator': 'FormItem', 'x-component': 'Input' },
      note: { type: 'string', title: '备注', 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' },
      area: { type: 'number', title: '面积', 'x-decorator': 'FormItem', 'x-component': 'NumberPicker' },
      online: { type: 'boolean', title: '是否通过网络经营', 'x-decorator': 'FormItem', 'x-component': 'Switch' },
      day: { type: 'string', format: 'date', title: '开业日期', 'x-decorator': 'FormItem', 'x-component': 'DatePicker' },
      kind: { type: 'string', title: '主体业态', oneOf: CHOICES, 'x-decorator': 'FormItem', 'x-component': 'Select' },
      form: { type: 'string', title: '设施形式', oneOf: CHOICES, 'x-decorator': 'FormItem', 'x-component': 'Radio.Group' },
      items: {
        type: 'array', title: '经营项目', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] },
        'x-decorator': 'FormItem', 'x-component': 'Checkbox.Group', 'x-component-props': { options: [{ label: '甲', value: 'a' }, { label: '乙', value: 'b' }] },
      },
      files: { type: 'array', title: '现场照片', items: { type: 'string' }, 'x-decorator': 'FormItem', 'x-component': 'Upload' },
      site: {
        type: 'void', title: '经营场所', 'x-component': 'Card',
        properties: {
          region: { type: 'array', title: '省市区', items: { type: 'string' }, 'x-decorator': 'FormItem', 'x-component': 'Cascader' },
        },
      },
      staff: {
        type: 'array', title: '从业人员', 'x-decorator': 'FormItem', 'x-component': 'ArrayItems',
        items: { type: 'object', 'x-decorator': 'ArrayItems.Item', properties: { who: { type: 'string', title: '姓名', 'x-decorator': 'FormItem', 'x-component': 'Input' } } },
      },
    },
  } as unknown as FormDefinition;
}

/** The accessible name of an element as its naming attributes give it (aria-labelledby, then aria-label). */
function nameOf(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) return ids.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  return el.getAttribute('aria-label') ?? '';
}

describe('ApplicantForm field labels', () => {
  it('names every widget by its label and ties the label to it', async () => {
    const view = render(createElement(ApplicantForm, { form: everyKind(), value: { staff: [{ who: '张三' }, { who: '李四' }] } }));
    await settle();
    const root = view.container;
    const byName = (title: string) => [...root.querySelectorAll('[aria-labelledby], [aria-label]')].filter((el) => nameOf(el) === title);

    // Text boxes and number boxes: the input itself, with the label's `for` on it.
    for (const title of ['申请人名称', '备注', '面积', '省市区']) {
      const [el, ...rest] = byName(title);
      expect(el, title).toBeDefined();
      expect(rest, title).toEqual([]);
      expect(['INPUT', 'TEXTAREA'], title).toContain(el!.tagName);
      const label = root.querySelector(`label[for="${el!.id}"]`);
      expect(label?.textContent, title).toContain(title);
    }
    // The switch is a button named by its label.
    const sw = byName('是否通过网络经营')[0]!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(root.querySelector(`label[for="${sw.id}"]`)).not.toBeNull();
    // The picker's and the select's typing box (antd also repeats the select's name on its frame).
    expect(byName('开业日期')[0]?.tagName).toBe('INPUT');
    const select = byName('主体业态').find((el) => el.tagName === 'INPUT');
    expect(select?.getAttribute('role')).toBe('combobox');
    expect(root.querySelector(`label[for="${select!.id}"]`)).not.toBeNull();
    // Groups: named as a whole; each option keeps its own text.
    expect(byName('设施形式')[0]?.getAttribute('role')).toBe('radiogroup');
    expect(byName('经营项目')[0]?.getAttribute('role')).toBe('group');
    expect(byName('现场照片')[0]?.getAttribute('role')).toBe('group');
    expect(byName('从业人员')[0]?.getAttribute('role')).toBe('group');
    // A table's rows: one name per row, ids from the row's address.
    const rows = byName('姓名');
    expect(rows).toHaveLength(2);
    expect(rows.map((el) => el.id)).toEqual([expect.stringMatching(/-staff\.0\.who$/), expect.stringMatching(/-staff\.1\.who$/)]);

    // Every id is unique, and every aria-labelledby points at an element of the page.
    const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const el of root.querySelectorAll('[aria-labelledby]')) {
      for (const id of el.getAttribute('aria-labelledby')!.split(/\s+/)) expect(root.ownerDocument.getElementById(id), id).not.toBeNull();
    }
  });

  it('gives two forms on one page different ids (the designer\'s preview beside another form)', async () => {
    const view = render(createElement(Fragment, null, createElement(ApplicantForm, { form: everyKind() }), createElement(ApplicantForm, { form: everyKind() })));
    await settle();
    const named = [...view.container.querySelectorAll('[aria-labelledby]')].filter((el) => nameOf(el) === '申请人名称');
    expect(named).toHaveLength(2);
    expect(named[0]!.id).not.toBe(named[1]!.id);
    const ids = [...view.container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts no naming attributes on a read-only form\'s text, and keeps the disabled switch\'s name', async () => {
    const view = render(createElement(ApplicantForm, { form: everyKind(), readOnly: true, value: { name: '某公司', online: true, form: 'a', staff: [{ who: '张三' }] } }));
    await settle();
    const root = view.container;
    expect(root.textContent).toContain('某公司');
    expect(root.textContent).toContain('张三');
    // Only the widgets drawn as themselves when read-only: the switch and the table's group.
    const named = [...root.querySelectorAll('[aria-labelledby], [aria-label]')].filter((el) => el.closest('.mf-applicant-form') !== null && !el.matches('.anticon, [aria-hidden]'));
    expect(named.map((el) => [el.getAttribute('role'), nameOf(el)])).toEqual([['switch', '是否通过网络经营'], ['group', '从业人员']]);
    const axe = (await import('axe-core')).default;
    const result = await axe.run(root, { runOnly: { type: 'rule', values: ['button-name', 'aria-prohibited-attr', 'aria-valid-attr-value'] } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('passes axe-core\'s naming rules', async () => {
    const view = render(createElement(ApplicantForm, { form: everyKind(), value: { staff: [{ who: '张三' }] } }));
    await settle();
    const axe = (await import('axe-core')).default;
    const rules = ['label', 'button-name', 'aria-toggle-field-name', 'aria-input-field-name', 'aria-valid-attr-value', 'aria-prohibited-attr', 'aria-allowed-role', 'duplicate-id-aria', 'select-name'];
    const result = await axe.run(view.container, { runOnly: { type: 'rule', values: rules } });
    expect(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }))).toEqual([]);
    expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'button-name']));
  });
});
