/** The whole-matter lint: clean fixtures, the field names conditions may read, and the report's order. */
import { describe, expect, it } from 'vitest';
import { conditionFieldNames, lintMatter } from '../../../catalog/lint/lint.js';
import { sampleLintContext, sampleMatter, simplifiedSampleMatter } from '../../fixtures/matters.js';

describe('lintMatter', () => {
  it.each([
    ['the sample matter', sampleMatter],
    ['the simplified sample matter', simplifiedSampleMatter],
  ])('given %s, when linted, then the report is clean', (_name, fixture) => {
    expect(lintMatter(fixture(), sampleLintContext())).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('given the sample form, when its condition names are computed, then they are its fields and the built-ins', () => {
    const def = sampleMatter();
    def.form.properties.members = { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } };
    expect([...conditionFieldNames(def)].sort()).toEqual(['agentName', 'applicant.kind', 'businessCategory', 'byAgent', 'creditCode', 'members', 'operatorName', 'situation']);
  });

  it('given a condition on an array element field, when linted, then it is unknown (a var cannot read each element)', () => {
    const def = sampleMatter();
    def.form.properties.members = { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } };
    def.materials[4].condition!.when = { '!!': [{ var: 'members[].name' }] };
    expect(lintMatter(def, sampleLintContext()).errors.map((f) => f.rule)).toEqual(['material.condition-unknown-field']);
  });

  it('given findings from every module, when linted, then errors and warnings are apart, each in pointer order', () => {
    const def = sampleMatter();
    def.promisedDays = 25; // guide, /promisedDays
    def.materials[1].libraryId = 'hukou'; // material, /materials/1/libraryId
    def.handlingType = 'immediate'; // guide warning, /promisedDays
    def.form.required!.push('ghost'); // form, /form/required/3
    def.flow.nodes[3].departmentId = 'nowhere'; // flow, /flow/nodes/3/departmentId
    def.flow.nodes.push({ id: 'orphan', kind: 'step', name: '孤立环节', stepType: 'review', departmentId: 'scjg', deadlineDays: 1 }); // flow, /flow/nodes/10
    const report = lintMatter(def, sampleLintContext());
    expect(report.ok).toBe(false);
    expect(report.errors.map((f) => `${f.path} ${f.rule}`)).toEqual([
      '/flow/nodes/3/departmentId flow.step-department',
      '/flow/nodes/10 flow.unreachable',
      '/flow/nodes/10 flow.dead-end',
      '/form/required/3 form.required-unknown',
      '/materials/1/libraryId material.unknown-library',
      '/promisedDays guide.promise-exceeds-statute',
    ]);
    expect(report.warnings.map((f) => `${f.path} ${f.rule}`)).toEqual(['/promisedDays guide.immediate-with-days']);
  });

  it('given warnings only, when linted, then the report is ok', () => {
    const def = sampleMatter();
    def.handlingType = 'immediate';
    const report = lintMatter(def, sampleLintContext());
    expect(report).toMatchObject({ ok: true, errors: [] });
    expect(report.warnings.map((f) => f.rule)).toEqual(['guide.immediate-with-days']);
  });

  it('given an unknown department and shared material in the context, when linted, then the context decides', () => {
    const report = lintMatter(sampleMatter(), { departmentIds: new Set(['scjg']), sharedMaterialIds: new Set() });
    expect(report.errors.map((f) => f.rule)).toEqual(['flow.step-department', 'material.unknown-library']);
  });
});
