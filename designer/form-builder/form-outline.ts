/**
 * The tree the builder's canvas and its outline panel draw: every field and layout container in
 * display order, each with what the canvas shows on its card (kind, title, 必填, and when it is
 * shown, in words a clerk reads rather than JsonLogic).
 */
import { formFields } from '../../catalog/form/form-fields.js';
import type { FormDefinition, FormField, Primitive } from '../../schemas/types.generated.js';
import { kindOf, type FieldKindId } from './field-kinds.js';
import { isRequired } from './form-rewrites.js';
import { dataPathOf, joinPath, orderedNames, propertiesHolder, type Container } from './form-tree.js';
import { choicesFor, fromJsonLogic, type VisibleRule } from './visible-when-builder.js';

export interface OutlineNode {
  /** Schema path (void containers included), what the commands take. */
  path: string;
  name: string;
  /** Data path (void containers skipped), what conditions read; undefined for layout containers. */
  dataPath?: string;
  /** Palette kind, or undefined for a field no palette kind fits (hand-written). */
  kind?: FieldKindId;
  title: string;
  required: boolean;
  /** When the field is shown, in Chinese; undefined when always shown. */
  visibility?: string;
  children: OutlineNode[];
}

/**
 * The form as an ordered tree (by `x-index`, then declaration order, as Formily renders it). A
 * table's columns are its children.
 *
 * @example formOutline(form)[4].visibility // '当 是否委托代理人办理 为 是 时显示'
 */
export function formOutline(form: FormDefinition): OutlineNode[] {
  const fields = new Map(formFields(form).map((f) => [f.path, f.field]));
  const visit = (container: Container, parentPath: string): OutlineNode[] =>
    orderedNames(container).map((name) => {
      const field = container.properties![name];
      const path = joinPath(parentPath, name);
      const holder = propertiesHolder(field);
      const rule = field['x-visible-when'];
      const kind = kindOf(field);
      return {
        path, name, dataPath: dataPathOf(form, path), kind, title: field.title ?? name,
        required: field.type !== 'void' && isRequired(form, parentPath, name),
        visibility: rule === undefined ? undefined : describeVisibleWhen(rule, fields),
        // An address is one field on the canvas; its region / detail parts are not edited apart.
        children: holder === undefined || kind === 'address' ? [] : visit(holder, path),
      };
    });
  return visit(form, '');
}

const WORDS: Record<VisibleRule['operator'], string> = {
  equals: '为', notEquals: '不为', in: '为', notIn: '不为', isTrue: '为 是', isFalse: '不为 是',
  gt: '大于', gte: '大于等于', lt: '小于', lte: '小于等于', isEmpty: '未填写', isNotEmpty: '已填写',
};

/**
 * A visibility condition in Chinese, naming fields by title and values by their labels:
 * `当 是否委托代理人办理 为 是 时显示`, `当 经营项目 为 餐饮服务、单位食堂 之一 且 …`. A rule the
 * point-and-choose model cannot show is summarised as 按自定义条件显示.
 *
 * @param fields the form's fields by data path (from `formFields`), for titles and labels.
 */
export function describeVisibleWhen(rule: unknown, fields: ReadonlyMap<string, FormField>): string {
  const said = describeCondition(rule, fields);
  if (said === undefined) return '按自定义条件显示';
  return said === '' ? '始终显示' : `当 ${said} 时显示`;
}

/**
 * A condition on form answers in Chinese words (`是否委托代理人办理 为 是`), for visibility rules
 * and flow-edge labels; '' for no rules; undefined for a rule the point-and-choose model cannot show.
 */
export function describeCondition(rule: unknown, fields: ReadonlyMap<string, FormField>): string | undefined {
  const model = fromJsonLogic(rule);
  if (model === undefined) return undefined;
  const parts = model.rules.map((r) => {
    const field = fields.get(r.field);
    const who = field?.title ?? r.field;
    const label = (v: Primitive): string => {
      const found = field === undefined ? undefined : choicesFor(field).find((c) => c.value === v);
      return found?.label ?? (v === null ? '空' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v));
    };
    const values = Array.isArray(r.value) ? r.value : r.value === undefined ? [] : [r.value];
    const said = values.map(label).join('、');
    if (r.operator === 'in') return `${who} 为 ${said} 之一`;
    if (r.operator === 'notIn') return `${who} 不为 ${said} 中任一`;
    return values.length === 0 ? `${who} ${WORDS[r.operator]}` : `${who} ${WORDS[r.operator]} ${said}`;
  });
  return parts.join(model.combinator === 'all' ? ' 且 ' : ' 或 ');
}
