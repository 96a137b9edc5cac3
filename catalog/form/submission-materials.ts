/**
 * The materials part of a submission: which materials this application needs (by situation and by
 * form answer, through the engine's own `materialsRequired`, so acceptance later agrees) and
 * whether each is there, promised (告知承诺) or may follow (容缺).
 */
import type { MatterDefinition } from '../../schemas/types.generated.js';
import type { FieldError } from '../../schemas/validator.js';
import { materialsRequired } from '../../runtime/engine/materials.js';
import type { EngineDefinition } from '../../runtime/engine/engine-definition.js';

/** One material as the applicant submits it. */
export interface SubmittedMaterial {
  materialId: string;
  fileIds?: string[];
  /** Absent: given when files are attached. `committed`: 告知承诺; `deferred`: 容缺. */
  status?: string;
}

/** A material the application goes ahead without. */
export interface MaterialNote {
  materialId: string;
  name: string;
}

export interface MaterialsCheck {
  errors: FieldError[];
  /** 容缺: needed, accepted without it, to be supplied after acceptance. */
  deferred: MaterialNote[];
  /** 告知承诺: replaced by the applicant's signed commitment. */
  committed: MaterialNote[];
}

/**
 * Checks the submitted materials, every problem at once, each at `/materials/<materialId>`.
 *
 * 1. Every entry names a material of the matter, once; `committed` only where the matter allows a
 *    commitment, `deferred` only where it allows 容缺.
 * 2. The needed materials are the required ones and the conditional ones whose situation and / or
 *    answer rule holds (`materialsRequired`).
 * 3. A needed material counts as given with files attached, or marked `provided` when it may come
 *    on paper (not for electronic-only ones); as committed when marked so and allowed; otherwise a
 *    容缺 material is accepted and reported as deferred, and any other is `is required: <name>`
 *    (unless its entry was already refused in 1: one error per material).
 *
 * @param data the form data the answer rules read (a non-object reads as `{}`).
 */
export function checkMaterials(def: MatterDefinition, situation: string | undefined, data: unknown, submitted: readonly SubmittedMaterial[]): MaterialsCheck {
  const out: MaterialsCheck = { errors: [], deferred: [], committed: [] };
  const known = new Map(def.materials.map((m) => [m.id, m]));
  const byId = new Map<string, SubmittedMaterial>();
  // 1. Entries.
  for (const entry of submitted) {
    const at = `/materials/${escapePointer(entry.materialId)}`;
    const m = known.get(entry.materialId);
    if (m === undefined) out.errors.push({ path: at, message: 'is not a material of this matter' });
    else if (byId.has(entry.materialId)) out.errors.push({ path: at, message: `is listed more than once: ${m.name}` });
    else if (entry.status === 'committed' && m.waivableByCommitment !== true) out.errors.push({ path: at, message: `cannot be replaced by a commitment (告知承诺): ${m.name}` });
    else if (entry.status === 'deferred' && m.deferrable !== true) out.errors.push({ path: at, message: `cannot be supplied after acceptance (容缺): ${m.name}` });
    if (m !== undefined && !byId.has(entry.materialId)) byId.set(entry.materialId, entry);
  }
  // 2. Needed. The engine's rules read only `materials`; the version is irrelevant to them.
  const rules: EngineDefinition = { ...def, version: 0 };
  const answers = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  // 3. Given, committed, deferred or missing.
  for (const m of materialsRequired(rules, situation, answers)) {
    const entry = byId.get(m.id);
    const files = (entry?.fileIds?.length ?? 0) > 0;
    if (entry?.status === 'committed' && m.waivableByCommitment === true) out.committed.push({ materialId: m.id, name: m.name });
    else if ((entry?.status === undefined || entry.status === 'provided') && (files || (entry?.status === 'provided' && m.medium !== 'electronic'))) continue;
    else if (m.deferrable === true) out.deferred.push({ materialId: m.id, name: m.name });
    else if (!out.errors.some((e) => e.path === `/materials/${escapePointer(m.id)}`)) out.errors.push({ path: `/materials/${escapePointer(m.id)}`, message: `is required: ${m.name}` });
  }
  return out;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
