import { describe, expect, it } from 'vitest';
import { metricChange, compareVersions } from '../../../catalog/metrics/version-compare.js';
import { constructionPlanningPermitV1, constructionPlanningPermitV2 } from '../../../catalog/demo/matters/construction-planning-permit.js';
import { changeText, metricRows, metricTone, METRIC_ORDER } from '../../../designer/app/compare/metric-rows.js';

describe('metricTone', () => {
  it('calls fewer steps, days and materials better', () => {
    expect(metricTone('steps', 5, 3)).toBe('better');
    expect(metricTone('promisedDays', 7, 20)).toBe('worse');
    expect(metricTone('materials', 4, 4)).toBe('same');
  });
  it('calls a rise better where a rise is the simplification', () => {
    expect(metricTone('onlineDepth', 2, 3)).toBe('better');
    expect(metricTone('deferrableMaterials', 0, 1)).toBe('better');
    expect(metricTone('sharedMaterials', 3, 0)).toBe('worse');
    expect(metricTone('parallelForks', 0, 1)).toBe('better');
  });
});

describe('changeText', () => {
  it('prints a reduction with a minus and a rise with a plus, from the report', () => {
    expect(changeText(metricChange(20, 7))).toBe('-65%');
    expect(changeText(metricChange(2, 3))).toBe('+50%');
    expect(changeText(metricChange(0, 3))).toBe('+3');
    expect(changeText(metricChange(5, 5))).toBe('0%');
    expect(changeText(metricChange(0, 0))).toBe('0%');
  });
});

describe('metricRows', () => {
  it('lists every compared figure once, in the table order, with material kinds indented', () => {
    const report = compareVersions(constructionPlanningPermitV1(), constructionPlanningPermitV2());
    const rows = metricRows(report.metrics);
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(report.metrics).sort());
    expect(rows.map((r) => r.key)).toEqual(METRIC_ORDER);
    const promised = rows.find((r) => r.key === 'promisedDays')!;
    expect(promised).toMatchObject({ before: 20, after: 7, reductionPercent: 65, tone: 'better', indent: false });
    expect(rows.find((r) => r.key === 'requiredMaterials')!.indent).toBe(true);
  });
  it('keeps figures it does not know, after the known ones', () => {
    const report = compareVersions(constructionPlanningPermitV1(), constructionPlanningPermitV2());
    const rows = metricRows({ ...report.metrics, futureFigure: metricChange(2, 1) } as typeof report.metrics);
    expect(rows[rows.length - 1]!.key).toBe('futureFigure');
  });
});
