/**
 * The point-and-choose condition model: round-trips through JsonLogic for every operator (random
 * models via fast-check), produces only rules `checkCondition` accepts, and evaluates as the panel
 * promises with `evaluateCondition`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCondition } from '../../../catalog/conditions/condition-check.js';
import { evaluateCondition } from '../../../catalog/conditions/evaluate-condition.js';
import { conditionSchema, type FieldTypes, type JsonType } from '../../../catalog/form/condition-schema.js';
import { fieldKind } from '../../../designer/form-builder/field-kinds.js';
import { sampleMatter } from '../../fixtures/matters.js';
import {
  choicesFor, fromJsonLogic, isUnary, listFieldsOf, operatorsFor, toJsonLogic, visibleWhenTargets,
  type VisibleOperator, type VisibleRule, type VisibleWhenModel,
} from '../../../designer/form-builder/visible-when-builder.js';

const OPERATORS: VisibleOperator[] = ['equals', 'notEquals', 'in', 'notIn', 'isTrue', 'isFalse', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'];
const LISTS = new Set(['tags', 'files']);
const isList = (f: string) => LISTS.has(f);

const primitive = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const fieldName = fc.oneof(fc.constantFrom('tags', 'files'), fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,8}(\.[a-z][A-Za-z0-9_]{0,5})?$/));
const rule: fc.Arbitrary<VisibleRule> = fc.tuple(fieldName, fc.constantFrom(...OPERATORS), primitive, fc.array(primitive, { maxLength: 4 }))
  .map(([field, operator, one, many]) => {
    if (isUnary(operator)) return { field, operator };
    return { field, operator, value: operator === 'in' || operator === 'notIn' ? many : one };
  });
const model: fc.Arbitrary<VisibleWhenModel> = fc.record({ combinator: fc.constantFrom('all' as const, 'any' as const), rules: fc.array(rule, { minLength: 1, maxLength: 5 }) });

describe('visible-when builder ↔ JsonLogic', () => {
  it('round-trips every model, and every rule it writes passes checkCondition', () => {
    fc.assert(fc.property(model, (m) => {
      const logic = toJsonLogic(m, isList);
      expect(checkCondition(logic)).toEqual([]);
      expect(fromJsonLogic(logic, isList)).toEqual(m);
      expect(fromJsonLogic(JSON.parse(JSON.stringify(logic)))).toEqual(JSON.parse(JSON.stringify(m)));
    }), { numRuns: 500 });
  });

  it.each(OPERATORS)('round-trips a single %s rule under both combinators', (operator) => {
    const value = operator === 'in' || operator === 'notIn' ? ['a', 'b'] : isUnary(operator) ? undefined : 3;
    for (const combinator of ['all', 'any'] as const) {
      const m: VisibleWhenModel = { combinator, rules: [value === undefined ? { field: 'x', operator } : { field: 'x', operator, value }] };
      expect(fromJsonLogic(toJsonLogic(m))).toEqual(m);
    }
  });

  it('combines with all ↔ and, any ↔ or, keeps one rule under all bare, and none as null', () => {
    const r: VisibleRule = { field: 'byAgent', operator: 'isTrue' };
    expect(toJsonLogic({ combinator: 'all', rules: [r] })).toEqual({ '===': [{ var: 'byAgent' }, true] });
    expect(toJsonLogic({ combinator: 'any', rules: [r] })).toEqual({ or: [{ '===': [{ var: 'byAgent' }, true] }] });
    expect(toJsonLogic({ combinator: 'all', rules: [] })).toBeNull();
    expect(fromJsonLogic(undefined)).toEqual({ combinator: 'all', rules: [] });
    expect(fromJsonLogic({ '==': [{ var: 'byAgent' }, true] })).toEqual({ combinator: 'all', rules: [{ field: 'byAgent', operator: 'equals', value: true }] });
  });

  it.each([
    ['a computed var', { '==': [{ var: { cat: ['a', 'b'] } }, 1] }],
    ['a var with a default', { '==': [{ var: ['a', 1] }, 1] }],
    ['arithmetic', { '>': [{ '+': [{ var: 'a' }, 1] }, 2] }],
    ['a nested and under or', { or: [{ and: [{ var: 'a' }] }] }],
    ['a literal on the left', { '==': [1, { var: 'a' }] }],
    ['an empty and', { and: [] }],
    ['a three-operand between', { '<': [1, { var: 'a' }, 5] }],
    ['substring in', { in: [{ var: 'a' }, 'text'] }],
    ['an operator the panel lacks', { some: [{ var: 'a' }, { var: '' }] }],
    ['a list emptiness test on a text field', { '!': { var: 'name' } }],
  ])('cannot show %s (edited elsewhere)', (_what, logic) => {
    expect(fromJsonLogic(logic, isList)).toBeUndefined();
  });
});

describe('visible-when builder: evaluation', () => {
  const one = (r: VisibleRule) => toJsonLogic({ combinator: 'all', rules: [r] }, isList);
  it.each<[VisibleRule, Record<string, unknown>, boolean]>([
    [{ field: 'kind', operator: 'equals', value: 'catering' }, { kind: 'catering' }, true],
    [{ field: 'kind', operator: 'equals', value: 'catering' }, { kind: 'canteen' }, false],
    [{ field: 'kind', operator: 'notEquals', value: 'catering' }, {}, true],
    [{ field: 'kind', operator: 'in', value: ['catering', 'canteen'] }, { kind: 'canteen' }, true],
    [{ field: 'kind', operator: 'in', value: ['catering', 'canteen'] }, { kind: 'food-sales' }, false],
    [{ field: 'kind', operator: 'notIn', value: ['catering'] }, { kind: 'food-sales' }, true],
    [{ field: 'byAgent', operator: 'isTrue' }, { byAgent: true }, true],
    [{ field: 'byAgent', operator: 'isTrue' }, { byAgent: 1 }, false],
    [{ field: 'byAgent', operator: 'isFalse' }, {}, true],
    [{ field: 'byAgent', operator: 'isFalse' }, { byAgent: true }, false],
    [{ field: 'area', operator: 'gt', value: 100 }, { area: 150 }, true],
    [{ field: 'area', operator: 'gte', value: 100 }, { area: 100 }, true],
    [{ field: 'area', operator: 'lt', value: 100 }, { area: 100 }, false],
    [{ field: 'area', operator: 'lte', value: 100 }, { area: 100 }, true],
    [{ field: 'startDate', operator: 'gt', value: '2026-01-01' }, { startDate: '2026-03-01' }, true],
    [{ field: 'name', operator: 'isEmpty' }, { name: '' }, true],
    [{ field: 'area', operator: 'isEmpty' }, { area: 0 }, false],
    [{ field: 'name', operator: 'isEmpty' }, {}, true],
    [{ field: 'name', operator: 'isNotEmpty' }, { name: '张三' }, true],
    [{ field: 'tags', operator: 'isEmpty' }, { tags: [] }, true],
    [{ field: 'tags', operator: 'isNotEmpty' }, { tags: ['a'] }, true],
    [{ field: 'files', operator: 'isNotEmpty' }, {}, false],
    [{ field: 'applicant.kind', operator: 'equals', value: 'company' }, { applicant: { kind: 'company' } }, true],
  ])('%o on %o is %s', (r, data, expected) => {
    expect(evaluateCondition(one(r), data)).toBe(expected);
  });

  it('all is every rule, any is some rule (random models and data)', () => {
    const data = fc.dictionary(fc.constantFrom('a', 'b', 'tags'), fc.oneof(primitive, fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 })));
    const simple = rule.map((r) => ({ ...r, field: ['a', 'b', 'tags'][r.field.length % 3] }));
    fc.assert(fc.property(fc.array(simple, { minLength: 1, maxLength: 4 }), data, (rules, d) => {
      const each = rules.map((r) => evaluateCondition(toJsonLogic({ combinator: 'all', rules: [r] }, isList), d));
      expect(evaluateCondition(toJsonLogic({ combinator: 'all', rules }, isList), d)).toBe(each.every(Boolean));
      expect(evaluateCondition(toJsonLogic({ combinator: 'any', rules }, isList), d)).toBe(each.some(Boolean));
    }), { numRuns: 300 });
  });

  it('writes rules the server compiles to if/then for fields of the fitting type', () => {
    const types: FieldTypes = new Map<string, ReadonlySet<JsonType>>([['kind', new Set(['string'])], ['area', new Set(['number'])], ['byAgent', new Set(['boolean'])], ['tags', new Set(['array'])]]);
    const rules: VisibleRule[] = [
      { field: 'kind', operator: 'equals', value: 'x' }, { field: 'kind', operator: 'in', value: ['x', 'y'] },
      { field: 'kind', operator: 'notIn', value: ['x'] }, { field: 'kind', operator: 'isEmpty' },
      { field: 'area', operator: 'gte', value: 10 }, { field: 'area', operator: 'isNotEmpty' },
      { field: 'byAgent', operator: 'isTrue' }, { field: 'byAgent', operator: 'isFalse' },
      { field: 'tags', operator: 'isEmpty' }, { field: 'tags', operator: 'isNotEmpty' },
    ];
    for (const r of rules) expect(conditionSchema(toJsonLogic({ combinator: 'any', rules: [r] }, isList), types)).toMatchObject({ ok: true });
  });
});

describe('visible-when builder: what the panel offers', () => {
  it.each([
    ['text', ['equals', 'notEquals', 'isEmpty', 'isNotEmpty']],
    ['select', ['equals', 'notEquals', 'in', 'notIn', 'isEmpty', 'isNotEmpty']],
    ['radio', ['equals', 'notEquals', 'in', 'notIn', 'isEmpty', 'isNotEmpty']],
    ['money', ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty']],
    ['date', ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty']],
    ['checkbox', ['isEmpty', 'isNotEmpty']],
    ['file', ['isEmpty', 'isNotEmpty']],
    ['section', []],
    ['address', []],
  ] as const)('%s: %j', (kind, expected) => {
    expect(operatorsFor(fieldKind(kind)!.create())).toEqual(expected);
  });

  it('offers yes/no for a boolean and the labelled choices of choice fields', () => {
    expect(operatorsFor({ type: 'boolean' })).toEqual(['isTrue', 'isFalse']);
    expect(choicesFor({ type: 'boolean' })).toEqual([{ value: true, label: '是' }, { value: false, label: '否' }]);
    expect(choicesFor(fieldKind('select')!.create())).toEqual([{ value: 'option1', label: '选项1' }, { value: 'option2', label: '选项2' }]);
    expect(choicesFor(fieldKind('checkbox')!.create())).toEqual([{ value: 'option1', label: '选项1' }, { value: 'option2', label: '选项2' }]);
    expect(choicesFor({ type: 'string', enum: ['a'] })).toEqual([{ value: 'a', label: 'a' }]);
    expect(choicesFor(fieldKind('text')!.create())).toEqual([]);
  });
});

describe('visible-when builder: fields a condition may read', () => {
  it('offers every readable field but the one being edited and what it holds, never table columns', () => {
    const form = sampleMatter().form;
    const members = fieldKind('table')!.create('从业人员');
    members.items!.properties = { name: fieldKind('text')!.create('姓名') };
    form.properties.members = members;
    form.properties.site = fieldKind('address')!.create('经营地址');
    const targets = visibleWhenTargets(form, 'agentName');
    expect(targets.map((t) => t.field)).toEqual(['operatorName', 'creditCode', 'businessCategory', 'byAgent', 'members', 'site.region', 'site.detail']);
    expect(targets.find((t) => t.field === 'byAgent')).toEqual({ field: 'byAgent', title: '是否委托代理人办理', operators: ['isTrue', 'isFalse'] });
    expect(visibleWhenTargets(form, 'site').map((t) => t.field)).not.toContain('site.detail');
    const lists = listFieldsOf(form);
    expect(['members', 'site.region', 'byAgent', 'site'].map(lists)).toEqual([true, true, false, false]);
    expect(toJsonLogic({ combinator: 'all', rules: [{ field: 'members', operator: 'isEmpty' }] }, lists)).toEqual({ '!': { var: 'members' } });
  });
});

describe('visible-when builder: emptiness shapes', () => {
  it.each([
    [{ '!': [{ var: 'tags' }] }, 'isEmpty'],
    [{ '!!': { var: 'tags' } }, 'isNotEmpty'],
    [{ missing: 'name' }, 'isEmpty'],
    [{ '!': [{ missing: ['name'] }] }, 'isNotEmpty'],
  ] as const)('reads %j as %s when the field has that shape', (logic, operator) => {
    expect(fromJsonLogic(logic, isList)?.rules[0].operator).toBe(operator);
  });

  it('does not show a missing-based test on a list (it would not count [] as empty)', () => {
    expect(fromJsonLogic({ or: [{ '==': [{ var: 'a' }, 1] }, { missing: ['tags'] }] }, isList)).toBeUndefined();
  });
});
