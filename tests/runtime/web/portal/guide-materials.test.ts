import { describe, expect, it } from 'vitest';
import { foodBusinessLicenseNew } from '../../../../catalog/demo/matters/food-business-license.js';
import { alwaysNeeded, materialsFor } from '../../../../runtime/web/portal/guide/guide-materials.js';
import type { MatterDefinition } from '../../../../schemas/types.generated.js';

const food = foodBusinessLicenseNew();
const ids = (situation: string | undefined, def: MatterDefinition = food) => materialsFor(def, situation).map((m) => m.material.id);

describe('materials per situation (食品经营许可（新办）)', () => {
  it('lists a situation-conditional material under its own situation only', () => {
    expect(ids('company')).toContain('legal-rep-id-proof');
    expect(ids('company')).not.toContain('operator-id-card');
    expect(ids('individual')).toContain('operator-id-card');
    expect(ids('individual')).not.toContain('legal-rep-id-proof');
  });

  it('marks it as needed because of the situation, with the editor’s words', () => {
    const proof = materialsFor(food, 'company').find((m) => m.material.id === 'legal-rep-id-proof')!;
    expect(proof).toMatchObject({ need: 'situation', condition: '单位申请的' });
  });

  it('lists answer-conditional materials in every situation with their condition in words', () => {
    for (const situation of ['company', 'individual']) {
      const agent = materialsFor(food, situation).find((m) => m.material.id === 'power-of-attorney')!;
      expect(agent.need).toBe('conditional');
      expect(agent.condition).toBe('委托他人代为办理的');
      expect(agent.answerRule).toMatch(/为 是$/);
    }
  });

  it('keeps required materials first-class and in the definition order', () => {
    const list = materialsFor(food, 'individual');
    expect(list[0]).toMatchObject({ need: 'required', material: { id: 'application-form' } });
    expect(list.map((m) => m.material.id)).toEqual(food.materials.map((m) => m.id).filter((id) => id !== 'legal-rep-id-proof'));
    // 6 required + the operator's ID card.
    expect(alwaysNeeded(list)).toBe(food.materials.filter((m) => m.requirement === 'required').length + 1);
  });
});

describe('materials of a matter without situations', () => {
  const base: MatterDefinition = { ...food, situations: [{ id: 'a', name: '甲情形' }, { id: 'b', name: '乙情形' }] };
  const def = (materials: MatterDefinition['materials'], situations = base.situations): MatterDefinition => ({ ...base, situations, materials });
  const m = food.materials[0]!;

  it('shows a situation-conditional material with the situations’ names as its condition', () => {
    const list = materialsFor(def([{ ...m, requirement: 'conditional', condition: { situations: ['a', 'b'] } }]), undefined);
    expect(list).toEqual([{ material: expect.objectContaining({ id: m.id }), need: 'conditional', condition: '甲情形、乙情形' }]);
  });

  it('words an answer rule without the editor’s description from the form’s field titles', () => {
    const list = materialsFor(def([{ ...m, requirement: 'conditional', condition: { when: { '==': [{ var: 'hasOnlineSales' }, true] } } }], []), undefined);
    expect(list[0]!.condition).toBe('是否通过网络经营 为 是');
    expect(list[0]).not.toHaveProperty('answerRule');
  });

  it('keeps optional and words-only materials, leaving the latter to the clerk', () => {
    const list = materialsFor(def([{ ...m, id: 'x', requirement: 'optional' }, { ...m, id: 'y', requirement: 'conditional', condition: { description: '窗口认为需要的' } }], []), undefined);
    expect(list.map((g) => [g.material.id, g.need, g.condition])).toEqual([['x', 'optional', undefined], ['y', 'conditional', '窗口认为需要的']]);
    expect(alwaysNeeded(list)).toBe(0);
  });
});
