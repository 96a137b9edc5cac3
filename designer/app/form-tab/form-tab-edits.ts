/**
 * The form tab's pure decisions, apart from React: which command a drop or a move button means,
 * and what a field's rename or removal does to the conditions outside the form (materials'
 * `condition.when`, flow edges' `condition`), which the form commands cannot see.
 */
import { conditionVariables } from '../../../catalog/conditions/condition-variables.js';
import type { FormDefinition, MatterDefinition } from '../../../schemas/types.generated.js';
import { renameVars, type FieldKindId, type FormCommand } from '../../form-builder/index';
import { containerAt, locate, orderedNames, propertiesHolder, splitPath } from '../../form-builder/form-tree';

/** The schema path of the container holding the field at `path` ('' for the form). */
export function parentPathOf(path: string): string {
  return splitPath(path).slice(0, -1).join('.');
}

/**
 * A copy of the definition whose material and flow-edge conditions read `to` where they read
 * `from` (or a field inside it): the rest of a field rename, whose form part `field.rename` does.
 * Objects without a change are kept, so React and the page's dirty check see what changed.
 */
export function renameOutsideForm(definition: MatterDefinition, from: string, to: string): MatterDefinition {
  if (from === to) return definition;
  const rename = <T>(rule: T): T => renameVars(rule, from, to) as T;
  const reads = (rule: unknown) => rule !== undefined && conditionVariables(rule).some((n) => n === from || n.startsWith(`${from}.`));
  const materials = definition.materials.map((m) =>
    m.condition?.when !== undefined && reads(m.condition.when) ? { ...m, condition: { ...m.condition, when: rename(m.condition.when) } } : m);
  const edges = definition.flow.edges.map((e) => (reads(e.condition) ? { ...e, condition: rename(e.condition) } : e));
  const changed = materials.some((m, i) => m !== definition.materials[i]) || edges.some((e, i) => e !== definition.flow.edges[i]);
  return changed ? { ...definition, materials, flow: { ...definition.flow, edges } } : definition;
}

/** Who outside the form reads a field (by data path): material names and flow-edge labels or ids. */
export function readersOutsideForm(definition: MatterDefinition, dataPath: string): string[] {
  const reads = (rule: unknown) => rule !== undefined && conditionVariables(rule).some((n) => n === dataPath || n.startsWith(`${dataPath}.`));
  return [
    ...definition.materials.filter((m) => reads(m.condition?.when)).map((m) => m.name),
    ...definition.flow.edges.filter((e) => reads(e.condition)).map((e) => e.label ?? e.id),
  ];
}

/** What is dragged: a palette kind (a new field) or a field of the canvas. */
export type DragSource = { kind: FieldKindId } | { path: string };

/** Where it is dropped: before or after a field, or at the end of a container ('' is the form). */
export interface DropTarget {
  path: string;
  position: 'before' | 'after' | 'inside';
}

/** Whether fields can go inside the field at `path` (a section, grid or table; not an address). */
export function acceptsChildren(form: FormDefinition, path: string): boolean {
  if (path === '') return true;
  const at = locate(form, path);
  if (at === undefined) return false;
  const f = at.field;
  const isAddress = f.type === 'object' && f.properties?.region !== undefined && f.properties?.detail !== undefined;
  return propertiesHolder(f) !== undefined && !isAddress;
}

/**
 * The command a drop means, or undefined for a drop that means nothing (onto itself, into itself,
 * or into something that holds no fields). Moves that would change the data shape are still
 * returned: the command refuses them with its reason, which the tab shows.
 *
 * `field.move` places the field after taking it out, so dropping a field further down its own
 * container counts one place less.
 */
export function dropCommand(form: FormDefinition, source: DragSource, target: DropTarget): FormCommand | undefined {
  let parentPath: string;
  let index: number;
  if (target.position === 'inside') {
    if (!acceptsChildren(form, target.path)) return undefined;
    parentPath = target.path;
    index = orderedNames(containerAt(form, parentPath)!).length;
  } else {
    parentPath = parentPathOf(target.path);
    const container = containerAt(form, parentPath);
    if (container === undefined) return undefined;
    const names = orderedNames(container);
    const at = names.indexOf(splitPath(target.path).at(-1)!);
    if (at < 0) return undefined;
    index = target.position === 'before' ? at : at + 1;
  }
  if ('kind' in source) return { type: 'field.add', kind: source.kind, parentPath, index };
  if (source.path === target.path) return undefined;
  if (parentPath === source.path || parentPath.startsWith(`${source.path}.`)) return undefined;
  if (parentPathOf(source.path) === parentPath) {
    const names = orderedNames(containerAt(form, parentPath)!);
    const from = names.indexOf(splitPath(source.path).at(-1)!);
    if (from < index) index -= 1;
    if (from === index) return undefined;
  }
  return { type: 'field.move', path: source.path, parentPath, index };
}

/** The move of a field one place up (-1) or down (+1) among its siblings; undefined at either end. */
export function stepCommand(form: FormDefinition, path: string, delta: -1 | 1): FormCommand | undefined {
  const parentPath = parentPathOf(path);
  const container = containerAt(form, parentPath);
  if (container === undefined) return undefined;
  const names = orderedNames(container);
  const from = names.indexOf(splitPath(path).at(-1)!);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= names.length) return undefined;
  return { type: 'field.move', path, parentPath, index: to };
}

/** The schema path a field has after a rename. */
export function renamedPath(path: string, newName: string): string {
  const parent = parentPathOf(path);
  return parent === '' ? newName : `${parent}.${newName}`;
}

/**
 * A number typed into a limit box: a finite number, null to remove the limit (empty box), or
 * undefined when the text is not a number (the box then keeps the old value).
 */
export function parseLimit(text: string, integer: boolean): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  if (!Number.isFinite(n) || (integer && (!Number.isInteger(n) || n < 0))) return undefined;
  return n;
}

/** The words of a command's refusal the tab can say in the user's language; undefined for others (shown as given). */
export type CommandErrorKey = 'form.err.moveData' | 'form.err.nameTaken' | 'form.err.nameReserved' | 'form.err.options';

/**
 * Which known refusal a command error is. The commands report in English for developers; these are
 * the ones a user meets by dragging or typing, so the tab says them in words the user reads.
 */
export function commandErrorKey(error: string): CommandErrorKey | undefined {
  if (error.includes('can only move within its data object')) return 'form.err.moveData';
  if (error.includes('is already used') || error.includes('already has a property')) return 'form.err.nameTaken';
  if (error.includes('is reserved')) return 'form.err.nameReserved';
  if (error.includes('option values must be unique') || error.includes('needs at least one option')) return 'form.err.options';
  return undefined;
}
