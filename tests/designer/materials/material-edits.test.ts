import { describe, expect, it } from 'vitest';
import {
  addFromLibrary, addMaterial, moveMaterial, normalizeCondition, patchCondition, patchMaterial, removeMaterial, setRequirement,
} from '../../../designer/app/materials/material-edits.js';
import { validate } from '../../../schemas/validator.js';
import type { MatterDefinition, SharedMaterial } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

const idCard: SharedMaterial = { id: 'id-card', name: '居民身份证', issuer: '公安机关', medium: 'paper_or_electronic', fileTypes: ['jpg', 'pdf'], note: '正反面' };
const ids = (def: MatterDefinition) => def.materials.map((m) => m.id);
const material = (def: MatterDefinition, id: string) => def.materials.find((m) => m.id === id)!;
const expectValid = (def: MatterDefinition) => expect(validate('matter-definition', def)).toMatchObject({ ok: true });

describe('addMaterial', () => {
  it('given a matter, when a material is added, then it ends the list, required, with a fresh numbered id', () => {
    const def = addMaterial(sampleMatter(), '  场所证明  ');
    expect(def.materials.at(-1)).toEqual({ id: 'material-6', name: '场所证明', requirement: 'required', form: 'original', count: 1, medium: 'paper_or_electronic' });
    expectValid(def);
  });

  it('given an empty name, then the id serves as the name (a label may not be empty)', () => {
    expect(addMaterial(sampleMatter(), ' ').materials.at(-1)!.name).toBe('material-6');
  });

  it('given material-6 taken, then the next free number is used', () => {
    const def = addMaterial(addMaterial(sampleMatter(), 'a'), 'b');
    expect(ids(def).slice(-2)).toEqual(['material-6', 'material-7']);
  });
});

describe('addFromLibrary', () => {
  it('copies name, medium, file types and note, and links the entry by libraryId', () => {
    const def = addFromLibrary(sampleMatter(), [idCard]);
    expect(def.materials.at(-1)).toEqual({
      id: 'id-card', name: '居民身份证', libraryId: 'id-card', requirement: 'required', form: 'original', count: 1,
      medium: 'paper_or_electronic', fileTypes: ['jpg', 'pdf'], note: '正反面',
    });
    expectValid(def);
  });

  it('given the entry id already used by a material, then the new one gets a suffixed id', () => {
    const def = addFromLibrary(sampleMatter(), [{ id: 'business-license', name: '营业执照' }, { id: 'business-license', name: '营业执照' }]);
    expect(ids(def).slice(-2)).toEqual(['business-license-2', 'business-license-3']);
    expect(def.materials.at(-1)).not.toHaveProperty('fileTypes');
    expect(def.materials.at(-1)!.medium).toBe('paper_or_electronic');
  });
});

describe('removeMaterial', () => {
  it('drops the material and every step reference to it, removing emptied lists', () => {
    const before = sampleMatter();
    before.flow.nodes.find((n) => n.id === 'decide')!.checksMaterials = ['business-license'];
    const def = removeMaterial(before, 'business-license');
    expect(ids(def)).not.toContain('business-license');
    const accept = def.flow.nodes.find((n) => n.id === 'accept')!;
    expect(accept.checksMaterials).toEqual(['application-form', 'agent-authorization']);
    expect(def.flow.nodes.find((n) => n.id === 'decide')).not.toHaveProperty('checksMaterials');
    expectValid(def);
  });

  it('given an unknown id, then the definition is returned unchanged', () => {
    const def = sampleMatter();
    expect(removeMaterial(def, 'nope')).toBe(def);
  });

  it('given a duplicate id, then only the first goes and step references stay for the second', () => {
    const before = sampleMatter();
    before.materials.push({ ...before.materials[0] });
    const def = removeMaterial(before, 'application-form');
    expect(ids(def).filter((id) => id === 'application-form')).toHaveLength(1);
    expect(def.flow.nodes.find((n) => n.id === 'accept')!.checksMaterials).toContain('application-form');
  });
});

