/**
 * The schema the server checks a submission's form data with: the form's data schema, with every
 * conditional field (`x-visible-when`) compiled to `if / then / else`, so ajv enforces what the
 * browser shows. Declared once on the form; the browser's reactions and this schema both come
 * from it, and this side never runs definition code (STYLE rule 7).
 */
import type { FormDefinition, FormField } from '../../schemas/types.generated.js';
import { conditionSchema, type FieldTypes, type JsonType } from './condition-schema.js';
import { fieldJsonTypes } from './field-json-types.js';
import { formDataSchema } from './form-data-schema.js';
import { formFields, type FormFieldInfo } from './form-fields.js';
import { formSchemaNodes } from './form-schema-nodes.js';

type SchemaObject = Record<string, unknown>;

/** A conditional field whose rule has no exact JSON Schema form: the validator runs the rule itself. */
export interface EvaluatedField {
  /** Data path as `formFields` names it (`members[].note`). */
  path: string;
  /** Where its parent object sits: property names, `[]` for "each element". Empty at the root. */
  parent: string[];
  name: string;
  title?: string;
  /** Required when shown. */
  required: boolean;
  /** All must hold for the field to show: the rules of the void containers around it, then its own. */
  rules: unknown[];
  /** Why the rule stayed with the interpreter. */
  reason: string;
}

export interface SubmissionPlan {
  /** Draft 2020-12, for `createAjv()`. */
  schema: SchemaObject;
  /** Conditional fields the schema leaves optional, to be decided by `evaluateCondition`. */
  evaluated: EvaluatedField[];
}

/**
 * The submission schema of a form (see {@link submissionPlan}).
 * @example createAjv().compile(submissionSchema(sampleMatter().form))({ operatorName: '…', byAgent: false, agentName: 'x' }) // false: agentName is hidden
 */
export function submissionSchema(form: FormDefinition): SchemaObject {
  return submissionPlan(form).schema;
}

/**
 * The submission schema of a form and the conditional fields it could not compile.
 *
 * 1. Start from `formDataSchema(form)` (void containers lifted, `x-*` hints dropped), copied; an
 *    object that declares its properties refuses others (`additionalProperties: false`): what is
 *    not on the form is not stored with the case, and a hidden field cannot come back unnamed.
 * 2. A field shows when every rule on its way holds: those of the void containers it sits in (up to
 *    its data parent) and its own `x-visible-when`.
 * 3. A conditional field leaves its parent's `required` list: required applies only when shown.
 * 4. Its rules (joined with `and`) compile by `conditionSchema` against the declared fields' types.
 *    Compiled: the root gets `{ if, then, else }` in `allOf`, with `then` the parent requiring it
 *    (when the form requires it) and `else` the parent refusing it (`properties: { name: false }`,
 *    the same as `not: { required: [name] }` but reported at the field's own path). The field's
 *    constraints stay in `properties`: they apply whenever it is given, which `else` allows only
 *    while it shows. Parents inside arrays get `items`, so each row is checked.
 * 5. Not compiled: it is listed in `evaluated` with the reason and marked with a `$comment`; the
 *    validator decides it with `evaluateCondition`. Nothing is guessed.
 */
