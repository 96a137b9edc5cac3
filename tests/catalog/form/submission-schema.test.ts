/** The submission schema: conditional fields compiled to if/then/else where they sit in the data. */
import { describe, expect, it } from 'vitest';
import { submissionPlan, submissionSchema } from '../../../catalog/form/submission-schema.js';
import type { FormDefinition, FormField } from '../../../schemas/types.generated.js';
import { createAjv } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

const isCompany = { '==': [{ var: 'kind' }, 'company'] };
const kind: FormField = { type: 'string', enum: ['company', 'person'] };

/** Compiles with the submission ajv (strict) and answers valid / invalid. */
function accepts(form: FormDefinition): (data: unknown) => boolean {
  const check = createAjv().compile(submissionSchema(form));
  return (data) => check(data) as boolean;
}

describe('submissionSchema', () => {
  it('given the sample form, when built, then agentName is not required and is refused unless byAgent holds', () => {
    const schema = submissionSchema(sampleMatter().form) as any;
    expect(schema.required).toEqual(['operatorName', 'creditCode', 'businessCategory']);
    expect(schema.allOf).toEqual([{
      if: { type: 'object', required: ['byAgent'], properties: { byAgent: { enum: [true, 1] } } },
      else: { type: 'object', properties: { agentName: false } },
    }]);
    expect(JSON.stringify(schema)).not.toMatch(/"x-/);
  });

  it('given the sample form, when built, then the form itself is not changed', () => {
    const form = sampleMatter().form;
    const before = JSON.stringify(form);
    submissionSchema(form);
    expect(JSON.stringify(form)).toBe(before);
  });

  const cases: Array<{ given: string; form: FormDefinition; valid: unknown[]; invalid: unknown[] }> = [
    {
      given: 'a required conditional field at the root',
      form: { type: 'object', required: ['kind', 'uscc'], properties: { kind, uscc: { type: 'string', minLength: 18, 'x-visible-when': isCompany } } },
      valid: [{ kind: 'person' }, { kind: 'company', uscc: 'x'.repeat(18) }],
      invalid: [{ kind: 'company' }, { kind: 'person', uscc: 'x'.repeat(18) }, { kind: 'company', uscc: 'short' }],
    },
    {
      given: 'a field in a void container with its own rule and the container\'s',
      form: {
        type: 'object', required: ['kind'],
        properties: {
          kind, big: { type: 'boolean' },
          box: { type: 'void', 'x-visible-when': isCompany, required: ['staff'], properties: { staff: { type: 'integer', 'x-visible-when': { '==': [{ var: 'big' }, true] } } } },
        },
      },
      valid: [{ kind: 'person' }, { kind: 'company', big: false }, { kind: 'company', big: true, staff: 3 }],
      invalid: [{ kind: 'company', big: true }, { kind: 'person', big: true, staff: 3 }, { kind: 'company', staff: 3 }],
    },
    {
      given: 'a conditional field inside an object field',
      form: {
        type: 'object',
        properties: { applicant: { type: 'object', required: ['kind', 'uscc'], properties: { kind, uscc: { type: 'string', 'x-visible-when': { '==': [{ var: 'applicant.kind' }, 'company'] } } } } },
      },
      valid: [{}, { applicant: { kind: 'person' } }, { applicant: { kind: 'company', uscc: 'u' } }],
      invalid: [{ applicant: { kind: 'company' } }, { applicant: { kind: 'person', uscc: 'u' } }],
    },
    {
      given: 'a conditional field in each row of an array',
      form: {
        type: 'object', required: ['kind'],
        properties: { kind, members: { type: 'array', items: { type: 'object', required: ['name', 'share'], properties: { name: { type: 'string' }, share: { type: 'number', 'x-visible-when': isCompany } } } } },
      },
      valid: [{ kind: 'person', members: [{ name: 'a' }] }, { kind: 'company', members: [{ name: 'a', share: 1 }, { name: 'b', share: 2 }] }],
      invalid: [{ kind: 'company', members: [{ name: 'a', share: 1 }, { name: 'b' }] }, { kind: 'person', members: [{ name: 'a', share: 1 }] }],
    },
    {
      given: 'a conditional field declared in a $defs entry',
      form: {
        type: 'object', required: ['kind', 'address'],
        properties: { kind, address: { $ref: '#/$defs/address' } },
        $defs: { address: { type: 'object', required: ['city', 'room'], properties: { city: { type: 'string' }, room: { type: 'string', 'x-visible-when': isCompany } } } },
      },
      valid: [{ kind: 'person', address: { city: 'c' } }, { kind: 'company', address: { city: 'c', room: 'r' } }],
      invalid: [{ kind: 'company', address: { city: 'c' } }, { kind: 'person', address: { city: 'c', room: 'r' } }],
    },
    {
      given: 'properties the form does not declare',
      form: { type: 'object', properties: { kind, extra: { type: 'object' }, nested: { type: 'object', properties: { a: { type: 'string' } } } } },
      valid: [{ kind: 'person', extra: { anything: 1 } }, { nested: { a: 'x' } }],
      invalid: [{ kind: 'person', other: 1 }, { nested: { a: 'x', b: 1 } }],
    },
  ];

  it.each(cases)('given $given, when data is checked, then it is accepted or refused as the browser shows it', ({ form, valid, invalid }) => {
    const check = accepts(form);
    for (const d of valid) expect([d, check(d)]).toEqual([d, true]);
    for (const d of invalid) expect([d, check(d)]).toEqual([d, false]);
  });

  it('given a rule outside the subset, when planned, then the field is left to the interpreter, marked, and not required by the schema', () => {
    const form: FormDefinition = {
      type: 'object', required: ['kind', 'note'],
      properties: { kind, note: { type: 'string', title: '说明', maxLength: 5, 'x-visible-when': { if: [{ var: 'kind' }, true, false] } } },
    };
    const plan = submissionPlan(form);
    expect(plan.evaluated).toEqual([{
      path: 'note', parent: [], name: 'note', title: '说明', required: true,
      rules: [{ if: [{ var: 'kind' }, true, false] }], reason: '"if" has no JSON Schema form',
    }]);
    expect(plan.schema.required).toEqual(['kind']);
    expect(plan.schema.allOf).toBeUndefined();
    expect((plan.schema.properties as any).note.$comment).toMatch(/checked by the JsonLogic interpreter: "if" has no JSON Schema form/);
    const check = createAjv().compile(plan.schema);
    expect(check({ kind: 'person', note: 'too long' })).toBe(false);
  });

  it('given one compiled and one evaluated rule in the same form, when planned, then each goes its way', () => {
    const form: FormDefinition = {
      type: 'object',
      properties: { kind, a: { type: 'string', 'x-visible-when': isCompany }, b: { type: 'string', 'x-visible-when': { '==': [{ var: 'situation' }, 'x'] } } },
    };
    const plan = submissionPlan(form);
    expect(plan.evaluated.map((e) => e.path)).toEqual(['b']);
    expect((plan.schema.allOf as unknown[]).length).toBe(1);
  });
});
