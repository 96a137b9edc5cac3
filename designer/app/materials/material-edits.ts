/**
 * The edits of the materials table as pure functions of the definition: each returns a new
 * definition that is still valid against `matter-definition.schema.json` when its input was (the
 * property test in tests/designer/materials proves it), so the tab hands them to `onChange` as is.
 * Materials are addressed by id, not row index, so an edit queued behind another still hits its
 * row; with duplicate ids (a lint error) the first one is meant.
 */
import type { Material, MaterialCondition, MatterDefinition, SharedMaterial } from '../../../schemas/types.generated.js';
import { numberedId, uniqueId } from './unique-id.js';

/** What a patch may change; an `undefined` value removes an optional property. */
export type MaterialPatch = {
  [K in Exclude<keyof Material, 'id' | 'libraryId' | 'requirement' | 'condition'>]?: Material[K] | undefined;
};

const NAME_MAX = 200;
const MAX_MATERIALS = 200;
const NOTE_MAX = 2000;
const SOURCE_MAX = 200;

/** A new material, required, one original, paper or electronic, at the end of the list (unless it holds 200, the maximum). */
export function addMaterial(def: MatterDefinition, name: string): MatterDefinition {
  if (def.materials.length >= MAX_MATERIALS) return def;
  const id = numberedId('material', idsOf(def));
  const material: Material = { id, name: labelOr(name, id), requirement: 'required', form: 'original', count: 1, medium: 'paper_or_electronic' };
  return { ...def, materials: [...def.materials, material] };
}

/**
 * Materials copied from the shared library (name, medium, file types, note) and linked to it by
 * `libraryId`, one per entry, each with an id made from the library id (`id-card`, `id-card-2` …);
 * entries beyond the maximum of 200 materials are left out.
 * @example addFromLibrary(def, [idCard]).materials.at(-1) // { id: 'id-card', libraryId: 'id-card', name: '居民身份证', … }
 */
export function addFromLibrary(def: MatterDefinition, entries: readonly SharedMaterial[]): MatterDefinition {
  const taken = new Set(idsOf(def));
  const added = entries.slice(0, Math.max(0, MAX_MATERIALS - def.materials.length)).map((entry): Material => {
    const id = uniqueId(entry.id, taken, 'material');
    taken.add(id);
    const m: Material = {
      id,
      name: labelOr(entry.name, id),
      libraryId: entry.id,
      requirement: 'required',
      form: 'original',
      count: 1,
      medium: entry.medium ?? 'paper_or_electronic',
    };
    if (entry.fileTypes && entry.fileTypes.length > 0) m.fileTypes = [...entry.fileTypes];
    if (entry.note) m.note = entry.note.slice(0, NOTE_MAX);
    return m;
  });
  return { ...def, materials: [...def.materials, ...added] };
}

/** The definition without the material, and without it in any step's checked materials. */
export function removeMaterial(def: MatterDefinition, id: string): MatterDefinition {
  const at = def.materials.findIndex((m) => m.id === id);
  if (at < 0) return def;
  const materials = def.materials.filter((_, i) => i !== at);
  // With a duplicate id left behind, steps still check that id: keep the references.
  if (materials.some((m) => m.id === id)) return { ...def, materials };
  const nodes = def.flow.nodes.map((n) => {
    if (!n.checksMaterials?.includes(id)) return n;
    const { checksMaterials, ...rest } = n;
    const left = checksMaterials.filter((c) => c !== id);
    return left.length > 0 ? { ...rest, checksMaterials: left } : rest;
  });
  return { ...def, materials, flow: { ...def.flow, nodes } };
}

/** The material moved `delta` places (−1 up, +1 down), kept within the list. */
export function moveMaterial(def: MatterDefinition, id: string, delta: number): MatterDefinition {
  const from = def.materials.findIndex((m) => m.id === id);
  const to = Math.max(0, Math.min(def.materials.length - 1, from + delta));
  if (from < 0 || to === from) return def;
  const materials = [...def.materials];
  const [moved] = materials.splice(from, 1);
  materials.splice(to, 0, moved);
  return { ...def, materials };
}

