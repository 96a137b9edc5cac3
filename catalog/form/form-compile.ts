import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormDefinition } from '../../schemas/types.generated.js';
import { createAjv, toFieldErrors, type FieldError } from '../../schemas/validator.js';
import { formSchemaNodes } from './form-schema-nodes.js';

/** Compiles before the shared instance is replaced: ajv's code scope keeps a little of every schema compiled. */
const COMPILES_PER_INSTANCE = 50;
let ajv: Ajv2020 | undefined;
let compiles = 0;

/**
 * Why ajv (configured as for submissions: strict, Matterflow formats, `x-*` hints allowed) cannot
 * compile a form, each with a JSON Pointer into the form; empty when it compiles. A form that does
 * not compile could never check a submission, so this is a publication blocker.
 *
 * 1. Copy the form, turning void layout containers into plain objects: `void` is Formily's, not
 *    JSON Schema's, and is the one keyword value ajv's meta-schema refuses by design. Nothing
 *    else is changed.
 * 2. Check the copy against the draft 2020-12 meta-schema, reporting every error at its place.
 * 3. Compile it; strict mode, unknown formats, bad `$ref` and invalid patterns throw one message,
 *    placed at the schema path it names when it names one.
 * 4. Drop the copy from ajv's cache either way; and since ajv's generated-code scope still keeps a
 *    little of every schema, replace the instance every {@link COMPILES_PER_INSTANCE} forms, so
 *    linting forms all day does not grow memory.
 *
 * Must only run on forms that passed `guardDefinition` (no remote `$ref`, no unsafe pattern).
 *
 * @example formCompileProblems({ type: 'object', properties: { a: { type: 'string', minimum: 1 } } })
 * // [{ path: '/properties/a', message: 'strict mode: missing type "number" for keyword "minimum" …' }]
 */
export function formCompileProblems(form: FormDefinition): FieldError[] {
  if (ajv === undefined || ++compiles > COMPILES_PER_INSTANCE) {
    ajv = createAjv();
    compiles = 1;
  }
  // 1. Copy.
  const copy = structuredClone(form);
  for (const node of formSchemaNodes(copy)) {
    if ((node.schema.type as string) === 'void') (node.schema as { type: string }).type = 'object';
  }
  try {
    // 2. Meta-schema.
    if (!ajv.validateSchema(copy)) return toFieldErrors(ajv.errors);
    // 3. Compile.
    ajv.compile(copy);
    return [];
  } catch (e) {
    const message = (e as Error).message;
    const at = /at (?:path )?"#([^"]*)"/.exec(message)?.[1];
    return [{ path: at === undefined || at === '' ? '/' : at, message }];
  } finally {
    // 4. Cache.
    ajv.removeSchema(copy);
  }
}
