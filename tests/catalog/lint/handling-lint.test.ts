/** Handling lint: the extension rule (art. 42), front desks and co-implementing departments, on the sample matter. */
import { describe, expect, it } from 'vitest';
import { lintHandling } from '../../../catalog/lint/handling-lint.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { expectFindings, variant, type LintCase } from './lint-cases.js';

const cases: LintCase[] = [
  {
    given: 'an extension over 10 days without a legal basis',
    change: (d) => { d.extension = { maxDays: 30 }; },
    expected: [[{ rule: 'guide.extension-legal-basis', severity: 'error', path: '/extension/legalBasis' }, /up to 30 working days exceeds the 10 days of art\. 42/]],
  },
  {
    given: 'an extension over 10 days with a blank legal basis',
    change: (d) => { d.extension = { maxDays: 11, legalBasis: '  ' }; },
    expected: [[{ rule: 'guide.extension-legal-basis', severity: 'error', path: '/extension/legalBasis' }, /up to 11 working days/]],
  },
  {
    given: 'a front desk that is the matter’s own department',
    change: (d) => { d.frontDesks = ['wjw', 'scjg']; },
    expected: [[{ rule: 'guide.own-department-listed', severity: 'warning', path: '/frontDesks/1' }, /front desk "scjg" is the matter's own department/]],
  },
  {
    given: 'a co-implementing department that is the matter’s own, and one that does not exist',
    change: (d) => { d.coImplementingDepartments = ['scjg', 'nowhere']; },
    expected: [
      [{ rule: 'guide.own-department-listed', severity: 'warning', path: '/coImplementingDepartments/0' }, /co-implementing department "scjg" is the matter's own department/],
      [{ rule: 'guide.related-department-unknown', severity: 'error', path: '/coImplementingDepartments/1' }, /"nowhere" is not a department/],
    ],
  },
  {
    given: 'a front desk that does not exist',
    change: (d) => { d.frontDesks = ['zhzx'] },
    expected: [[{ rule: 'guide.related-department-unknown', severity: 'error', path: '/frontDesks/0' }, /front desk "zhzx" is not a department/]],
  },
];

const clean: Array<{ given: string; change: (def: MatterDefinition) => void }> = [
  { given: 'the sample matter (no extension rule: the default 10 days)', change: () => {} },
  { given: 'an extension of exactly 10 days without a legal basis', change: (d) => { d.extension = { maxDays: 10 }; } },
  { given: 'no extension at all', change: (d) => { d.extension = { maxDays: 0 }; } },
  { given: 'a 30-day extension under a special law', change: (d) => { d.extension = { maxDays: 30, legalBasis: '《工伤保险条例》第二十五条' }; } },
  { given: 'another department as front desk and as co-implementer', change: (d) => { d.frontDesks = ['wjw']; d.coImplementingDepartments = ['wjw']; } },
  { given: 'remedies left empty', change: (d) => { d.remedies = {}; } },
];

describe('lintHandling', () => {
  it.each(cases)('given $given, when linted, then exactly the expected findings', ({ change, expected }) => {
    const { def, ctx } = variant(change);
    expectFindings(lintHandling(def, ctx), expected);
  });

  it.each(clean)('given $given, when linted, then no findings', ({ change }) => {
    const { def, ctx } = variant(change);
    expect(lintHandling(def, ctx)).toEqual([]);
  });
});
