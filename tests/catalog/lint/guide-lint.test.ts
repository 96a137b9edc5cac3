/** Guide lint: one variant of the sample matter's service guide per rule, plus variants that must stay clean. */
import { describe, expect, it } from 'vitest';
import { lintGuide } from '../../../catalog/lint/guide-lint.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { expectFindings, variant, type LintCase } from './lint-cases.js';

const cases: LintCase[] = [
  {
    given: 'a promise longer than the statute',
    change: (d) => { d.promisedDays = 25; },
    expected: [[{ rule: 'guide.promise-exceeds-statute', severity: 'error', path: '/promisedDays' }, /promised deadline of 25 working days exceeds the statutory 20/]],
  },
  {
    given: 'a department that does not exist',
    change: (d) => { d.departmentId = 'nowhere'; },
    expected: [[{ rule: 'guide.department-unknown', severity: 'error', path: '/departmentId' }, /department "nowhere", which does not exist/]],
  },
  {
    given: 'two situations with one id',
    change: (d) => { d.situations.push({ id: 'company', name: '企业变更' }); },
    expected: [[{ rule: 'guide.situation-duplicate-id', severity: 'error', path: '/situations/2/id' }, /situation "企业变更" \(company\) repeats an id/]],
  },
  {
    given: 'an on-the-spot matter that promises days',
    change: (d) => { d.handlingType = 'immediate'; },
    expected: [[{ rule: 'guide.immediate-with-days', severity: 'warning', path: '/promisedDays' }, /handled on the spot \(即办件\) yet promises 10 working days/]],
  },
];

const clean: Array<{ given: string; change: (def: MatterDefinition) => void }> = [
  { given: 'the sample guide', change: () => {} },
  { given: 'a promise equal to the statute', change: (d) => { d.promisedDays = d.statutoryDays; } },
  { given: 'an on-the-spot matter promising 0 days', change: (d) => { d.handlingType = 'immediate'; d.promisedDays = 0; } },
];

describe('lintGuide', () => {
  it.each(cases)('given $given, when linted, then exactly the expected findings', ({ change, expected }) => {
    const { def, ctx } = variant(change);
    expectFindings(lintGuide(def, ctx), expected);
  });

  it.each(clean)('given $given, when linted, then no findings', ({ change }) => {
    const { def, ctx } = variant(change);
    expect(lintGuide(def, ctx)).toEqual([]);
  });
});
