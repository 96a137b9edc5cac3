/**
 * The form-answer part of a material condition ("when 是否网络经营 is 是"), edited by pointing and
 * choosing: one rule of field, operator and value, read from and written to JsonLogic by the form
 * builder's visibility model, so materials and conditional fields speak the same rule shapes.
 */
import { formFields } from '../../../catalog/form/form-fields.js';
import type { Condition, FormDefinition, FormField, Primitive } from '../../../schemas/types.generated.js';
import {
  choicesFor, fromJsonLogic, isUnary, listFieldsOf, toJsonLogic, visibleWhenTargets,
  type VisibleOperator, type VisibleRule, type VisibleWhenTarget,
} from '../../form-builder/visible-when-builder.js';

/** What the editor shows for a `when`: nothing yet, one editable rule, or a rule written elsewhere. */
export type RuleView =
  | { kind: 'none' }
  | { kind: 'rule'; rule: VisibleRule }
  | { kind: 'other'; text: string };

/** The view of a material's `when` against the matter's form. */
export function ruleView(when: Condition | undefined, form: FormDefinition): RuleView {
  if (when === undefined) return { kind: 'none' };
  const model = fromJsonLogic(when, listFieldsOf(form));
  if (model === undefined || model.rules.length !== 1 || model.combinator !== 'all') return { kind: 'other', text: JSON.stringify(when) };
  return { kind: 'rule', rule: model.rules[0] };
}

/** The JsonLogic of one rule, in the shape the form builder writes. */
export function ruleToWhen(rule: VisibleRule, form: FormDefinition): Condition {
  return toJsonLogic({ combinator: 'all', rules: [rule] }, listFieldsOf(form))!;
}

/** The fields a material condition may read: every form field outside tables with an operator. */
export function conditionTargets(form: FormDefinition): VisibleWhenTarget[] {
  return visibleWhenTargets(form);
}

/** The form field at a data path, or undefined. */
export function fieldAt(form: FormDefinition, path: string): FormField | undefined {
  return formFields(form).find((f) => f.path === path)?.field;
}

/**
 * A fresh rule on a field: its first operator, and its first choice as the value (so the rule is
 * complete at once), or no value for a field typed in.
 */
export function ruleForField(form: FormDefinition, path: string): VisibleRule | undefined {
  const target = conditionTargets(form).find((t) => t.field === path);
  const field = fieldAt(form, path);
  if (target === undefined || field === undefined) return undefined;
  return withOperator({ field: path, operator: target.operators[0] }, target.operators[0], field);
}

/**
 * The rule with another operator: a unary one drops the value, `in` / `notIn` hold a list, the
 * others one value; what fits of the old value is kept.
 */
export function withOperator(rule: VisibleRule, operator: VisibleOperator, field: FormField): VisibleRule {
  if (isUnary(operator)) return { field: rule.field, operator };
  const old = rule.value;
  const first: Primitive | undefined = Array.isArray(old) ? old[0] : old ?? choicesFor(field)[0]?.value;
  if (operator === 'in' || operator === 'notIn') return { field: rule.field, operator, value: first === undefined ? [] : [first] };
  return { field: rule.field, operator, value: first ?? null };
}

/**
 * The operators offered: the field's, plus the rule's own when the field does not offer it (a
 * boolean compared with `==` by hand or by the demo builders), so the rule shows as it is.
 */
export function operatorChoices(offered: readonly VisibleOperator[] | undefined, current: VisibleOperator): VisibleOperator[] {
  const list = [...(offered ?? [])];
  return list.includes(current) ? list : [current, ...list];
}

/** A typed-in value as the field's type wants it: a number for a number field, else the text. */
export function typedValue(field: FormField, text: string): Primitive {
  if (field.type === 'number' || field.type === 'integer') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  return text;
}
