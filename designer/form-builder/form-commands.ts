/**
 * Every edit the form builder makes, as a typed data object (STYLE rule 2), applied by one pure
 * function. Paths are schema paths (see `form-tree.ts`): `basics.applicantName`.
 */
import { checkCondition } from '../../catalog/conditions/condition-check.js';
import { FORBIDDEN_VAR_SEGMENTS } from '../../catalog/conditions/condition-operators.js';
import type { Condition, FormDefinition } from '../../schemas/types.generated.js';
import { fieldKind, type FieldKindId } from './field-kinds.js';
import { patchField, type FieldPatch } from './field-patch.js';
import { isRequired, renameRequired, rewriteConditionVars, setRequired } from './form-rewrites.js';
import {
  allFields, containerAt, dataOwnerPath, dataPathOf, joinPath, locate, namesAtDataLevel, orderedNames, setOrder,
} from './form-tree.js';

export type FormCommand =
  /** Adds a palette field into `parentPath` (default: the form) at `index` (default: last), named `name` or `fieldN`. */
  | { type: 'field.add'; kind: FieldKindId; parentPath?: string; index?: number; name?: string }
  /** Removes a field (with what it holds) and its `required` entry. See `conditionReaders` to warn first. */
  | { type: 'field.remove'; path: string }
  /** Places a field at `index` among the children of `parentPath`, within its data object. */
  | { type: 'field.move'; path: string; parentPath: string; index: number }
  /** Edits what the properties panel shows; `required` goes to the parent object's list. */
  | { type: 'field.update'; path: string; patch: FieldPatch }
  /**
   * Renames a field, with its `required` entry and every condition of the form reading it. The
   * matter's other conditions (materials, flow edges) are outside the form: the matter editor
   * rewrites them with `renameVars(rule, dataPathOf(before, path), dataPathOf(after, newPath))`.
   */
  | { type: 'field.rename'; path: string; newName: string }
  /** Sets (after `checkCondition`) or clears a field's visibility condition. */
  | { type: 'field.setVisibleWhen'; path: string; rule: Condition | null }
  /**
   * Puts back a whole form. Produced as the inverse of every other command: every command returns
   * a new form and never touches its input, so the form before the edit *is* the exact undo. Hand
   * written inverses (re-add at the old index, re-require, rename every condition back) would each
   * have to replay the bookkeeping exactly, and any drift would make undo lossy. The price is one
   * whole form per history entry (at most 200 fields, tens of kilobytes), and the rule that
   * callers treat forms as immutable.
   */
  | { type: 'form.restore'; form: FormDefinition };

export type FormCommandResult = { form: FormDefinition; inverse: FormCommand } | { error: string };

/** Field names as the form schema allows them (and as `var` can address them without escaping). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * Applies one command to a form, returning the new form and the command that undoes it, or an
 * error (the form is never half-edited). The input form is not modified.
 *
 * @example
 * const r = applyFormCommand(form, { type: 'field.add', kind: 'idCard' });
 * if (!('error' in r)) { form = r.form; undoStack.push(r.inverse); }
 */
export function applyFormCommand(form: FormDefinition, cmd: FormCommand): FormCommandResult {
  if (cmd.type === 'form.restore') return { form: cmd.form, inverse: { type: 'form.restore', form } };
  // Commands edit a private copy, so a failed one leaves nothing behind and the input stays the undo.
  const draft = structuredClone(form);
  const error = run(draft, cmd);
  return error !== undefined ? { error } : { form: draft, inverse: { type: 'form.restore', form } };
}

function run(form: FormDefinition, cmd: Exclude<FormCommand, { type: 'form.restore' }>): string | undefined {
  switch (cmd.type) {
    case 'field.add': return add(form, cmd);
    case 'field.remove': return remove(form, cmd.path);
    case 'field.move': return move(form, cmd);
    case 'field.update': return update(form, cmd.path, cmd.patch);
    case 'field.rename': return rename(form, cmd.path, cmd.newName);
    case 'field.setVisibleWhen': return setVisibleWhen(form, cmd.path, cmd.rule);
  }
}

