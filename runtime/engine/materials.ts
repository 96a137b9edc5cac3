/**
 * Which materials a case needs and which of them it still lacks. A required material always
 * counts; a conditional one when its condition holds (`situations` includes the case's situation
 * and/or its `when` rule holds over the form data; both given: both); optional ones never.
 * 容缺 (deferrable) materials may be `deferred`; 告知承诺 (waivableByCommitment) ones may be
 * `committed`: both count as not missing, so they do not block acceptance.
 */
import { evaluateCondition } from '../../catalog/conditions/evaluate-condition.js';
import type { CaseMaterial, Material } from '../../schemas/types.generated.js';
import type { CaseState } from './case-state.js';
import type { EngineDefinition } from './engine-definition.js';
import { EngineError } from './engine.error.js';

/** The data conditions read: the form data plus `situation` and `applicant.kind`. */
export function conditionData(
  data: Record<string, unknown>,
  situation: string | undefined,
  applicantKind?: string,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...data, situation };
  if (applicantKind !== undefined) {
    const given = data.applicant;
    merged.applicant = { ...(typeof given === 'object' && given !== null ? given : {}), kind: applicantKind };
  }
  return merged;
}

/**
 * The materials this case must have: required ones, and conditional ones whose condition holds.
 * A conditional material whose condition is only words (no situations, no rule) is left to the
 * clerk: the engine cannot decide it, so it never blocks.
 *
 * @example materialsRequired(def, 'first-time', { amount: 120 }).map((m) => m.id)
 */
export function materialsRequired(def: EngineDefinition, situation: string | undefined, data: Record<string, unknown>): Material[] {
  const facts = conditionData(data, situation);
  return def.materials.filter((m) => {
    if (m.requirement === 'required') return true;
    if (m.requirement !== 'conditional' || m.condition === undefined) return false;
    const { situations, when } = m.condition;
    if (situations === undefined && when === undefined) return false;
    const inSituation = situations === undefined || (situation !== undefined && situations.includes(situation));
    return inSituation && (when === undefined || holds(when, facts, m.id));
  });
}

/** Whether a case material counts as there, for this material's rules. */
export function isCovered(material: Material, entry: CaseMaterial | undefined): boolean {
  if (entry === undefined) return false;
  if (entry.status === 'provided') return true;
  if (entry.status === 'committed') return material.waivableByCommitment === true;
  if (entry.status === 'deferred') return material.deferrable === true;
  return false;
}

/** The needed materials the case lacks (absent, missing, defective): what a notice must list. */
export function missingMaterials(def: EngineDefinition, state: CaseState): Material[] {
  const byId = new Map(state.materials.map((m) => [m.materialId, m]));
  return neededFor(def, state).filter((m) => !isCovered(m, byId.get(m.id)));
}

/** 容缺 materials accepted without their files and still awaited. */
export function deferredMaterials(def: EngineDefinition, state: CaseState): Material[] {
  const byId = new Map(state.materials.map((m) => [m.materialId, m]));
  return neededFor(def, state).filter((m) => byId.get(m.id)?.status === 'deferred');
}

function neededFor(def: EngineDefinition, state: CaseState): Material[] {
  const facts = conditionData(state.data, state.situation, state.applicantKind);
  return materialsRequired(def, state.situation, facts);
}

/**
 * The submitted materials, checked and completed:
 * 1. each entry names a material of the matter, at most once;
 * 2. `committed` only for 告知承诺 materials, `deferred` only for 容缺 ones;
 * 3. a needed material that was not submitted is added as `missing`, or `deferred` when it is
 *    容缺, so it is tracked until supplied.
 */
export function normalizeSubmittedMaterials(
  def: EngineDefinition,
  submitted: CaseMaterial[],
  needed: Material[],
): CaseMaterial[] {
  const known = new Map(def.materials.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const result: CaseMaterial[] = [];
  // 1. Known and unique.
  for (const entry of submitted) {
    const material = known.get(entry.materialId);
    if (!material) throw new EngineError('INVALID_INPUT', `materials: "${entry.materialId}" is not a material of this matter`);
    if (seen.has(entry.materialId)) throw new EngineError('INVALID_INPUT', `materials: "${entry.materialId}" is listed twice`);
    seen.add(entry.materialId);
    // 2. Commitment and deferral only where the matter allows them.
    if (entry.status === 'committed' && material.waivableByCommitment !== true) {
      throw new EngineError('INVALID_INPUT', `materials: "${entry.materialId}" cannot be replaced by a commitment (告知承诺)`);
    }
    if (entry.status === 'deferred' && material.deferrable !== true) {
      throw new EngineError('INVALID_INPUT', `materials: "${entry.materialId}" cannot be supplied later (not 容缺)`);
    }
    const status = entry.status === 'missing' && material.deferrable === true ? 'deferred' : entry.status;
    result.push({ ...entry, status, ...(entry.fileIds ? { fileIds: [...entry.fileIds] } : {}) });
  }
  // 3. Needed but not submitted.
  for (const m of needed) {
    if (!seen.has(m.id)) result.push({ materialId: m.id, status: m.deferrable === true ? 'deferred' : 'missing' });
  }
  return result;
}

function holds(rule: unknown, facts: Record<string, unknown>, materialId: string): boolean {
  try {
    return evaluateCondition(rule, facts);
  } catch (e) {
    throw new EngineError('INVALID_STATE', `the condition of material "${materialId}" cannot be evaluated: ${(e as Error).message}`);
  }
}
