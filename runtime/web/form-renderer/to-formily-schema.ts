/**
 * A matter's form (JSON Schema + Formily `x-*` hints, `schemas/json/form.schema.json`) as the
 * schema Formily's SchemaField renders. Pure: no React, no DOM; the output holds functions
 * (reactions, validators) but never a `{{ }}` expression, so nothing is compiled at run time.
 *
 * What changes on the way, and why:
 * - `$ref` into `$defs` is resolved (Formily does not follow references).
 * - `required` lists (of an object, or of a void container around it) become `required: true` on
 *   the fields they name, the shape Formily reads.
 * - `oneOf` `{const, title}` choices and a 多选's item `enum` become Formily's `enum` of
 *   `{label, value}`: the widget shows the labels, the data keeps the values.
 * - `format` becomes a validator (身份证号, 统一社会信用代码, 手机号 … see `format-validators.ts`).
 * - `x-visible-when` becomes a reaction function (see `visibility-reaction.ts`).
 * - `x-component-props` / `x-decorator-props` keep only an allow-list of harmless props: a definition
 *   is untrusted, and a spread prop such as `dangerouslySetInnerHTML`, `href` or an upload `action`
 *   must not reach the page.
 * - Widgets: a name the renderer does not know falls back to the default widget of the field's type;
 *   `Upload` becomes `FileIds` (the data is a list of uploaded file ids, not antd file objects);
 *   `ArrayTable` becomes `ArrayItems` (cards that stack on a phone; no hidden index column in the
 *   data); a 省市区 `Cascader` without region options becomes `RegionCodeInput` (a 6-digit code).
 * - A repeating table gets its remove buttons and its 添加 button as void fields named `__remove` /
 *   `__add` (a data field name must start with a letter, so they never clash).
 */
import type { ISchema } from '@formily/json-schema';
import { resolveField } from '../../../catalog/form/form-fields.js';
import type { FormDefinition, FormField, Primitive } from '../../../schemas/types.generated.js';
import { isKnownComponent } from './component-names.js';
import { formatValidator, type RendererLang } from './format-validators.js';
import { visibilityReaction } from './visibility-reaction.js';

export interface MappingOptions {
  lang?: RendererLang;
  /** Whether the page has 省/市/区 options for a Cascader; without them a region is typed as a code. */
  hasRegions?: boolean;
  /** The rule interpreter (tests pass a stub); defaults to the shared `evaluateCondition`. */
  evaluate?: (rule: unknown, data: unknown) => boolean;
}

/** Component props a definition may set; anything else is dropped (see the module comment). */
const COMPONENT_PROPS = new Set([
  'placeholder', 'prefix', 'suffix', 'addonBefore', 'addonAfter', 'precision', 'min', 'max', 'step',
  'maxLength', 'showCount', 'rows', 'autoSize', 'allowClear', 'mode', 'options', 'title', 'maxColumns',
  'minColumns', 'minWidth', 'maxWidth', 'columnGap', 'rowGap', 'multiple', 'picker', 'format', 'showTime',
  'size', 'accept', 'maxCount', 'layout', 'labelWidth', 'labelAlign', 'colon', 'bordered', 'showSearch',
  'optionType', 'buttonStyle', 'checkedChildren', 'unCheckedChildren', 'gridSpan',
]);
const DECORATOR_PROPS = new Set(['tooltip', 'extra', 'labelWidth', 'labelAlign', 'colon', 'gridSpan', 'layout', 'addonBefore', 'addonAfter', 'asterisk', 'feedbackLayout', 'bordered']);

const FULL_WIDTH = new Set(['NumberPicker', 'DatePicker', 'DatePicker.RangePicker', 'Cascader', 'Select']);

/** Keywords copied as they are: Formily understands them (length and value limits become its validators). */
const COPIED = ['title', 'description', 'default', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'pattern', 'minItems', 'maxItems', 'x-index'] as const;

/** The widget of a field whose `x-component` is missing or unknown. */
function defaultComponent(field: FormField): string | undefined {
  switch (field.type) {
    case 'string': return field.oneOf !== undefined || field.enum !== undefined ? 'Select' : field.format === 'date' ? 'DatePicker' : 'Input';
    case 'number':
    case 'integer': return 'NumberPicker';
    case 'boolean': return 'Switch';
    case 'array': return field.items?.type === 'object' ? 'ArrayItems' : field.items?.enum !== undefined ? 'Checkbox.Group' : undefined;
    case 'object':
    case 'void': return 'FormLayout';
    default: return undefined;
  }
}

/** The widget the renderer uses for a field (after the renames in the module comment). */
export function componentOf(field: FormField, options: MappingOptions = {}): string | undefined {
  const named = field['x-component'];
  if (named === 'Upload') return 'FileIds';
  if (named === 'ArrayTable') return 'ArrayItems';
  if (named === 'Cascader' && !options.hasRegions) return 'RegionCodeInput';
  if (isKnownComponent(named) && !named.startsWith('ArrayItems.') && named !== 'FormItem') return named;
  return defaultComponent(field);
}

