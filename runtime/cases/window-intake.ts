/**
 * 窗口收件: a clerk registers a paper application brought to the window, for the applicant. The form
 * is checked as an online application's, but the materials may be missing or defective: an
 * incomplete application is received (art. 32), and the clerk then issues the one-time notice.
 * This module checks the material entries (every problem at once, each at its index) and lists
 * what the notice will have to name; the case service does the rest.
 */
import type { CaseMaterial, Material } from '../../schemas/types.generated.js';
import type { FieldError } from '../../schemas/validator.js';
import { missingMaterials, type CaseState, type EngineDefinition } from '../engine/index.js';
import { INTAKE_MATERIAL_STATUSES, type IntakeMaterial, type IntakeMaterialStatus, type MissingItem } from './window-intake-shapes.js';

export { INTAKE_MATERIAL_STATUSES, type IntakeMaterial, type IntakeMaterialStatus, type IntakeReceipt, type MissingItem } from './window-intake-shapes.js';

export interface WindowApplication {
  matterCode: string;
  situation?: string;
  data: unknown;
  applicant: unknown;
  materials: unknown;
  /** 收件即受理: accept in the same act, when the application is complete and the matter has one stage. */
  accept?: boolean;
}

/**
 * The material entries checked against the matter: each names a material of it, once, with a
 * known status; notes and file lists are well formed. Paths are by index (`/materials/2/materialId`)
 * because the clerk's form is a list.
 */
export function checkIntakeMaterials(def: EngineDefinition, materials: unknown): { errors: FieldError[]; entries: IntakeMaterial[] } {
  if (!Array.isArray(materials)) return { errors: [{ path: '/materials', message: 'must be a list of { materialId, status }' }], entries: [] };
  if (materials.length > 200) return { errors: [{ path: '/materials', message: 'must list at most 200 materials' }], entries: [] };
  const known = new Map(def.materials.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const entries: IntakeMaterial[] = [];
  materials.forEach((raw: unknown, i) => {
    const at = `/materials/${i}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return void errors.push({ path: at, message: 'must be { materialId, status }' });
    const m = raw as Record<string, unknown>;
    const id = m.materialId;
    let ok = true;
    if (typeof id !== 'string' || !known.has(id)) {
      errors.push({ path: `${at}/materialId`, message: `unknown material ${JSON.stringify(String(id ?? '')).slice(0, 80)}: not a material of this matter` });
      ok = false;
    } else if (seen.has(id)) {
      errors.push({ path: `${at}/materialId`, message: `is listed more than once: ${known.get(id)!.name}` });
      ok = false;
    }
    if (!(INTAKE_MATERIAL_STATUSES as readonly unknown[]).includes(m.status)) {
      errors.push({ path: `${at}/status`, message: 'must be provided, missing or defective' });
      ok = false;
    }
    if (m.note !== undefined && (typeof m.note !== 'string' || m.note.length > 1000)) {
      errors.push({ path: `${at}/note`, message: 'must be text of at most 1000 characters' });
      ok = false;
    }
    const files = m.fileIds;
    if (files !== undefined && (!Array.isArray(files) || files.length > 20 || files.some((f) => typeof f !== 'string' || f === '' || f.length > 100))) {
      errors.push({ path: `${at}/fileIds`, message: 'must be at most 20 file ids from POST /api/files' });
      ok = false;
    }
    if (typeof id === 'string') seen.add(id);
    if (!ok) return;
    entries.push({
      materialId: id as string,
      status: m.status as IntakeMaterialStatus,
      ...(Array.isArray(files) && files.length > 0 ? { fileIds: files as string[] } : {}),
      ...(typeof m.note === 'string' && m.note !== '' ? { note: m.note } : {}),
    });
  });
  return { errors, entries };
}

/** The entries as the engine takes them: a paper original counts as provided without a scan. */
export function intakeCaseMaterials(entries: readonly IntakeMaterial[]): CaseMaterial[] {
  return entries.map((e) => ({
    materialId: e.materialId,
    status: e.status,
    ...(e.fileIds ? { fileIds: [...e.fileIds] } : {}),
    ...(e.note ? { note: e.note } : {}),
  }));
}

/** What the one-time notice must name: every needed material the case lacks, defective ones as such. */
export function missingItems(def: EngineDefinition, state: CaseState): MissingItem[] {
  const byId = new Map(state.materials.map((m) => [m.materialId, m]));
  return missingMaterials(def, state).map((m: Material) => {
    const entry = byId.get(m.id);
    return {
      materialId: m.id,
      name: m.name,
      problem: entry?.status === 'defective' ? 'defective' : 'missing',
      ...(entry?.note ? { note: entry.note } : {}),
    };
  });
}
