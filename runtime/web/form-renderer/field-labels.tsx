/**
 * Accessible names for every field the renderer draws, in one place rather than per widget.
 *
 * @formily/antd-v5's FormItem draws its label as a bare `<label>` tied to nothing, and Formily passes
 * a widget no id, so a screen reader announced "edit text" / "switch" with no name (axe: `label`,
 * `aria-toggle-field-name`). Here:
 * - each data field gets an id from the form's own prefix (React's `useId`, so two forms on one page,
 *   e.g. the designer's preview beside another, never share ids) and its Formily address:
 *   `mf-r1-applicant.name`, `mf-r1-items.0.amount` (a table row's index is in the address);
 * - the `FormItem` decorator wraps the label text in `<span id="…-label">` and, once the widget is
 *   in the page, points its `<label>`'s `for` at the widget when that is a labelable element
 *   (`input`, `textarea`, `button`…), so a click on the label focuses it as a native form does;
 * - every widget is wrapped by {@link withFieldName}: it receives `id` and `aria-labelledby` (the
 *   label span), or `aria-label` = the field's title when no FormItem label is drawn; a widget that
 *   is a group of controls (radios, checkboxes, the file list, a repeating table) also gets
 *   `role="radiogroup"` / `role="group"`, so the group's name is the field's title while each
 *   option keeps its own text.
 * Read-only views (PreviewText) get none of it: text needs no name, and `aria-labelledby` on a plain
 * `div` is not allowed. Widgets that stay themselves when read-only (a switch and a checkbox drawn
 * disabled, a table's group) are wrapped with `readPretty: true` and keep their name.
 */
import { FormItem as FormilyFormItem } from '@formily/antd-v5';
import { isVoidField } from '@formily/core';
import { observer, useField } from '@formily/react';
import { createContext, createElement, useContext, useLayoutEffect, type ComponentType, type ReactNode } from 'react';

/** The id prefix of one rendered form; `<ApplicantForm>` provides a unique one. */
export const FormIdContext = createContext('mf');

export interface FieldIds {
  /** The widget's id. */
  controlId: string;
  /** The id of the span holding the FormItem's label text. */
  labelId: string;
}

/** The ids of the field at `address` in the form with id prefix `prefix` (an id holds no whitespace). */
export function fieldIds(prefix: string, address: string): FieldIds {
  const path = address.replace(/\s/g, '_');
  return { controlId: `${prefix}-${path}`, labelId: `${prefix}-${path}-label` };
}

/** What a FormItem tells the widget it decorates. */
interface ItemLabel {
  address: string;
  /** Whether the FormItem draws a label (the span with the label id is in the page). */
  labelled: boolean;
}

const ItemLabelContext = createContext<ItemLabel | undefined>(undefined);

/** Elements a `<label for>` can name (HTML's labelable elements). */
const LABELABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'METER', 'OUTPUT', 'PROGRESS']);

type FormItemProps = Record<string, unknown> & { label?: ReactNode; children?: ReactNode };

const Item = FormilyFormItem as unknown as ComponentType<FormItemProps>;

/**
 * The FormItem decorator with a label tied to its widget (see the module comment). A void field's
 * FormItem (a table row's remove button) has no widget to name and is drawn as it was.
 */
export const LabelledFormItem = observer(function LabelledFormItem(props: FormItemProps) {
  const field = useField();
  const prefix = useContext(FormIdContext);
  const data = field !== undefined && field !== null && !isVoidField(field);
  const address = data ? field.address.toString() : '';
  const { controlId, labelId } = fieldIds(prefix, address);
  const text = props.label ?? (data ? field.title : undefined);
  const labelled = data && text !== undefined && text !== null && text !== '' && text !== false;

  useLayoutEffect(() => {
    if (!labelled) return;
    const span = document.getElementById(labelId);
    const label = span?.closest('label');
    if (label === null || label === undefined) return;
    const control = document.getElementById(controlId);
    if (control !== null && LABELABLE.has(control.tagName)) label.htmlFor = controlId;
    else label.removeAttribute('for');
  });

  if (!data) return createElement(Item, props);
  return createElement(
    ItemLabelContext.Provider,
    { value: { address, labelled } },
    createElement(Item, { ...props, label: labelled ? createElement('span', { id: labelId }, text as ReactNode) : props.label }),
  );
});

/** How a widget is named: a single control, or a group of options / controls. */
export type FieldRole = 'control' | 'radiogroup' | 'group';

export interface FieldNameOptions {
  /** How the widget is named: a single control (default), or a group of options / controls. */
  role?: FieldRole;
  /** Whether the widget is still itself when read-only (not a PreviewText), so it keeps its name. */
  readPretty?: boolean;
}

/**
 * `Widget` receiving its field's id and accessible name (see the module comment); props the
 * definition set come first, so a definition cannot replace the id or the name.
 */
export function withFieldName<P extends object>(Widget: ComponentType<P>, options: FieldNameOptions = {}): ComponentType<P> {
  const { role = 'control', readPretty = false } = options;
  const Named = observer(function Named(props: P) {
    const field = useField();
    const prefix = useContext(FormIdContext);
    const item = useContext(ItemLabelContext);
    if (field === undefined || field === null || isVoidField(field) || (field.readPretty && !readPretty)) return createElement(Widget, props);
    const address = field.address.toString();
    const { controlId, labelId } = fieldIds(prefix, address);
    const title = typeof field.title === 'string' && field.title.trim() !== '' ? field.title : undefined;
    const name = item !== undefined && item.address === address && item.labelled
      ? { 'aria-labelledby': labelId }
      : title !== undefined ? { 'aria-label': title } : {};
    return createElement(Widget, { ...props, id: controlId, ...(role === 'control' ? {} : { role }), ...name });
  });
  (Named as { displayName?: string }).displayName = `Named(${(Widget as { displayName?: string }).displayName ?? Widget.name ?? 'Widget'})`;
  return Named as unknown as ComponentType<P>;
}
