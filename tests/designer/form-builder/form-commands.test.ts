/**
 * Form commands, table-driven: given a form, when a command is applied, then the form changes as
 * expected; undo restores the original exactly and redo gives the edited form back.
 *
 * Base form (schema paths; * required, ⟨⟩ void):
 *   applicantName*  byAgent  ⟨basics: Card⟩ { agentName (visible when byAgent == true), agentPhone* }
 *   address (object: region, detail*)   members (table: name)
 */
import { describe, expect, it } from 'vitest';
import { applyFormCommand, nextFieldName, type FormCommand } from '../../../designer/form-builder/form-commands.js';
import { FormCommandStack } from '../../../designer/form-builder/form-command-stack.js';
import { fieldKind } from '../../../designer/form-builder/field-kinds.js';
import { baseForm } from './form-fixtures.js';
import { optionsOf } from '../../../designer/form-builder/field-patch.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { formCompileProblems } from '../../../catalog/form/form-compile.js';

const keysOf = (o: { properties?: Record<string, unknown> } | undefined) => Object.keys(o?.properties ?? {});

interface Case {
  when: string;
  cmd: FormCommand;
  then: (f: FormDefinition) => void;
}

const cases: Case[] = [
  {
    when: 'a field is added at the end of the form',
    cmd: { type: 'field.add', kind: 'idCard' },
    then: (f) => {
      expect(keysOf(f)).toEqual(['applicantName', 'byAgent', 'basics', 'address', 'members', 'field1']);
      expect(f.properties.field1).toMatchObject({ title: '身份证号', format: 'id-card', 'x-index': 5 });
    },
  },
  {
    when: 'a field is added at index 1 inside a section',
    cmd: { type: 'field.add', kind: 'select', parentPath: 'basics', index: 1, name: 'relation' },
    then: (f) => {
      expect(keysOf(f.properties.basics)).toEqual(['agentName', 'relation', 'agentPhone']);
      expect(f.properties.basics.properties!.agentPhone['x-index']).toBe(2);
    },
  },
  {
    when: 'a column is added to a table',
    cmd: { type: 'field.add', kind: 'idCard', parentPath: 'members', index: 0 },
    then: (f) => expect(keysOf(f.properties.members.items)).toEqual(['field1', 'name']),
  },
  {
    when: 'a required field in a section is removed',
    cmd: { type: 'field.remove', path: 'basics.agentPhone' },
    then: (f) => {
      expect(keysOf(f.properties.basics)).toEqual(['agentName']);
      expect(f.required).toEqual(['applicantName']);
    },
  },
  {
    when: 'a section holding a required field is removed',
    cmd: { type: 'field.remove', path: 'basics' },
    then: (f) => {
      expect(keysOf(f)).toEqual(['applicantName', 'byAgent', 'address', 'members']);
      expect(f.required).toEqual(['applicantName']);
    },
  },
  {
    when: 'the first field is removed',
    cmd: { type: 'field.remove', path: 'applicantName' },
    then: (f) => {
      expect(f.required).toEqual(['agentPhone']);
      expect(Object.values(f.properties).map((p) => p['x-index'])).toEqual([0, 1, 2, 3]);
    },
  },
  {
    when: 'a field is reordered within its parent',
    cmd: { type: 'field.move', path: 'members', parentPath: '', index: 0 },
    then: (f) => expect(keysOf(f)).toEqual(['members', 'applicantName', 'byAgent', 'basics', 'address']),
  },
  {
    when: 'a field is moved out of a section (same data level)',
    cmd: { type: 'field.move', path: 'basics.agentPhone', parentPath: '', index: 1 },
    then: (f) => {
      expect(keysOf(f)).toEqual(['applicantName', 'agentPhone', 'byAgent', 'basics', 'address', 'members']);
      expect(f.required).toEqual(['applicantName', 'agentPhone']);
      expect(f.properties.agentPhone['x-visible-when']).toBeDefined();
    },
  },
  {
    when: 'a field is moved into a section',
    cmd: { type: 'field.move', path: 'applicantName', parentPath: 'basics', index: 0 },
    then: (f) => {
      expect(keysOf(f.properties.basics)).toEqual(['applicantName', 'agentName', 'agentPhone']);
      expect(f.required).toContain('applicantName');
    },
  },
  {
    when: 'title, description, placeholder and bounds are updated',
    cmd: { type: 'field.update', path: 'applicantName', patch: { title: '姓名', description: '与身份证一致', placeholder: '请输入姓名', minLength: 2, maxLength: null } },
    then: (f) => {
      const p = f.properties.applicantName;
      expect(p).toMatchObject({ title: '姓名', description: '与身份证一致', minLength: 2, 'x-component-props': { placeholder: '请输入姓名' } });
      expect(p.maxLength).toBeUndefined();
    },
  },
  {
    when: 'a field is made required',
    cmd: { type: 'field.update', path: 'basics.agentName', patch: { required: true } },
    then: (f) => {
      expect(f.required).toEqual(['applicantName', 'agentPhone', 'agentName']);
      expect(f.properties.basics.required).toBeUndefined();
    },
  },
  {
    when: 'a nested field is made optional',
    cmd: { type: 'field.update', path: 'address.detail', patch: { required: false } },
    then: (f) => expect(f.properties.address.required).toBeUndefined(),
  },
  {
    when: 'options of a select are set',
    cmd: { type: 'field.update', path: 'applicantName', patch: { options: [{ value: 'a', label: '甲' }] } },
    then: (f) => expect(f.properties.applicantName.oneOf).toEqual([{ const: 'a', title: '甲' }]),
  },
  {
    when: 'a required field is renamed',
    cmd: { type: 'field.rename', path: 'basics.agentName', newName: 'proxyName' },
    then: (f) => {
      expect(keysOf(f.properties.basics)).toEqual(['proxyName', 'agentPhone']);
      expect(f.properties.basics.properties!.agentPhone['x-visible-when']).toEqual({ and: [{ var: 'byAgent' }, { '!': { missing: ['proxyName'] } }] });
    },
  },
  {
    when: 'a field read by conditions is renamed',
    cmd: { type: 'field.rename', path: 'byAgent', newName: 'viaAgent' },
    then: (f) => {
      expect(keysOf(f)).toEqual(['applicantName', 'viaAgent', 'basics', 'address', 'members']);
      expect(f.properties.basics.properties!.agentName['x-visible-when']).toEqual({ '==': [{ var: 'viaAgent' }, true] });
      expect(f.properties.basics.properties!.agentPhone['x-visible-when']).toEqual({ and: [{ var: 'viaAgent' }, { '!': { missing: ['agentName'] } }] });
    },
  },
  {
    when: 'an object whose child a condition reads is renamed',
    cmd: { type: 'field.rename', path: 'address', newName: 'siteAddress' },
    then: (f) => expect(f.properties.siteAddress['x-visible-when']).toEqual({ '!': { missing: ['siteAddress.detail'] } }),
  },
  {
    when: 'a required field is renamed (required follows)',
    cmd: { type: 'field.rename', path: 'applicantName', newName: 'name' },
    then: (f) => expect(f.required).toEqual(['name', 'agentPhone']),
  },
  {
    when: 'a visibility condition is set',
    cmd: { type: 'field.setVisibleWhen', path: 'applicantName', rule: { '!': [{ var: 'byAgent' }] } },
    then: (f) => expect(f.properties.applicantName['x-visible-when']).toEqual({ '!': [{ var: 'byAgent' }] }),
  },
  {
    when: 'a visibility condition is cleared',
    cmd: { type: 'field.setVisibleWhen', path: 'basics.agentName', rule: null },
    then: (f) => expect(f.properties.basics.properties!.agentName['x-visible-when']).toBeUndefined(),
  },
];

