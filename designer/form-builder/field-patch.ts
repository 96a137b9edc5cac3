/**
 * The properties-panel edit of one field (`field.update`): which keywords a patch may set, on
 * which field types, and how choices map to JSON Schema. Keywords that do not fit the field's type
 * are refused rather than written, because ajv's strict mode (what the server compiles with)
 * refuses e.g. `minimum` on a string and the form would no longer publish.
 */
import type { FormField, Primitive } from '../../schemas/types.generated.js';

/** One choice of a select, radio or checkbox field. */
export interface FieldOption {
  value: Primitive;
  label: string;
}

/**
 * A partial edit of a field. An absent key leaves the keyword alone; `null` removes it (except
 * `title` and `required`, which are set, never removed here).
 */
export interface FieldPatch {
  title?: string;
  description?: string | null;
  required?: boolean;
  default?: unknown;
  placeholder?: string | null;
  options?: FieldOption[];
  minLength?: number | null;
  maxLength?: number | null;
  minimum?: number | null;
  maximum?: number | null;
  pattern?: string | null;
  minItems?: number | null;
  maxItems?: number | null;
}

type Keyword = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'pattern' | 'minItems' | 'maxItems';

/** Which JSON types each bounded keyword applies to. */
const APPLIES: Record<Keyword, readonly string[]> = {
  minLength: ['string'], maxLength: ['string'], pattern: ['string'],
  minimum: ['number', 'integer'], maximum: ['number', 'integer'],
  minItems: ['array'], maxItems: ['array'],
};

/**
 * Applies a patch to a copy of the field; `required` is not handled here (it lives in the parent's
 * list, see `setRequired`). Returns an error (English, for the developer
 * console; the panel only offers fitting keywords) when the patch does not fit the field.
 */
export function patchField(field: FormField, patch: FieldPatch): { field: FormField } | { error: string } {
  const next: FormField = structuredClone(field);
  if (patch.title !== undefined) {
    next.title = patch.title;
    // A Card shows its header from its own props; keep it in step with the title.
    if (next.type === 'void' && next['x-component'] === 'Card') next['x-component-props'] = { ...next['x-component-props'], title: patch.title };
  }
  if (patch.description !== undefined) setOrDelete(next, 'description', patch.description);
  if ('default' in patch) {
    if (patch.default === undefined || patch.default === null) delete next.default;
    else next.default = structuredClone(patch.default);
  }
  if (patch.placeholder !== undefined) {
    const props = { ...next['x-component-props'] };
    if (patch.placeholder === null) delete props.placeholder;
    else props.placeholder = patch.placeholder;
    next['x-component-props'] = props;
  }
  for (const k of Object.keys(APPLIES) as Keyword[]) {
    const value = patch[k];
    if (value === undefined) continue;
    if (value !== null && !APPLIES[k].includes(next.type ?? '')) return { error: `${k} does not apply to a field of type ${next.type ?? 'any'}` };
    setOrDelete(next, k, value);
  }
  if (patch.options !== undefined) {
    const error = setOptions(next, patch.options);
    if (error !== undefined) return { error };
  }
  return { field: next };
}

/** The choices of a choice field, read back in the shape the panel edits; [] for other fields. */
export function optionsOf(field: FormField): FieldOption[] {
  if (field.oneOf !== undefined) return field.oneOf.map((o) => ({ value: o.const, label: o.title ?? String(o.const) }));
  if (field.enum !== undefined) return field.enum.map((v) => ({ value: v, label: String(v) }));
  const items = field.items;
  if (field.type === 'array' && items?.enum !== undefined) {
    const labels = field['x-component-props']?.options;
    const labelOf = (v: Primitive): string =>
      (Array.isArray(labels) ? (labels as FieldOption[]).find((o) => o?.value === v)?.label : undefined) ?? String(v);
    return items.enum.map((v) => ({ value: v, label: labelOf(v) }));
  }
  return [];
}

/**
 * Writes choices: `oneOf` const/title for a single choice (labels travel with the values and the
 * server checks the value); for a multiple choice the item `enum` plus the labels in the
 * component's `options`. An empty list is refused: JSON Schema needs at least one member, and a
 * choice with nothing to choose is a mistake.
 */
function setOptions(field: FormField, options: readonly FieldOption[]): string | undefined {
  if (options.length === 0) return 'a choice field needs at least one option';
  if (new Set(options.map((o) => o.value)).size !== options.length) return 'option values must be unique';
  if (field.type === 'array' && field.items !== undefined && field.items.type !== 'object') {
    field.items = { ...field.items, enum: options.map((o) => o.value) };
    field['x-component-props'] = { ...field['x-component-props'], options: options.map((o) => ({ label: o.label, value: o.value })) };
    return undefined;
  }
  if (field.type === 'array' || field.type === 'object' || field.type === 'void') return `options do not apply to a field of type ${field.type}`;
  delete field.enum;
  field.oneOf = options.map((o) => ({ const: o.value, title: o.label }));
  return undefined;
}

function setOrDelete<K extends keyof FormField>(field: FormField, key: K, value: FormField[K] | null): void {
  if (value === null) delete field[key];
  else field[key] = value;
}
