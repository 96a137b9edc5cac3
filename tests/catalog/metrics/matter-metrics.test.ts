/** Metrics of a matter version: the sample in full, then one variant per figure that can go wrong. */
import { describe, expect, it } from 'vitest';
import { matterMetrics, type MatterMetrics } from '../../../catalog/metrics/matter-metrics.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { sampleMatter, simplifiedSampleMatter } from '../../fixtures/matters.js';

describe('matterMetrics', () => {
  it('given the sample matter, when measured, then every figure is as designed', () => {
    expect(matterMetrics(sampleMatter())).toEqual({
      steps: 4,
      criticalPathSteps: 3,
      // The path's 8 days less the 1-day accept step: the promise runs from acceptance.
      criticalPathDays: 7,
      criticalPath: ['start', 'accept', 'fork', 'review-scjg', 'join', 'verdict', 'decide', 'granted'],
      departments: ['scjg', 'wjw'],
      departmentCount: 2,
      materials: { total: 5, required: 4, conditional: 1, optional: 0, deferrable: 1, waivable: 1, shared: 1 },
      promisedDays: 10,
      statutoryDays: 20,
      promiseRatio: 0.5,
      onSiteVisits: 1,
      onlineDepth: 3,
      formFields: 5,
      parallelForks: 1,
    } satisfies MatterMetrics);
  });

  it('given the simplified matter, when measured, then it has fewer steps, materials and days', () => {
    expect(matterMetrics(simplifiedSampleMatter())).toMatchObject({
      steps: 3, criticalPathSteps: 2, criticalPathDays: 4, materials: { total: 4, required: 3, waivable: 0 },
      promisedDays: 6, promiseRatio: 0.3, onSiteVisits: 0, onlineDepth: 4,
    });
  });

  const variants: Array<{ given: string; change: (d: MatterDefinition) => void; expected: Partial<MatterMetrics> }> = [
    { given: 'no statutory days', change: (d) => { d.statutoryDays = 0; d.promisedDays = 0; }, expected: { promiseRatio: null } },
    { given: 'a ratio that needs rounding', change: (d) => { d.statutoryDays = 30; d.promisedDays = 7; }, expected: { promiseRatio: 0.23 } },
    {
      given: 'an optional material and a second shared one',
      change: (d) => { d.materials.push({ id: 'id-card', name: '身份证', libraryId: 'id-card', requirement: 'optional', form: 'copy', count: 1, medium: 'paper' }); },
      expected: { materials: { total: 6, required: 4, conditional: 1, optional: 1, deferrable: 1, waivable: 1, shared: 2 } },
    },
    { given: 'a step without department', change: (d) => { delete d.flow.nodes[4].departmentId; }, expected: { departments: ['scjg'], departmentCount: 1, steps: 4 } },
    {
      given: 'an object field grouping two fields',
      change: (d) => { d.form.properties.site = { type: 'object', properties: { city: { type: 'string' }, street: { type: 'string' } } }; },
      expected: { formFields: 7 },
    },
    { given: 'a flow without start', change: (d) => { d.flow.nodes.shift(); }, expected: { criticalPath: [], criticalPathDays: 0, criticalPathSteps: 0, steps: 4 } },
    { given: 'no fork (the join alone does not count)', change: (d) => { d.flow.nodes[2].kind = 'step'; }, expected: { parallelForks: 0, steps: 5 } },
  ];
  it.each(variants)('given $given, when measured, then the figures follow', ({ change, expected }) => {
    const def = sampleMatter();
    change(def);
    expect(matterMetrics(def)).toMatchObject(expected);
  });
});
