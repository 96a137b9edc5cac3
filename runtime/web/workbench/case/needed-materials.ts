/**
 * Which materials this application needs: those the engine's `materialsRequired` asks for with the
 * case's situation and data (the list the portal showed the applicant and the server checks),
 * plus any the case holds files for or already counts as lacking. The rest of the matter's
 * materials (the operator's ID card for a company, 授权委托书 with no agent) do not apply.
 */
import { materialsRequired } from '../../../engine/materials';
import type { Material, MatterDefinition } from '../../../../schemas/types.generated.js';

export interface HeldMaterial {
  materialId: string;
  status: string;
  fileIds?: string[];
}

export function neededMaterialIds(def: MatterDefinition, situation: string | undefined, data: Record<string, unknown>, held: readonly HeldMaterial[]): Set<string> {
  let required: Material[];
  try {
    // The rules read only `materials`; the version number is irrelevant to them (as in the portal).
    required = materialsRequired({ ...def, version: 0 }, situation, data);
  } catch {
    // A rule the interpreter refuses is a definition fault; fall back to the plainly required ones.
    required = def.materials.filter((m) => m.requirement === 'required');
  }
  const ids = new Set(required.map((m) => m.id));
  for (const h of held) if ((h.fileIds?.length ?? 0) > 0 || h.status === 'missing' || h.status === 'defective') ids.add(h.materialId);
  return ids;
}