/**
 * The material with `patch` applied. Values are made valid rather than refused, since the table
 * commits what was typed: an empty name keeps the old one, texts are trimmed and cut to their
 * maximum (empty removes them), the count is an integer in 1–100.
 */
export function patchMaterial(def: MatterDefinition, id: string, patch: MaterialPatch): MatterDefinition {
  return updateMaterial(def, id, (m) => {
    const out: Material = { ...m };
    for (const [key, value] of Object.entries(patch) as [keyof MaterialPatch, unknown][]) {
      if (value === undefined) {
        if (key !== 'name' && key !== 'form' && key !== 'count' && key !== 'medium') delete out[key];
        continue;
      }
      switch (key) {
        case 'name': out.name = labelOr(String(value), m.name); break;
        case 'note': setText(out, 'note', String(value), NOTE_MAX); break;
        case 'source': setText(out, 'source', String(value), SOURCE_MAX); break;
        case 'count': out.count = clampCount(Number(value)); break;
        case 'fileTypes': {
          const types = [...new Set(value as Material['fileTypes'])];
          if (types.length > 0) out.fileTypes = types.slice(0, 10);
          else delete out.fileTypes;
          break;
        }
        default: (out as Record<string, unknown>)[key] = value;
      }
    }
    return out;
  });
}

/**
 * The material's requirement. A conditional material always carries a condition (the schema
 * demands one): an empty one says so (`{description: ""}`) and lint asks the editor to fill it in;
 * leaving "conditional" drops the condition, which would otherwise linger unseen.
 */
export function setRequirement(def: MatterDefinition, id: string, requirement: Material['requirement']): MatterDefinition {
  return updateMaterial(def, id, (m) => {
    const { condition, ...rest } = m;
    if (requirement !== 'conditional') return { ...rest, requirement };
    return { ...rest, requirement, condition: normalizeCondition(condition ?? {}) };
  });
}

/** What a condition edit sets: situations ([] clears), the form-answer rule (null clears), its words. */
export interface ConditionPatch {
  situations?: readonly string[];
  when?: MaterialCondition['when'] | null;
  description?: string;
}

/** The material's condition with `patch` applied; the material becomes conditional if it was not. */
export function patchCondition(def: MatterDefinition, id: string, patch: ConditionPatch): MatterDefinition {
  return updateMaterial(def, id, (m) => {
    const c: MaterialCondition = { ...(m.requirement === 'conditional' ? m.condition : undefined) };
    if (patch.situations !== undefined) c.situations = [...new Set(patch.situations)];
    if (patch.when !== undefined) c.when = patch.when ?? undefined;
    if (patch.description !== undefined) c.description = patch.description.trim().slice(0, 500);
    return { ...m, requirement: 'conditional', condition: normalizeCondition(c) };
  });
}

/**
 * A condition the schema accepts: no empty situation list, no absent rule, and at least one
 * property (an empty description when nothing else is left).
 */
export function normalizeCondition(c: MaterialCondition): MaterialCondition {
  const out: MaterialCondition = {};
  if (c.situations && c.situations.length > 0) out.situations = c.situations.slice(0, 50);
  if (c.when !== undefined && c.when !== null && Object.keys(c.when).length === 1) out.when = c.when;
  if (c.description !== undefined && (c.description !== '' || Object.keys(out).length === 0)) out.description = c.description;
  return Object.keys(out).length > 0 ? out : { description: '' };
}

function updateMaterial(def: MatterDefinition, id: string, update: (m: Material) => Material): MatterDefinition {
  const at = def.materials.findIndex((m) => m.id === id);
  if (at < 0) return def;
  const materials = [...def.materials];
  materials[at] = update(materials[at]);
  return { ...def, materials };
}

function idsOf(def: MatterDefinition): Set<string> {
  return new Set(def.materials.map((m) => m.id));
}

/** `text` trimmed and cut to a label's length, or `fallback` when that leaves nothing. */
export function labelOr(text: string, fallback: string): string {
  const label = text.trim().slice(0, NAME_MAX);
  return label === '' ? fallback : label;
}

function setText(m: Material, key: 'note' | 'source', text: string, max: number): void {
  const value = text.trim().slice(0, max);
  if (value === '') delete m[key];
  else m[key] = value;
}

function clampCount(n: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.min(100, Math.round(n))) : 1;
}
