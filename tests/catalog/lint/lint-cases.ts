/**
 * Shared shape of the lint rule tables: a variant of the sample matter, and the findings one lint
 * module must return for it, exactly.
 */
import { expect } from 'vitest';
import type { LintContext, LintFinding } from '../../../catalog/lint/lint-finding.js';
import { conditionFieldNames } from '../../../catalog/lint/lint.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { sampleLintContext, sampleMatter } from '../../fixtures/matters.js';

export interface LintCase {
  given: string;
  /** Edits a fresh sample matter in place. */
  change: (def: MatterDefinition) => void;
  /** Every finding expected, in order: the listed properties and a pattern for the message. */
  expected: Array<[Partial<LintFinding> & Pick<LintFinding, 'rule' | 'severity' | 'path'>, RegExp]>;
}

/** The sample matter after `change`, and the full lint context for it. */
export function variant(change: (def: MatterDefinition) => void): { def: MatterDefinition; ctx: LintContext } {
  const def = sampleMatter();
  change(def);
  return { def, ctx: { ...sampleLintContext(), fieldNames: conditionFieldNames(def) } };
}

/** Asserts that `findings` are exactly the expected ones, in order. */
export function expectFindings(findings: LintFinding[], expected: LintCase['expected']): void {
  expect(findings.map((f) => [f.rule, f.path])).toEqual(expected.map(([e]) => [e.rule, e.path]));
  findings.forEach((f, i) => {
    expect(f).toMatchObject(expected[i][0]);
    expect(f.message).toMatch(expected[i][1]);
  });
}
