import { describe, expect, it } from 'vitest';
import { formDataSchema } from '../../../catalog/form/form-data-schema.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { createAjv } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

const form: FormDefinition = {
  type: 'object',
  required: ['name'],
  properties: {
    section: {
      type: 'void',
      'x-component': 'FormGrid',
      required: ['phone'],
      properties: {
        name: { type: 'string', title: '姓名', 'x-decorator': 'FormItem', 'x-component': 'Input' },
        phone: { type: 'string', format: 'mobile', 'x-component': 'Input' },
        inner: { type: 'void', properties: { note: { type: 'string', 'x-visible-when': { '==': [{ var: 'name' }, 'x'] } } } },
      },
    },
    members: { type: 'array', items: { type: 'object', properties: { who: { type: 'string', 'x-component': 'Input' } }, required: ['who'] } },
  },
};

describe('formDataSchema', () => {
  it('given nested void containers, when converted, then their fields are lifted into the object', () => {
    const schema = formDataSchema(form) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(['members', 'name', 'note', 'phone']);
    expect(schema.required.sort()).toEqual(['name', 'phone']);
  });

  it('given UI hints, when converted, then no x-* keyword is left anywhere', () => {
    expect(JSON.stringify(formDataSchema(form))).not.toMatch(/"x-/);
  });

  it('given array items, when converted, then their object schema keeps its own required', () => {
    const schema = formDataSchema(form) as any;
    expect(schema.properties.members.items).toEqual({ type: 'object', properties: { who: { type: 'string' } }, required: ['who'] });
  });

  it('given the sample matter form, when compiled by ajv, then data validates as the form says', () => {
    const validate = createAjv().compile(formDataSchema(sampleMatter().form));
    expect(validate({})).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required')).toBe(true);
  });
});