/**
 * The first `fieldN` (N = 1, 2, …) not used as a property name anywhere in the form. Unique across
 * the whole form, not only among siblings, so a generated name never changes meaning when the
 * field is later moved, and a condition naming it is unambiguous to a reader.
 */
export function nextFieldName(form: FormDefinition): string {
  const used = new Set(allFields(form).map(({ path }) => path.slice(path.lastIndexOf('.') + 1)));
  let n = 1;
  while (used.has(`field${n}`)) n++;
  return `field${n}`;
}

/**
 * The kind's label, numbered from 2 when a field of the form already has it (单行文本, 单行文本2…):
 * titles are how the outline and the condition summaries name fields, so two alike would be
 * indistinguishable there.
 */
function nextTitle(form: FormDefinition, label: string): string {
  const used = new Set(allFields(form).map(({ field }) => field.title));
  if (!used.has(label)) return label;
  let n = 2;
  while (used.has(`${label}${n}`)) n++;
  return `${label}${n}`;
}

function add(form: FormDefinition, cmd: Extract<FormCommand, { type: 'field.add' }>): string | undefined {
  const kind = fieldKind(cmd.kind);
  if (kind === undefined) return `unknown field kind "${cmd.kind}"`;
  const parentPath = cmd.parentPath ?? '';
  const parent = containerAt(form, parentPath);
  if (parent === undefined) return `no container at "${parentPath}"`;
  const name = cmd.name ?? nextFieldName(form);
  const clash = nameProblem(form, parentPath, name);
  if (clash !== undefined) return clash;
  const order = orderedNames(parent);
  parent.properties = { ...parent.properties, [name]: kind.create(nextTitle(form, kind.label)) };
  order.splice(clampIndex(cmd.index, order.length), 0, name);
  setOrder(parent, order);
  return undefined;
}

function remove(form: FormDefinition, path: string): string | undefined {
  const at = locate(form, path);
  if (at === undefined) return `no field at "${path}"`;
  // The data fields that leave this data level: the field, or, for a section or grid, the fields
  // laid out in it (their entries are on the data owner, which stays). Fields inside an object or
  // table are required by that object, which goes with them.
  const leaving = at.field.type === 'void' ? [...namesAtDataLevel(form, at.parentPath, at.field)] : [at.name];
  for (const name of leaving) setRequired(form, at.parentPath, name, false);
  const order = orderedNames(at.parent).filter((n) => n !== at.name);
  delete at.parent.properties![at.name];
  setOrder(at.parent, order);
  return undefined;
}

/**
 * Moves a field to `index` among the children of `parentPath` (the same parent to reorder).
 *
 * Only moves that keep the field's data owner are allowed: into or out of a section or grid, or
 * between them, inside the same data object. Void containers are layout, so such a move changes
 * where the field is drawn and nothing else: its data path, every condition's `var` naming it,
 * its `required` entry (kept on the data owner) and every stored application stay valid. Moving a
 * field into another object or table would change its data path and the shape of submitted data;
 * that is a data-model change, refused here, to be done as remove + add on purpose.
 */