export function submissionPlan(form: FormDefinition): SubmissionPlan {
  // 1. The data schema.
  const schema = structuredClone(formDataSchema(form));
  closeObjects(schema);
  const fields = formFields(form);
  const types: Map<string, ReadonlySet<JsonType> | undefined> = new Map();
  for (const f of fields) if (!f.path.includes('[]')) types.set(f.path, fieldJsonTypes(f.field));
  const voidRules = voidContainerRules(form);
  const allOf: SchemaObject[] = [];
  const evaluated: EvaluatedField[] = [];
  for (const f of fields) {
    // 2. Rules on the way to the field.
    const rules = [...rulesAround(f, voidRules)];
    if (f.field['x-visible-when'] !== undefined) rules.push(f.field['x-visible-when']);
    if (rules.length === 0) continue;
    // 3. Required only when shown.
    const segments = splitDataPath(f.path);
    const name = segments.pop()!;
    const parent = objectAt(schema, segments);
    if (parent !== undefined && Array.isArray(parent.required)) {
      parent.required = parent.required.filter((r) => r !== name);
      if ((parent.required as unknown[]).length === 0) delete parent.required;
    }
    // 4. Compiled.
    const compiled = conditionSchema(rules.length === 1 ? rules[0] : { and: rules }, types as FieldTypes);
    if (compiled.ok) {
      allOf.push({
        if: compiled.schema,
        ...(f.required ? { then: under(segments, { type: 'object', required: [name] }) } : {}),
        else: under(segments, { type: 'object', properties: { [name]: false } }),
      });
      continue;
    }
    // 5. Left to the interpreter.
    evaluated.push({ path: f.path, parent: segments, name, ...(f.field.title ? { title: f.field.title } : {}), required: f.required, rules, reason: compiled.reason });
    const own = (parent?.properties as Record<string, SchemaObject> | undefined)?.[name];
    if (own !== undefined && typeof own === 'object') own.$comment = `shown only when its visibility rule holds, checked by the JsonLogic interpreter: ${compiled.reason}`;
  }
  if (allOf.length > 0) schema.allOf = [...((schema.allOf as SchemaObject[] | undefined) ?? []), ...allOf];
  return { schema, evaluated };
}

/** `a.b[].c` → ['a', 'b', '[]', 'c']: field names never hold `.` or `[`. */
export function splitDataPath(path: string): string[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** `inner` applied at the object a path leads to: objects by `properties`, array rows by `items`. */
function under(segments: readonly string[], inner: SchemaObject): SchemaObject {
  let schema = inner;
  for (let i = segments.length - 1; i >= 0; i--) {
    schema = segments[i] === '[]' ? { type: 'array', items: schema } : { type: 'object', properties: { [segments[i]]: schema } };
  }
  return schema;
}

/** The object schema a path leads to in the data schema, through `$ref` into `$defs`. */
function objectAt(root: SchemaObject, segments: readonly string[]): SchemaObject | undefined {
  const defs = (root.$defs ?? {}) as Record<string, SchemaObject>;
  const resolve = (s: unknown): SchemaObject | undefined => {
    let node = s as SchemaObject | undefined;
    for (let hops = 0; node !== undefined && typeof node.$ref === 'string' && hops < 50; hops++) {
      node = defs[/^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1] ?? ''];
    }
    return node !== undefined && typeof node === 'object' ? node : undefined;
  };
  let node: SchemaObject | undefined = root;
  for (const s of segments) {
    if (node === undefined) return undefined;
    node = resolve(s === '[]' ? node.items : (node.properties as Record<string, unknown> | undefined)?.[s]);
  }
  return node;
}

/** Every object schema that lists its properties refuses others. */
function closeObjects(schema: SchemaObject): void {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const s = node as SchemaObject;
    const props = s.properties as Record<string, unknown> | undefined;
    if (s.type === 'object' && props !== undefined && Object.keys(props).length > 0 && s.additionalProperties === undefined) s.additionalProperties = false;
    stack.push(...Object.values(props ?? {}), s.items, ...Object.values((s.$defs ?? {}) as Record<string, unknown>));
  }
}

/** Void containers with a rule, by pointer: they hide every field declared inside them. */
function voidContainerRules(form: FormDefinition): Map<string, { void: boolean; rule?: unknown }> {
  const byPointer = new Map<string, { void: boolean; rule?: unknown }>();
  for (const node of formSchemaNodes(form)) {
    const s = node.schema as FormField;
    byPointer.set(node.pointer, { void: s.type === 'void', rule: s.type === 'void' ? s['x-visible-when'] : undefined });
  }
  return byPointer;
}

/** The rules of the void containers between a field and its data parent, outermost first. */
function rulesAround(f: FormFieldInfo, nodes: Map<string, { void: boolean; rule?: unknown }>): unknown[] {
  const rules: unknown[] = [];
  let pointer = f.pointer;
  for (;;) {
    const cut = pointer.lastIndexOf('/properties/');
    if (cut < 0) break;
    pointer = pointer.slice(0, cut);
    const node = nodes.get(pointer);
    if (node === undefined || !node.void) break;
    if (node.rule !== undefined) rules.unshift(node.rule);
  }
  return rules;
}

