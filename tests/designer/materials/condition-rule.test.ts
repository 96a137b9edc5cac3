import { describe, expect, it } from 'vitest';
import { conditionTargets, fieldAt, operatorChoices, ruleForField, ruleToWhen, ruleView, typedValue, withOperator } from '../../../designer/app/materials/condition-rule.js';
import { sampleMatter } from '../../fixtures/matters.js';

const form = sampleMatter().form;

describe('condition rule', () => {
  it('reads no rule, one rule, or a rule it cannot show', () => {
    expect(ruleView(undefined, form)).toEqual({ kind: 'none' });
    expect(ruleView({ '==': [{ var: 'byAgent' }, true] }, form)).toEqual({ kind: 'rule', rule: { field: 'byAgent', operator: 'equals', value: true } });
    expect(ruleView({ and: [{ var: 'a' }, { var: 'b' }] }, form)).toMatchObject({ kind: 'other' });
    expect(ruleView({ or: [{ '===': [{ var: 'byAgent' }, true] }] }, form)).toMatchObject({ kind: 'other' });
  });

  it('writes a rule back in the form builder shape, and reads it again unchanged', () => {
    const rule = { field: 'businessCategory', operator: 'in' as const, value: ['catering', 'canteen'] };
    const when = ruleToWhen(rule, form);
    expect(when).toEqual({ in: [{ var: 'businessCategory' }, ['catering', 'canteen']] });
    expect(ruleView(when, form)).toEqual({ kind: 'rule', rule });
  });

  it('offers the form fields with operators', () => {
    expect(conditionTargets(form).map((t) => t.field)).toEqual(['operatorName', 'creditCode', 'businessCategory', 'byAgent', 'agentName']);
  });

  it('starts a rule on a field with its first operator and first choice', () => {
    expect(ruleForField(form, 'byAgent')).toEqual({ field: 'byAgent', operator: 'isTrue' });
    expect(ruleForField(form, 'businessCategory')).toEqual({ field: 'businessCategory', operator: 'equals', value: 'food-sales' });
    expect(ruleForField(form, 'operatorName')).toEqual({ field: 'operatorName', operator: 'equals', value: null });
    expect(ruleForField(form, 'nope')).toBeUndefined();
  });

  it('keeps what fits of the value when the operator changes', () => {
    const field = fieldAt(form, 'businessCategory')!;
    const rule = { field: 'businessCategory', operator: 'equals' as const, value: 'catering' };
    expect(withOperator(rule, 'in', field)).toEqual({ field: 'businessCategory', operator: 'in', value: ['catering'] });
    expect(withOperator({ ...rule, operator: 'in', value: ['canteen', 'catering'] }, 'notEquals', field)).toEqual({ field: 'businessCategory', operator: 'notEquals', value: 'canteen' });
    expect(withOperator(rule, 'isEmpty', field)).toEqual({ field: 'businessCategory', operator: 'isEmpty' });
  });

  it('types a typed-in value by the field', () => {
    expect(typedValue({ type: 'integer' }, '12')).toBe(12);
    expect(typedValue({ type: 'number' }, 'abc')).toBeNull();
    expect(typedValue({ type: 'string' }, '12')).toBe('12');
  });
});

describe('operatorChoices', () => {
  it("offers the field's operators, and the rule's own first when the field lacks it", () => {
    expect(operatorChoices(['isTrue', 'isFalse'], 'isFalse')).toEqual(['isTrue', 'isFalse']);
    expect(operatorChoices(['isTrue', 'isFalse'], 'equals')).toEqual(['equals', 'isTrue', 'isFalse']);
    expect(operatorChoices(undefined, 'equals')).toEqual(['equals']);
  });
});
