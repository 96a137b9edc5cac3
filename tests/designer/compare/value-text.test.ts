import { describe, expect, it } from 'vitest';
import { valueText } from '../../../designer/app/compare/value-text.js';

describe('valueText', () => {
  it.each([
    [undefined, '—'],
    [null, '—'],
    ['规划审查', '规划审查'],
    [5, '5'],
    [true, 'true'],
    [['a', 'b'], 'a、b'],
    [[], '—'],
    [{ op: 'eq' }, '{"op":"eq"}'],
    [[{ title: '《行政许可法》', article: '第四十二条' }, { title: '国办发〔2019〕11号' }], '《行政许可法》、国办发〔2019〕11号'],
    [[{ name: '营业执照' }, { id: 'x' }], '[{"name":"营业执照"},{"id":"x"}]'],
  ])('%j → %s', (v, text) => expect(valueText(v)).toBe(text));
  it('says yes and no in the words it is given', () => {
    expect(valueText(true, { yes: '是', no: '否' })).toBe('是');
    expect(valueText(false, { yes: '是', no: '否' })).toBe('否');
  });
  it('cuts long text to 80 characters', () => {
    expect(valueText('长'.repeat(100))).toHaveLength(78);
    expect(valueText({ text: 'x'.repeat(100) }).length).toBe(78);
  });
});

describe('fieldLabelKey', () => {
  it('names the properties the report compares, and nothing else', async () => {
    const { fieldLabelKey } = await import('../../../designer/app/compare/field-labels.js');
    const { compareMessages } = await import('../../../designer/app/compare/messages.js');
    expect(fieldLabelKey('deadlineDays')).toBe('compare.field.deadlineDays');
    expect(compareMessages.zh[fieldLabelKey('promisedDays')!]).toBe('承诺时限');
    expect(fieldLabelKey('somethingNew')).toBeUndefined();
    expect(fieldLabelKey('toString')).toBeUndefined();
  });
});

describe('named', () => {
  it('replaces referenced ids by names, leaving unknown ids and other properties alone', async () => {
    const { named } = await import('../../../designer/app/compare/value-text.js');
    const names = { 'design-scheme': '设计方案', zrzy: '自然资源和规划局' };
    expect(named('checksMaterials', ['design-scheme', 'gone'], names)).toEqual(['设计方案', 'gone']);
    expect(named('departmentId', 'zrzy', names)).toBe('自然资源和规划局');
    expect(named('name', 'zrzy', names)).toBe('zrzy');
    expect(named('departmentId', 'toString', names)).toBe('toString');
  });
});
