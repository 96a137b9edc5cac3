/**
 * The edits of the basic-information tab's single-valued service-guide elements (办事指南) as
 * pure functions of the definition. Each returns a definition still valid against
 * `matter-definition.schema.json`: typed values are made valid (trimmed, cut to length, clamped)
 * rather than refused, and an emptied optional element is removed, not stored as "".
 */
import { MATTER_TYPES } from '../../../catalog/matter-types.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';

/** The optional free-text elements, with their maximum lengths from the schema. */
export const TEXT_LIMITS = { implementingBody: 200, scope: 2000, consultPhone: 50, complaintPhone: 50 } as const;
export type GuideTextKey = keyof typeof TEXT_LIMITS;

/** The integer elements, with their ranges from the schema. */
export const NUMBER_RANGES = {
  statutoryDays: [0, 3650],
  promisedDays: [0, 3650],
  onSiteVisits: [0, 10],
  onlineDepth: [1, 4],
} as const;
export type GuideNumberKey = keyof typeof NUMBER_RANGES;

/** The tag lists, with their maximum sizes. */
export const TAG_LIMITS = { keywords: 30, themes: 20 } as const;
export type GuideTagKey = keyof typeof TAG_LIMITS;

export type ExerciseLevel = NonNullable<MatterDefinition['exerciseLevel']>;
export type ServiceObject = MatterDefinition['serviceObjects'][number];

/** The matter's name; an empty one keeps the old. */
export function setName(def: MatterDefinition, text: string): MatterDefinition {
  const name = text.trim().slice(0, 200);
  return name === '' ? def : { ...def, name };
}

/** An optional text element; empty removes it. */
export function setText(def: MatterDefinition, key: GuideTextKey, text: string): MatterDefinition {
  const value = text.trim().slice(0, TEXT_LIMITS[key]);
  const { [key]: _old, ...rest } = def;
  return value === '' ? (rest as MatterDefinition) : { ...def, [key]: value };
}

/**
 * The matter type by its code (XK, GG …), stored as code system + code + label, which the schema
 * requires to agree; an unknown code changes nothing.
 */
export function setType(def: MatterDefinition, code: string): MatterDefinition {
  const type = MATTER_TYPES.find((t) => t.code === code);
  return type ? { ...def, type: { ...type } } : def;
}

export function setDepartment(def: MatterDefinition, departmentId: string): MatterDefinition {
  return /^[a-z0-9][a-z0-9_-]{0,63}$/.test(departmentId) ? { ...def, departmentId } : def;
}

/** The level exercising the power (国家级 … 乡镇级); undefined removes it. */
export function setExerciseLevel(def: MatterDefinition, level: ExerciseLevel | undefined): MatterDefinition {
  const { exerciseLevel: _old, ...rest } = def;
  return level === undefined ? rest : { ...rest, exerciseLevel: level };
}

/** Who may apply; at least one is required, so an empty choice keeps the old. */
export function setServiceObjects(def: MatterDefinition, objects: readonly ServiceObject[]): MatterDefinition {
  const unique = [...new Set(objects)];
  return unique.length === 0 ? def : { ...def, serviceObjects: unique };
}

export function setHandlingType(def: MatterDefinition, handlingType: MatterDefinition['handlingType']): MatterDefinition {
  return { ...def, handlingType };
}

/** An integer element, rounded and clamped to its range; a non-number changes nothing. */
export function setNumber(def: MatterDefinition, key: GuideNumberKey, value: number | null | undefined): MatterDefinition {
  if (value === null || value === undefined || !Number.isFinite(value)) return def;
  const [min, max] = NUMBER_RANGES[key];
  return { ...def, [key]: Math.max(min, Math.min(max, Math.round(value))) };
}

/** Keywords or themes: trimmed, cut to 50 characters, without blanks or repeats, at most the limit; none removes the list. */
export function setTags(def: MatterDefinition, key: GuideTagKey, tags: readonly string[]): MatterDefinition {
  const clean = [...new Set(tags.map((t) => t.trim().slice(0, 50)).filter((t) => t !== ''))].slice(0, TAG_LIMITS[key]);
  const { [key]: _old, ...rest } = def;
  return clean.length === 0 ? (rest as MatterDefinition) : { ...def, [key]: clean };
}

/** What the guide should warn about while the editor types (lint says it again on save). */
export interface GuideWarnings {
  /** 承诺时限 above 法定时限: unlawful (art. 42 caps the promise at the statute). */
  promiseExceedsStatute: boolean;
  /** 即办件 that promises days. */
  immediateWithDays: boolean;
}

export function guideWarnings(def: MatterDefinition): GuideWarnings {
  return {
    promiseExceedsStatute: def.promisedDays > def.statutoryDays,
    immediateWithDays: def.handlingType === 'immediate' && def.promisedDays > 0,
  };
}
