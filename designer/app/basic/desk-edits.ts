/**
 * The edits of 受理与出件 and 延期与救济 as pure functions of the definition (like guide-edits.ts):
 * intake stages, front desks, co-implementing departments, the extension rule and the remedy
 * texts. Each returns a definition valid against matter-definition.schema.json; an emptied
 * element is removed, so the law's default applies again.
 */
import { defaultRemedy, type RemedyKind } from '../../../catalog/remedies.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';

/** Art. 42: one extension of at most 10 working days unless a special law allows more. */
export const LAW_EXTENSION_DAYS = 10;
export const EXTENSION_RANGE = [0, 60] as const;
const MAX_BASIS = 300;
const MAX_REMEDY = 2000;

export type DepartmentListKey = 'frontDesks' | 'coImplementingDepartments';

/** 'one' is the default (收件即受理), so it is stored only when asked for; 'two' always. */
export function setIntakeStages(def: MatterDefinition, stages: 'one' | 'two'): MatterDefinition {
  const { intakeStages: _old, ...rest } = def;
  return stages === 'two' ? { ...rest, intakeStages: 'two' } : rest;
}

/** Front desks or co-implementing departments: unique ids, never the matter's own department; none removes the list. */
export function setDepartmentList(def: MatterDefinition, key: DepartmentListKey, ids: readonly string[]): MatterDefinition {
  const clean = [...new Set(ids)].filter((id) => id !== def.departmentId).slice(0, 50);
  const { [key]: _old, ...rest } = def;
  return clean.length === 0 ? (rest as MatterDefinition) : { ...def, [key]: clean };
}

/** The extension limit; an empty one goes back to the law's 10 days (and forgets the basis, which only matters above them). */
export function setExtensionDays(def: MatterDefinition, days: number | null | undefined): MatterDefinition {
  const { extension, ...rest } = def;
  if (days === null || days === undefined || !Number.isFinite(days)) return extension?.legalBasis ? { ...rest, extension: { maxDays: LAW_EXTENSION_DAYS, legalBasis: extension.legalBasis } } : rest;
  const maxDays = Math.max(EXTENSION_RANGE[0], Math.min(EXTENSION_RANGE[1], Math.round(days)));
  return { ...rest, extension: { ...extension, maxDays } };
}

/** The special law allowing a longer extension, e.g. 《工伤保险条例》第二十五条; empty removes it. */
export function setExtensionBasis(def: MatterDefinition, text: string): MatterDefinition {
  const legalBasis = text.trim().slice(0, MAX_BASIS);
  const { extension, ...rest } = def;
  const maxDays = extension?.maxDays ?? LAW_EXTENSION_DAYS;
  if (legalBasis) return { ...rest, extension: { maxDays, legalBasis } };
  return extension === undefined ? rest : { ...rest, extension: { maxDays } };
}

/** Whether the extension needs a legal basis it lacks (lint says so too). */
export function extensionNeedsBasis(def: MatterDefinition): boolean {
  return (def.extension?.maxDays ?? LAW_EXTENSION_DAYS) > LAW_EXTENSION_DAYS && !def.extension?.legalBasis;
}

/**
 * The matter's own remedy text for `kind`. Empty, or the law's default for the matter type word for
 * word, removes it: the matter follows the default (and a later change of the default).
 */
export function setRemedy(def: MatterDefinition, kind: RemedyKind, text: string): MatterDefinition {
  const value = text.trim().slice(0, MAX_REMEDY);
  const { remedies, ...rest } = def;
  const { [kind]: _old, ...others } = remedies ?? {};
  const own = value === '' || value === defaultRemedy(def.type.code, kind).text ? others : { ...others, [kind]: value };
  return Object.keys(own).length === 0 ? rest : { ...rest, remedies: own };
}
