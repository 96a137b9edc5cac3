/**
 * The palette of the visual form builder: the field kinds a government service hall needs, each
 * a factory of a {@link FormField} whose data rules are plain JSON Schema (what ajv checks on the
 * server) and whose widget choice lives in Formily `x-*` hints (what the browser renders). Keeping
 * the two apart (STYLE rule 3) is why e.g. 金额 is a `number` with `multipleOf: 0.01` and the ¥ sign
 * is only a component prop.
 *
 * Pure data: no React, no DOM; the React palette maps {@link FieldKindId} to its own widgets.
 */
import type { FormField } from '../../schemas/types.generated.js';

export type FieldKindId =
  | 'text' | 'textarea' | 'number' | 'money' | 'date' | 'dateRange' | 'select' | 'radio' | 'checkbox'
  | 'idCard' | 'mobile' | 'uscc' | 'address' | 'file' | 'table' | 'section' | 'grid';

/** One palette entry. */
export interface FieldKind {
  id: FieldKindId;
  /** Chinese label shown in the palette and used as the default title of a new field. */
  label: string;
  /** Icon name (Ant Design icon component name) the React palette renders. */
  icon: string;
  /** Palette group: data fields, or layout containers that hold fields but no data. */
  group: 'basic' | 'choice' | 'certificate' | 'composite' | 'layout';
  /** Whether other fields can be dropped into it (layout containers and the repeating table). */
  container: boolean;
  /** A new field of this kind with the given title; a fresh object on every call. */
  create(title?: string): FormField;
}

/** The default choices of a new choice field, so it validates and lint has labels to show. */
const DEFAULT_OPTIONS = [
  { const: 'option1', title: '选项1' },
  { const: 'option2', title: '选项2' },
];

function input(title: string, component: string, extra: Partial<FormField> = {}, props: Record<string, unknown> = {}): FormField {
  return {
    type: 'string', title, ...extra,
    'x-decorator': 'FormItem', 'x-component': component,
    'x-component-props': { placeholder: `请输入${title}`, ...props },
  };
}

function choice(title: string, component: string): FormField {
  return {
    type: 'string', title, oneOf: DEFAULT_OPTIONS.map((o) => ({ ...o })),
    'x-decorator': 'FormItem', 'x-component': component,
  };
}

/**
 * Every kind of the palette, in palette order.
 *
 * Choices made here (documented because the React layer and the server both depend on them):
 * - 日期 is a string with `format: date` (ISO `YYYY-MM-DD`): the server checks it, JsonLogic can
 *   compare it, and DatePicker's `valueFormat` keeps it a string instead of a dayjs object.
 * - 日期范围 is an array of exactly two such strings, the shape RangePicker produces.
 * - 多选 is an array whose items carry the `enum` (values unique); the labels live in
 *   `x-component-props.options` because JSON Schema has no label for an `enum` member.
 * - 地址 is an object `{ region, detail }`: `region` is the 省/市/区 codes chosen with a Cascader
 *   (GB/T 2260 administrative-division codes, 1 to 3 of them), `detail` the street address. A
 *   single text with `maxLength` was rejected: the hall routes and counts cases by district, which
 *   free text cannot support without parsing.
 * - 附件 is the list of uploaded file ids (strings); the file bytes never enter the form data, so
 *   a case can only cite files it uploaded (the cases API checks those ids).
 * - 表格 uses ArrayItems (cards that stack on a phone) rather than ArrayTable, with an object item
 *   schema whose properties are the columns; it starts with no column.
 * - 分组 is a void Card, 栅格 a void FormGrid: layout only, they add nothing to the data.
 */