describe('form commands: execute, undo, redo', () => {
  it.each(cases.map((c) => [c.when, c] as const))('when %s', (_when, c) => {
    // Given
    const original = baseForm();
    const snapshot = structuredClone(original);
    const stack = new FormCommandStack(original);
    // When
    expect(stack.execute(c.cmd)).toBeUndefined();
    // Then
    c.then(stack.form);
    const after = structuredClone(stack.form);
    expect(original).toEqual(snapshot); // the input is never modified
    const v = validate('form', stack.form);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(formCompileProblems(stack.form)).toEqual([]);
    expect(stack.undo()).toBe(true);
    expect(stack.form).toEqual(snapshot);
    expect(JSON.stringify(stack.form)).toBe(JSON.stringify(snapshot)); // key order too
    expect(stack.redo()).toBe(true);
    expect(stack.form).toEqual(after);
    expect(stack.undo()).toBe(true);
    expect(stack.form).toBe(original);
  });
});

describe('form commands: refusals leave the form unchanged', () => {
  it.each([
    ['an unknown kind', { type: 'field.add', kind: 'signature' as never }, /unknown field kind/],
    ['a name taken at the data level (in another section)', { type: 'field.add', kind: 'text', name: 'agentName' }, /already used/],
    ['an invalid name', { type: 'field.add', kind: 'text', name: '1abc' }, /not a valid field name/],
    ['a name Object.prototype has', { type: 'field.add', kind: 'text', name: 'toString' }, /reserved/],
    ['renaming to a forbidden name', { type: 'field.rename', path: 'byAgent', newName: 'prototype' }, /reserved/],
    ['a missing parent', { type: 'field.add', kind: 'text', parentPath: 'nope' }, /no container/],
    ['a parent that holds no fields', { type: 'field.add', kind: 'text', parentPath: 'applicantName' }, /no container/],
    ['removing a missing field', { type: 'field.remove', path: 'basics.nope' }, /no field/],
    ['moving into another data object', { type: 'field.move', path: 'applicantName', parentPath: 'address', index: 0 }, /within its data object/],
    ['moving a section into itself', { type: 'field.move', path: 'basics', parentPath: 'basics', index: 0 }, /into itself/],
    ['renaming onto a sibling', { type: 'field.rename', path: 'byAgent', newName: 'agentPhone' }, /already used/],
    ['a keyword that does not fit the type', { type: 'field.update', path: 'applicantName', patch: { minimum: 1 } }, /minimum does not apply/],
    ['an empty option list', { type: 'field.update', path: 'applicantName', patch: { options: [] } }, /at least one option/],
    ['requiring a section', { type: 'field.update', path: 'basics', patch: { required: true } }, /cannot be required/],
    ['a refused condition', { type: 'field.setVisibleWhen', path: 'byAgent', rule: { method: [{ var: 'a' }, 'toString'] } }, /not allowed/],
  ] as const)('given %s, then an error', (_given, cmd, message) => {
    const form = baseForm();
    const stack = new FormCommandStack(form);
    const r = applyFormCommand(form, cmd as FormCommand);
    expect('error' in r && r.error).toMatch(message);
    expect(stack.execute(cmd as FormCommand)).toEqual({ error: expect.stringMatching(message) });
    expect(stack.form).toBe(form);
    expect(stack.canUndo).toBe(false);
  });
});

