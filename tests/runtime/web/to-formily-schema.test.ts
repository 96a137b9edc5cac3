import type { ISchema } from '@formily/json-schema';
import { describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import { isKnownComponent } from '../../../runtime/web/form-renderer/component-names.js';
import { noEvalCompile } from '../../../runtime/web/form-renderer/no-eval-compiler.js';
import { componentOf, toFormilySchema } from '../../../runtime/web/form-renderer/to-formily-schema.js';
import type { VisibilityTarget } from '../../../runtime/web/form-renderer/visibility-reaction.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';

type Validator = (value: unknown) => string;
type Reaction = (field: VisibilityTarget) => void;

const props = (s: ISchema): Record<string, ISchema> => s.properties as Record<string, ISchema>;

/** The form the mapping tests read: every palette kind's shape, sections, a table, a $ref. */
function sampleForm(): FormDefinition {
  return {
    type: 'object',
    required: ['name', 'agentName', 'kind'],
    $defs: { phone: { type: 'string', title: '电话', format: 'mobile', 'x-component': 'Input' } },
    properties: {
      name: { type: 'string', title: '姓名', maxLength: 50, 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-component-props': { placeholder: '请输入', dangerouslySetInnerHTML: { __html: '<b>x</b>' }, onClick: 'x' } },
      kind: { type: 'string', title: '类型', oneOf: [{ const: 'person', title: '个人' }, { const: 'company', title: '企业' }], 'x-decorator': 'FormItem', 'x-component': 'Radio.Group' },
      byAgent: { type: 'boolean', title: '委托代理', 'x-decorator': 'FormItem', 'x-component': 'Switch' },
      agent: {
        type: 'void', title: '代理人', 'x-component': 'Card', required: ['agentPhone'],
        properties: {
          agentName: { type: 'string', title: '代理人姓名', 'x-component': 'Input', 'x-visible-when': { '==': [{ var: 'byAgent' }, true] } },
          agentPhone: { $ref: '#/$defs/phone', title: '代理人电话' },
        },
      },
      items: {
        type: 'array', title: '经营项目', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] },
        'x-decorator': 'FormItem', 'x-component': 'Checkbox.Group', 'x-component-props': { options: [{ value: 'a', label: '甲' }, { value: 'b', label: '乙' }] },
      },
      day: { type: 'string', format: 'date', title: '日期', 'x-component': 'DatePicker', 'x-component-props': { valueFormat: 'YYYY-MM-DD' } },
      files: { type: 'array', title: '附件', items: { type: 'string' }, 'x-component': 'Upload', 'x-component-props': { multiple: true, action: 'https://evil.example/upload' } },
      address: {
        type: 'object', title: '地址', required: ['detail'], 'x-decorator': 'FormItem', 'x-component': 'FormLayout',
        properties: {
          region: { type: 'array', title: '省市区', items: { type: 'string', pattern: '^[0-9]{6}$' }, 'x-component': 'Cascader' },
          detail: { type: 'string', title: '详细地址', 'x-component': 'Input' },
        },
      },
      members: {
        type: 'array', title: '从业人员', 'x-component': 'ArrayTable',
        items: { type: 'object', required: ['who'], properties: { who: { type: 'string', title: '姓名', 'x-component': 'Input' } } },
      },
      odd: { type: 'string', title: '奇怪的控件', 'x-component': 'window.alert' },
    },
  };
}

