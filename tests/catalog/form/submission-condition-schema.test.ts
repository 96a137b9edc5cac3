/**
 * The JsonLogic → JSON Schema compiler of visibility rules, with the interpreter as the oracle:
 * for each rule shape, random form data gets the same answer from ajv on the compiled `if` schema
 * as from `evaluateCondition` on the rule, and both answers occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionSchema, type FieldTypes, type JsonType } from '../../../catalog/form/condition-schema.js';
import { evaluateCondition } from '../../../catalog/conditions/evaluate-condition.js';
import { createAjv } from '../../../schemas/validator.js';

const ajv = createAjv();

const types = (entries: Record<string, JsonType[] | undefined>): FieldTypes =>
  new Map(Object.entries(entries).map(([k, v]) => [k, v === undefined ? undefined : new Set(v)]));

// Values a field may hold. Absent and null are added by `form` below.
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>('', 0, -0, false, true, 1, [], {}, [0], ['gov'], 'gov.cn', 'company', '1', 'null'),
);
const bool = fc.boolean();
const num = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -200, max: 200 }),
  fc.constantFrom(-0, 0, 1, 3, 5, 10, 18, 100, 0.5),
);
const str = (...likely: string[]) => fc.oneof(fc.constantFrom('', ...likely), fc.string({ maxLength: 6 }));

/** Form data with each field absent, null, or a value of its arbitrary; dotted names nest. */
function form(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const tree: Record<string, fc.Arbitrary<unknown>> = {};
  const nested: Record<string, Record<string, fc.Arbitrary<unknown>>> = {};
  for (const [path, arb] of Object.entries(fields)) {
    const [head, ...rest] = path.split('.');
    if (rest.length === 0) tree[head] = fc.oneof(arb, fc.constant(null));
    else (nested[head] ??= {})[rest.join('.')] = arb;
  }
  for (const [head, inner] of Object.entries(nested)) tree[head] = fc.oneof(form(inner), fc.constant(null), anyJson);
  return fc.record(tree, { requiredKeys: [] });
}

interface Shape {
  name: string;
  rule: Record<string, unknown>;
  fields: FieldTypes;
  data: fc.Arbitrary<Record<string, unknown>>;
}

