import { evaluateCondition } from '../conditions/evaluate-condition.js';
import { conditionData } from '../../runtime/engine/materials.js';
import type { FieldError } from '../../schemas/validator.js';
import type { EvaluatedField } from './submission-schema.js';

/**
 * The presence checks of the conditional fields the submission schema could not compile, decided
 * by the JsonLogic interpreter (the browser's own), never by generated code: a hidden field must
 * be left out, a shown one is required when the form requires it. Its value's own constraints are
 * in the schema already. The rules read the form data plus `situation`, as material conditions do.
 *
 * 1. Decide once whether the field shows: every rule on its way must hold.
 * 2. Find each object that holds the field (one per row when it sits in an array).
 * 3. Hidden and given, or shown, required and not given: an error at the field's path.
 */
export function checkEvaluatedFields(fields: readonly EvaluatedField[], data: unknown, situation: string | undefined): FieldError[] {
  if (fields.length === 0 || !isPlainObject(data)) return [];
  const facts = conditionData(data, situation);
  const errors: FieldError[] = [];
  for (const f of fields) {
    const label = f.title ?? f.path;
    // 1. Shown?
    let shown: boolean;
    try {
      shown = f.rules.every((rule) => evaluateCondition(rule, facts));
    } catch {
      errors.push({ path: '/data', message: `cannot be checked: the visibility condition of ${label} fails on these answers` });
      continue;
    }
    // 2. Holders, 3. presence.
    for (const { holder, pointer } of holders(data, f.parent)) {
      const given = Object.prototype.hasOwnProperty.call(holder, f.name) && holder[f.name] !== undefined;
      const at = `/data${pointer}/${f.name}`;
      if (!shown && given) errors.push({ path: at, message: `must be left out while its condition hides it: ${label}` });
      if (shown && f.required && !given) errors.push({ path: at, message: `is required: ${label}` });
    }
  }
  return errors;
}

/** 2. The objects a parent path leads to, with their JSON Pointers; `[]` steps into every row. */
function holders(data: Record<string, unknown>, parent: readonly string[]): Array<{ holder: Record<string, unknown>; pointer: string }> {
  let level: Array<{ value: unknown; pointer: string }> = [{ value: data, pointer: '' }];
  for (const seg of parent) {
    const next: Array<{ value: unknown; pointer: string }> = [];
    for (const { value, pointer } of level) {
      if (seg === '[]' && Array.isArray(value)) value.forEach((row, i) => next.push({ value: row, pointer: `${pointer}/${i}` }));
      else if (seg !== '[]' && isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, seg)) next.push({ value: value[seg], pointer: `${pointer}/${seg}` });
    }
    level = next;
  }
  const out: Array<{ holder: Record<string, unknown>; pointer: string }> = [];
  for (const { value, pointer } of level) if (isPlainObject(value)) out.push({ holder: value, pointer });
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
