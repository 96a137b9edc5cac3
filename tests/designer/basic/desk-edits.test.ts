/** 受理与出件 and 延期与救济 edits: valid definitions, emptied elements removed, the law's default not stored. */
import { describe, expect, it } from 'vitest';
import { defaultRemedy } from '../../../catalog/remedies.js';
import { extensionNeedsBasis, setDepartmentList, setExtensionBasis, setExtensionDays, setIntakeStages, setRemedy } from '../../../designer/app/basic/desk-edits.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

const valid = (d: unknown) => expect(validate('matter-definition', d)).toMatchObject({ ok: true });

describe('desk edits', () => {
  it('intake stages: two stored, one (the default) removed', () => {
    const two = setIntakeStages(sampleMatter(), 'two');
    expect(two.intakeStages).toBe('two');
    valid(two);
    expect('intakeStages' in setIntakeStages(two, 'one')).toBe(false);
  });

  it('front desks and co-implementing departments: unique, never the own department, none removes', () => {
    const d = sampleMatter();
    const next = setDepartmentList(d, 'frontDesks', ['zhzx', 'zhzx', d.departmentId]);
    expect(next.frontDesks).toEqual(['zhzx']);
    valid(next);
    expect('frontDesks' in setDepartmentList(next, 'frontDesks', [])).toBe(false);
    expect(setDepartmentList(d, 'coImplementingDepartments', ['wsjk']).coImplementingDepartments).toEqual(['wsjk']);
  });

  it('extension: limit clamped to 0–60, basis kept, the warning above 10 days without one', () => {
    const d = sampleMatter();
    expect(extensionNeedsBasis(d)).toBe(false);
    const long = setExtensionDays(d, 30);
    expect(long.extension).toEqual({ maxDays: 30 });
    expect(extensionNeedsBasis(long)).toBe(true);
    const based = setExtensionBasis(long, ' 《工伤保险条例》第二十五条 ');
    expect(based.extension).toEqual({ maxDays: 30, legalBasis: '《工伤保险条例》第二十五条' });
    expect(extensionNeedsBasis(based)).toBe(false);
    valid(based);
    expect(setExtensionDays(d, 99).extension).toEqual({ maxDays: 60 });
    expect(setExtensionBasis(d, '某法').extension).toEqual({ maxDays: 10, legalBasis: '某法' });
    expect(setExtensionBasis(based, '').extension).toEqual({ maxDays: 30 });
    expect('extension' in setExtensionDays(long, null)).toBe(false);
  });

  it('remedies: own text stored, empty or the default word for word removed', () => {
    const d = sampleMatter();
    const own = setRemedy(d, 'refusal', '可向本中心申请复核。');
    expect(own.remedies).toEqual({ refusal: '可向本中心申请复核。' });
    valid(own);
    expect('remedies' in setRemedy(own, 'refusal', '')).toBe(false);
    expect('remedies' in setRemedy(own, 'refusal', defaultRemedy(d.type.code, 'refusal').text)).toBe(false);
    expect(setRemedy(setRemedy(own, 'denial', '另文'), 'refusal', '').remedies).toEqual({ denial: '另文' });
  });
});
