/**
 * A new matter's starting point: the smallest definition the schema accepts that an editor can
 * build on — the guide's required elements from the 新建事项 dialog, no materials or form fields
 * yet, and a flow of 申请 → 受理 (the department's) → 办结. Lint will still ask for what a
 * publishable matter needs; the schema is satisfied from the first save.
 */
import { MATTER_TYPES } from '../../catalog/matter-types.js';
import type { MatterDefinition, MatterType } from '../../schemas/types.generated.js';

export interface NewMatterInput {
  code: string;
  name: string;
  typeCode: MatterType['code'];
  departmentId: string;
  serviceObjects: Array<'individual' | 'legal_person'>;
  statutoryDays: number;
  promisedDays: number;
}

/** The matter-definition schema's pattern for 事项编码. */
export const MATTER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{2,63}$/;

export function newMatterDefinition(input: NewMatterInput): MatterDefinition {
  const type = MATTER_TYPES.find((t) => t.code === input.typeCode);
  if (!type) throw new Error(`unknown matter type ${input.typeCode}`);
  return {
    schemaVersion: 1,
    code: input.code,
    name: input.name,
    type: { ...type },
    departmentId: input.departmentId,
    serviceObjects: [...input.serviceObjects],
    handlingType: input.promisedDays === 0 ? 'immediate' : 'promised',
    statutoryDays: input.statutoryDays,
    promisedDays: input.promisedDays,
    onSiteVisits: 1,
    onlineDepth: 1,
    situations: [],
    materials: [],
    form: { type: 'object', properties: {} },
    flow: {
      nodes: [
        { id: 'start', kind: 'start', name: '申请' },
        { id: 'accept', kind: 'step', name: '受理', stepType: 'accept', departmentId: input.departmentId, mode: 'single', deadlineDays: 1 },
        { id: 'end', kind: 'end', name: '办结', outcome: 'granted' },
      ],
      edges: [
        { id: 'start-accept', source: 'start', target: 'accept' },
        { id: 'accept-end', source: 'accept', target: 'end' },
      ],
      layout: { nodes: { start: { x: 0, y: 40 }, accept: { x: 160, y: 20 }, end: { x: 400, y: 40 } } },
    },
  };
}

/**
 * The next free code in the department's own numbering, `<prefix>-<type>-<nnnn>`, where the prefix
 * is the one the department's existing codes use (often its 统一社会信用代码) or, for a department
 * without matters, its id in capitals.
 *
 * @example suggestMatterCode([{ code: 'X1-XK-0003', departmentId: 'scjg' }], 'scjg', 'XK') // 'X1-XK-0004'
 */
export function suggestMatterCode(existing: ReadonlyArray<{ code: string; departmentId: string }>, departmentId: string, typeCode: string): string {
  const ours = existing.filter((m) => m.departmentId === departmentId).map((m) => /^(.+)-([A-Z]{2})-(\d{4})$/.exec(m.code)).filter((m) => m !== null);
  const prefix = ours[0]?.[1] ?? departmentId.toUpperCase();
  const taken = new Set(existing.map((m) => m.code));
  const seqs = ours.filter((m) => m[1] === prefix && m[2] === typeCode).map((m) => Number(m[3]));
  let next = (seqs.length ? Math.max(...seqs) : 0) + 1;
  const codeOf = (n: number) => `${prefix}-${typeCode}-${String(n).padStart(4, '0')}`;
  while (taken.has(codeOf(next))) next += 1;
  return codeOf(next);
}
