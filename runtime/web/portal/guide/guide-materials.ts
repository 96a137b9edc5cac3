/**
 * The materials a service guide lists for one situation (情形), each with why it is needed: always,
 * because of the situation, only when a condition holds (in words), or optionally. The same rules
 * as the engine's `materialsRequired` (runtime/engine/materials.ts), read before any answer is
 * given: a situation-conditional material belongs to its situations only; an answer-conditional
 * one is listed in every situation it may apply to, with its condition in words. Pure.
 */
import { formFields } from '../../../../catalog/form/form-fields.js';
import { describeCondition } from '../../../../designer/form-builder/form-outline.js';
import type { Material, MatterDefinition } from '../../../../schemas/types.generated.js';

/**
 * required: always · situation: always in this situation · conditional: only when `condition`
 * holds · optional: never demanded.
 */
export type MaterialNeed = 'required' | 'situation' | 'conditional' | 'optional';

export interface GuideMaterial {
  material: Material;
  need: MaterialNeed;
  /** When a conditional material is needed, in the editor's words (`委托他人代为办理的`), else the rule's. */
  condition?: string;
  /** The answer rule in words (`是否委托代理人办理 为 是`), when the editor's words stand in the `condition`. */
  answerRule?: string;
}

/**
 * The guide's material list for a situation.
 *
 * 1. required and optional materials: always listed;
 * 2. conditional on situations: listed only under those situations (under every situation when
 *    the matter has none, i.e. `situationId` undefined, with the situation names as its condition);
 * 3. conditional on an answer rule: listed with the rule in words, `situation` when there is no rule;
 * 4. conditional with neither (words only): listed with its words, the clerk decides.
 *
 * @param situationId the situation's id; undefined for a matter without situations.
 * @example materialsFor(def, 'individual').map((m) => m.material.id) // [..., 'operator-id-card', ...]
 */
export function materialsFor(def: MatterDefinition, situationId: string | undefined): GuideMaterial[] {
  const fields = new Map(formFields(def.form).map((f) => [f.path, f.field]));
  const situationName = new Map(def.situations.map((s) => [s.id, s.name]));
  const out: GuideMaterial[] = [];
  for (const material of def.materials) {
    // 1
    if (material.requirement !== 'conditional') {
      out.push({ material, need: material.requirement });
      continue;
    }
    const { situations, when, description } = material.condition ?? {};
    // 2
    if (situations !== undefined && situationId !== undefined && !situations.includes(situationId)) continue;
    const situationWords = situations !== undefined && situationId === undefined ? situations.map((id) => situationName.get(id) ?? id).join('、') : undefined;
    // 3
    if (when !== undefined) {
      const rule = describeCondition(when, fields) || undefined;
      out.push({ material, need: 'conditional', condition: description ?? rule ?? situationWords, ...(description !== undefined && rule !== undefined ? { answerRule: rule } : {}) });
      continue;
    }
    if (situations !== undefined) {
      out.push(situationWords === undefined ? { material, need: 'situation', ...(description ? { condition: description } : {}) } : { material, need: 'conditional', condition: description ?? situationWords });
      continue;
    }
    // 4
    out.push({ material, need: 'conditional', ...(description ? { condition: description } : {}) });
  }
  return out;
}

/** How many of a list must always be brought (required or by situation), for the tab's count. */
export function alwaysNeeded(list: readonly GuideMaterial[]): number {
  return list.filter((m) => m.need === 'required' || m.need === 'situation').length;
}
