/**
 * Property: any sequence of the materials tab's edits, drawn as intents (indices into whatever
 * materials and situations exist at that moment), keeps the definition valid against the
 * matter-definition schema, keeps material and situation ids unique, and leaves no step checking a
 * removed material and no condition naming a removed situation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foodBusinessLicenseNew } from '../../../catalog/demo/matters/food-business-license.js';
import { DEMO_SHARED_MATERIALS } from '../../../catalog/demo/shared-materials.js';
import {
  addFromLibrary, addMaterial, moveMaterial, patchCondition, patchMaterial, removeMaterial, setRequirement, type MaterialPatch,
} from '../../../designer/app/materials/material-edits.js';
import { addSituation, describeSituation, removeSituation, renameSituation } from '../../../designer/app/materials/situation-edits.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

type Edit = (def: MatterDefinition) => MatterDefinition;
const named = (name: string, edit: Edit): Edit => Object.assign(edit, { [fc.toStringMethod]: () => name });
const materialId = (def: MatterDefinition, i: number) => (def.materials.length === 0 ? undefined : def.materials[i % def.materials.length].id);
const situationId = (def: MatterDefinition, i: number) => (def.situations.length === 0 ? undefined : def.situations[i % def.situations.length].id);
const onMaterial = (i: number, edit: (def: MatterDefinition, id: string) => MatterDefinition): Edit =>
  (def) => { const id = materialId(def, i); return id === undefined ? def : edit(def, id); };
const onSituation = (i: number, edit: (def: MatterDefinition, id: string) => MatterDefinition): Edit =>
  (def) => { const id = situationId(def, i); return id === undefined ? def : edit(def, id); };

const pick = fc.nat(60);
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '   ', '营业执照复印件', 'x'.repeat(260), 'x'.repeat(2100)));
const patch: fc.Arbitrary<MaterialPatch> = fc.record({
  name: text, note: text, source: text,
  count: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: false })),
  form: fc.constantFrom('original' as const, 'copy' as const, 'original_and_copy' as const),
  medium: fc.constantFrom('paper' as const, 'electronic' as const, 'paper_or_electronic' as const),
  deferrable: fc.constantFrom(true, false, undefined),
  waivableByCommitment: fc.constantFrom(true, false, undefined),
  fileTypes: fc.constantFrom(undefined, [], ['pdf' as const, 'pdf' as const, 'jpg' as const]),
}, { requiredKeys: [] });
const when = fc.constantFrom(null, undefined, { '===': [{ var: 'byAgent' }, true] }, { in: [{ var: 'businessCategory' }, ['catering']] });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  text.map((n) => named(`addMaterial(${JSON.stringify(n.slice(0, 10))})`, (d) => addMaterial(d, n))),
  fc.subarray(DEMO_SHARED_MATERIALS, { maxLength: 3 }).map((es) => named(`addFromLibrary(${es.map((e) => e.id)})`, (d) => addFromLibrary(d, es))),
  pick.map((i) => named(`removeMaterial(${i})`, onMaterial(i, removeMaterial))),
  fc.tuple(pick, fc.integer({ min: -3, max: 3 })).map(([i, delta]) => named(`moveMaterial(${i}, ${delta})`, onMaterial(i, (d, id) => moveMaterial(d, id, delta)))),
  fc.tuple(pick, patch).map(([i, p]) => named(`patchMaterial(${i}, ${JSON.stringify(p).slice(0, 80)})`, onMaterial(i, (d, id) => patchMaterial(d, id, p)))),
  fc.tuple(pick, fc.constantFrom('required' as const, 'conditional' as const, 'optional' as const))
    .map(([i, r]) => named(`setRequirement(${i}, ${r})`, onMaterial(i, (d, id) => setRequirement(d, id, r)))),
  fc.tuple(pick, fc.array(pick, { maxLength: 3 }), when, fc.option(text, { nil: undefined }))
    .map(([i, ss, w, description]) => named(`patchCondition(${i}, ${ss}, ${JSON.stringify(w)})`, onMaterial(i, (d, id) =>
      patchCondition(d, id, { situations: ss.map((s) => situationId(d, s)).filter((s): s is string => s !== undefined), when: w, description })))),
  text.map((n) => named('addSituation', (d) => addSituation(d, n))),
  fc.tuple(pick, text).map(([i, n]) => named(`renameSituation(${i})`, onSituation(i, (d, id) => renameSituation(d, id, n)))),
  fc.tuple(pick, text).map(([i, n]) => named(`describeSituation(${i})`, onSituation(i, (d, id) => describeSituation(d, id, n)))),
  pick.map((i) => named(`removeSituation(${i})`, onSituation(i, removeSituation))),
);

describe('materials and situations edits (property)', () => {
  it.each([
    ['sample matter', sampleMatter],
    ['demo 食品经营许可', foodBusinessLicenseNew],
    ['empty lists', () => ({ ...sampleMatter(), materials: [], situations: [], flow: { nodes: [], edges: [] } })],
  ])('keep %s valid and its references whole', (_name, origin) => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const def = edits.reduce((d, e) => e(d), origin() as MatterDefinition);
        const result = validate('matter-definition', def);
        expect(result.ok ? [] : result.errors).toEqual([]);
        const materialIds = def.materials.map((m) => m.id);
        expect(new Set(materialIds).size).toBe(materialIds.length);
        const situationIds = def.situations.map((s) => s.id);
        expect(new Set(situationIds).size).toBe(situationIds.length);
        for (const n of def.flow.nodes) for (const c of n.checksMaterials ?? []) expect(materialIds).toContain(c);
        for (const m of def.materials) for (const s of m.condition?.situations ?? []) expect(situationIds).toContain(s);
      }),
      { numRuns: 200 },
    );
  });
});
