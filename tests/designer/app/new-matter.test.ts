import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintMatter } from '../../../catalog/lint/lint.js';
import { MATTER_TYPES } from '../../../catalog/matter-types.js';
import { validate } from '../../../schemas/validator.js';
import { MATTER_CODE_PATTERN, newMatterDefinition, suggestMatterCode } from '../../../designer/app/new-matter.js';
import { metricDelta } from '../../../designer/app/metric-delta.js';
import { routeOf } from '../../../designer/app/router.js';

const input = { code: 'SCJG-XK-0001', name: '公共场所卫生许可', typeCode: 'XK' as const, departmentId: 'scjg', serviceObjects: ['legal_person' as const], statutoryDays: 20, promisedDays: 10 };

describe('newMatterDefinition', () => {
  it('given any dialog answers the dialog allows, then the definition is schema-valid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(MATTER_CODE_PATTERN),
        fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.length > 0),
        fc.constantFrom(...MATTER_TYPES.map((t) => t.code)),
        fc.subarray(['individual', 'legal_person'] as const, { minLength: 1 }),
        fc.integer({ min: 0, max: 365 }),
        (code, name, typeCode, serviceObjects, statutoryDays) => {
          const def = newMatterDefinition({ code, name, typeCode, departmentId: 'scjg', serviceObjects: [...serviceObjects], statutoryDays, promisedDays: Math.floor(statutoryDays / 2) });
          const result = validate('matter-definition', def);
          expect(result.ok ? [] : result.errors).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('given the defaults, then the skeleton flow has no flow lint errors (an accept step owned by the department)', () => {
    const def = newMatterDefinition(input);
    const flowErrors = lintMatter(def, { departmentIds: new Set(['scjg']), sharedMaterialIds: new Set() }).errors.filter((f) => f.rule.startsWith('flow.'));
    expect(flowErrors).toEqual([]);
    expect(def.flow.nodes.find((n) => n.kind === 'step')).toMatchObject({ stepType: 'accept', departmentId: 'scjg' });
    expect(def.type).toEqual({ codeSystem: 'matter-type', code: 'XK', label: '行政许可' });
  });

  it('given promised days of 0, then the matter is 即办件', () => {
    expect(newMatterDefinition({ ...input, promisedDays: 0 }).handlingType).toBe('immediate');
    expect(newMatterDefinition(input).handlingType).toBe('promised');
  });
});

describe('suggestMatterCode', () => {
  const existing = [
    { code: '11619900MB1532046T-XK-0001', departmentId: 'scjg' },
    { code: '11619900MB1532046T-XK-0003', departmentId: 'scjg' },
    { code: '11619900MB1532046T-QR-0001', departmentId: 'scjg' },
    { code: '11619900MB1597823F-XK-0009', departmentId: 'zrzy' },
  ];
  it("given the department's numbering, then the next number of that type", () => {
    expect(suggestMatterCode(existing, 'scjg', 'XK')).toBe('11619900MB1532046T-XK-0004');
    expect(suggestMatterCode(existing, 'scjg', 'GG')).toBe('11619900MB1532046T-GG-0001');
  });
  it('given a department without matters, then its id in capitals, and never a taken code', () => {
    expect(suggestMatterCode(existing, 'wjw', 'XK')).toBe('WJW-XK-0001');
    expect(suggestMatterCode([{ code: 'WJW-XK-0001', departmentId: 'other' }], 'wjw', 'XK')).toBe('WJW-XK-0002');
  });
  it('given any existing codes, then the suggestion matches the code pattern and is free', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.stringMatching(/^[A-Z]{2,4}-(XK|GG)-\d{4}$/), departmentId: fc.constantFrom('a', 'b') }), { maxLength: 20 }), (ms) => {
        const code = suggestMatterCode(ms, 'a', 'XK');
        expect(code).toMatch(MATTER_CODE_PATTERN);
        expect(ms.some((m) => m.code === code)).toBe(false);
      }),
    );
  });
});

describe('metricDelta', () => {
  it('gives the change and the per cent of the earlier figure; no per cent from zero', () => {
    expect(metricDelta(20, 7)).toEqual({ change: -13, percent: -65 });
    expect(metricDelta(4, 5)).toEqual({ change: 1, percent: 25 });
    expect(metricDelta(0, 3)).toEqual({ change: 3, percent: null });
    expect(metricDelta(3, 3)).toEqual({ change: 0, percent: 0 });
  });
});

describe('routeOf', () => {
  it('names each designer page, ignoring the query and a trailing slash', () => {
    expect(routeOf('/')).toEqual({ page: 'catalogue' });
    expect(routeOf('/matters/A-XK-0001')).toEqual({ page: 'matter', code: 'A-XK-0001' });
    expect(routeOf('/matters/A-XK-0001/compare?from=1&to=2')).toEqual({ page: 'compare', code: 'A-XK-0001' });
    expect(routeOf('/review/')).toEqual({ page: 'review-queue' });
    expect(routeOf('/review/A%2DB')).toEqual({ page: 'review', code: 'A-B' });
    expect(routeOf('/review/A/compare')).toEqual({ page: 'not-found' });
    expect(routeOf('/elsewhere/x/y')).toEqual({ page: 'not-found' });
  });
});
