import { assertSafeDefinition } from '../schemas/definition-guard.js';
import { ValidationError } from '../schemas/errors.js';
import type { MatterDefinition } from '../schemas/types.generated.js';
import { validate } from '../schemas/validator.js';

/**
 * Checks an untrusted matter definition: first the guard (size, depth, hostile keys, unsafe regex,
 * remote or cyclic $ref), then the schema. Throws a 422 naming every field at fault, paths prefixed
 * with `pathPrefix` so they point into the request body.
 */
export function checkDefinition(input: unknown, pathPrefix = '/definition'): MatterDefinition {
  try {
    assertSafeDefinition(input);
  } catch (e) {
    if (e instanceof ValidationError) throw prefixed(e, pathPrefix);
    throw e;
  }
  const result = validate<MatterDefinition>('matter-definition', input);
  if (!result.ok) {
    throw new ValidationError(
      'the matter definition does not match the schema',
      result.errors.map((d) => ({ path: pathPrefix + (d.path === '/' ? '' : d.path), message: d.message })),
    );
  }
  return result.value;
}

function prefixed(e: ValidationError, prefix: string): ValidationError {
  return new ValidationError(
    e.message,
    e.details.map((d) => ({ path: prefix + (d.path === '/' ? '' : d.path), message: d.message })),
    e.code,
  );
}
