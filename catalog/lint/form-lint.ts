import { checkCondition } from '../conditions/condition-check.js';
import { conditionVariables } from '../conditions/condition-variables.js';
import { formCompileProblems } from '../form/form-compile.js';
import { formFields, resolveField, type FormFieldInfo } from '../form/form-fields.js';
import { formSchemaNodes, type FormSchemaNode } from '../form/form-schema-nodes.js';
import type { FormDefinition, FormField, MatterDefinition } from '../../schemas/types.generated.js';
import { knownField } from './known-field.js';
import type { LintContext, LintFinding } from './lint-finding.js';

/** Components that offer a choice and so need the choices declared (Select, Radio.Group, TreeSelect…). */
const CHOICE_COMPONENT = /select|radio/i;

/**
 * The form checks of the matter lint: the form compiles with ajv as the server will use it,
 * `required` lists name real properties, visibility conditions are allowed, read known fields and
 * never depend on the field they hide, and choice fields declare their choices. Paths point into
 * the matter definition (`/form/properties/…`); `field` carries the data path where there is one.
 *
 * Rules: form.compile, form.required-unknown, form.visible-when-invalid,
 * form.visible-when-unknown-field, form.visible-when-self (errors); form.empty, form.enum-labels
 * (warnings).
 *
 * @example lintForm(def, ctx).map((f) => f.rule) // ['form.visible-when-unknown-field']
 */
export function lintForm(def: MatterDefinition, ctx: LintContext): LintFinding[] {
  const form = def.form;
  const out: LintFinding[] = [];
  for (const p of formCompileProblems(form)) {
    out.push({ severity: 'error', rule: 'form.compile', path: at(p.path === '/' ? '' : p.path), message: `the form does not compile: ${p.message}` });
  }
  const nodes = formSchemaNodes(form);
  const fields = formFields(form);
  checkRequired(form, nodes, out);
  checkConditions(nodes, ctx, out);
  checkSelfDependency(fields, nodes, out);
  if (fields.length === 0) {
    out.push({ severity: 'warning', rule: 'form.empty', path: '/form/properties', message: 'the form has no data fields, so applications carry no data' });
  }
  for (const f of fields) {
    const component = f.field['x-component'];
    if (component === undefined || !CHOICE_COMPONENT.test(component) || hasChoices(form, f)) continue;
    out.push({
      severity: 'warning', rule: 'form.enum-labels', path: at(`${f.pointer}/x-component`), field: f.path,
      message: `${label(f.field, f.path)} uses the ${component} component but declares no enum or oneOf, so there is nothing to choose from and the server cannot check the answer`,
    });
  }
  return out;
}

/** form.required-unknown: each `required` name must be a data property of that object (void containers see through). */
function checkRequired(form: FormDefinition, nodes: readonly FormSchemaNode[], out: LintFinding[]): void {
  for (const node of nodes) {
    const required = node.schema.required;
    if (!Array.isArray(required)) continue;
    const names = dataChildNames(form, node);
    required.forEach((name, i) => {
      if (names.has(name)) return;
      const where = node.kind === 'root' ? 'the form' : label(node.schema as FormField, node.path ?? node.name ?? node.pointer);
      out.push({
        severity: 'error', rule: 'form.required-unknown', path: at(`${node.pointer}/required/${i}`), field: name,
        message: `${where} requires "${name}", which is not one of its properties`,
      });
    });
  }
}

/** Names of an object's data properties, looking into void containers, with `$ref` followed. */
function dataChildNames(form: FormDefinition, node: FormSchemaNode): Set<string> {
  const names = new Set<string>();
  const root = node.kind === 'root' ? node.schema : resolveField(form, node.schema as FormField, node.pointer).field;
  const stack: FormField[] = [root as FormField];
  const seen = new Set<FormField>();
  while (stack.length > 0) {
    const schema = stack.pop()!;
    if (seen.has(schema)) continue;
    seen.add(schema);
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (child === null || typeof child !== 'object') continue;
      const resolved = resolveField(form, child, '').field;
      if (resolved.type === 'void') stack.push(resolved);
      else names.add(name);
    }
  }
  return names;
}

