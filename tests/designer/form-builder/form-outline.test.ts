/**
 * The canvas outline, and one end-to-end build: a clerk builds the five-field form of a new
 * matter with commands only (name, ID card, phone, a select, and a field shown only for one of
 * its answers), and the matter lint finds nothing wrong with the form.
 */
import { describe, expect, it } from 'vitest';
import { formCompileProblems } from '../../../catalog/form/form-compile.js';
import { lintMatter } from '../../../catalog/lint/lint.js';
import { FormCommandStack } from '../../../designer/form-builder/form-command-stack.js';
import type { FormCommand } from '../../../designer/form-builder/form-commands.js';
import { describeCondition, formOutline } from '../../../designer/form-builder/form-outline.js';
import { toJsonLogic } from '../../../designer/form-builder/visible-when-builder.js';
import type { FormDefinition, FormField } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

function buildNewMatterForm(): FormCommandStack {
  const stack = new FormCommandStack({ type: 'object', properties: {} });
  const commands: FormCommand[] = [
    { type: 'field.add', kind: 'text' },
    { type: 'field.rename', path: 'field1', newName: 'applicantName' },
    { type: 'field.update', path: 'applicantName', patch: { title: '申请人姓名', required: true, maxLength: 50 } },
    { type: 'field.add', kind: 'idCard', name: 'idNumber' },
    { type: 'field.update', path: 'idNumber', patch: { required: true } },
    { type: 'field.add', kind: 'mobile', name: 'phone' },
    { type: 'field.update', path: 'phone', patch: { title: '联系电话', required: true } },
    { type: 'field.add', kind: 'select', name: 'applyMode', index: 0 },
    { type: 'field.update', path: 'applyMode', patch: { title: '办理方式', options: [{ value: 'self', label: '本人办理' }, { value: 'agent', label: '委托代理人办理' }], default: 'self' } },
    { type: 'field.move', path: 'applyMode', parentPath: '', index: 3 },
    { type: 'field.add', kind: 'text', name: 'agentName' },
    { type: 'field.update', path: 'agentName', patch: { title: '代理人姓名' } },
    { type: 'field.setVisibleWhen', path: 'agentName', rule: toJsonLogic({ combinator: 'all', rules: [{ field: 'applyMode', operator: 'equals', value: 'agent' }] }) },
  ];
  for (const cmd of commands) expect(stack.execute(cmd)).toBeUndefined();
  return stack;
}

describe('end to end: the form of a new matter built with commands', () => {
  it('given the built form on the sample matter, then lint reports no form errors', () => {
    // Given
    const stack = buildNewMatterForm();
    const form = stack.form;
    // Then the form has the five fields in order, valid and compilable
    expect(formOutline(form).map((n) => [n.name, n.kind, n.title, n.required])).toEqual([
      ['applicantName', 'text', '申请人姓名', true],
      ['idNumber', 'idCard', '身份证号', true],
      ['phone', 'mobile', '联系电话', true],
      ['applyMode', 'select', '办理方式', false],
      ['agentName', 'text', '代理人姓名', false],
    ]);
    expect(form.required).toEqual(['applicantName', 'idNumber', 'phone']);
    const v = validate('form', form);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(formCompileProblems(form)).toEqual([]);
    // When linted as the sample matter's form
    const def = { ...sampleMatter(), form };
    const report = lintMatter(def, { departmentIds: new Set(['scjg', 'wjw']), sharedMaterialIds: new Set(['business-license']) });
    // Then
    expect([...report.errors, ...report.warnings].filter((f) => f.rule.startsWith('form.'))).toEqual([]);
    expect(formOutline(form)[4].visibility).toBe('当 办理方式 为 委托代理人办理 时显示');
  });

  it('undoes every step back to the empty form, and redoes to the same form', () => {
    const stack = buildNewMatterForm();
    const built = stack.form;
    while (stack.undo());
    expect(stack.form).toEqual({ type: 'object', properties: {} });
    while (stack.redo());
    expect(stack.form).toBe(built);
  });
});

