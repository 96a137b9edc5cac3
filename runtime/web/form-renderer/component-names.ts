/**
 * The widget names the renderer knows, as forms write them in `x-component` / `x-decorator`. Pure
 * data (no React), so the schema mapping and its tests can check names without loading antd.
 * `components.tsx` provides one React component per name; the mapping replaces any other name by
 * the default widget of the field's type, so a hand-written or future form still renders.
 * Formily looks a dotted name up as a path (`Radio.Group` is `Radio`'s `Group`), so every prefix
 * of a dotted name is a name too.
 */
export const COMPONENT_NAMES = [
  'Input', 'Input.TextArea', 'NumberPicker', 'Switch', 'DatePicker', 'DatePicker.RangePicker',
  'Select', 'Radio', 'Radio.Group', 'Checkbox', 'Checkbox.Group', 'Cascader', 'RegionCodeInput', 'FileIds',
  'ArrayItems', 'ArrayItems.Item', 'ArrayItems.Remove', 'ArrayItems.Addition', 'ArrayItems.Index',
  'Card', 'FormGrid', 'FormLayout', 'FormItem',
] as const;

export type ComponentName = (typeof COMPONENT_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(COMPONENT_NAMES);

export function isKnownComponent(name: unknown): name is ComponentName {
  return typeof name === 'string' && KNOWN.has(name);
}
