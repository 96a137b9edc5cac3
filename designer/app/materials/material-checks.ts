/**
 * What the materials table flags on each row before lint does on save: a material no step checks
 * (lint's material.unchecked: the applicant brings it for nothing) and a conditional material
 * whose condition says nothing (material.conditional-without-condition).
 */
import type { Material, MatterDefinition } from '../../../schemas/types.generated.js';

/** The ids of the materials some step of the flow checks. */
export function checkedMaterialIds(def: MatterDefinition): Set<string> {
  return new Set(def.flow.nodes.flatMap((n) => (n.kind === 'step' ? n.checksMaterials ?? [] : [])));
}

/** Whether a conditional material lacks both situations and a form rule. */
export function conditionMissing(m: Material): boolean {
  return m.requirement === 'conditional' && (m.condition?.situations?.length ?? 0) === 0 && m.condition?.when === undefined;
}
