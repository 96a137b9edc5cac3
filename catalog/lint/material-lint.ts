import { checkCondition } from '../conditions/condition-check.js';
import { conditionVariables } from '../conditions/condition-variables.js';
import type { Material, MatterDefinition } from '../../schemas/types.generated.js';
import { knownField } from './known-field.js';
import type { LintContext, LintFinding } from './lint-finding.js';

/**
 * The material checks of the matter lint: ids unique (cases refer to materials by id), conditions
 * complete, allowed and naming real situations and fields, library references that exist, and every
 * material checked by some step (a material nobody checks is one the applicant brings for nothing).
 *
 * Rules: material.duplicate-id, material.conditional-without-condition, material.unknown-situation,
 * material.condition-invalid, material.condition-unknown-field, material.unknown-library (errors);
 * material.unchecked (warning).
 *
 * @example lintMaterials(def, ctx).filter((f) => f.materialId === 'agent-authorization')
 */
export function lintMaterials(def: MatterDefinition, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const situations = new Set(def.situations.map((s) => s.id));
  const checked = new Set(def.flow.nodes.filter((n) => n.kind === 'step').flatMap((n) => n.checksMaterials ?? []));
  const known = knownField(ctx.fieldNames);
  const seen = new Set<string>();
  def.materials.forEach((m, i) => {
    const at = `/materials/${i}`;
    const push = (severity: LintFinding['severity'], rule: string, path: string, message: string, extra: Partial<LintFinding> = {}): void => {
      out.push({ severity, rule, message, path, materialId: m.id, ...extra });
    };
    if (seen.has(m.id)) push('error', 'material.duplicate-id', `${at}/id`, `${label(m)} repeats an id used before; material ids must be unique`);
    seen.add(m.id);
    const condition = m.condition;
    if (m.requirement === 'conditional' && (condition === undefined || (condition.when === undefined && (condition.situations?.length ?? 0) === 0))) {
      push('error', 'material.conditional-without-condition', `${at}/condition`, `${label(m)} is conditional but says neither in which situations nor when it is needed`);
    }
    (condition?.situations ?? []).forEach((s, k) => {
      if (!situations.has(s)) push('error', 'material.unknown-situation', `${at}/condition/situations/${k}`, `${label(m)} is needed in the situation "${s}", which is not a situation of this matter`);
    });
    if (condition?.when !== undefined) {
      const problems = checkCondition(condition.when);
      if (problems.length > 0) push('error', 'material.condition-invalid', `${at}/condition/when`, `the condition of ${label(m)} is not allowed: ${problems.join('; ')}`);
      for (const name of conditionVariables(condition.when)) {
        if (!known(name)) push('error', 'material.condition-unknown-field', `${at}/condition/when`, `the condition of ${label(m)} reads "${name}", which is not a field of the form`, { field: name });
      }
    }
    if (m.libraryId !== undefined && !ctx.sharedMaterialIds.has(m.libraryId)) {
      push('error', 'material.unknown-library', `${at}/libraryId`, `${label(m)} refers to the shared material "${m.libraryId}", which is not in the library`);
    }
    if (!checked.has(m.id)) push('warning', 'material.unchecked', at, `no step checks ${label(m)}; add it to a step's checked materials or drop it`);
  });
  return out;
}

function label(m: Material): string {
  return `material "${m.name}" (${m.id})`;
}