function move(form: FormDefinition, cmd: Extract<FormCommand, { type: 'field.move' }>): string | undefined {
  const at = locate(form, cmd.path);
  if (at === undefined) return `no field at "${cmd.path}"`;
  const target = containerAt(form, cmd.parentPath);
  if (target === undefined) return `no container at "${cmd.parentPath}"`;
  if (cmd.parentPath === cmd.path || cmd.parentPath.startsWith(`${cmd.path}.`)) return 'a field cannot be moved into itself';
  if (dataOwnerPath(form, at.parentPath) !== dataOwnerPath(form, cmd.parentPath)) {
    return 'a field can only move within its data object (into or out of sections and grids); moving it elsewhere would change the submitted data';
  }
  if (target === at.parent) {
    const order = orderedNames(target).filter((n) => n !== at.name);
    order.splice(clampIndex(cmd.index, order.length), 0, at.name);
    setOrder(target, order);
    return undefined;
  }
  if (Object.prototype.hasOwnProperty.call(target.properties ?? {}, at.name)) return `"${cmd.parentPath}" already has a property "${at.name}"`;
  const field = at.field;
  // Required entries are re-homed on the data owner: one kept by a void container it leaves would dangle.
  const required = isRequired(form, at.parentPath, at.name);
  if (required) setRequired(form, at.parentPath, at.name, false);
  setOrder(at.parent, orderedNames(at.parent).filter((n) => n !== at.name));
  delete at.parent.properties![at.name];
  const order = orderedNames(target);
  target.properties = { ...target.properties, [at.name]: field };
  order.splice(clampIndex(cmd.index, order.length), 0, at.name);
  setOrder(target, order);
  if (required) setRequired(form, cmd.parentPath, at.name, true);
  return undefined;
}

function update(form: FormDefinition, path: string, patch: FieldPatch): string | undefined {
  const at = locate(form, path);
  if (at === undefined) return `no field at "${path}"`;
  if (patch.required !== undefined && at.field.type === 'void') return 'a layout container cannot be required';
  const result = patchField(at.field, patch);
  if ('error' in result) return result.error;
  at.parent.properties![at.name] = result.field;
  if (patch.required !== undefined) setRequired(form, at.parentPath, at.name, patch.required);
  return undefined;
}

/**
 * Renames a field: the property key (keeping its place), its `required` entries, and every
 * visibility condition of the form that reads it or a field inside it. Renaming a void container
 * changes no data path, so no condition changes.
 */
function rename(form: FormDefinition, path: string, newName: string): string | undefined {
  const at = locate(form, path);
  if (at === undefined) return `no field at "${path}"`;
  if (newName === at.name) return undefined;
  const clash = nameProblem(form, at.parentPath, newName);
  if (clash !== undefined) return clash;
  const oldData = dataPathOf(form, path);
  const entries = Object.entries(at.parent.properties!).map(([n, f]) => [n === at.name ? newName : n, f] as const);
  at.parent.properties = Object.fromEntries(entries);
  renameRequired(form, at.parentPath, at.name, newName);
  const newData = dataPathOf(form, joinPath(at.parentPath, newName));
  // Fields inside a table (`members[].x`) cannot be read by a condition, so there is nothing to rewrite.
  if (oldData !== undefined && newData !== undefined && !oldData.includes('[]')) rewriteConditionVars(form, oldData, newData);
  return undefined;
}

function setVisibleWhen(form: FormDefinition, path: string, rule: Condition | null): string | undefined {
  const at = locate(form, path);
  if (at === undefined) return `no field at "${path}"`;
  if (rule === null) {
    delete at.field['x-visible-when'];
    return undefined;
  }
  const problems = checkCondition(rule);
  if (problems.length > 0) return `the condition is not allowed: ${problems.join('; ')}`;
  at.field['x-visible-when'] = structuredClone(rule);
  return undefined;
}

/** Why `name` cannot be declared in `parentPath`: a bad name, or one its data level or siblings already use. */
function nameProblem(form: FormDefinition, parentPath: string, name: string): string | undefined {
  if (!FIELD_NAME.test(name)) return `"${name}" is not a valid field name (a letter, then letters, digits or _; at most 64)`;
  // A condition's `var` on an absent `toString` or `constructor` finds Object.prototype's, not nothing.
  if (name in Object.prototype || FORBIDDEN_VAR_SEGMENTS.has(name)) return `"${name}" is reserved and cannot name a field`;
  const siblings = containerAt(form, parentPath)?.properties ?? {};
  if (Object.prototype.hasOwnProperty.call(siblings, name) || namesAtDataLevel(form, dataOwnerPath(form, parentPath)).has(name)) {
    return `the name "${name}" is already used at this level of the form`;
  }
  return undefined;
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.max(0, Math.min(Math.trunc(index), length));
}