describe('toFormilySchema', () => {
  const schema = toFormilySchema(sampleForm());
  const p = props(schema);

  it('marks as required what the object or a section around the field requires, never a layout container', () => {
    expect(p.name.required).toBe(true);
    expect(p.kind.required).toBe(true);
    expect(p.byAgent.required).toBeUndefined();
    expect(p.agent.required).toBeUndefined();
    // agentName is in the form's list although it sits in a section; agentPhone in the section's.
    expect(props(p.agent).agentName.required).toBe(true);
    expect(props(p.agent).agentPhone.required).toBe(true);
    expect(props(p.address).detail.required).toBe(true);
    expect(props(p.address).region.required).toBeUndefined();
    expect(props((p.members.items as ISchema)).who.required).toBe(true);
  });

  it('gives choice fields labelled choices, single and multiple', () => {
    expect(p.kind.enum).toEqual([{ label: '个人', value: 'person' }, { label: '企业', value: 'company' }]);
    expect(p.items.enum).toEqual([{ label: '甲', value: 'a' }, { label: '乙', value: 'b' }]);
    expect(p.items.items).toBeUndefined();
  });

  it('resolves $ref, keeping the referring field\'s own keywords', () => {
    const phone = props(p.agent).agentPhone;
    expect(phone.title).toBe('代理人电话');
    expect(phone['x-component']).toBe('Input');
    expect(typeof phone['x-validator']).toBe('function');
  });

  it('turns Chinese formats into validators that pass empty values', () => {
    const mobile = props(p.agent).agentPhone['x-validator'] as Validator;
    expect(mobile('12345')).toBe('请输入正确的11位手机号码');
    expect(mobile('13800138000')).toBe('');
    expect(mobile('')).toBe('');
    const date = p.day['x-validator'] as Validator;
    expect(date('2024-13-01')).not.toBe('');
    expect(date('2024-12-01')).toBe('');
  });

  it('checks id-card and credit-code checksums, in the chosen language', () => {
    const form: FormDefinition = {
      type: 'object',
      properties: { id: { type: 'string', format: 'id-card' }, uscc: { type: 'string', format: 'uscc' } },
    };
    const en = props(toFormilySchema(form, { lang: 'en' }));
    const id = en.id['x-validator'] as Validator;
    expect(id('11010519491231002X')).toBe('');
    expect(id('110105194912310021')).toMatch(/ID card/);
    const uscc = en.uscc['x-validator'] as Validator;
    expect(uscc('11619900MB1532046T')).toBe('');
    expect(uscc('11619900MB1532046A')).toMatch(/credit code/);
  });

  it('shows a conditional field only while its rule holds, with a function reaction', () => {
    const reaction = props(p.agent).agentName['x-reactions'] as Reaction;
    expect(typeof reaction).toBe('function');
    const field = { form: { values: { byAgent: false } as Record<string, unknown> }, visible: true };
    reaction(field);
    expect(field.visible).toBe(false);
    field.form.values.byAgent = true;
    reaction(field);
    expect(field.visible).toBe(true);
  });

  it('leaves a field shown when its rule is refused by the interpreter', () => {
    const form: FormDefinition = { type: 'object', properties: { a: { type: 'string', 'x-visible-when': { method: [{ var: 'a' }, 'toString'] } } } };
    const reaction = props(toFormilySchema(form)).a['x-reactions'] as Reaction;
    const field = { form: { values: {} }, visible: false };
    reaction(field);
    expect(field.visible).toBe(true);
  });

  it('drops component props outside the allow-list', () => {
    expect(p.name['x-component-props']).toEqual({ placeholder: '请输入' });
    expect(p.files['x-component-props']).toEqual({ multiple: true });
  });

  it('maps widgets whose data differs from antd\'s, and unknown ones to the type\'s default', () => {
    expect(p.files['x-component']).toBe('FileIds');
    expect(props(p.address).region['x-component']).toBe('RegionCodeInput');
    expect(props(toFormilySchema(sampleForm(), { hasRegions: true })).address.properties).toMatchObject({ region: { 'x-component': 'Cascader' } });
    expect(p.odd['x-component']).toBe('Input');
    expect(p.day['x-component-props']).toEqual({ format: 'YYYY-MM-DD', style: { width: '100%' } });
    expect(p.agent['x-component-props']).toEqual({ title: '代理人' });
    expect(p.agent['x-decorator']).toBeUndefined();
    expect(props(p.agent).agentName['x-decorator']).toBe('FormItem');
  });

  it('gives a repeating table its rows with a remove button and an add button', () => {
    expect(p.members['x-component']).toBe('ArrayItems');
    const row = p.members.items as ISchema;
    expect(row['x-decorator']).toBe('ArrayItems.Item');
    expect(Object.keys(props(row))).toEqual(['who', '__remove']);
    expect(props(p.members).__add['x-component']).toBe('ArrayItems.Addition');
  });

  it('maps every demo form to known widgets, with no string expression anywhere', () => {
    const forms = demoCatalogue().matters.flatMap((m) => m.versions.map((v) => v.form));
    expect(forms.length).toBeGreaterThan(10);
    const visit = (s: ISchema, where: string): void => {
      const component = s['x-component'];
      if (component !== undefined) expect(isKnownComponent(component), `${where}: ${String(component)}`).toBe(true);
      if (s['x-decorator'] !== undefined) expect(isKnownComponent(s['x-decorator']), where).toBe(true);
      expect(JSON.stringify(s)).not.toContain('{{');
      for (const [name, child] of Object.entries(s.properties ?? {})) visit(child as ISchema, `${where}.${name}`);
      if (s.items !== undefined && !Array.isArray(s.items)) visit(s.items as ISchema, `${where}[]`);
    };
    for (const form of forms) visit(toFormilySchema(form), form.title ?? '');
  });

  it('reads componentOf for a field without x-component by its type', () => {
    expect(componentOf({ type: 'boolean' })).toBe('Switch');
    expect(componentOf({ type: 'string', oneOf: [{ const: 'a' }] })).toBe('Select');
    expect(componentOf({ type: 'number' })).toBe('NumberPicker');
  });
});

describe('noEvalCompile', () => {
  it('gives back the expression as text instead of running it', () => {
    expect(noEvalCompile('alert(1)')).toBe('{{alert(1)}}');
  });
});
