/**
 * The cross-cutting bookkeeping the form commands share: the `required` lists that must follow a
 * field's name, and the `var` references in visibility conditions that must follow its data path.
 * Mutates a form the caller owns.
 */
import { SCOPED_OPERATORS } from '../../catalog/conditions/condition-operators.js';
import { conditionVariables } from '../../catalog/conditions/condition-variables.js';
import type { Condition, FormDefinition } from '../../schemas/types.generated.js';
import { allFields, containerAt, dataOwnerPath, splitPath, type Container } from './form-tree.js';

/**
 * The containers whose `required` list may name a field declared in `parentPath`: its data owner
 * (where the builder writes) and every void container on the way (older forms, and `formFields`,
 * let a void container's list require its children too).
 */
function requiredHolders(form: FormDefinition, parentPath: string): Container[] {
  const ownerPath = dataOwnerPath(form, parentPath);
  const out: Container[] = [];
  const names = splitPath(parentPath);
  for (let n = splitPath(ownerPath).length; n <= names.length; n++) {
    const c = containerAt(form, names.slice(0, n).join('.'));
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** Whether a field declared in `parentPath` is required by any holder. */
export function isRequired(form: FormDefinition, parentPath: string, name: string): boolean {
  return requiredHolders(form, parentPath).some((c) => c.required?.includes(name) === true);
}

/**
 * Makes a field required or not. The name is written only to its data owner's list (the parent
 * data object, as JSON Schema means it) and cleared from any void container's, so there is one
 * place to look; an emptied list is removed rather than left as `[]`.
 */
export function setRequired(form: FormDefinition, parentPath: string, name: string, required: boolean): void {
  const holders = requiredHolders(form, parentPath);
  holders.forEach((c, i) => {
    const rest = (c.required ?? []).filter((n) => n !== name);
    const next = i === 0 && required ? [...rest, name] : rest;
    if (next.length > 0) c.required = next;
    else delete c.required;
  });
}

/** Renames a field in the `required` lists that name it, keeping its position in each list. */
export function renameRequired(form: FormDefinition, parentPath: string, from: string, to: string): void {
  for (const c of requiredHolders(form, parentPath)) {
    if (c.required?.includes(from)) c.required = c.required.map((n) => (n === from ? to : n));
  }
}

/**
 * Rewrites every visibility condition of the form that reads `from` (or a field inside it,
 * `from.x`) to read `to` instead. Called on rename, so a rename never silently breaks a condition
 * (the n8n counter-example of STYLE rule 4: names are what conditions key on here).
 */
export function rewriteConditionVars(form: FormDefinition, from: string, to: string): void {
  for (const { field } of allFields(form)) {
    const rule = field['x-visible-when'];
    if (rule !== undefined) field['x-visible-when'] = renameVars(rule, from, to) as Condition;
  }
}

/**
 * Schema paths of the fields (and containers) whose visibility condition reads the field at data
 * path `dataPath` or a field inside it, so the builder can warn before a remove leaves those
 * conditions pointing at nothing (lint would then block publication).
 *
 * @example conditionReaders(form, 'byAgent') // ['basics.agentName']
 */
export function conditionReaders(form: FormDefinition, dataPath: string): string[] {
  return allFields(form)
    .filter(({ field }) => field['x-visible-when'] !== undefined
      && conditionVariables(field['x-visible-when']).some((n) => n === dataPath || n.startsWith(`${dataPath}.`)))
    .map(({ path }) => path);
}

/**
 * A copy of a JsonLogic rule with `var`, `missing` and `missing_some` names renamed. Names inside
 * the per-element rule of `some` / `all` / `none` read the array element, not the form, and are
 * left alone, as `conditionVariables` reads them.
 */
export function renameVars(rule: unknown, from: string, to: string): unknown {
  const rename = (name: unknown): unknown => {
    if (typeof name !== 'string') return name;
    if (name === from) return to;
    return name.startsWith(`${from}.`) ? `${to}${name.slice(from.length)}` : name;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length !== 1) return node;
    const op = keys[0];
    const args = (node as Record<string, unknown>)[op];
    const list = Array.isArray(args) ? args : [args];
    let next: unknown[];
    if (op === 'var') next = [rename(list[0]), ...list.slice(1).map(walk)];
    else if (op === 'missing') next = Array.isArray(list[0]) ? [list[0].map(rename)] : list.map(rename);
    else if (op === 'missing_some') next = [walk(list[0]), Array.isArray(list[1]) ? list[1].map(rename) : walk(list[1])];
    else if (SCOPED_OPERATORS.has(op)) next = [walk(list[0]), ...list.slice(1)];
    else next = list.map(walk);
    return { [op]: Array.isArray(args) ? next : next[0] };
  };
  return walk(rule);
}