export const FIELD_KINDS: readonly FieldKind[] = [
  { id: 'text', label: '单行文本', icon: 'FontSizeOutlined', group: 'basic', container: false, create: (t = '单行文本') => input(t, 'Input', { maxLength: 200 }) },
  { id: 'textarea', label: '多行文本', icon: 'AlignLeftOutlined', group: 'basic', container: false, create: (t = '多行文本') => input(t, 'Input.TextArea', { maxLength: 2000 }) },
  {
    id: 'number', label: '数字', icon: 'NumberOutlined', group: 'basic', container: false,
    create: (t = '数字') => ({ type: 'number', title: t, 'x-decorator': 'FormItem', 'x-component': 'NumberPicker', 'x-component-props': { placeholder: `请输入${t}` } }),
  },
  {
    id: 'money', label: '金额', icon: 'MoneyCollectOutlined', group: 'basic', container: false,
    create: (t = '金额') => ({
      type: 'number', title: t, minimum: 0, multipleOf: 0.01,
      'x-decorator': 'FormItem', 'x-component': 'NumberPicker', 'x-component-props': { prefix: '¥', precision: 2, placeholder: `请输入${t}` },
    }),
  },
  {
    id: 'date', label: '日期', icon: 'CalendarOutlined', group: 'basic', container: false,
    create: (t = '日期') => ({ type: 'string', format: 'date', title: t, 'x-decorator': 'FormItem', 'x-component': 'DatePicker', 'x-component-props': { valueFormat: 'YYYY-MM-DD' } }),
  },
  {
    id: 'dateRange', label: '日期范围', icon: 'FieldTimeOutlined', group: 'basic', container: false,
    create: (t = '日期范围') => ({
      type: 'array', title: t, minItems: 2, maxItems: 2, items: { type: 'string', format: 'date' },
      'x-decorator': 'FormItem', 'x-component': 'DatePicker.RangePicker', 'x-component-props': { valueFormat: 'YYYY-MM-DD' },
    }),
  },
  { id: 'select', label: '下拉选择', icon: 'DownSquareOutlined', group: 'choice', container: false, create: (t = '下拉选择') => choice(t, 'Select') },
  { id: 'radio', label: '单选', icon: 'CheckCircleOutlined', group: 'choice', container: false, create: (t = '单选') => choice(t, 'Radio.Group') },
  {
    id: 'checkbox', label: '多选', icon: 'CheckSquareOutlined', group: 'choice', container: false,
    create: (t = '多选') => ({
      type: 'array', title: t, uniqueItems: true, items: { type: 'string', enum: DEFAULT_OPTIONS.map((o) => o.const) },
      'x-decorator': 'FormItem', 'x-component': 'Checkbox.Group',
      'x-component-props': { options: DEFAULT_OPTIONS.map((o) => ({ label: o.title, value: o.const })) },
    }),
  },
  { id: 'idCard', label: '身份证号', icon: 'IdcardOutlined', group: 'certificate', container: false, create: (t = '身份证号') => input(t, 'Input', { format: 'id-card' }) },
  { id: 'mobile', label: '手机号', icon: 'MobileOutlined', group: 'certificate', container: false, create: (t = '手机号') => input(t, 'Input', { format: 'mobile' }) },
  { id: 'uscc', label: '统一社会信用代码', icon: 'BankOutlined', group: 'certificate', container: false, create: (t = '统一社会信用代码') => input(t, 'Input', { format: 'uscc' }) },
  {
    id: 'address', label: '地址', icon: 'EnvironmentOutlined', group: 'composite', container: false,
    create: (t = '地址') => ({
      type: 'object', title: t, 'x-decorator': 'FormItem', 'x-component': 'FormLayout',
      properties: {
        region: {
          type: 'array', title: '省市区', minItems: 1, maxItems: 3, items: { type: 'string', pattern: '^[0-9]{6}$' },
          'x-decorator': 'FormItem', 'x-component': 'Cascader', 'x-component-props': { placeholder: '请选择省/市/区' }, 'x-index': 0,
        },
        detail: {
          type: 'string', title: '详细地址', maxLength: 200,
          'x-decorator': 'FormItem', 'x-component': 'Input', 'x-component-props': { placeholder: '街道、门牌号' }, 'x-index': 1,
        },
      },
    }),
  },
  {
    id: 'file', label: '附件', icon: 'PaperClipOutlined', group: 'composite', container: false,
    create: (t = '附件') => ({
      type: 'array', title: t, items: { type: 'string', minLength: 1, maxLength: 128 }, maxItems: 20,
      'x-decorator': 'FormItem', 'x-component': 'Upload', 'x-component-props': { multiple: true },
    }),
  },
  {
    id: 'table', label: '表格', icon: 'TableOutlined', group: 'composite', container: true,
    create: (t = '表格') => ({
      type: 'array', title: t, maxItems: 100, 'x-decorator': 'FormItem', 'x-component': 'ArrayItems',
      items: { type: 'object', 'x-decorator': 'ArrayItems.Item', properties: {} },
    }),
  },
  {
    id: 'section', label: '分组', icon: 'BorderOutlined', group: 'layout', container: true,
    create: (t = '分组') => ({ type: 'void', title: t, 'x-component': 'Card', 'x-component-props': { title: t }, properties: {} }),
  },
  {
    id: 'grid', label: '栅格', icon: 'AppstoreOutlined', group: 'layout', container: true,
    create: (t = '栅格') => ({ type: 'void', title: t, 'x-component': 'FormGrid', 'x-component-props': { maxColumns: 2, minColumns: 1 }, properties: {} }),
  },
];

const BY_ID = new Map(FIELD_KINDS.map((k) => [k.id, k]));

/** The palette entry of a kind id; undefined for an unknown id (e.g. from an older client). */
export function fieldKind(id: string): FieldKind | undefined {
  return BY_ID.get(id as FieldKindId);
}

/**
 * The kind a field was built as, recognised from its JSON Schema and hints, so the builder can show
 * the right properties panel for forms written by hand or by an older builder; undefined when no
 * palette kind fits (the panel then offers the generic editor).
 *
 * The checks go from the most specific shape to the most general one: a string with `format: id-card`
 * is 身份证号 even though it is also an Input.
 *
 * @example kindOf({ type: 'string', format: 'mobile', 'x-component': 'Input' }) // 'mobile'
 */
export function kindOf(field: FormField): FieldKindId | undefined {
  const component = field['x-component'];
  switch (field.type) {
    case 'void':
      if (component === 'FormGrid') return 'grid';
      return component === 'Card' || component === 'FormLayout' ? 'section' : undefined;
    case 'object': {
      const p = field.properties ?? {};
      return p.region?.type === 'array' && p.detail?.type === 'string' ? 'address' : undefined;
    }
    case 'array':
      if (component === 'ArrayItems' || component === 'ArrayTable') return field.items?.type === 'object' ? 'table' : undefined;
      if (component === 'Upload') return 'file';
      if (component === 'DatePicker.RangePicker') return 'dateRange';
      if (component === 'Checkbox.Group') return 'checkbox';
      return undefined;
    case 'number':
    case 'integer':
      if (component !== 'NumberPicker') return undefined;
      return field.multipleOf === 0.01 || field['x-component-props']?.prefix === '¥' ? 'money' : 'number';
    case 'string':
      if (field.format === 'id-card') return 'idCard';
      if (field.format === 'mobile') return 'mobile';
      if (field.format === 'uscc') return 'uscc';
      if (component === 'DatePicker') return 'date';
      if (component === 'Select') return 'select';
      if (component === 'Radio.Group') return 'radio';
      if (component === 'Input.TextArea') return 'textarea';
      return component === 'Input' ? 'text' : undefined;
    default:
      return undefined;
  }
}
