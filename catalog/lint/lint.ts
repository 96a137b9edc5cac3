import { formFields } from '../form/form-fields.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { lintFlow } from './flow-lint.js';
import { lintForm } from './form-lint.js';
import { lintGuide } from './guide-lint.js';
import { lintHandling } from './handling-lint.js';
import type { LintContext, LintFinding, LintReport } from './lint-finding.js';
import { lintMaterials } from './material-lint.js';

/** Names every condition may read besides the form's fields: the chosen situation and the applicant's kind. */
export const BUILT_IN_FIELD_NAMES: readonly string[] = ['situation', 'applicant.kind'];

/**
 * Lints a whole matter definition: guide, handling (extension, front desks), materials, form and flow. A report with errors blocks
 * publication (422 LINT_FAILED); warnings are advice shown in the designer.
 *
 * Findings come sorted by path (numeric segments in number order, so /flow/nodes/2 precedes
 * /flow/nodes/10; findings without a path last), errors and warnings apart. Expects a definition
 * that passed the guard and the schema.
 *
 * @example
 * const report = lintMatter({ ...def, promisedDays: 30 }, { departmentIds: new Set(['scjg', 'wjw']), sharedMaterialIds: new Set(['business-license']) });
 * report.ok // false
 * report.errors[0] // { severity: 'error', rule: 'guide.promise-exceeds-statute', path: '/promisedDays', message: 'the promised deadline of 30 …' }
 */
export function lintMatter(def: MatterDefinition, ctx: Omit<LintContext, 'fieldNames'>): LintReport {
  const full: LintContext = { ...ctx, fieldNames: conditionFieldNames(def) };
  const findings = [...lintGuide(def, full), ...lintHandling(def, full), ...lintMaterials(def, full), ...lintForm(def, full), ...lintFlow(def, full)];
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => comparePaths(a.f.path, b.f.path) || a.i - b.i).map(({ f }) => f);
  const errors = sorted.filter((f) => f.severity === 'error');
  return { ok: errors.length === 0, errors, warnings: sorted.filter((f) => f.severity === 'warning') };
}

/**
 * The names a condition of this matter may read: every form field path outside arrays (a `var`
 * cannot address "each element") plus {@link BUILT_IN_FIELD_NAMES}.
 */
export function conditionFieldNames(def: MatterDefinition): Set<string> {
  const names = new Set(BUILT_IN_FIELD_NAMES);
  for (const f of formFields(def.form)) if (!f.path.includes('[]')) names.add(f.path);
  return names;
}

/** JSON Pointer order with numeric segments compared as numbers; undefined sorts last. */
function comparePaths(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const na = /^\d+$/.test(sa[i]) ? Number(sa[i]) : NaN;
    const nb = /^\d+$/.test(sb[i]) ? Number(sb[i]) : NaN;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}
