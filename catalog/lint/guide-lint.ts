import type { MatterDefinition } from '../../schemas/types.generated.js';
import type { LintContext, LintFinding } from './lint-finding.js';

/**
 * The service-guide checks of the matter lint: what the public reads must be lawful and
 * consistent, since the guide is a published promise (art. 42 caps the promise at the statute).
 *
 * Rules: guide.promise-exceeds-statute, guide.department-unknown, guide.situation-duplicate-id
 * (errors); guide.immediate-with-days (warning).
 *
 * @example lintGuide({ ...def, promisedDays: 30, statutoryDays: 20 }, ctx)[0].rule // 'guide.promise-exceeds-statute'
 */
export function lintGuide(def: MatterDefinition, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  if (def.promisedDays > def.statutoryDays) {
    out.push({
      severity: 'error', rule: 'guide.promise-exceeds-statute', path: '/promisedDays',
      message: `the promised deadline of ${def.promisedDays} working days exceeds the statutory ${def.statutoryDays}; a promise may only be shorter`,
    });
  }
  if (!ctx.departmentIds.has(def.departmentId)) {
    out.push({ severity: 'error', rule: 'guide.department-unknown', path: '/departmentId', message: `the matter belongs to the department "${def.departmentId}", which does not exist` });
  }
  const seen = new Set<string>();
  def.situations.forEach((s, i) => {
    if (seen.has(s.id)) {
      out.push({ severity: 'error', rule: 'guide.situation-duplicate-id', path: `/situations/${i}/id`, message: `situation "${s.name}" (${s.id}) repeats an id used before; situation ids must be unique` });
    }
    seen.add(s.id);
  });
  if (def.handlingType === 'immediate' && def.promisedDays > 0) {
    out.push({
      severity: 'warning', rule: 'guide.immediate-with-days', path: '/promisedDays',
      message: `the matter is handled on the spot (即办件) yet promises ${def.promisedDays} working days; set the promise to 0 or make it a promised matter (承诺件)`,
    });
  }
  return out;
}
