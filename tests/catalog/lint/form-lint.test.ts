/**
 * Form lint: one variant of the sample matter's form per rule (and per way a rule can be met),
 * plus variants that must stay clean. The sample form (tests/fixtures/matters.ts):
 *   operatorName*, creditCode*, businessCategory* (Select, oneOf), byAgent (Switch),
 *   agentName (visible when byAgent == true)          (* required)
 */
import { describe, expect, it } from 'vitest';
import { lintForm } from '../../../catalog/lint/form-lint.js';
import type { FormField, MatterDefinition } from '../../../schemas/types.generated.js';
import { expectFindings, variant, type LintCase } from './lint-cases.js';

const P = '/form/properties';
const props = (def: MatterDefinition): Record<string, FormField> => def.form.properties;

const cases: LintCase[] = [
  {
    given: 'a keyword that does not fit the type (strict mode)',
    change: (d) => { props(d).age = { type: 'string', minimum: 18 }; },
    expected: [[{ rule: 'form.compile', severity: 'error', path: `${P}/age` }, /does not compile: strict mode: missing type "number" for keyword "minimum"/]],
  },
  {
    given: 'a keyword value the meta-schema refuses',
    change: (d) => { props(d).operatorName.maxLength = -1; },
    expected: [[{ rule: 'form.compile', severity: 'error', path: `${P}/operatorName/maxLength` }, /must be >= 0/]],
  },
  {
    given: 'a format ajv does not know',
    change: (d) => { (props(d).creditCode as { format: string }).format = 'credit-code'; },
    expected: [[{ rule: 'form.compile', severity: 'error', path: `${P}/creditCode` }, /unknown format "credit-code"/]],
  },
  {
    given: 'a required name that is not a property',
    change: (d) => { d.form.required!.push('ghost'); },
    expected: [[{ rule: 'form.required-unknown', severity: 'error', path: '/form/required/3', field: 'ghost' }, /the form requires "ghost", which is not one of its properties/]],
  },
  {
    given: 'a nested object requiring an unknown name',
    change: (d) => { props(d).address = { type: 'object', title: '地址', properties: { city: { type: 'string' } }, required: ['street'] }; },
    expected: [[{ rule: 'form.required-unknown', severity: 'error', path: `${P}/address/required/0`, field: 'street' }, /field "地址" \(address\) requires "street"/]],
  },
  {
    given: 'a visibility condition with a forbidden operator',
    change: (d) => { props(d).agentName['x-visible-when'] = { method: [{ var: 'byAgent' }, 'toString'] }; },
    expected: [[{ rule: 'form.visible-when-invalid', severity: 'error', path: `${P}/agentName/x-visible-when`, field: 'agentName' }, /field "代理人姓名" \(agentName\) is not allowed: .*operator "method" is not allowed/]],
  },
  {
    given: 'a visibility condition reading an unknown field',
    change: (d) => { props(d).agentName['x-visible-when'] = { '==': [{ var: 'agent' }, true] }; },
    expected: [[{ rule: 'form.visible-when-unknown-field', severity: 'error', path: `${P}/agentName/x-visible-when`, field: 'agent' }, /reads "agent", which is not a field of the form/]],
  },
  {
    given: 'a field visible when it has a value',
    change: (d) => { props(d).agentName['x-visible-when'] = { '!!': [{ var: 'agentName' }] }; },
    expected: [[{ rule: 'form.visible-when-self', severity: 'error', path: `${P}/agentName/x-visible-when`, field: 'agentName' }, /"代理人姓名" \(agentName\) depends on itself \(through its own value\)/]],
  },
  {
    given: 'two fields each visible only when the other is filled',
    change: (d) => { props(d).byAgent['x-visible-when'] = { '!!': [{ var: 'agentName' }] }; },
    expected: [
      [{ rule: 'form.visible-when-self', severity: 'error', path: `${P}/byAgent/x-visible-when`, field: 'byAgent' }, /"是否委托代理人办理" \(byAgent\) depends on itself \(through field "代理人姓名" \(agentName\)\)/],
      [{ rule: 'form.visible-when-self', severity: 'error', path: `${P}/agentName/x-visible-when`, field: 'agentName' }, /through field "是否委托代理人办理" \(byAgent\)/],
    ],
  },
  {
    given: 'a void container visible when a field inside it is filled',
    change: (d) => {
      props(d).agentBox = { type: 'void', 'x-component': 'Card', 'x-visible-when': { '!!': [{ var: 'agentPhone' }] }, properties: { agentPhone: { type: 'string' } } };
    },
    expected: [[{ rule: 'form.visible-when-self', severity: 'error', path: `${P}/agentBox/x-visible-when` }, /field "agentBox" depends on itself/]],
  },
  {
    given: 'an object visible when one of its own fields is filled',
    change: (d) => { props(d).agent = { type: 'object', 'x-visible-when': { '!!': [{ var: 'agent.name' }] }, properties: { name: { type: 'string' } } }; },
    expected: [[{ rule: 'form.visible-when-self', severity: 'error', path: `${P}/agent/x-visible-when`, field: 'agent' }, /field "agent" depends on itself/]],
  },
  {
    given: 'a form without fields',
    change: (d) => { d.form.properties = {}; delete d.form.required; },
    expected: [[{ rule: 'form.empty', severity: 'warning', path: '/form/properties' }, /no data fields/]],
  },
  {
    given: 'a form of layout containers only',
    change: (d) => { d.form.properties = { box: { type: 'void', 'x-component': 'Card' } }; delete d.form.required; },
    expected: [[{ rule: 'form.empty', severity: 'warning', path: '/form/properties' }, /no data fields/]],
  },
  {
    given: 'a Select without choices',
    change: (d) => { delete props(d).businessCategory.oneOf; },
    expected: [[{ rule: 'form.enum-labels', severity: 'warning', path: `${P}/businessCategory/x-component`, field: 'businessCategory' }, /"经营项目" \(businessCategory\) uses the Select component but declares no enum or oneOf/]],
  },
  {
    given: 'a Radio.Group without choices',
    change: (d) => { props(d).scale = { type: 'string', 'x-component': 'Radio.Group' }; },
    expected: [[{ rule: 'form.enum-labels', severity: 'warning', path: `${P}/scale/x-component`, field: 'scale' }, /Radio.Group component/]],
  },
];

