import type { ErrorObject } from 'ajv/dist/2020.js';
import type { FormField } from '../../schemas/types.generated.js';
import { toFieldErrors, type FieldError } from '../../schemas/validator.js';

/**
 * ajv's errors on a submission's form data as the applicant should read them: under `/data`, with
 * the field's title after the problem (`is required: 代理人姓名`), a hidden field that was given
 * named as such rather than "boolean schema is false", and a choice answered off the list named
 * with its choices once instead of once per choice.
 *
 * @param fields the form's fields by data path (`members[].name`), as `formFields` names them.
 */
export function formDataErrors(errors: ErrorObject[] | null | undefined, fields: ReadonlyMap<string, FormField>): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (e: FieldError): void => {
    const key = `${e.path} ${e.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const e of errors ?? []) {
    // A `const` inside a field's `oneOf` repeats the oneOf error once per choice.
    if (e.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(e.schemaPath)) continue;
    for (const fe of describe(e, fields)) {
      const field = fields.get(dataPath(fe.path));
      const title = field?.title;
      push({ path: `/data${fe.path === '/' ? '' : fe.path}`, message: title ? `${fe.message}: ${title}` : fe.message });
    }
  }
  return out;
}

function describe(e: ErrorObject, fields: ReadonlyMap<string, FormField>): FieldError[] {
  const path = e.instancePath || '/';
  if (e.keyword === 'false schema') return [{ path, message: 'must be left out while its condition hides it' }];
  if (e.keyword === 'oneOf') {
    const choices = fields.get(dataPath(path))?.oneOf;
    if (choices !== undefined) return [{ path, message: `must be one of ${JSON.stringify(choices.map((c) => c.const))}` }];
  }
  return toFieldErrors([e]);
}

/**
 * Errors under `/data` in the order the form declares the fields (as `fields` lists them), so the
 * applicant reads them top to bottom; errors of one field, and those naming no field, keep their
 * order (the latter at the end).
 */
export function inFormOrder(errors: readonly FieldError[], fields: ReadonlyMap<string, unknown>): FieldError[] {
  const order = new Map([...fields.keys()].map((path, i) => [path, i]));
  const rank = (e: FieldError): number => order.get(dataPath(e.path.replace(/^\/data/, ''))) ?? order.size;
  return errors.map((e, i) => ({ e, i, r: rank(e) })).sort((x, y) => x.r - y.r || x.i - y.i).map(({ e }) => e);
}

/** `/members/0/name` → `members[].name`: field names start with a letter, so digits are rows. */
export function dataPath(pointer: string): string {
  const parts: string[] = [];
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(seg) && parts.length > 0) parts[parts.length - 1] += '[]';
    else parts.push(seg);
  }
  return parts.join('.');
}
