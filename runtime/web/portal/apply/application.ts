/**
 * The online application as plain data, no React: which materials the chosen situation and the
 * answers need (the engine's own `materialsRequired`, so the list the applicant sees is the list
 * the server checks), how each needed material is given (files, 容缺 later, 告知承诺, paper at the
 * window), whether every row is settled, and the `POST /api/cases` body built from it all.
 */
import { materialsRequired } from '../../../engine/materials';
import type { EngineDefinition } from '../../../engine/engine-definition';
import type { Applicant, Material, MatterDefinition } from '../../../../schemas/types.generated';

/** How the applicant gives one material. */
export type MaterialMode = 'upload' | 'deferred' | 'committed' | 'paper';

export interface FileRef {
  id: string;
  name: string;
}

export interface MaterialEntry {
  mode: MaterialMode;
  files: FileRef[];
}

export type MaterialEntries = Readonly<Record<string, MaterialEntry>>;

export interface ApplicationBody {
  matterCode: string;
  situation?: string;
  applicant: Applicant;
  data: Record<string, unknown>;
  materials: Array<{ materialId: string; fileIds?: string[]; status?: 'provided' | 'deferred' | 'committed' }>;
}

/**
 * The materials this application needs now: required ones, and conditional ones whose situation
 * and / or answer rule holds. Recomputed on every answer, so the list follows the form live.
 *
 * @example neededMaterials(def, 'company', { hasOnlineSales: true }).map((m) => m.id)
 */
export function neededMaterials(def: MatterDefinition, situation: string | undefined, answers: Record<string, unknown>): Material[] {
  // The engine's rules read only `materials`; the version number is irrelevant to them.
  const rules: EngineDefinition = { ...def, version: 0 };
  try {
    return materialsRequired(rules, situation, answers);
  } catch {
    // A rule the interpreter refuses is a definition fault the server reports; list the required ones.
    return def.materials.filter((m) => m.requirement === 'required');
  }
}

/** Materials the applicant may add but is never asked for. */
export const optionalMaterials = (def: MatterDefinition): Material[] => def.materials.filter((m) => m.requirement === 'optional');

/** The ways a material may be given: files always; the others where the matter allows them. */
export function modesOf(m: Material): MaterialMode[] {
  const modes: MaterialMode[] = ['upload'];
  if (m.deferrable === true) modes.push('deferred');
  if (m.waivableByCommitment === true) modes.push('committed');
  // The server counts a paper material as given when it is marked provided without files.
  if (m.medium !== 'electronic') modes.push('paper');
  return modes;
}

/** Whether a row is settled: files attached, or another way the material allows. */
export function entryReady(m: Material, entry: MaterialEntry | undefined): boolean {
  if (entry === undefined) return false;
  if (entry.mode === 'upload') return entry.files.length > 0;
  return modesOf(m).includes(entry.mode);
}

/** Needed materials not settled yet, in the matter's order: what blocks going on. */
export const unsettled = (needed: readonly Material[], entries: MaterialEntries): Material[] => needed.filter((m) => !entryReady(m, entries[m.id]));

const MIME: Record<string, string[]> = {
  pdf: ['.pdf', 'application/pdf'],
  jpg: ['.jpg', '.jpeg', 'image/jpeg'],
  png: ['.png', 'image/png'],
  ofd: ['.ofd'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  zip: ['.zip'],
};

/** The `accept` attribute of a material's file input; '' (anything) when the material names no types. */
export function acceptOf(fileTypes: readonly string[] | undefined): string {
  return (fileTypes ?? []).flatMap((t) => MIME[t] ?? [`.${t}`]).join(',');
}

/** Whether an uploaded file's detected type (`type` of POST /api/files) suits the material. */
export const typeAccepted = (fileTypes: readonly string[] | undefined, detected: string | undefined): boolean =>
  fileTypes === undefined || fileTypes.length === 0 || (detected !== undefined && fileTypes.includes(detected));

/** The applicant without empty optional fields, names and numbers trimmed. */
export function cleanApplicant(a: Applicant): Applicant {
  const out: Applicant = { kind: a.kind, name: a.name.trim(), phone: a.phone.trim() };
  const idNumber = a.idNumber?.trim().toUpperCase();
  if (idNumber) {
    out.idNumber = idNumber;
    if (a.idType) out.idType = a.idType;
  }
  if (a.email?.trim()) out.email = a.email.trim();
  if (a.contact?.trim()) out.contact = a.contact.trim();
  return out;
}

/**
 * The `POST /api/cases` body.
 * 1. Needed materials as chosen: files (`fileIds`), `deferred`, `committed`, or `provided` on paper;
 *    an unsettled one is left out, so the server names it (it is the one that decides).
 * 2. Optional materials only with files.
 * 3. Files of materials no longer needed (an answer changed) are dropped, not sent.
 */
export function buildApplication(input: {
  matterCode: string;
  situation?: string;
  applicant: Applicant;
  answers: Record<string, unknown>;
  needed: readonly Material[];
  optional?: readonly Material[];
  entries: MaterialEntries;
}): ApplicationBody {
  const materials: ApplicationBody['materials'] = [];
  // 1.
  for (const m of input.needed) {
    const entry = input.entries[m.id];
    if (entry === undefined) continue;
    if (entry.mode === 'upload') {
      if (entry.files.length > 0) materials.push({ materialId: m.id, fileIds: entry.files.map((f) => f.id) });
    } else if (modesOf(m).includes(entry.mode)) {
      materials.push({ materialId: m.id, status: entry.mode === 'paper' ? 'provided' : entry.mode });
    }
  }
  // 2. (3. by construction: only needed and optional materials are read.)
  for (const m of input.optional ?? []) {
    const files = input.entries[m.id]?.files ?? [];
    if (input.entries[m.id]?.mode === 'upload' && files.length > 0) materials.push({ materialId: m.id, fileIds: files.map((f) => f.id) });
  }
  return {
    matterCode: input.matterCode,
    ...(input.situation !== undefined ? { situation: input.situation } : {}),
    applicant: cleanApplicant(input.applicant),
    data: input.answers,
    materials,
  };
}
