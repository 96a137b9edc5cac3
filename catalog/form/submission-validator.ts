/**
 * Server-side validation of an application: form data, situation and materials, with every problem
 * reported at once so the applicant fixes everything in one go (一次性告知). One ajv function per
 * matter version, compiled from `submissionPlan` and cached (STYLE rule 7).
 */
import { checkCondition } from '../conditions/condition-check.js';
import { assertSafeDefinition } from '../../schemas/definition-guard.js';
import type { FormField, MatterDefinition } from '../../schemas/types.generated.js';
import { createAjv, toFieldErrors, type FieldError } from '../../schemas/validator.js';
import { formFields } from './form-fields.js';
import { stripFormilyIndex } from './strip-formily-index.js';
import { formDataErrors, inFormOrder } from './submission-errors.js';
import { checkEvaluatedFields } from './submission-evaluated.js';
import { checkMaterials, type MaterialNote, type SubmittedMaterial } from './submission-materials.js';
import { submissionPlan, type EvaluatedField } from './submission-schema.js';

export type { MaterialNote, SubmittedMaterial } from './submission-materials.js';

export interface SubmissionInput {
  /** The form data as the browser submits it (Formily's row index is stripped here). */
  data: unknown;
  /** The 情形 the applicant chose; required when the matter has situations. */
  situation?: string;
  materials: SubmittedMaterial[];
}

export type SubmissionResult =
  | { ok: true; data: Record<string, unknown>; deferred: MaterialNote[]; committed: MaterialNote[] }
  | { ok: false; errors: FieldError[] };

export interface SubmissionValidator {
  /** Never throws on any input: every problem is an error with a `/data/…`, `/situation` or `/materials/…` path. */
  validate(input: SubmissionInput): SubmissionResult;
  /** Conditional fields decided by the interpreter rather than by the compiled schema. */
  readonly evaluated: readonly EvaluatedField[];
}

/** The envelope around the data: shapes and sizes only, so the checks below can trust them. */
const ENVELOPE = {
  type: 'object',
  required: ['data', 'materials'],
  properties: {
    data: {},
    situation: { type: 'string', maxLength: 100 },
    materials: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['materialId'],
        properties: {
          materialId: { type: 'string', minLength: 1, maxLength: 100 },
          fileIds: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 100 } },
          status: { enum: ['provided', 'missing', 'deferred', 'committed'] },
        },
      },
    },
  },
};
const checkEnvelope = createAjv().compile(ENVELOPE);

/**
 * Compiles the validator of one matter version.
 *
 * 1. Guard the definition (size, depth, `__proto__`, unsafe patterns, `$ref`) before ajv sees it,
 *    and refuse material conditions the interpreter would refuse: both are definition faults, so
 *    they throw here, not on an applicant's submission.
 * 2. Compile the submission schema with a fresh `createAjv()`: the instance, and everything ajv
 *    keeps of the schema, is released with the validator when the cache drops it.
 * 3. `validate`: check the envelope; strip Formily's row index; run the schema and the
 *    interpreter-decided fields (their errors in the form's field order), then the situation and
 *    the materials, and return all their errors together.
 *
 * @throws ValidationError (422 DEFINITION_REJECTED) for an unsafe definition; Error for a refused
 *   material condition.
 */
export function compileSubmissionValidator(def: MatterDefinition): SubmissionValidator {
  // 1. Definition faults.
  assertSafeDefinition(def);
  for (const m of def.materials) {
    const problems = m.condition?.when === undefined ? [] : checkCondition(m.condition.when);
    if (problems.length > 0) throw new Error(`the condition of material "${m.id}" is refused: ${problems.join('; ')}`);
  }
  // 2. Compile once.
  const plan = submissionPlan(def.form);
  const checkData = createAjv().compile(plan.schema);
  const fields = new Map<string, FormField>(formFields(def.form).map((f) => [f.path, f.field]));
  const situations = def.situations.map((s) => s.id);
  const situationList = def.situations.map((s) => `${s.id} (${s.name})`).join(', ');
  // 3. Validate.
  const validate = (input: SubmissionInput): SubmissionResult => {
    if (!checkEnvelope(input)) {
      const shape = toFieldErrors(checkEnvelope.errors);
      if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: shape };
      return collect(input, shape);
    }
    return collect(input, []);
  };
  const collect = (input: SubmissionInput, errors: FieldError[]): SubmissionResult => {
    const data = stripFormilyIndex(input.data);
    const situation = typeof input.situation === 'string' ? input.situation : undefined;
    const dataErrors = input.data !== undefined && !checkData(data) ? formDataErrors(checkData.errors, fields) : [];
    errors.push(...inFormOrder([...dataErrors, ...checkEvaluatedFields(plan.evaluated, data, situation)], fields));
    if (situations.length > 0 && input.situation === undefined) errors.push({ path: '/situation', message: `is required: choose one of ${situationList}` });
    else if (situation !== undefined && situations.length === 0) errors.push({ path: '/situation', message: 'must be left out: this matter has no situations' });
    else if (situation !== undefined && !situations.includes(situation)) errors.push({ path: '/situation', message: `must be one of ${situationList}` });
    const deferred: MaterialNote[] = [];
    const committed: MaterialNote[] = [];
    if (Array.isArray(input.materials)) {
      const wellFormed = input.materials.filter((m) => m !== null && typeof m === 'object' && typeof m.materialId === 'string');
      try {
        const m = checkMaterials(def, situation, data, wellFormed);
        errors.push(...m.errors);
        deferred.push(...m.deferred);
        committed.push(...m.committed);
      } catch (e) {
        errors.push({ path: '/materials', message: `cannot be checked: ${(e as Error).message}` });
      }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, data: data as Record<string, unknown>, deferred, committed };
  };
  return { validate, evaluated: plan.evaluated };
}

/** How many matter versions keep a compiled validator (least recently used dropped first). */
export const SUBMISSION_VALIDATOR_CACHE_SIZE = 500;

/**
 * Compiled validators by `code@version`, least recently used dropped beyond `max`. Only for
 * published versions, which never change: a draft keeps its number while it is edited, so a draft
 * must be compiled with {@link compileSubmissionValidator} each time.
 */
export class SubmissionValidatorCache {
  private readonly entries = new Map<string, SubmissionValidator>();

  constructor(readonly max = SUBMISSION_VALIDATOR_CACHE_SIZE) {}

  /** The cached validator, compiled from `def` on first use. */
  get(code: string, version: number, def: MatterDefinition): SubmissionValidator {
    const key = `${code}@${version}`;
    let v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
    } else {
      v = compileSubmissionValidator(def);
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, v);
    return v;
  }

  get size(): number {
    return this.entries.size;
  }
}

const shared = new SubmissionValidatorCache();

/**
 * The validator of a published matter version, compiled once and shared.
 * @example submissionValidatorFor(v.code, v.version, v.definition).validate({ data, situation, materials })
 */
export function submissionValidatorFor(code: string, version: number, def: MatterDefinition): SubmissionValidator {
  return shared.get(code, version, def);
}
