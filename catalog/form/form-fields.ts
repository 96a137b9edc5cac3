import type { FormDefinition, FormField } from '../../schemas/types.generated.js';

/** One data field of a form: what the applicant fills and the submission carries. */
export interface FormFieldInfo {
  /**
   * Dotted data path: `applicant.name` for a field nested in an object; `members[].name` for a
   * field of each element of the array `members`. Void layout containers add no segment.
   */
  path: string;
  /**
   * JSON Pointer into the form where the field is declared, e.g. `/properties/applicant`. Fields
   * reached through a `$ref` point into the entry that declares them (`/$defs/address/properties/city`).
   */
  pointer: string;
  /** The field with its `$ref` resolved: the entry's keywords, overridden by the field's own. */
  field: FormField;
  /** Named in the `required` list of its object, or of a void container between them. */
  required: boolean;
  type: FormField['type'];
}

/** A property waiting to be visited, with the object (or void container) it belongs to. */
interface Entry {
  frame: Frame;
  name: string;
  raw: unknown;
}

/** An object (or void container) whose properties are walked, with what its children inherit. */
interface Frame {
  schema: FormField | FormDefinition;
  pointer: string;
  /** Data path of the enclosing data object; '' at the root. */
  prefix: string;
  /** Names required by the enclosing data object and any void containers in between. */
  required: ReadonlySet<string>;
  /** `$defs` entries being expanded on the way here: a reference to one of them again stops. */
  expanding: ReadonlySet<string>;
}

/**
 * The data fields of a form, in declaration order (depth first), so lint, metrics, compare and
 * conditions share one notion of "the form's fields" and of their names.
 *
 * 1. Visit properties with an explicit stack, root first, each resolved through `$ref`; a field's
 *    own properties are visited right after it (depth first).
 * 2. A void container is not a field: its properties join the enclosing object, and its
 *    `required` list adds to that object's.
 * 3. Any other property is a field; an object field's properties are walked under `path.`;
 *    an array field's item properties under `path[].`.
 * 4. A `$defs` entry already being expanded on the current branch is not expanded again, so
 *    recursive definitions (refused by the guard, but lint also runs on stored drafts) terminate.
 *
 * @example formFields(def.form).map((f) => f.path) // ['operatorName', 'members', 'members[].name']
 */
export function formFields(form: FormDefinition): FormFieldInfo[] {
  const out: FormFieldInfo[] = [];
  const stack: Entry[] = [];
  const pushProperties = (frame: Frame): void => {
    const entries = Object.entries(frame.schema.properties ?? {});
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ frame, name: entries[i][0], raw: entries[i][1] });
  };
  // 1. Properties to visit, the root's first; a field's own are pushed on top, so they come next.
  pushProperties({ schema: form, pointer: '', prefix: '', required: new Set(form.required ?? []), expanding: new Set() });
  while (stack.length > 0) {
    const { frame, name, raw } = stack.pop()!;
    if (!isObject(raw)) continue;
    const declared = `${frame.pointer}/properties/${escapePointer(name)}`;
    const resolved = resolveField(form, raw, declared);
    const expanding = new Set([...frame.expanding, ...resolved.via]);
    // 4. Recursion guard.
    const canDescend = !resolved.via.some((d) => frame.expanding.has(d));
    // 2. Void containers.
    if (resolved.field.type === 'void') {
      if (!canDescend) continue;
      const required = new Set([...frame.required, ...(resolved.field.required ?? [])]);
      pushProperties({ schema: resolved.field, pointer: resolved.pointer, prefix: frame.prefix, required, expanding });
      continue;
    }
    // 3. Fields.
    const path = frame.prefix === '' ? name : `${frame.prefix}.${name}`;
    out.push({ path, pointer: declared, field: resolved.field, required: frame.required.has(name), type: resolved.field.type });
    if (!canDescend) continue;
    if (resolved.field.type === 'array' && isObject(resolved.field.items)) {
      const items = resolveField(form, resolved.field.items, `${resolved.pointer}/items`);
      if (items.via.some((d) => expanding.has(d))) continue;
      pushProperties({
        schema: items.field, pointer: items.pointer, prefix: `${path}[]`,
        required: new Set(items.field.required ?? []), expanding: new Set([...expanding, ...items.via]),
      });
    } else {
      pushProperties({ schema: resolved.field, pointer: resolved.pointer, prefix: path, required: new Set(resolved.field.required ?? []), expanding });
    }
  }
  return out;
}

/** A field with its `$ref` chain followed. */
export interface ResolvedField {
  field: FormField;
  /** Where the keywords that were not overridden live: the last entry followed, or the field itself. */
  pointer: string;
  /** The `$defs` entries followed, in order; empty without `$ref`. */
  via: string[];
}

/**
 * Follows a field's local `$ref` chain into the form's `$defs`, merging as it goes (the referring
 * field's own keywords win, as a designer expects of an override). Stops at a missing entry, a
 * non-local reference or a cycle, keeping what it has (and the `$ref` it could not follow): lint
 * and the guard report those.
 */
export function resolveField(form: FormDefinition, field: FormField, pointer: string): ResolvedField {
  let merged: FormField = field;
  let at = pointer;
  const via: string[] = [];
  for (let ref = field.$ref; ref !== undefined; ref = merged.$ref) {
    const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    const defs = form.$defs;
    if (name === undefined || defs === undefined || !Object.prototype.hasOwnProperty.call(defs, name) || via.includes(name)) break;
    const target = defs[name];
    if (!isObject(target)) break;
    via.push(name);
    at = `/$defs/${escapePointer(name)}`;
    const { $ref: _followed, ...own } = merged;
    merged = { ...target, ...own };
  }
  return { field: merged, pointer: at, via };
}

function isObject(v: unknown): v is FormField {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
