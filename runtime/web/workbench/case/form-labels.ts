/**
 * The case's form data in the form's words: each answered field with its title (through void
 * sections, grids and objects) and the option label for a choice, in the form's order.
 */
import type { FormDefinition, FormField } from '../../../../schemas/types.generated.js';

export interface LabelledValue {
  path: string;
  title: string;
  value: string;
}

interface Option {
  value: unknown;
  label?: string;
}

/** The labelled choices a field offers: `oneOf` const/title, the items' `oneOf`, the component's `options`. */
function optionsOf(field: FormField): Option[] {
  const out: Option[] = [];
  for (const o of field.oneOf ?? []) out.push({ value: o.const, label: o.title });
  const items = field.items as FormField | undefined;
  for (const o of items?.oneOf ?? []) out.push({ value: o.const, label: o.title });
  const options = field['x-component-props']?.options;
  if (Array.isArray(options)) {
    for (const o of options as unknown[]) {
      if (o && typeof o === 'object' && 'value' in o) {
        const { value, label } = o as { value: unknown; label?: unknown };
        out.push({ value, label: typeof label === 'string' ? label : undefined });
      }
      else if (typeof o === 'string' || typeof o === 'number') out.push({ value: o, label: String(o) });
    }
  }
  return out;
}

function text(field: FormField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const options = optionsOf(field);
  const label = (v: unknown) => {
    if (typeof v === 'boolean') return v ? '是' : '否';
    return options.find((o) => o.value === v && o.label !== undefined)?.label ?? String(v);
  };
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map(label).join('、');
    return value.map((row) => (row && typeof row === 'object' ? Object.values(row as Record<string, unknown>).map((v) => String(v ?? '')).join(' / ') : String(row))).join('；');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return label(value);
}

/** Every data field the form has, with its value in `data` (fields the data lacks are left out). */
export function labelledValues(form: FormDefinition, data: Record<string, unknown>): LabelledValue[] {
  const out: LabelledValue[] = [];
  const walk = (props: Record<string, FormField> | undefined, values: Record<string, unknown>, prefix: string, titlePrefix: string) => {
    for (const [key, field] of Object.entries(props ?? {})) {
      if (field.type === 'void') {
        walk(field.properties as Record<string, FormField> | undefined, values, prefix, titlePrefix);
        continue;
      }
      const value = values[key];
      const path = prefix ? `${prefix}.${key}` : key;
      const title = (titlePrefix ? `${titlePrefix} · ` : '') + (field.title ?? key);
      if (field.type === 'object' && field.properties && value && typeof value === 'object' && !Array.isArray(value)) {
        walk(field.properties as Record<string, FormField>, value as Record<string, unknown>, path, field.title ?? key);
        continue;
      }
      if (value === undefined) continue;
      out.push({ path, title, value: text(field, value) });
    }
  };
  walk(form.properties, data, '', '');
  return out;
}
