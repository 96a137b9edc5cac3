/**
 * The words a matter gives its conditions' variables, for a gateway-decided denial's rule
 * (rights-notice.ts): each form field's title by its data path, the labels of its choices, and
 * the matter's situations by name. The server puts them on the EngineDefinition
 * (`fieldTitles`, `valueLabels`) when it builds one from a matter version.
 */
import { formFields } from '../../catalog/form/form-fields.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import type { ConditionWords } from './condition-words.js';

/**
 * @example conditionWordsOf(def).fieldTitles?.score // '评审得分'
 */
export function conditionWordsOf(def: Pick<MatterDefinition, 'form' | 'situations'>): Required<ConditionWords> {
  const fieldTitles: Record<string, string> = {};
  const valueLabels: Record<string, Record<string, string>> = {};
  for (const f of formFields(def.form)) {
    if (f.field.title !== undefined && f.field.title !== '') fieldTitles[f.path] = f.field.title;
    const labels: Record<string, string> = {};
    for (const o of f.field.oneOf ?? []) {
      if ((typeof o.const === 'string' || typeof o.const === 'number') && o.title !== undefined) labels[String(o.const)] = o.title;
    }
    if (Object.keys(labels).length > 0) valueLabels[f.path] = labels;
  }
  if (def.situations.length > 0) valueLabels.situation = Object.fromEntries(def.situations.map((s) => [s.id, s.name]));
  return { fieldTitles, valueLabels };
}