const clean: Array<{ given: string; change: (def: MatterDefinition) => void }> = [
  { given: 'the sample form', change: () => {} },
  {
    given: 'a void container whose required list names its own field',
    change: (d) => { props(d).contact = { type: 'void', 'x-component': 'FormGrid', required: ['phone'], properties: { phone: { type: 'string', format: 'mobile' } } }; },
  },
  {
    given: 'the form requiring a field that sits in a void container',
    change: (d) => { props(d).contact = { type: 'void', properties: { phone: { type: 'string' } } }; d.form.required!.push('phone'); },
  },
  {
    given: 'a field built from a $defs entry, required inside it',
    change: (d) => {
      d.form.$defs = { address: { type: 'object', properties: { city: { type: 'string' }, street: { type: 'string' } }, required: ['city'] } };
      props(d).siteAddress = { $ref: '#/$defs/address', title: '经营场所' };
    },
  },
  {
    given: 'a multi-select whose items carry the enum',
    change: (d) => { props(d).extras = { type: 'array', 'x-component': 'Select', items: { type: 'string', enum: ['cold-food', 'raw-food'] }, uniqueItems: true }; },
  },
  {
    given: 'a condition reading the built-ins and an object holding them',
    change: (d) => { props(d).agentName['x-visible-when'] = { and: [{ '==': [{ var: 'situation' }, 'company'] }, { '!!': [{ var: 'applicant' }] }] }; },
  },
  {
    given: 'conditions that depend on each other without a cycle',
    change: (d) => { props(d).agentPhone = { type: 'string', 'x-visible-when': { '!!': [{ var: 'agentName' }] } }; },
  },
];

describe('lintForm', () => {
  it.each(cases)('given $given, when linted, then exactly the expected findings', ({ change, expected }) => {
    const { def, ctx } = variant(change);
    expectFindings(lintForm(def, ctx), expected);
  });

  it.each(clean)('given $given, when linted, then no findings', ({ change }) => {
    const { def, ctx } = variant(change);
    expect(lintForm(def, ctx)).toEqual([]);
  });

  it('given a void container, when linted, then the definition keeps it void (ajv compiles a copy)', () => {
    const { def, ctx } = variant((d) => { props(d).box = { type: 'void', properties: { note: { type: 'string' } } }; });
    expect(lintForm(def, ctx)).toEqual([]);
    expect(props(def).box.type).toBe('void');
  });

  it('given more forms than one ajv instance compiles, when linted, then results stay right across instances', () => {
    const good = variant(() => {});
    const bad = variant((d) => { props(d).age = { type: 'string', minimum: 18 }; });
    for (let i = 0; i < 120; i++) {
      const { def, ctx } = i % 2 === 0 ? good : bad;
      expect(lintForm(def, ctx).map((f) => f.rule)).toEqual(i % 2 === 0 ? [] : ['form.compile']);
    }
  });
});
