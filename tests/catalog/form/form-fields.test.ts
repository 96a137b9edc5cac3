/** The data fields of a form: paths, pointers, required flags and types, one form shape per row. */
import { describe, expect, it } from 'vitest';
import { formFields, resolveField } from '../../../catalog/form/form-fields.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

type Row = [path: string, pointer: string, required: boolean, type: string | undefined];

const cases: Array<{ given: string; form: () => FormDefinition; expected: Row[] }> = [
  {
    given: 'the sample form',
    form: () => sampleMatter().form,
    expected: [
      ['operatorName', '/properties/operatorName', true, 'string'],
      ['creditCode', '/properties/creditCode', true, 'string'],
      ['businessCategory', '/properties/businessCategory', true, 'string'],
      ['byAgent', '/properties/byAgent', false, 'boolean'],
      ['agentName', '/properties/agentName', false, 'string'],
    ],
  },
  {
    given: 'a nested object',
    form: () => ({ type: 'object', properties: { applicant: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, phone: { type: 'string' } } } } }),
    expected: [
      ['applicant', '/properties/applicant', false, 'object'],
      ['applicant.name', '/properties/applicant/properties/name', true, 'string'],
      ['applicant.phone', '/properties/applicant/properties/phone', false, 'string'],
    ],
  },
  {
    given: 'void containers, nested, with required lists at both levels',
    form: () => ({
      type: 'object', required: ['a'],
      properties: { grid: { type: 'void', required: ['b'], properties: { a: { type: 'string' }, inner: { type: 'void', properties: { b: { type: 'number' }, c: { type: 'integer' } } } } } },
    }),
    expected: [
      ['a', '/properties/grid/properties/a', true, 'string'],
      ['b', '/properties/grid/properties/inner/properties/b', true, 'number'],
      ['c', '/properties/grid/properties/inner/properties/c', false, 'integer'],
    ],
  },
  {
    given: 'an array of objects',
    form: () => ({ type: 'object', properties: { members: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } }, tags: { type: 'array', items: { type: 'string' } } } }),
    expected: [
      ['members', '/properties/members', false, 'array'],
      ['members[].name', '/properties/members/items/properties/name', true, 'string'],
      ['tags', '/properties/tags', false, 'array'],
    ],
  },
  {
    given: 'fields built from $defs entries, chained',
    form: () => ({
      type: 'object', required: ['site'],
      $defs: { address: { type: 'object', title: '地址', properties: { city: { $ref: '#/$defs/text' } } }, text: { type: 'string', maxLength: 50 } },
      properties: { site: { $ref: '#/$defs/address', title: '经营场所' } },
    }),
    expected: [
      ['site', '/properties/site', true, 'object'],
      ['site.city', '/$defs/address/properties/city', false, 'string'],
    ],
  },
  {
    given: 'a recursive entry (refused by the guard, still walked safely)',
    form: () => ({ type: 'object', $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' }, label: { type: 'string' } } } }, properties: { tree: { $ref: '#/$defs/node' } } }),
    expected: [
      ['tree', '/properties/tree', false, 'object'],
      ['tree.child', '/$defs/node/properties/child', false, 'object'],
      ['tree.label', '/$defs/node/properties/label', false, 'string'],
    ],
  },
  {
    given: 'a reference to a missing entry',
    form: () => ({ type: 'object', properties: { a: { $ref: '#/$defs/missing', title: 'A' } } }),
    expected: [['a', '/properties/a', false, undefined]],
  },
  { given: 'no properties', form: () => ({ type: 'object', properties: {} }), expected: [] },
];

describe('formFields', () => {
  it.each(cases)('given $given, when listed, then the fields are as expected', ({ form, expected }) => {
    expect(formFields(form()).map((f): Row => [f.path, f.pointer, f.required, f.type])).toEqual(expected);
  });

  it('given a $ref with its own title, when listed, then the field merges the entry under its own keywords', () => {
    const [site] = formFields(cases[4].form());
    expect(site.field).toEqual({ type: 'object', title: '经营场所', properties: { city: { $ref: '#/$defs/text' } } });
  });
});

describe('resolveField', () => {
  it('given a cycle of references, when resolved, then it stops with the entries it followed', () => {
    const form: FormDefinition = { type: 'object', properties: {}, $defs: { a: { $ref: '#/$defs/b', title: 'A' }, b: { $ref: '#/$defs/a' } } };
    expect(resolveField(form, { $ref: '#/$defs/a' }, '/properties/x')).toEqual({ field: { $ref: '#/$defs/a', title: 'A' }, pointer: '/$defs/b', via: ['a', 'b'] });
  });

  it('given a reference to an inherited name, when resolved, then it is not followed', () => {
    const form: FormDefinition = { type: 'object', properties: {}, $defs: {} };
    expect(resolveField(form, { $ref: '#/$defs/toString' }, '/properties/x').via).toEqual([]);
  });
});
