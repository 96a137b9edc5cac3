/**
 * The point-and-choose model of a visibility condition that the properties panel edits instead of
 * typed JsonLogic, and its exact translation both ways. Every shape produced here is within the
 * subset `condition-schema.ts` compiles to if/then (given a fitting field type), so the server
 * checks conditional fields with ajv instead of falling back to the interpreter.
 */
import { formFields } from '../../catalog/form/form-fields.js';
import type { Condition, FormDefinition, FormField, Primitive } from '../../schemas/types.generated.js';
import { optionsOf, type FieldOption } from './field-patch.js';

export type VisibleOperator =
  | 'equals' | 'notEquals' | 'in' | 'notIn' | 'isTrue' | 'isFalse'
  | 'gt' | 'gte' | 'lt' | 'lte' | 'isEmpty' | 'isNotEmpty';

/** One line of the panel: "field operator value". */
export interface VisibleRule {
  /** Data path of the field read (`formFields` path, never inside a table). */
  field: string;
  operator: VisibleOperator;
  /** A primitive for comparisons, a list for `in` / `notIn`, absent for the unary operators. */
  value?: Primitive | Primitive[];
}

export interface VisibleWhenModel {
  combinator: 'all' | 'any';
  rules: VisibleRule[];
}

/** Whether a field holds a list, for which "empty" means `[]` rather than absent or `""`. */
export type IsListField = (field: string) => boolean;

const COMPARE = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
const UNARY: ReadonlySet<VisibleOperator> = new Set(['isTrue', 'isFalse', 'isEmpty', 'isNotEmpty']);

/**
 * The JsonLogic rule of a model; null for a model without rules (always visible, so the field's
 * `x-visible-when` is removed). Each operator has its own shape, so {@link fromJsonLogic} can
 * read every output back unambiguously:
 *
 * | operator           | JsonLogic                                                     |
 * |--------------------|---------------------------------------------------------------|
 * | equals / notEquals | `{"==": [var, v]}` / `{"!=": [var, v]}`                         |
 * | in / notIn         | `{"in": [var, [v…]]}` / `{"!": {"in": …}}`                      |
 * | isTrue / isFalse   | `{"===": [var, true]}` / `{"!==": [var, true]}` (unset is false) |
 * | gt gte lt lte      | `{">": [var, v]}` …                                            |
 * | isEmpty            | `{"missing": [f]}` (absent, null or ""); for a list `{"!": var}` |
 * | isNotEmpty         | `{"!": {"missing": [f]}}`; for a list `{"!!": var}`             |
 *
 * One rule under `all` is written bare (the common hand-written form); otherwise `and` / `or`.
 *
 * @example toJsonLogic({ combinator: 'all', rules: [{ field: 'byAgent', operator: 'isTrue' }] }) // { '===': [{ var: 'byAgent' }, true] }
 */
export function toJsonLogic(model: VisibleWhenModel, isList: IsListField = () => false): Condition | null {
  if (model.rules.length === 0) return null;
  const rules = model.rules.map((r) => ruleToLogic(r, isList(r.field)));
  if (rules.length === 1 && model.combinator === 'all') return rules[0];
  return { [model.combinator === 'all' ? 'and' : 'or']: rules };
}

function ruleToLogic(r: VisibleRule, list: boolean): Condition {
  const v = { var: r.field };
  switch (r.operator) {
    case 'equals': return { '==': [v, r.value ?? null] };
    case 'notEquals': return { '!=': [v, r.value ?? null] };
    case 'in': return { in: [v, listOf(r.value)] };
    case 'notIn': return { '!': { in: [v, listOf(r.value)] } };
    case 'isTrue': return { '===': [v, true] };
    case 'isFalse': return { '!==': [v, true] };
    case 'isEmpty': return list ? { '!': v } : { missing: [r.field] };
    case 'isNotEmpty': return list ? { '!!': v } : { '!': { missing: [r.field] } };
    default: return { [COMPARE[r.operator]]: [v, r.value ?? null] };
  }
}

/**
 * The model of a JsonLogic rule, or undefined when the rule has a shape the panel cannot show
 * (written by hand or by another tool), so the panel says "edited elsewhere" and leaves it alone
 * instead of rewriting it. undefined / null reads as "always visible" (no rules). Given `isList`,
 * an emptiness test in the other field's shape (`{"!": var}` on a text, which would also count 0
 * or false as empty) is not shown either, since saving it would change its meaning.
 */
export function fromJsonLogic(rule: unknown, isList?: IsListField): VisibleWhenModel | undefined {
  const model = readModel(rule);
  if (model === undefined || isList === undefined) return model;
  const sameShape = model.rules.every((r, i) =>
    (r.operator !== 'isEmpty' && r.operator !== 'isNotEmpty') || truthinessShape(findRule(rule, i)) === isList(r.field));
  return sameShape ? model : undefined;
}

/** Whether an emptiness test is written on truthiness (`!var`, `!!var`: the list shape) rather than `missing`. */
function truthinessShape(node: unknown): boolean {
  const op = soleKey(node);
  return op === '!!' || (op === '!' && varName(unwrap((node as Record<string, unknown>)['!'])) !== undefined);
}

/** The `i`-th rule of a rule written by {@link toJsonLogic}'s shapes (bare or under and / or). */
function findRule(rule: unknown, i: number): unknown {
  const op = soleKey(rule);
  return op === 'and' || op === 'or' ? ((rule as Record<string, unknown[]>)[op])[i] : rule;
}

