import type { FormDefinition, FormField } from '../../schemas/types.generated.js';

/** One schema object of a form as declared: the root, a property, an `items` or a `$defs` entry. */
export interface FormSchemaNode {
  schema: FormField | FormDefinition;
  /** JSON Pointer into the form; '' for the root. */
  pointer: string;
  kind: 'root' | 'property' | 'items' | 'def';
  /** The property or `$defs` name. */
  name?: string;
  /**
   * Data path of a property that is a field (same convention as `formFields`); undefined for the
   * root, `items`, void containers and anything inside `$defs` (whose paths depend on the use).
   */
  path?: string;
}

interface Pending {
  schema: FormField | FormDefinition;
  pointer: string;
  kind: FormSchemaNode['kind'];
  name?: string;
  path?: string;
  /** Data path its properties hang under, or undefined inside `$defs`. */
  prefix: string | undefined;
}

/**
 * Every schema object of a form, each once, where it is declared, in document order: the place to
 * check keywords (`required`, `x-visible-when`, `x-component`) so each finding is reported once,
 * whereas `formFields` follows `$ref` and would repeat a shared entry at each use.
 *
 * Walked with an explicit stack; no `$ref` is followed, so recursive entries cannot loop.
 *
 * @example formSchemaNodes(form).filter((n) => n.schema['x-visible-when'] !== undefined)
 */
export function formSchemaNodes(form: FormDefinition): FormSchemaNode[] {
  const out: FormSchemaNode[] = [];
  const stack: Pending[] = [{ schema: form, pointer: '', kind: 'root', prefix: '' }];
  while (stack.length > 0) {
    const { prefix, ...node } = stack.pop()!;
    out.push(node);
    const { schema, pointer } = node;
    const children: Pending[] = [];
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (!isObject(child)) continue;
      const isVoid = child.type === 'void';
      const path = prefix === undefined || isVoid ? undefined : prefix === '' ? name : `${prefix}.${name}`;
      children.push({
        schema: child, pointer: `${pointer}/properties/${escapePointer(name)}`, kind: 'property', name, path,
        prefix: isVoid ? prefix : path,
      });
    }
    if ('items' in schema && isObject(schema.items)) {
      const own = node.path;
      children.push({ schema: schema.items, pointer: `${pointer}/items`, kind: 'items', prefix: own === undefined ? undefined : `${own}[]` });
    }
    if (node.kind === 'root') {
      for (const [name, def] of Object.entries(form.$defs ?? {})) {
        if (isObject(def)) children.push({ schema: def, pointer: `/$defs/${escapePointer(name)}`, kind: 'def', name, prefix: undefined });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

function isObject(v: unknown): v is FormField {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
