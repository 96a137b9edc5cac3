import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../schemas/types.generated.js';
import { labelledValues } from '../../../../runtime/web/workbench/case/form-labels';

const form: FormDefinition = {
  type: 'object',
  properties: {
    basics: {
      type: 'void',
      title: '基本信息',
      properties: {
        projectName: { type: 'string', title: '项目名称' },
        use: { type: 'string', title: '用途', oneOf: [{ const: 'home', title: '住宅' }, { const: 'shop', title: '商业' }] },
      },
    },
    area: { type: 'number', title: '建筑面积' },
    agreed: { type: 'boolean', title: '同意承诺' },
    site: { type: 'object', title: '建设地点', properties: { district: { type: 'string', title: '区县' } } },
    empty: { type: 'string', title: '未填' },
  },
};

describe('labelledValues', () => {
  it('labels answers with field titles through sections and objects, options by label', () => {
    expect(labelledValues(form, { projectName: '天宝路项目', use: 'shop', area: 1200, agreed: true, site: { district: '高新区' } })).toEqual([
      { path: 'projectName', title: '项目名称', value: '天宝路项目' },
      { path: 'use', title: '用途', value: '商业' },
      { path: 'area', title: '建筑面积', value: '1200' },
      { path: 'agreed', title: '同意承诺', value: '是' },
      { path: 'site.district', title: '建设地点 · 区县', value: '高新区' },
    ]);
  });
});

describe('labelledValues with choices', () => {
  const choices: FormDefinition = {
    type: 'object',
    properties: {
      scope: {
        type: 'array',
        title: '申请经营范围',
        items: { type: 'string', enum: ['general', 'container'] },
        'x-component': 'Checkbox.Group',
        'x-component-props': { options: [{ value: 'general', label: '道路普通货运' }, { value: 'container', label: '货物专用运输（集装箱）' }] },
      },
      kinds: { type: 'array', title: '类别', items: { type: 'string', oneOf: [{ const: 'a', title: '甲类' }, { const: 'b', title: '乙类' }] } },
      level: { type: 'string', title: '等级', enum: ['x'], 'x-component': 'Select', 'x-component-props': { options: [{ value: 'x', label: '一级' }] } },
      flags: { type: 'array', title: '标记', items: { type: 'boolean' } },
      other: { type: 'array', title: '其他', items: { type: 'string', enum: ['raw'] } },
    },
  };
  it('shows option labels for multiple choices, item oneOf and component options; booleans 是/否; unknown values raw', () => {
    expect(labelledValues(choices, { scope: ['general', 'container'], kinds: ['b'], level: 'x', flags: [true, false], other: ['raw'] }).map((v) => v.value)).toEqual([
      '道路普通货运、货物专用运输（集装箱）',
      '乙类',
      '一级',
      '是、否',
      'raw',
    ]);
  });
});

import { dispositionName, previewKind } from '../../../../runtime/web/workbench/case/file-info';

describe('file info', () => {
  it('previews images and PDFs only', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('image/jpeg; charset=binary')).toBe('image');
    expect(previewKind('application/zip')).toBe('none');
  });
  it('reads the file name of Content-Disposition', () => {
    expect(dispositionName(`inline; filename*=UTF-8''${encodeURIComponent('申请材料.pdf')}`)).toBe('申请材料.pdf');
    expect(dispositionName('attachment; filename="a.pdf"')).toBe('a.pdf');
    expect(dispositionName(null)).toBeUndefined();
  });
});
