/**
 * 补正 as a checklist: every material of the matter, those this application needs first (`needed`;
 * the others are shown apart, collapsed), ticked when the
 * clerk finds it missing or defective, each with a note. `supplementBody` turns the ticked lines into
 * the body of POST /api/cases/:caseNo/supplement-request; the engine adds any material still missing.
 */

export type Problem = 'missing' | 'defective';

export interface ChecklistLine {
  materialId: string;
  name: string;
  checked: boolean;
  problem: Problem;
  note: string;
  /** What the case holds for it now: provided, missing, deferred … or absent. */
  caseStatus?: string;
  fileCount: number;
  /** Whether this application needs it (its situation and answers); the others come last. */
  needed: boolean;
}

export interface ChecklistMaterial {
  id: string;
  name: string;
}

export interface ChecklistCaseMaterial {
  materialId: string;
  status: string;
  fileIds?: string[];
}

/**
 * The matter's materials in order, the ones the case lacks (missing or defective) ticked in
 * advance; those in `needed` (all when it is not given) first, the rest after them.
 */
export function initialChecklist(materials: readonly ChecklistMaterial[], caseMaterials: readonly ChecklistCaseMaterial[], needed?: ReadonlySet<string>): ChecklistLine[] {
  const lines = materials.map((m): ChecklistLine => {
    const held = caseMaterials.find((c) => c.materialId === m.id);
    const lacking = held?.status === 'missing' || held?.status === 'defective';
    return {
      materialId: m.id,
      name: m.name,
      checked: lacking,
      problem: held?.status === 'defective' ? 'defective' : held && (held.fileIds?.length ?? 0) > 0 ? 'defective' : 'missing',
      note: '',
      ...(held ? { caseStatus: held.status } : {}),
      fileCount: held?.fileIds?.length ?? 0,
      needed: needed === undefined || needed.has(m.id),
    };
  });
  return [...lines.filter((l) => l.needed), ...lines.filter((l) => !l.needed)];
}

export interface SupplementRequestBody {
  items: Array<{ materialId: string; problem: Problem; note?: string }>;
  expectedVersion: number;
}

/** The ticked lines as the request body; undefined when nothing is ticked (the notice needs one item). */
export function supplementBody(lines: readonly ChecklistLine[], expectedVersion: number): SupplementRequestBody | undefined {
  const items = lines
    .filter((l) => l.checked)
    .map((l) => {
      const note = l.note.trim();
      return { materialId: l.materialId, problem: l.problem, ...(note ? { note } : {}) };
    });
  return items.length === 0 ? undefined : { items, expectedVersion };
}

/** Changes one line (immutably). */
export function updateLine(lines: readonly ChecklistLine[], materialId: string, change: Partial<Pick<ChecklistLine, 'checked' | 'problem' | 'note'>>): ChecklistLine[] {
  return lines.map((l) => (l.materialId === materialId ? { ...l, ...change } : l));
}
