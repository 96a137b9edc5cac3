import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { nameSortKey, normalizeQuery, searchKeys } from '../../../catalog/search/search-keys.js';
import { definition } from '../storage/store-fixtures.js';

const parts = (text: string) => text.split(' ');

describe('searchKeys', () => {
  it('given a name, then the haystack starts with name, full pinyin, initials and code', () => {
    const { text } = searchKeys(definition('SCJG-XK-001', '食品经营许可'));
    expect(parts(text).slice(0, 4)).toEqual(['食品经营许可', 'shipinjingyingxuke', 'spjyxk', 'scjgxk001']);
  });

  it.each([
    ['银行业金融机构设立审批', 'yinhangyejinrongjigoushelishenpi', 'yhyjrjgslsp'],
    ['行政许可事项咨询', 'xingzhengxukeshixiangzixun', 'xzxksxzx'],
    ['重庆市建设工程', 'chongqingshijianshegongcheng', 'cqsjsgc'],
    ['绿色食品', 'lvseshipin', 'lssp'],
  ])('given %s, then polyphones read in context: %s / %s', (name, full, initials) => {
    expect(parts(searchKeys(definition('A-01', name)).text).slice(1, 3)).toEqual([full, initials]);
  });

  it('given names, then the initials are what pinyin-pro pattern first gives', () => {
    for (const name of ['食品经营许可', '银行业金融机构设立审批', '户外广告设置审批', '出版物零售单位设立']) {
      const first = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
      expect(parts(searchKeys(definition('A-01', name)).text)[2]).toBe(first);
    }
  });

  it('given keywords and themes, then each comes with pinyin and initials (themes as text only)', () => {
    const { text } = searchKeys(definition('A-01', '食品经营许可', { keywords: ['餐饮 服务', '  '], themes: ['开办企业'] }));
    expect(parts(text).slice(4)).toEqual(['餐饮服务', 'canyinfuwu', 'cyfw', '开办企业']);
  });

  it('given Latin letters, digits and punctuation in a name, then they are kept lower-case and punctuation goes', () => {
    const { text } = searchKeys(definition('A-01', 'ICP备案（第2类）'));
    expect(parts(text).slice(0, 3)).toEqual(['icp备案第2类', 'icpbeiandi2lei', 'icpbad2l']);
  });

  it('given any haystack, then no part is split by whitespace from the input', () => {
    const { text } = searchKeys(definition('A-01', '食品 经营\t许可', { keywords: ['a b'], themes: ['c d'] }));
    expect(parts(text)).toHaveLength(8);
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['  食品 经营  ', '食品经营'],
    ['ＳＰＪＹ', 'spjy'],
    ['ｓｈｉｐｉｎ　ｊｉｎｇｙｉｎｇ', 'shipinjingying'],
    ['SCJG-XK-001', 'scjgxk001'],
    ['食品，经营。许可！', '食品经营许可'],
    ['shípǐn', 'shipin'],
    ['lǜsè', 'lvse'],
    ['100%_\\', '100'],
    ['', ''],
  ])('normalizes %j to %j', (q, expected) => {
    expect(normalizeQuery(q)).toBe(expected);
  });
});

describe('nameSortKey', () => {
  it('given names, then keys order them by pinyin, syllable by syllable', () => {
    const names = ['中国', '银行', '阿里', '行政', '北京', '西安', '先进', '爱心'];
    const sorted = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['阿里', '爱心', '北京', '西安', '先进', '行政', '银行', '中国']);
  });

  it('given any name, then the key is ASCII', () => {
    for (const name of ['食品经营许可', 'ICP备案', '𠀀字', 'Ωmega许可', '（）']) expect(nameSortKey(name)).toMatch(/^[\x20-\x7e]*$/);
  });

  it('given a name that extends another, then the shorter one sorts first', () => {
    expect(nameSortKey('食品') < nameSortKey('食品经营许可')).toBe(true);
  });
});
