import { describe, expect, it } from 'vitest';
import { checkedMaterialIds, conditionMissing } from '../../../designer/app/materials/material-checks.js';
import type { Material } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

describe('material checks', () => {
  it('collects the materials checked by steps only', () => {
    const def = sampleMatter();
    def.flow.nodes.find((n) => n.id === 'granted')!.checksMaterials = ['ghost'];
    expect([...checkedMaterialIds(def)].sort()).toEqual(['agent-authorization', 'application-form', 'business-license', 'safety-rules', 'site-layout']);
  });

  it.each<[Partial<Material>, boolean]>([
    [{ requirement: 'conditional', condition: { description: '' } }, true],
    [{ requirement: 'conditional' }, true],
    [{ requirement: 'conditional', condition: { situations: ['a'] } }, false],
    [{ requirement: 'conditional', condition: { when: { var: 'x' } } }, false],
    [{ requirement: 'required' }, false],
  ])('conditionMissing(%o) = %s', (m, expected) => {
    const material: Material = { id: 'm', name: 'm', requirement: 'required', form: 'original', count: 1, medium: 'paper', ...m };
    expect(conditionMissing(material)).toBe(expected);
  });
});