describe('form commands: names and history', () => {
  it('generates the first free fieldN across the whole form, nested fields included', () => {
    const form = baseForm();
    form.properties.basics.properties!.field1 = fieldKind('text')!.create();
    form.properties.members.items!.properties!.field2 = fieldKind('text')!.create();
    expect(nextFieldName(form)).toBe('field3');
    const r = applyFormCommand(form, { type: 'field.add', kind: 'number' });
    expect('form' in r && Object.keys(r.form.properties)).toContain('field3');
  });

  it('numbers default titles so two new fields of a kind stay apart in the outline', () => {
    let form: FormDefinition = { type: 'object', properties: {} };
    for (let i = 0; i < 3; i++) {
      const r = applyFormCommand(form, { type: 'field.add', kind: 'mobile' });
      if ('error' in r) throw new Error(r.error);
      form = r.form;
    }
    expect(Object.values(form.properties).map((f) => f.title)).toEqual(['手机号', '手机号2', '手机号3']);
  });

  it('writes the choices of a multiple choice as item enum plus labelled options, and reads them back', () => {
    const form: FormDefinition = { type: 'object', properties: { scope: fieldKind('checkbox')!.create('经营范围') } };
    const options = [{ value: 'retail', label: '食品销售' }, { value: 'catering', label: '餐饮服务' }, { value: 'canteen', label: '单位食堂' }];
    const r = applyFormCommand(form, { type: 'field.update', path: 'scope', patch: { options } });
    if ('error' in r) throw new Error(r.error);
    expect(r.form.properties.scope.items).toEqual({ type: 'string', enum: ['retail', 'catering', 'canteen'] });
    expect(optionsOf(r.form.properties.scope)).toEqual(options);
    expect(formCompileProblems(r.form)).toEqual([]);
  });

  it('forgets undone commands when a new one is executed, and reports empty stacks', () => {
    const stack = new FormCommandStack(baseForm());
    expect(stack.undo()).toBe(false);
    expect(stack.redo()).toBe(false);
    stack.execute({ type: 'field.add', kind: 'text' });
    stack.execute({ type: 'field.add', kind: 'text' });
    expect(keysOf(stack.form)).toContain('field2');
    stack.undo();
    expect(stack.canRedo).toBe(true);
    stack.execute({ type: 'field.add', kind: 'date' });
    expect(stack.canRedo).toBe(false);
    expect(stack.form.properties.field2.format).toBe('date');
    stack.undo();
    stack.undo();
    expect(stack.form).toEqual(baseForm());
  });

  it('re-homes a required entry kept by a void container when the field leaves it', () => {
    const form = baseForm();
    form.required = ['applicantName'];
    form.properties.basics.required = ['agentPhone'];
    const r = applyFormCommand(form, { type: 'field.move', path: 'basics.agentPhone', parentPath: '', index: 0 });
    if ('error' in r) throw new Error(r.error);
    expect(r.form.properties.basics.required).toBeUndefined();
    expect(r.form.required).toEqual(['applicantName', 'agentPhone']);
  });
});