function readModel(rule: unknown): VisibleWhenModel | undefined {
  if (rule === undefined || rule === null) return { combinator: 'all', rules: [] };
  const op = soleKey(rule);
  if (op === 'and' || op === 'or') {
    const args = (rule as Record<string, unknown>)[op];
    if (!Array.isArray(args) || args.length === 0) return undefined;
    const rules = args.map(logicToRule);
    if (rules.some((r) => r === undefined)) return undefined;
    return { combinator: op === 'and' ? 'all' : 'any', rules: rules as VisibleRule[] };
  }
  const single = logicToRule(rule);
  return single === undefined ? undefined : { combinator: 'all', rules: [single] };
}

function logicToRule(node: unknown): VisibleRule | undefined {
  const op = soleKey(node);
  if (op === undefined) return undefined;
  const arg = (node as Record<string, unknown>)[op];
  const pair = Array.isArray(arg) && arg.length === 2 ? arg : undefined;
  const field = pair === undefined ? undefined : varName(pair[0]);
  const operand = pair?.[1];
  switch (op) {
    case '==':
    case '!=':
      return field !== undefined && isPrimitive(operand) ? { field, operator: op === '==' ? 'equals' : 'notEquals', value: operand } : undefined;
    case '===':
    case '!==':
      return field !== undefined && operand === true ? { field, operator: op === '===' ? 'isTrue' : 'isFalse' } : undefined;
    case 'in':
      return field !== undefined && Array.isArray(operand) && operand.every(isPrimitive) ? { field, operator: 'in', value: operand } : undefined;
    case '>': case '>=': case '<': case '<=': {
      const operator = (Object.keys(COMPARE) as (keyof typeof COMPARE)[]).find((k) => COMPARE[k] === op)!;
      return field !== undefined && isPrimitive(operand) ? { field, operator, value: operand } : undefined;
    }
    case 'missing': {
      const name = missingName(arg);
      return name === undefined ? undefined : { field: name, operator: 'isEmpty' };
    }
    case '!!': {
      const name = varName(unwrap(arg));
      return name === undefined ? undefined : { field: name, operator: 'isNotEmpty' };
    }
    case '!': {
      const inner = unwrap(arg);
      const name = varName(inner);
      if (name !== undefined) return { field: name, operator: 'isEmpty' };
      const innerOp = soleKey(inner);
      if (innerOp === 'missing') {
        const missing = missingName((inner as Record<string, unknown>).missing);
        return missing === undefined ? undefined : { field: missing, operator: 'isNotEmpty' };
      }
      const positive = innerOp === 'in' ? logicToRule(inner) : undefined;
      return positive === undefined ? undefined : { ...positive, operator: 'notIn' };
    }
    default:
      return undefined;
  }
}

/**
 * The {@link IsListField} of a form: its array fields (多选, 附件, 日期范围, 表格…), for which
 * "empty" means `[]` and is tested on truthiness, since `missing` only sees absent, null and "".
 *
 * @example toJsonLogic(model, listFieldsOf(form))
 */
export function listFieldsOf(form: FormDefinition): IsListField {
  const lists = new Set(formFields(form).filter((f) => f.type === 'array').map((f) => f.path));
  return (field) => lists.has(field);
}

/**
 * The operators the panel offers for a field, by what its value is: yes/no for a boolean,
 * comparisons for numbers and dates, membership for choices, emptiness for anything optional.
 */
export function operatorsFor(field: FormField): VisibleOperator[] {
  switch (field.type) {
    case 'boolean': return ['isTrue', 'isFalse'];
    case 'number':
    case 'integer': return ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'];
    case 'array': return ['isEmpty', 'isNotEmpty'];
    case 'string':
      if (choicesFor(field).length > 0) return ['equals', 'notEquals', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];
      if (field.format === 'date' || field.format === 'date-time') return ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'];
      return ['equals', 'notEquals', 'isEmpty', 'isNotEmpty'];
    default: return [];
  }
}

/** A field the panel's "when" picker offers. */
export interface VisibleWhenTarget {
  /** Data path, what {@link VisibleRule.field} holds. */
  field: string;
  title: string;
  operators: VisibleOperator[];
}

/**
 * The fields a condition of the field at data path `forField` may read: every form field outside
 * tables (a `var` cannot address "each row") with at least one operator, except the field itself
 * and what it holds, since a field hidden by its own value could never be shown (lint's
 * form.visible-when-self).
 */
export function visibleWhenTargets(form: FormDefinition, forField?: string): VisibleWhenTarget[] {
  const own = (p: string) => forField !== undefined && (p === forField || p.startsWith(`${forField}.`));
  return formFields(form)
    .filter((f) => !f.path.includes('[]') && !own(f.path))
    .map((f) => ({ field: f.path, title: f.field.title ?? f.path, operators: operatorsFor(f.field) }))
    .filter((t) => t.operators.length > 0);
}

/** Whether an operator takes no value (the panel hides the value picker). */
export function isUnary(operator: VisibleOperator): boolean {
  return UNARY.has(operator);
}

/** The values the panel offers for a field, with labels: its choices, or 是/否 for a boolean; [] for free input. */
export function choicesFor(field: FormField): FieldOption[] {
  if (field.type === 'boolean') return [{ value: true, label: '是' }, { value: false, label: '否' }];
  return optionsOf(field);
}

function soleKey(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  return keys.length === 1 ? keys[0] : undefined;
}

/** The field name of `{"var": "name"}` (or `["name"]`); not a default, a computed or empty name. */
function varName(node: unknown): string | undefined {
  if (soleKey(node) !== 'var') return undefined;
  const arg = (node as { var: unknown }).var;
  const name = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function missingName(arg: unknown): string | undefined {
  const list = Array.isArray(arg) ? arg : [arg];
  return list.length === 1 && typeof list[0] === 'string' && list[0] !== '' ? list[0] : undefined;
}

function unwrap(arg: unknown): unknown {
  return Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
}

function isPrimitive(v: unknown): v is Primitive {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function listOf(value: VisibleRule['value']): Primitive[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
