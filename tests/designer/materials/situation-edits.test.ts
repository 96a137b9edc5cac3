import { describe, expect, it } from 'vitest';
import { patchCondition } from '../../../designer/app/materials/material-edits.js';
import { addSituation, describeSituation, removeSituation, renameSituation } from '../../../designer/app/materials/situation-edits.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

describe('situation edits', () => {
  it('adds a situation with a fresh numbered id', () => {
    const def = addSituation(addSituation(sampleMatter(), '分支机构申请'), '');
    expect(def.situations.slice(-2)).toEqual([{ id: 'situation-3', name: '分支机构申请' }, { id: 'situation-4', name: 'situation-4' }]);
    expect(validate('matter-definition', def)).toMatchObject({ ok: true });
  });

  it('given 50 situations, then no more are added (the schema allows 50)', () => {
    let def = sampleMatter();
    for (let i = 0; i < 60; i++) def = addSituation(def, `s${i}`);
    expect(def.situations).toHaveLength(50);
    expect(validate('matter-definition', def)).toMatchObject({ ok: true });
  });

  it('renames, keeping the old name for an empty one', () => {
    const def = renameSituation(sampleMatter(), 'company', ' 单位申请 ');
    expect(def.situations[0].name).toBe('单位申请');
    expect(renameSituation(def, 'company', '  ').situations[0].name).toBe('单位申请');
  });

  it('describes, removing the description when emptied', () => {
    expect(describeSituation(sampleMatter(), 'individual-business', '个体户').situations[1]).toEqual({ id: 'individual-business', name: '个体工商户申请', description: '个体户' });
    expect(describeSituation(sampleMatter(), 'company', '').situations[0]).not.toHaveProperty('description');
  });

  it('given materials conditional on the situation, when it is removed, then their conditions no longer name it', () => {
    let def = patchCondition(sampleMatter(), 'site-layout', { situations: ['company', 'individual-business'] });
    def = patchCondition(def, 'safety-rules', { situations: ['company'] });
    def = removeSituation(def, 'company');
    expect(def.situations.map((s) => s.id)).toEqual(['individual-business']);
    expect(def.materials.find((m) => m.id === 'site-layout')!.condition).toEqual({ situations: ['individual-business'] });
    expect(def.materials.find((m) => m.id === 'safety-rules')).toMatchObject({ requirement: 'conditional', condition: { description: '' } });
    expect(validate('matter-definition', def)).toMatchObject({ ok: true });
  });
});
