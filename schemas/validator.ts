import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { SCHEMA_DOCUMENTS } from './schema-documents.js';
import { SCHEMA_NAMES, schemaId, type SchemaName } from './schema-files.js';
import { CHINESE_FORMATS } from './chinese-formats.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM interop.
const addFormats = ((formatsModule as any).default ?? formatsModule) as typeof formatsModule.default;

/** Keywords that carry UI hints only; ajv must accept and ignore them (strict mode stays on). */
export const UI_KEYWORDS = [
  'x-component',
  'x-component-props',
  'x-decorator',
  'x-decorator-props',
  'x-index',
  'x-visible-when',
  'x-read-pretty',
] as const;

/** One problem with an input, named by its JSON Pointer path. */
export interface FieldError {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Creates an ajv instance configured the Matterflow way: draft 2020-12, strict, every error reported,
 * standard and Chinese formats, UI hint keywords allowed. Used for our own schemas and for compiling
 * user-authored forms (after `guardDefinition` has vetted them).
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // if/then blocks name properties declared by the parent schema, which strictRequired cannot see.
    strictRequired: false,
    allErrors: true, allowUnionTypes: true, messages: true });
  addFormats(ajv);
  for (const [name, format] of Object.entries(CHINESE_FORMATS)) ajv.addFormat(name, format);
  ajv.addVocabulary([...UI_KEYWORDS]);
  return ajv;
}

const ajv = createAjv();
for (const name of SCHEMA_NAMES) ajv.addSchema(SCHEMA_DOCUMENTS[name], schemaId(name));
const compiled = new Map<SchemaName, ValidateFunction>();

/** The compiled validator of one of our schemas; each is compiled once, on first use. */
export function validatorFor(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    fn = ajv.getSchema(schemaId(name));
    if (!fn) throw new Error(`schema ${name} is not registered`);
    compiled.set(name, fn);
  }
  return fn;
}

/**
 * Validates `data` against one of Matterflow's schemas.
 * @example validate('department', body) // { ok: false, errors: [{ path: '/name', message: 'is required' }] }
 */
export function validate<T>(name: SchemaName, data: unknown): ValidationResult<T> {
  const fn = validatorFor(name);
  return fn(data) ? { ok: true, value: data as T } : { ok: false, errors: toFieldErrors(fn.errors) };
}

const compiledParts = new Map<string, ValidateFunction>();

/**
 * Validates `data` against one part of a schema (a JSON Pointer into it, e.g. the applicant of a
 * case), compiled once; error paths are prefixed with `pathPrefix` so they point into the request.
 * @example validatePart('case', '/$defs/applicant', body.applicant, '/applicant')
 */
export function validatePart<T>(name: SchemaName, pointer: string, data: unknown, pathPrefix = ''): ValidationResult<T> {
  const key = `${schemaId(name)}#${pointer}`;
  let fn = compiledParts.get(key);
  if (!fn) {
    fn = ajv.getSchema(key);
    if (!fn) throw new Error(`no schema at ${key}`);
    compiledParts.set(key, fn);
  }
  if (fn(data)) return { ok: true, value: data as T };
  return { ok: false, errors: toFieldErrors(fn.errors).map((e) => ({ ...e, path: pathPrefix + (e.path === '/' ? '' : e.path) || '/' })) };
}

/** Turns ajv's errors into path + message pairs a person can act on, without duplicates. */
export function toFieldErrors(errors: ErrorObject[] | null | undefined): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors ?? []) {
    // if/then wrappers repeat the inner error; the inner one names the field.
    if (e.keyword === 'if') continue;
    const fe = describe(e);
    const key = `${fe.path} ${fe.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(fe);
    }
  }
  return out;
}

function describe(e: ErrorObject): FieldError {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: `${e.instancePath}/${String(p.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { path: `${e.instancePath}/${String(p.additionalProperty)}`, message: 'is not an allowed property' };
    case 'enum':
      return { path: e.instancePath || '/', message: `must be one of ${JSON.stringify(p.allowedValues)}` };
    default:
      return { path: e.instancePath || '/', message: e.message ?? e.keyword };
  }
}