function pick(props: Record<string, unknown> | undefined, allowed: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (props === undefined || props === null || typeof props !== 'object') return undefined;
  const out = Object.fromEntries(Object.entries(props).filter(([k]) => allowed.has(k)));
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Choices with labels, in the `{label, value}` shape Formily widgets take as `enum`/dataSource. */
export function choicesOf(field: FormField): { label: string; value: Primitive }[] | undefined {
  if (field.oneOf !== undefined) return field.oneOf.map((o) => ({ label: o.title ?? String(o.const), value: o.const }));
  if (field.enum !== undefined) return field.enum.map((v) => ({ label: String(v), value: v }));
  if (field.type === 'array' && field.items?.enum !== undefined) {
    const labels = field['x-component-props']?.options;
    const labelOf = (v: Primitive): string => {
      const found = Array.isArray(labels) ? labels.find((o: unknown) => (o as { value?: unknown } | null)?.value === v) as { label?: unknown } | undefined : undefined;
      return typeof found?.label === 'string' ? found.label : String(v);
    };
    return field.items.enum.map((v) => ({ label: labelOf(v), value: v }));
  }
  return undefined;
}

/**
 * The Formily schema of a form.
 *
 * @example
 * const schema = toFormilySchema(matter.form);
 * <SchemaField schema={schema} /> // inside a FormProvider
 */
export function toFormilySchema(form: FormDefinition, options: MappingOptions = {}): ISchema {
  return { type: 'object', properties: mapProperties(form, form, new Set(form.required ?? []), options) };
}

/** The Formily properties of a container, with the names its data owner (and void containers on the way) require. */
function mapProperties(form: FormDefinition, container: FormDefinition | FormField, required: ReadonlySet<string>, options: MappingOptions): Record<string, ISchema> {
  const out: Record<string, ISchema> = {};
  for (const [name, raw] of Object.entries(container.properties ?? {})) {
    if (raw === null || typeof raw !== 'object') continue;
    out[name] = mapField(form, raw, required.has(name), required, options);
  }
  return out;
}

/**
 * One field. `inherited` is what the enclosing data object requires: a void container passes it
 * (plus its own list) to its children, since they land in that same object.
 */
function mapField(form: FormDefinition, raw: FormField, required: boolean, inherited: ReadonlySet<string>, options: MappingOptions): ISchema {
  const field = resolveField(form, raw, '').field;
  const out: ISchema = { type: field.type ?? 'string' };
  for (const key of COPIED) if (field[key] !== undefined) (out as Record<string, unknown>)[key] = field[key];
  // A layout container is never required; a data field is when its object (or a section around it) says so.
  if (required && field.type !== 'void') out.required = true;

  const component = componentOf(field, options);
  if (component !== undefined) out['x-component'] = component;
  const props = pick(field['x-component-props'], COMPONENT_PROPS) ?? {};
  // The builder writes antd's `valueFormat`; Formily's DatePicker formats its output with `format`.
  const valueFormat = field['x-component-props']?.valueFormat;
  if (typeof valueFormat === 'string' && props.format === undefined) props.format = valueFormat;
  if (component === 'Card' && props.title === undefined && field.title !== undefined) props.title = field.title;
  // Pickers and number boxes are narrow by default in antd; in a form they span the column like inputs.
  if (component !== undefined && FULL_WIDTH.has(component)) props.style = { width: '100%' };
  if (Object.keys(props).length > 0) out['x-component-props'] = props;

  if (field.type !== 'void') {
    const decorator = field['x-decorator'];
    // Every data field gets a labelled FormItem unless it is a table row; a field of a hand-written
    // form without one would otherwise show no label and no error.
    out['x-decorator'] = decorator === 'ArrayItems.Item' ? decorator : 'FormItem';
    const decoratorProps = pick(field['x-decorator-props'], DECORATOR_PROPS);
    if (decoratorProps !== undefined) out['x-decorator-props'] = decoratorProps;
  } else if (field['x-decorator'] === 'FormItem') {
    out['x-decorator'] = 'FormItem';
  }
  if (field['x-read-pretty'] === true) out['x-read-pretty'] = true;

  const choices = choicesOf(field);
  if (choices !== undefined) out.enum = choices;

  const validator = formatValidator(field.format, options.lang);
  if (validator !== undefined) out['x-validator'] = validator;

  if (field['x-visible-when'] !== undefined) out['x-reactions'] = visibilityReaction(field['x-visible-when'], options.evaluate);

  if (field.type === 'void') {
    const own = new Set([...inherited, ...(field.required ?? [])]);
    out.properties = mapProperties(form, field, own, options);
  } else if (field.type === 'object') {
    out.properties = mapProperties(form, field, new Set(field.required ?? []), options);
  } else if (field.type === 'array' && component === 'ArrayItems') {
    out.items = mapTableRow(form, field, options);
    out.properties = { __add: { type: 'void', title: options.lang === 'en' ? 'Add a row' : '添加一行', 'x-component': 'ArrayItems.Addition' } };
  }
  return out;
}

/** A repeating table's row: its columns, then a remove button. */
function mapTableRow(form: FormDefinition, table: FormField, options: MappingOptions): ISchema {
  const row = table.items === undefined ? {} : resolveField(form, table.items, '').field;
  return {
    type: 'object',
    'x-decorator': 'ArrayItems.Item',
    properties: {
      ...mapProperties(form, row, new Set(row.required ?? []), options),
      __remove: { type: 'void', 'x-decorator': 'FormItem', 'x-component': 'ArrayItems.Remove' },
    },
  };
}
