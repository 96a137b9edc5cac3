/**
 * The JSON Schema of a form's *data*: what a submission must look like, without the layout.
 * Formily's `void` containers (sections, grids) group fields on screen but add no level to the
 * data, so their fields are lifted into the enclosing object; `x-*` UI hints are dropped. Used by
 * `form.d.ts` (json-schema-to-typescript) and, with conditional fields compiled in, by the server's
 * validation of submissions.
 */
import type { FormDefinition, FormField } from '../../schemas/types.generated.js';

type Schema = Record<string, unknown>;

/** @example formDataSchema({ type:'object', properties:{ s:{ type:'void', properties:{ a:{ type:'string' } } } } }) // properties: { a } */
export function formDataSchema(form: FormDefinition): Schema {
  const out = objectSchema(form as unknown as FormField);
  delete out['x-component'];
  if (form.$defs) {
    out.$defs = Object.fromEntries(Object.entries(form.$defs).map(([k, v]) => [k, fieldSchema(v)]));
  }
  if (form.title) out.title = form.title;
  return out;
}

function fieldSchema(field: FormField): Schema {
  if (field.type === 'object' || (field.type === undefined && field.properties)) return objectSchema(field);
  const out: Schema = {};
  for (const [k, v] of Object.entries(field)) {
    if (k.startsWith('x-') || k === 'properties' || k === 'required') continue;
    out[k] = k === 'items' ? fieldSchema(v as FormField) : v;
  }
  return out;
}

/** An object's data schema: its own fields plus those of every nested void container, flattened. */
function objectSchema(field: FormField): Schema {
  const properties: Record<string, Schema> = {};
  const required = new Set<string>(field.required ?? []);
  lift(field, properties, required);
  const out: Schema = {};
  for (const [k, v] of Object.entries(field)) {
    if (k.startsWith('x-') || k === 'properties' || k === 'required' || k === '$defs') continue;
    out[k] = v;
  }
  out.type = 'object';
  out.properties = properties;
  // Only data fields can be required; a required void container means its required fields.
  const req = [...required].filter((name) => name in properties);
  if (req.length) out.required = req;
  return out;
}

function lift(container: FormField, properties: Record<string, Schema>, required: Set<string>): void {
  for (const [name, child] of Object.entries(container.properties ?? {})) {
    if (child.type === 'void') {
      for (const r of child.required ?? []) required.add(r);
      lift(child, properties, required);
    } else {
      properties[name] = fieldSchema(child);
    }
  }
}