const shapes: Shape[] = [
  { name: '== boolean field, true', rule: { '==': [{ var: 'byAgent' }, true] }, fields: types({ byAgent: ['boolean'] }), data: form({ byAgent: bool }) },
  { name: '== string field, string', rule: { '==': [{ var: 'kind' }, 'company'] }, fields: types({ kind: ['string'] }), data: form({ kind: str('company', 'Company') }) },
  { name: '== number field, numeric string', rule: { '==': [{ var: 'age' }, '18'] }, fields: types({ age: ['number'] }), data: form({ age: num }) },
  { name: '== literal first', rule: { '==': [18, { var: 'age' }] }, fields: types({ age: ['number'] }), data: form({ age: num }) },
  { name: '== number field, empty string (0)', rule: { '==': [{ var: 'n' }, ''] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '== number field, true (1)', rule: { '==': [{ var: 'n' }, true] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '== boolean or number choices, 0', rule: { '==': [{ var: 'flag' }, 0] }, fields: types({ flag: ['boolean', 'number'] }), data: form({ flag: fc.oneof(bool, num) }) },
  { name: '== null, any type', rule: { '==': [{ var: 'x' }, null] }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: '=== any type', rule: { '===': [{ var: 'x' }, 'company'] }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: '=== null', rule: { '===': [null, { var: 'x' }] }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: '!= boolean field', rule: { '!=': [{ var: 'flag' }, 0] }, fields: types({ flag: ['boolean'] }), data: form({ flag: bool }) },
  { name: '!== any type', rule: { '!==': [{ var: 'x' }, 18] }, fields: types({ x: undefined }), data: form({ x: fc.oneof(anyJson, fc.constant(18)) }) },
  { name: '! var', rule: { '!': { var: 'x' } }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: '!! var', rule: { '!!': [{ var: 'x' }] }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: 'var alone', rule: { var: 'x' }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: '! of a comparison', rule: { '!': [{ '>': [{ var: 'n' }, 3] }] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: 'and', rule: { and: [{ var: 'a' }, { '>': [{ var: 'n' }, 3] }] }, fields: types({ a: undefined, n: ['number'] }), data: form({ a: anyJson, n: num }) },
  { name: 'or', rule: { or: [{ '<': [{ var: 'n' }, 0] }, { '>=': [{ var: 'n' }, 100] }] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: 'and with a literal', rule: { and: [true, { var: 'a' }] }, fields: types({ a: undefined }), data: form({ a: anyJson }) },
  { name: 'or with a falsy literal', rule: { or: [0, { '!': { var: 'a' } }] }, fields: types({ a: undefined }), data: form({ a: anyJson }) },
  { name: '< number', rule: { '<': [{ var: 'n' }, 18] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '<= numeric string', rule: { '<=': [{ var: 'n' }, '5'] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '> literal first', rule: { '>': [10, { var: 'n' }] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '>= boolean field', rule: { '>=': [{ var: 'flag' }, 1] }, fields: types({ flag: ['boolean'] }), data: form({ flag: bool }) },
  { name: '> negative (null reads as 0)', rule: { '>': [{ var: 'n' }, -1] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '< between', rule: { '<': [0, { var: 'n' }, 10] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: '<= between', rule: { '<=': [1, { var: 'n' }, 3] }, fields: types({ n: ['number'] }), data: form({ n: num }) },
  { name: 'in a list', rule: { in: [{ var: 'x' }, ['company', 'individual', 1, null]] }, fields: types({ x: undefined }), data: form({ x: fc.oneof(anyJson, fc.constantFrom('individual', 1)) }) },
  { name: 'in a text (substring)', rule: { in: [{ var: 'kind' }, 'company-branch'] }, fields: types({ kind: ['string'] }), data: form({ kind: str('company', 'branch', 'y-b', 'x') }) },
  { name: 'in a text, number field', rule: { in: [{ var: 'n' }, 'room 101'] }, fields: types({ n: ['number'] }), data: form({ n: fc.oneof(num, fc.constantFrom(101, 10, 0.1, 1)) }) },
  { name: 'in a text holding "null" and "true"', rule: { in: [{ var: 'x' }, 'nullable-true'] }, fields: types({ x: ['string', 'boolean'] }), data: form({ x: fc.oneof(bool, str('null', 'true', 'able')) }) },
  { name: 'text in a field (string or array)', rule: { in: ['gov', { var: 'x' }] }, fields: types({ x: undefined }), data: form({ x: fc.oneof(anyJson, fc.constantFrom('mail.gov.cn', ['gov', 'x'], 'go v')) }) },
  { name: 'number in a field', rule: { in: [1, { var: 'x' }] }, fields: types({ x: undefined }), data: form({ x: fc.oneof(anyJson, fc.constantFrom('a1', [1], ['1'])) }) },
  { name: 'empty text in a field', rule: { in: ['', { var: 'x' }] }, fields: types({ x: undefined }), data: form({ x: anyJson }) },
  { name: 'missing', rule: { missing: ['a', 'b'] }, fields: types({ a: undefined, b: undefined }), data: form({ a: anyJson, b: anyJson }) },
  { name: 'missing, one array argument', rule: { missing: [['a']] }, fields: types({ a: undefined }), data: form({ a: anyJson }) },
  { name: 'nested var', rule: { '==': [{ var: 'applicant.kind' }, 'company'] }, fields: types({ applicant: ['object'], 'applicant.kind': ['string'] }), data: form({ 'applicant.kind': str('company') }) },
  { name: 'nested truthiness', rule: { '!!': { var: 'applicant.agent.name' } }, fields: types({ 'applicant.agent.name': undefined }), data: form({ 'applicant.agent.name': anyJson }) },
  { name: 'a name strings inherit, below an object field', rule: { '!!': { var: 'a.big' } }, fields: types({ a: ['object'], 'a.big': undefined }), data: form({ 'a.big': anyJson }).filter((d) => d.a === undefined || d.a === null || (typeof d.a === 'object' && !Array.isArray(d.a))) },
];

describe('conditionSchema: the interpreter is the oracle', () => {
  it.each(shapes)('given $name, when random data is checked by both, then ajv and evaluateCondition agree and both answers occur', ({ rule, fields, data }) => {
    const compiled = conditionSchema(rule, fields);
    if (!compiled.ok) throw new Error(`expected a schema, got: ${compiled.reason}`);
    const check = ajv.compile(typeof compiled.schema === 'boolean' ? compiled.schema : { ...compiled.schema });
    const seen = new Set<boolean>();
    fc.assert(
      fc.property(data, (d) => {
        const expected = evaluateCondition(rule, d);
        seen.add(expected);
        return check(d) === expected;
      }),
      { numRuns: 400 },
    );
    expect([...seen].sort()).toEqual([false, true]);
  });

  it.each([
    ['and of nothing', { and: [] }, false],
    ['or of nothing', { or: [] }, false],
    ['not of nothing', { '!': [] }, true],
    ['in an empty list', { in: [{ var: 'x' }, []] }, false],
    ['in an empty text', { in: [{ var: 'x' }, ''] }, false],
    ['< a non-numeric text (NaN)', { '<': [{ var: 'x' }, 'abc'] }, false],
  ])('given %s, when compiled, then it is the constant the interpreter gives', (_name, rule, expected) => {
    const compiled = conditionSchema(rule, types({ x: ['number'] }));
    expect(compiled).toEqual({ ok: true, schema: expected });
    expect(evaluateCondition(rule, { x: 5 })).toBe(expected);
  });

  it('given the sample rule, when compiled, then it reads as the docblock says', () => {
    expect(conditionSchema({ '==': [{ var: 'byAgent' }, true] }, types({ byAgent: ['boolean'] }))).toEqual({
      ok: true,
      schema: { type: 'object', required: ['byAgent'], properties: { byAgent: { enum: [true, 1] } } },
    });
  });
});

describe('conditionSchema: rules outside the subset are not guessed', () => {
  it.each<[string, unknown, FieldTypes, RegExp]>([
    ['== between a string field and a number', { '==': [{ var: 'kind' }, 1] }, types({ kind: ['string'] }), /"==" with 1 on "kind" \(string\) follows JavaScript coercions/],
    ['== on a field of unknown type', { '==': [{ var: 'x' }, 'a'] }, types({ x: undefined }), /on "x" \(of any type\)/],
    ['== on an array field', { '==': [{ var: 'tags' }, 'a'] }, types({ tags: ['array'] }), /on "tags" \(array\)/],
    ['< between strings', { '<': [{ var: 'kind' }, 'm'] }, types({ kind: ['string'] }), /"<" with "m" on "kind"/],
    ['< with a string field and a number', { '<': [{ var: 'kind' }, 3] }, types({ kind: ['string'] }), /coercions/],
    ['two fields compared', { '==': [{ var: 'a' }, { var: 'b' }] }, types({ a: ['string'], b: ['string'] }), /needs a field and a literal/],
    ['arithmetic', { '>': [{ '+': [{ var: 'a' }, 1] }, 2] }, types({ a: ['number'] }), /needs a field and a literal/],
    ['if', { if: [{ var: 'a' }, true, false] }, types({ a: ['boolean'] }), /"if" has no JSON Schema form/],
    ['some', { some: [{ var: 'a' }, { var: '' }] }, types({ a: ['array'] }), /"some" has no JSON Schema form/],
    ['missing_some', { missing_some: [1, ['a', 'b']] }, types({ a: undefined, b: undefined }), /"missing_some"/],
    ['a var with a default', { '==': [{ var: ['a', 'x'] }, 'x'] }, types({ a: ['string'] }), /default/],
    ['the situation (not a form field)', { '==': [{ var: 'situation' }, 'company'] }, types({ a: ['string'] }), /reads "situation", which is not a field of the form/],
    ['a name every object inherits', { '!!': { var: 'toString' } }, types({ toString: undefined }), /"toString" reads "toString", which JavaScript values inherit/],
    ['a name strings inherit, below a field of any type', { '!!': { var: 'a.big' } }, types({ a: undefined, 'a.big': undefined }), /"a.big" reads "big"/],
    ['an array index', { '!!': { var: 'members.0' } }, types({ members: ['array'] }), /"members.0" is not a plain field path/],
    ['a literal array', { and: [[1]] }, types({}), /a literal array/],
    ['a text longer than 64', { in: [{ var: 'a' }, 'x'.repeat(65)] }, types({ a: ['string'] }), /longer than 64/],
    ['an infinite bound', { '<': [{ var: 'n' }, '1e999'] }, types({ n: ['number'] }), /not a finite number/],
    ['a lone surrogate', { in: ['\uD800', { var: 'a' }] }, types({ a: ['string'] }), /lone surrogate/],
    ['a refused operator', { method: [{ var: 'a' }, 'toString'] }, types({ a: ['string'] }), /refused: .*"method" is not allowed/],
  ])('given %s, when compiled, then it is unsupported with the reason', (_name, rule, fields, reason) => {
    const compiled = conditionSchema(rule, fields);
    expect(compiled.ok).toBe(false);
    expect(compiled.ok ? '' : compiled.reason).toMatch(reason);
  });
});
