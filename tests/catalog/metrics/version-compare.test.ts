/**
 * The simplification report between two versions: the sample → simplified report in full, the
 * reduction arithmetic, and one variant per kind of element that can be added, removed or changed.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions, metricChange } from '../../../catalog/metrics/version-compare.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { sampleMatter, simplifiedSampleMatter } from '../../fixtures/matters.js';

const edited = (change: (d: MatterDefinition) => void): MatterDefinition => {
  const def = sampleMatter();
  change(def);
  return def;
};

describe('compareVersions', () => {
  const report = compareVersions(sampleMatter(), simplifiedSampleMatter());

  it('given the sample and its simplification, when compared, then the figures show the reductions', () => {
    expect(report.metrics.promisedDays).toEqual({ before: 10, after: 6, change: -4, reductionPercent: 40 });
    expect(report.metrics.steps).toEqual({ before: 4, after: 3, change: -1, reductionPercent: 25 });
    // After acceptance (the 1-day accept step left out): 8 → 7 and 5 → 4.
    expect(report.metrics.criticalPathDays).toEqual({ before: 7, after: 4, change: -3, reductionPercent: 42.9 });
    expect(report.metrics.onlineDepth).toEqual({ before: 3, after: 4, change: 1, reductionPercent: -33.3 });
    expect(report.metrics.optionalMaterials).toEqual({ before: 0, after: 0, change: 0, reductionPercent: null });
  });

  it('given the sample and its simplification, when compared, then removed and changed elements are listed by id', () => {
    expect(report.materials).toEqual({ added: [], removed: [{ id: 'safety-rules', name: '食品安全管理制度文本' }], changed: [] });
    expect(report.steps).toEqual({
      added: [],
      removed: [{ id: 'decide', name: '决定' }],
      changed: [{
        id: 'review-scjg', name: '市场监管审查决定', fields: [
          { field: 'name', before: '市场监管审查', after: '市场监管审查决定' },
          { field: 'deadlineDays', before: 5, after: 4 },
          { field: 'checksMaterials', before: ['site-layout', 'safety-rules'], after: ['site-layout'] },
        ],
      }],
    });
    expect(report.fields).toEqual({ added: [], removed: [], changed: [] });
    expect(report.situations).toEqual({ added: [], removed: [], changed: [] });
    expect(report.guide).toEqual([
      { field: 'promisedDays', before: 10, after: 6 },
      { field: 'onSiteVisits', before: 1, after: 0 },
      { field: 'onlineDepth', before: 3, after: 4 },
    ]);
  });

  it('given the sample and its simplification, when compared, then the summary has one line per change', () => {
    expect(report.summary).toEqual([
      'Steps: 4 → 3 (-25%)',
      'Steps on the critical path: 3 → 2 (-33.3%)',
      'Critical path after acceptance: 7 → 4 working days (-42.9%)',
      'Materials: 5 → 4 (-20%)',
      'Required materials: 4 → 3 (-25%)',
      'Materials waived by commitment (告知承诺): 1 → 0 (-100%)',
      'Promised deadline: 10 → 6 working days (-40%)',
      'On-site visits: 1 → 0 (-100%)',
      'Online depth: 3 → 4 (+33.3%)',
      'Removed material 食品安全管理制度文本 (safety-rules)',
      'Removed step 决定 (decide)',
      'Changed step 市场监管审查决定 (review-scjg): name "市场监管审查" → "市场监管审查决定"; deadlineDays 5 → 4; checksMaterials ["site-layout","safety-rules"] → ["site-layout"]',
    ]);
  });

  it('given a version and itself, when compared, then nothing changed and the summary is empty', () => {
    const same = compareVersions(sampleMatter(), sampleMatter());
    expect(same.summary).toEqual([]);
    expect(same.guide).toEqual([]);
    for (const m of Object.values(same.metrics)) expect(m.change).toBe(0);
  });

  const variants: Array<{ given: string; change: (d: MatterDefinition) => void; expected: Partial<ReturnType<typeof compareVersions>>; lines: string[] }> = [
    {
      given: 'a material renamed and moved to the front',
      change: (d) => { const m = d.materials.pop()!; m.name = '授权委托书'; d.materials.unshift(m); },
      expected: { materials: { added: [], removed: [], changed: [{ id: 'agent-authorization', name: '授权委托书', fields: [{ field: 'name', before: '授权委托书及代理人身份证明', after: '授权委托书' }] }] } },
      lines: ['Changed material 授权委托书 (agent-authorization): name "授权委托书及代理人身份证明" → "授权委托书"'],
    },
    {
      given: 'a form field added, one removed and one made optional with a new condition',
      change: (d) => {
        delete d.form.properties.creditCode;
        d.form.properties.phone = { type: 'string', title: '联系电话', format: 'mobile' };
        d.form.properties.businessCategory['x-visible-when'] = { '!!': [{ var: 'operatorName' }] };
        d.form.required = ['operatorName'];
      },
      expected: {
        fields: {
          added: [{ id: 'phone', name: '联系电话' }],
          removed: [{ id: 'creditCode', name: '统一社会信用代码' }],
          changed: [{ id: 'businessCategory', name: '经营项目', fields: [{ field: 'required', before: true, after: false }, { field: 'x-visible-when', before: undefined, after: { '!!': [{ var: 'operatorName' }] } }] }],
        },
      },
      lines: [
        'Removed form field 统一社会信用代码 (creditCode)',
        'Added form field 联系电话 (phone)',
        'Changed form field 经营项目 (businessCategory): required true → false; x-visible-when (none) → {"!!":[{"var":"operatorName"}]}',
      ],
    },
    {
      given: 'a situation added and one renamed',
      change: (d) => { d.situations[1].name = '个体户申请'; d.situations.push({ id: 'branch', name: '分支机构申请' }); },
      expected: { situations: { added: [{ id: 'branch', name: '分支机构申请' }], removed: [], changed: [{ id: 'individual-business', name: '个体户申请', fields: [{ field: 'name', before: '个体工商户申请', after: '个体户申请' }] }] } },
      lines: ['Added situation 分支机构申请 (branch)', 'Changed situation 个体户申请 (individual-business): name "个体工商户申请" → "个体户申请"'],
    },
    {
      given: 'a step added after acceptance',
      change: (d) => { d.flow.nodes.push({ id: 'inspect', kind: 'step', name: '现场核查', stepType: 'inspect', departmentId: 'scjg', deadlineDays: 2 }); },
      expected: { steps: { added: [{ id: 'inspect', name: '现场核查' }], removed: [], changed: [] } },
      lines: ['Steps: 4 → 5 (+25%)', 'Added step 现场核查 (inspect)'],
    },
    {
      given: 'the legal basis extended and the fees rewritten in another key order',
      change: (d) => { d.legalBasis!.push({ title: '《食品安全法实施条例》' }); d.fees = { note: '不收费', charged: false }; },
      expected: { guide: [{ field: 'legalBasis', before: sampleMatter().legalBasis, after: [...sampleMatter().legalBasis!, { title: '《食品安全法实施条例》' }] }] },
      lines: ['Guide legalBasis: [2 items] → [3 items]'],
    },
    {
      given: 'long acceptance conditions rewritten',
      change: (d) => { d.acceptanceConditions = ['申请人应当已取得营业执照等合法主体资格，并具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所']; },
      expected: { guide: [{ field: 'acceptanceConditions', before: sampleMatter().acceptanceConditions, after: expect.any(Array) }] },
      lines: ['Guide acceptanceConditions: ["已取得营业执照等合法主体资格","具有与经营的食品品种、数量相适应的经营场所"] → [1 item]'],
    },
    {
      given: 'an element removed from the guide and another changed',
      change: (d) => { delete d.scope; d.consultPhone = '0915-54321'; },
      expected: { guide: [{ field: 'scope', before: sampleMatter().scope, after: undefined }, { field: 'consultPhone', before: '0915-12345', after: '0915-54321' }] },
      lines: ['Guide scope: "在本市行政区域内从事食品销售和餐饮服务活动的经营者" → (none)', 'Guide consultPhone: "0915-12345" → "0915-54321"'],
    },
  ];
  it.each(variants)('given $given, when compared with the sample, then the report says so', ({ change, expected, lines }) => {
    const r = compareVersions(sampleMatter(), edited(change));
    expect(r).toMatchObject(expected);
    expect(r.summary).toEqual(lines);
  });
});

describe('metricChange', () => {
  it.each([
    [10, 6, -4, 40],
    [3, 2, -1, 33.3],
    [4, 5, 1, -25],
    [3, 4, 1, -33.3],
    [7, 7, 0, 0],
    [0, 0, 0, null],
    [0, 3, 3, null],
  ])('given %d → %d, when compared, then change %d and reduction %s', (before, after, change, reduction) => {
    const m = metricChange(before, after);
    expect(m).toEqual({ before, after, change, reductionPercent: reduction });
    if (reduction === 0) expect(Object.is(m.reductionPercent, 0)).toBe(true);
  });
});
