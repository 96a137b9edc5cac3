/**
 * Addressing fields in a form as the builder sees it: by **schema path**, the property names from
 * the root down to the field joined with `.`, void containers included (`basics.applicantName`),
 * and a repeating table's columns under the table's name (`members.name`, the `items` step being
 * implicit). Data paths (`formFields`) skip void containers; the builder needs them because a
 * field's place on the canvas is inside its section.
 *
 * These helpers read and mutate a form the caller owns (the commands work on a private copy).
 */
import type { FieldMap, FormDefinition, FormField } from '../../schemas/types.generated.js';

/** Something whose `properties` hold fields: the form itself, a void container, an object, a table's item. */
export type Container = FormDefinition | FormField;

/** A field found by its schema path. */
export interface Located {
  /** The container whose `properties` declare the field. */
  parent: Container;
  /** Schema path of that container ('' for the root). */
  parentPath: string;
  name: string;
  field: FormField;
}

export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export function joinPath(parentPath: string, name: string): string {
  return parentPath === '' ? name : `${parentPath}.${name}`;
}

/** The object whose `properties` a field's children go in: itself, or its item schema for a table. */
export function propertiesHolder(field: Container): Container | undefined {
  if (field.type === 'array') return field.items?.type === 'object' ? field.items : undefined;
  return field.type === 'object' || field.type === 'void' ? field : undefined;
}

/** The container at a schema path ('' is the form), or undefined when the path names no container. */
export function containerAt(form: FormDefinition, path: string): Container | undefined {
  let at: Container | undefined = form;
  for (const name of splitPath(path)) {
    const child: FormField | undefined = at === undefined ? undefined : ownProperty(at.properties, name);
    at = child === undefined ? undefined : propertiesHolder(child);
    if (at === undefined) return undefined;
  }
  return at;
}

/** The field at a schema path, with its parent; undefined when there is none. */
export function locate(form: FormDefinition, path: string): Located | undefined {
  const names = splitPath(path);
  if (names.length === 0) return undefined;
  const name = names[names.length - 1];
  const parentPath = names.slice(0, -1).join('.');
  const parent = containerAt(form, parentPath);
  const field = parent === undefined ? undefined : ownProperty(parent.properties, name);
  return parent === undefined || field === undefined ? undefined : { parent, parentPath, name, field };
}

/**
 * The schema path of the data object a container's fields belong to: the container itself unless
 * it is a void layout container, in which case the nearest non-void ancestor. Fields with the same
 * data owner are siblings in the submitted data, whatever sections they sit in.
 */
export function dataOwnerPath(form: FormDefinition, containerPath: string): string {
  const names = splitPath(containerPath);
  for (let n = names.length; n > 0; n--) {
    const here = locate(form, names.slice(0, n).join('.'));
    if (here !== undefined && here.field.type !== 'void') return names.slice(0, n).join('.');
  }
  return '';
}

/**
 * The data path of the field at a schema path (void containers dropped, `[]` after a table), the
 * name a `var` in a condition uses; undefined for void containers.
 */
export function dataPathOf(form: FormDefinition, path: string): string | undefined {
  const names = splitPath(path);
  const out: string[] = [];
  for (let n = 1; n <= names.length; n++) {
    const here = locate(form, names.slice(0, n).join('.'));
    if (here === undefined) return undefined;
    if (here.field.type === 'void') {
      if (n === names.length) return undefined;
      continue;
    }
    out.push(n < names.length && here.field.type === 'array' ? `${here.name}[]` : here.name);
  }
  return out.join('.');
}

/** Property names of a container ordered as the canvas shows them: by `x-index`, then declaration order. */
export function orderedNames(container: Container): string[] {
  const entries = Object.entries(container.properties ?? {});
  return entries
    .map(([name, f], i) => ({ name, i, x: typeof f['x-index'] === 'number' ? f['x-index'] : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.x - b.x || a.i - b.i)
    .map((e) => e.name);
}

/**
 * Rewrites a container's `properties` in the given order with `x-index` 0, 1, 2…, so the order
 * survives both Formily (which sorts by `x-index`) and tools that read key order.
 */
export function setOrder(container: Container, names: readonly string[]): void {
  const old = container.properties ?? {};
  const next: FieldMap = {};
  // The same field objects are kept (only re-keyed), so references callers hold stay live.
  names.forEach((name, i) => {
    next[name] = old[name];
    next[name]['x-index'] = i;
  });
  container.properties = next;
}

/** Every field of the form with its schema path, depth first (used for global name checks and condition rewrites). */
export function allFields(form: FormDefinition): { path: string; field: FormField }[] {
  const out: { path: string; field: FormField }[] = [];
  const visit = (container: Container, prefix: string): void => {
    for (const [name, field] of Object.entries(container.properties ?? {})) {
      const path = joinPath(prefix, name);
      out.push({ path, field });
      const holder = propertiesHolder(field);
      if (holder !== undefined) visit(holder, path);
    }
  };
  visit(form, '');
  return out;
}

/**
 * Names already taken at a data level: the data owner's own properties and those of every void
 * container in between, which all end up side by side in the submitted object. Given `start` (a
 * void container), only the data fields laid out inside it.
 */
export function namesAtDataLevel(form: FormDefinition, ownerPath: string, start: Container | undefined = containerAt(form, ownerPath)): Set<string> {
  const names = new Set<string>();
  const stack: Container[] = start === undefined ? [] : [start];
  while (stack.length > 0) {
    const c = stack.pop()!;
    for (const [name, f] of Object.entries(c.properties ?? {})) {
      if (f.type === 'void') stack.push(f);
      else names.add(name);
    }
  }
  return names;
}

function ownProperty(map: FieldMap | undefined, name: string): FormField | undefined {
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined;
}