describe('moveMaterial', () => {
  it.each([
    ['business-license', -1, ['business-license', 'application-form', 'site-layout', 'safety-rules', 'agent-authorization']],
    ['business-license', 1, ['application-form', 'site-layout', 'business-license', 'safety-rules', 'agent-authorization']],
    ['application-form', -1, ['application-form', 'business-license', 'site-layout', 'safety-rules', 'agent-authorization']],
    ['agent-authorization', 1, ['application-form', 'business-license', 'site-layout', 'safety-rules', 'agent-authorization']],
  ])('moves %s by %i', (id, delta, expected) => {
    expect(ids(moveMaterial(sampleMatter(), id, delta))).toEqual(expected);
  });
});

describe('patchMaterial', () => {
  it('sets flags, form, count and medium, and removes what is patched to undefined', () => {
    const def = patchMaterial(sampleMatter(), 'site-layout', { deferrable: undefined, waivableByCommitment: true, form: 'copy', count: 3, medium: 'paper' });
    expect(material(def, 'site-layout')).toEqual({
      id: 'site-layout', name: '经营设施设备布局和工艺流程图', requirement: 'required', waivableByCommitment: true, form: 'copy', count: 3, medium: 'paper', fileTypes: ['pdf', 'jpg', 'png'],
    });
  });

  it.each([
    [{ name: '   ' }, 'name', '食品经营许可申请书'],
    [{ name: ' 申请书 ' }, 'name', '申请书'],
    [{ count: 0 }, 'count', 1],
    [{ count: 250 }, 'count', 100],
    [{ count: 2.6 }, 'count', 3],
    [{ note: 'x'.repeat(3000) }, 'note', 'x'.repeat(2000)],
  ] as const)('makes %o valid: %s becomes %s', (patch, key, value) => {
    const def = patchMaterial(sampleMatter(), 'application-form', patch);
    expect(material(def, 'application-form')[key]).toEqual(value);
    expectValid(def);
  });

  it('given an empty note, then the note is removed', () => {
    const def = patchMaterial(patchMaterial(sampleMatter(), 'application-form', { note: 'n' }), 'application-form', { note: ' ' });
    expect(material(def, 'application-form')).not.toHaveProperty('note');
  });
});

describe('requirement and condition', () => {
  it('given a required material made conditional, then it carries an empty condition that the schema accepts', () => {
    const def = setRequirement(sampleMatter(), 'site-layout', 'conditional');
    expect(material(def, 'site-layout').condition).toEqual({ description: '' });
    expectValid(def);
  });

  it('given a conditional material made required, then its condition is dropped', () => {
    const def = setRequirement(sampleMatter(), 'agent-authorization', 'required');
    expect(material(def, 'agent-authorization')).not.toHaveProperty('condition');
    expect(material(def, 'agent-authorization').requirement).toBe('required');
  });

  it('sets situations, keeps the rule and the words, and drops the placeholder description', () => {
    const def = patchCondition(sampleMatter(), 'agent-authorization', { situations: ['company', 'company'] });
    expect(material(def, 'agent-authorization').condition).toEqual({ situations: ['company'], when: { '==': [{ var: 'byAgent' }, true] }, description: '委托他人代为办理的' });
    const cleared = patchCondition(def, 'agent-authorization', { situations: [], when: null, description: '' });
    expect(material(cleared, 'agent-authorization').condition).toEqual({ description: '' });
    expectValid(cleared);
  });

  it('given a required material, when a condition is set, then it becomes conditional', () => {
    const def = patchCondition(sampleMatter(), 'safety-rules', { situations: ['company'] });
    expect(material(def, 'safety-rules')).toMatchObject({ requirement: 'conditional', condition: { situations: ['company'] } });
  });

  it.each([
    [{}, { description: '' }],
    [{ situations: [] }, { description: '' }],
    [{ situations: ['a'], description: '' }, { situations: ['a'] }],
    [{ when: {} }, { description: '' }],
    [{ when: { var: 'x' }, description: '有' }, { when: { var: 'x' }, description: '有' }],
  ])('normalizeCondition(%o) = %o', (input, expected) => {
    expect(normalizeCondition(input)).toEqual(expected);
  });
});

describe('the 200-material maximum', () => {
  it('adds nothing beyond it', () => {
    let def = sampleMatter();
    for (let i = 0; i < 196; i++) def = addMaterial(def, `m${i}`);
    expect(def.materials).toHaveLength(200);
    expect(addMaterial(def, 'x')).toBe(def);
    def = removeMaterial(def, 'material-6');
    expect(addFromLibrary(def, [idCard, idCard]).materials).toHaveLength(200);
  });
});
