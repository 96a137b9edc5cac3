import type { FormField } from '../../schemas/types.generated.js';
import type { JsonType } from './condition-schema-leaves.js';

/**
 * The JSON types a field's schema lets through (null only when a choice or constant is null), or
 * undefined when the schema does not narrow them. A visibility rule's comparison is compiled for
 * ajv only when it is exact on these types: any other value is refused by the field itself.
 *
 * `type` decides (`integer` is a number to JavaScript); without it, the values of `const`, `enum`
 * and `oneOf` do.
 *
 * @example fieldJsonTypes({ oneOf: [{ const: 'a' }, { const: 1 }] }) // Set { 'string', 'number' }
 */
export function fieldJsonTypes(field: FormField): ReadonlySet<JsonType> | undefined {
  switch (field.type) {
    case 'string': case 'boolean': case 'array': case 'object': return new Set([field.type]);
    case 'number': case 'integer': return new Set(['number']);
    case 'void': return undefined;
  }
  const choices = [
    ...(field.const !== undefined ? [field.const] : []),
    ...(field.enum ?? []),
    ...(field.oneOf ?? []).map((o) => o.const),
  ];
  if (choices.length === 0) return undefined;
  return new Set(choices.map((c): JsonType => (c === null ? 'null' : (typeof c as JsonType))));
}
