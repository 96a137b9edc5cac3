import { describe, expect, it } from 'vitest';
import { addItem, moveItem, patchFees, patchItem, patchResult, removeItem } from '../../../designer/app/basic/guide-list-edits.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

const expectValid = (def: unknown) => expect(validate('matter-definition', def)).toMatchObject({ ok: true });

describe('guide list edits', () => {
  it('adds, patches, moves and removes legal bases', () => {
    let def = addItem(sampleMatter(), 'legalBasis', { title: '《行政许可法》', article: '第十二条' });
    expect(def.legalBasis!.map((b) => b.title)).toEqual(['《中华人民共和国食品安全法》', '《食品经营许可和备案管理办法》', '《行政许可法》']);
    def = patchItem(def, 'legalBasis', 2, { title: '  ', article: ' ', text: '条文' });
    expect(def.legalBasis![2]).toEqual({ title: '《行政许可法》', text: '条文' });
    def = moveItem(def, 'legalBasis', 2, -5);
    expect(def.legalBasis![0].title).toBe('《行政许可法》');
    expectValid(def);
    def = removeItem(removeItem(removeItem(def, 'legalBasis', 0), 'legalBasis', 0), 'legalBasis', 0);
    expect(def).not.toHaveProperty('legalBasis');
    expectValid(def);
  });

  it('gives an item added without a title a placeholder, since a title is required', () => {
    const def = addItem(sampleMatter(), 'legalBasis', { title: '' });
    expect(def.legalBasis!.at(-1)!.title).toBe('法律法规');
    expectValid(def);
  });

  it('edits acceptance conditions and windows, and stops at their maximum', () => {
    let def = patchItem(sampleMatter(), 'acceptanceConditions', 0, '  具有合法主体资格  ');
    expect(def.acceptanceConditions![0]).toBe('具有合法主体资格');
    for (let i = 0; i < 25; i++) def = addItem(def, 'windows', { name: `窗口${i}`, phone: '' });
    expect(def.windows).toHaveLength(20);
    expect(def.windows!.at(-1)).toEqual({ name: '窗口18' });
    expectValid(def);
  });

  it('ignores positions outside the list', () => {
    const def = sampleMatter();
    expect(patchItem(def, 'windows', 5, { name: 'x' })).toBe(def);
    expect(removeItem(def, 'windows', -1)).toBe(def);
    expect(moveItem(def, 'windows', 0, 1)).toBe(def);
  });

  it('edits fees, fixing item names and amounts', () => {
    let def = patchFees({ ...sampleMatter(), fees: undefined }, { charged: true, items: [{ name: ' 工本费 ', amount: 10, unit: '元/本' }] });
    expect(def.fees).toEqual({ charged: true, items: [{ name: '工本费', amount: 10, unit: '元/本' }] });
    def = patchFees(def, { items: [{ name: '', amount: -1 }], note: ' ' });
    expect(def.fees).toEqual({ charged: true, items: [{ name: '工本费', amount: 0 }] });
    def = patchFees(def, { charged: false, items: [], note: '不收费' });
    expect(def.fees).toEqual({ charged: false, note: '不收费' });
    expectValid(def);
  });

  it('edits the result, which needs a name', () => {
    const none = { ...sampleMatter(), result: undefined };
    expect(patchResult(none, { kind: 'license' })).not.toHaveProperty('result');
    let def = patchResult(none, { name: '许可证', kind: 'license' });
    expect(def.result).toEqual({ name: '许可证', kind: 'license' });
    def = patchResult(def, { name: '', delivery: ['mail', 'mail'] });
    expect(def.result).toEqual({ name: '许可证', kind: 'license', delivery: ['mail'] });
    def = patchResult(def, { kind: null, delivery: [] });
    expect(def.result).toEqual({ name: '许可证' });
    expect(patchResult(def, { name: ' ' })).not.toHaveProperty('result');
    expectValid(def);
  });
});