/** form.visible-when-invalid, form.visible-when-unknown-field: each condition once, where declared. */
function checkConditions(nodes: readonly FormSchemaNode[], ctx: LintContext, out: LintFinding[]): void {
  const known = knownField(ctx.fieldNames);
  for (const node of nodes) {
    const rule = (node.schema as FormField)['x-visible-when'];
    if (rule === undefined) continue;
    const path = at(`${node.pointer}/x-visible-when`);
    const who = label(node.schema as FormField, node.path ?? node.name ?? node.pointer);
    const problems = checkCondition(rule);
    if (problems.length > 0) {
      out.push({ severity: 'error', rule: 'form.visible-when-invalid', path, field: node.path, message: `the visibility condition of ${who} is not allowed: ${problems.join('; ')}` });
    }
    for (const name of conditionVariables(rule)) {
      if (known(name)) continue;
      out.push({ severity: 'error', rule: 'form.visible-when-unknown-field', path, field: name, message: `the visibility condition of ${who} reads "${name}", which is not a field of the form` });
    }
  }
}

/** Something that hides fields when its condition fails: a field (with what it holds) or a void container. */
interface Hider {
  pointer: string;
  who: string;
  path?: string;
  reads: string[];
  /** Data paths it hides. */
  scope: Set<string>;
}

/**
 * form.visible-when-self: a condition that reads a field it hides, directly or through other
 * conditions, holds the field hidden forever (it starts empty, so it never shows).
 *
 * 1. Hiders: fields with a condition (after `$ref`, hiding themselves and what they hold) and void
 *    containers outside `$defs` with one (hiding the fields declared inside them).
 * 2. Edge A → B when A reads a field that B hides.
 * 3. A hider that reaches itself is reported once, with the chain.
 */
function checkSelfDependency(fields: readonly FormFieldInfo[], nodes: readonly FormSchemaNode[], out: LintFinding[]): void {
  const under = (p: string) => fields.filter((f) => f.path === p || f.path.startsWith(`${p}.`) || f.path.startsWith(`${p}[]`)).map((f) => f.path);
  // 1. Hiders.
  const hiders: Hider[] = [];
  for (const f of fields) {
    const rule = f.field['x-visible-when'];
    if (rule !== undefined) hiders.push({ pointer: f.pointer, who: label(f.field, f.path), path: f.path, reads: conditionVariables(rule), scope: new Set(under(f.path)) });
  }
  for (const node of nodes) {
    const rule = (node.schema as FormField)['x-visible-when'];
    if (rule === undefined || node.kind !== 'property' || (node.schema as FormField).type !== 'void' || node.pointer.startsWith('/$defs/')) continue;
    const inside = fields.filter((f) => f.pointer.startsWith(`${node.pointer}/`)).flatMap((f) => under(f.path));
    hiders.push({ pointer: node.pointer, who: label(node.schema as FormField, node.name ?? node.pointer), reads: conditionVariables(rule), scope: new Set(inside) });
  }
  // 2. Edges.
  const next = hiders.map((a) => hiders.filter((b) => a.reads.some((name) => b.scope.has(name))));
  // 3. Cycles through each hider.
  hiders.forEach((start, i) => {
    const chain = pathBack(i, next, hiders);
    if (chain === undefined) return;
    const via = chain.length === 1 ? 'its own value' : chain.slice(1).map((h) => h.who).join(' → ');
    out.push({
      severity: 'error', rule: 'form.visible-when-self', path: at(`${start.pointer}/x-visible-when`), field: start.path,
      message: `the visibility of ${start.who} depends on itself (through ${via}), so it can never be shown`,
    });
  });
}

/** The chain start → … → start by breadth-first search, or undefined. */
function pathBack(start: number, next: readonly Hider[][], hiders: readonly Hider[]): Hider[] | undefined {
  const index = new Map(hiders.map((h, i) => [h, i]));
  const parent = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    for (const h of next[queue[q]]) {
      const j = index.get(h)!;
      if (j === start) {
        const chain: Hider[] = [];
        for (let k: number | undefined = queue[q]; k !== undefined && k !== start; k = parent.get(k)) chain.unshift(hiders[k]);
        return [hiders[start], ...chain];
      }
      if (!parent.has(j)) {
        parent.set(j, queue[q]);
        queue.push(j);
      }
    }
  }
  return undefined;
}

function hasChoices(form: FormDefinition, f: FormFieldInfo): boolean {
  const has = (s: FormField) => s.enum !== undefined || s.oneOf !== undefined;
  if (has(f.field)) return true;
  return f.field.items !== undefined && has(resolveField(form, f.field.items, '').field);
}

function label(field: FormField, path: string): string {
  return field.title !== undefined ? `field "${field.title}" (${path})` : `field "${path}"`;
}

function at(formPointer: string): string {
  return `/form${formPointer}`;
}