describe('public entry point', () => {
  it('exports the builder API from one module', async () => {
    const api = await import('../../../designer/form-builder/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'FIELD_KINDS', 'FormCommandStack', 'applyFormCommand', 'choicesFor', 'conditionReaders', 'dataPathOf', 'describeCondition', 'describeVisibleWhen', 'fieldKind',
      'formOutline', 'fromJsonLogic', 'isUnary', 'kindOf', 'listFieldsOf', 'nextFieldName', 'operatorsFor', 'optionsOf', 'renameVars', 'toJsonLogic', 'visibleWhenTargets',
    ]);
  });
});

describe('form outline', () => {
  it('summarises the sample matter form in display order, with its condition in Chinese', () => {
    const outline = formOutline(sampleMatter().form);
    expect(outline.map((n) => n.name)).toEqual(['operatorName', 'creditCode', 'businessCategory', 'byAgent', 'agentName']);
    expect(outline.find((n) => n.name === 'agentName')).toMatchObject({ kind: 'text', title: '代理人姓名', visibility: '当 是否委托代理人办理 为 是 时显示' });
    expect(outline.find((n) => n.name === 'businessCategory')).toMatchObject({ kind: 'select', required: true });
    expect(outline.find((n) => n.name === 'byAgent')!.kind).toBeUndefined();
  });

  it('nests sections and table columns, sorts by x-index, and words every operator', () => {
    const form: FormDefinition = {
      type: 'object',
      required: ['area'],
      properties: {
        later: { type: 'string', title: '后', 'x-component': 'Input', 'x-index': 2, 'x-visible-when': { or: [{ '>=': [{ var: 'area' }, 100] }, { missing: ['kind'] }] } },
        box: {
          type: 'void', title: '基本信息', 'x-component': 'Card', 'x-index': 1,
          properties: {
            area: { type: 'number', title: '面积', 'x-component': 'NumberPicker', 'x-visible-when': { in: [{ var: 'kind' }, ['a', 'b']] } },
            kind: { type: 'string', title: '类别', oneOf: [{ const: 'a', title: '甲类' }, { const: 'b', title: '乙类' }], 'x-component': 'Radio.Group', 'x-visible-when': { '!==': [{ var: 'byAgent' }, true] } },
          },
        },
        rows: { type: 'array', title: '明细', 'x-component': 'ArrayItems', 'x-index': 0, items: { type: 'object', properties: { n: { type: 'string', title: '名称', 'x-component': 'Input' } } }, 'x-visible-when': { '+': [1, 2] } },
      },
    };
    const outline = formOutline(form);
    expect(outline.map((n) => n.path)).toEqual(['rows', 'box', 'later']);
    expect(outline[0]).toMatchObject({ kind: 'table', visibility: '按自定义条件显示', children: [{ path: 'rows.n', dataPath: 'rows[].n', title: '名称' }] });
    expect(outline[1]).toMatchObject({ kind: 'section', required: false, dataPath: undefined });
    expect(outline[1].children.map((c) => [c.path, c.dataPath, c.required, c.visibility])).toEqual([
      ['box.area', 'area', true, '当 类别 为 甲类、乙类 之一 时显示'],
      ['box.kind', 'kind', false, '当 byAgent 不为 是 时显示'],
    ]);
    expect(outline[2].visibility).toBe('当 面积 大于等于 100 或 类别 未填写 时显示');
  });
});

describe('describeCondition', () => {
  const fields = new Map<string, FormField>([
    ['byAgent', { type: 'boolean', title: '是否委托代理' }],
    ['kind', { type: 'string', title: '经营类型', oneOf: [{ const: 'shop', title: '门店' }, { const: 'online', title: '网店' }] }],
  ]);
  it('names fields by title and values by label, for flow-edge labels', () => {
    expect(describeCondition({ '===': [{ var: 'byAgent' }, true] }, fields)).toBe('是否委托代理 为 是');
    expect(describeCondition({ and: [{ '==': [{ var: 'kind' }, 'online'] }, { '===': [{ var: 'byAgent' }, true] }] }, fields)).toBe('经营类型 为 网店 且 是否委托代理 为 是');
  });
  it('gives undefined for a hand-written shape and empty for no rule', () => {
    expect(describeCondition({ '+': [1, 2] }, fields)).toBeUndefined();
    expect(describeCondition(null, fields)).toBe('');
  });
});
