import { describe, expect, it } from 'vitest';
import {
  guideWarnings, setDepartment, setExerciseLevel, setHandlingType, setName, setNumber, setServiceObjects, setTags, setText, setType,
} from '../../../designer/app/basic/guide-edits.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

const expectValid = (def: unknown) => expect(validate('matter-definition', def)).toMatchObject({ ok: true });

describe('guide edits', () => {
  it('renames, keeping the old name for an empty one', () => {
    expect(setName(sampleMatter(), ' 食品经营许可（变更） ').name).toBe('食品经营许可（变更）');
    expect(setName(sampleMatter(), '  ').name).toBe('食品经营许可（新办）');
  });

  it('sets an optional text cut to its limit, and removes it when emptied', () => {
    expect(setText(sampleMatter(), 'consultPhone', '1'.repeat(80)).consultPhone).toHaveLength(50);
    const def = setText(sampleMatter(), 'scope', '  ');
    expect(def).not.toHaveProperty('scope');
    expectValid(def);
  });

  it('sets the matter type by code, with the label that agrees, and ignores unknown codes', () => {
    const def = setType(sampleMatter(), 'GG');
    expect(def.type).toEqual({ codeSystem: 'matter-type', code: 'GG', label: '公共服务' });
    expectValid(def);
    expect(setType(sampleMatter(), 'ZZ').type.code).toBe('XK');
  });

  it('sets the department only to an id', () => {
    expect(setDepartment(sampleMatter(), 'wjw').departmentId).toBe('wjw');
    expect(setDepartment(sampleMatter(), 'Bad Id').departmentId).toBe('scjg');
  });

  it('sets and removes the exercise level', () => {
    expect(setExerciseLevel(sampleMatter(), 'county').exerciseLevel).toBe('county');
    expect(setExerciseLevel(sampleMatter(), undefined)).not.toHaveProperty('exerciseLevel');
  });

  it('keeps at least one service object', () => {
    expect(setServiceObjects(sampleMatter(), ['individual', 'individual']).serviceObjects).toEqual(['individual']);
    expect(setServiceObjects(sampleMatter(), []).serviceObjects).toEqual(['legal_person', 'individual']);
  });

  it.each([
    ['promisedDays', 4.6, 5],
    ['promisedDays', -3, 0],
    ['statutoryDays', 99999, 3650],
    ['onSiteVisits', 12, 10],
    ['onlineDepth', 0, 1],
    ['onlineDepth', 4, 4],
  ] as const)('clamps %s = %d to %d', (key, value, expected) => {
    const def = setNumber(sampleMatter(), key, value);
    expect(def[key]).toBe(expected);
    expectValid(def);
  });

  it('ignores a cleared number', () => {
    expect(setNumber(sampleMatter(), 'promisedDays', null).promisedDays).toBe(10);
    expect(setNumber(sampleMatter(), 'promisedDays', Number.NaN).promisedDays).toBe(10);
  });

  it('cleans tags and removes an empty list', () => {
    expect(setTags(sampleMatter(), 'keywords', [' 餐饮 ', '餐饮', '', 'x'.repeat(60)]).keywords).toEqual(['餐饮', 'x'.repeat(50)]);
    expect(setTags(sampleMatter(), 'themes', Array.from({ length: 30 }, (_, i) => `t${i}`)).themes).toHaveLength(20);
    expect(setTags(sampleMatter(), 'themes', [' '])).not.toHaveProperty('themes');
  });

  it('sets the handling type and warns about a promise above the statute or an immediate matter with days', () => {
    expect(guideWarnings(sampleMatter())).toEqual({ promiseExceedsStatute: false, immediateWithDays: false });
    expect(guideWarnings(setNumber(sampleMatter(), 'promisedDays', 21)).promiseExceedsStatute).toBe(true);
    expect(guideWarnings(setHandlingType(sampleMatter(), 'immediate')).immediateWithDays).toBe(true);
    expect(guideWarnings(setNumber(setHandlingType(sampleMatter(), 'immediate'), 'promisedDays', 0)).immediateWithDays).toBe(false);
  });
});
