import type { MatterDefinition } from '../../schemas/types.generated.js';
import type { LintContext, LintFinding } from './lint-finding.js';

/** Art. 42: an extension of up to 10 working days needs only the head's approval; more needs a special law. */
export const STATUTORY_EXTENSION_DAYS = 10;

/**
 * The checks on how a matter is handled beyond its own department and deadline: the extension
 * rule (art. 42), the front desks that may accept it (一窗受理) and the co-implementing departments
 * informed of its conclusion. Pure on the definition.
 *
 * Rules: guide.extension-legal-basis, guide.related-department-unknown (errors);
 * guide.own-department-listed (warning).
 *
 * @example lintHandling({ ...def, extension: { maxDays: 30 } }, ctx)[0].rule // 'guide.extension-legal-basis'
 */
export function lintHandling(def: MatterDefinition, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const ext = def.extension;
  if (ext !== undefined && ext.maxDays > STATUTORY_EXTENSION_DAYS && (ext.legalBasis ?? '').trim() === '') {
    out.push({
      severity: 'error', rule: 'guide.extension-legal-basis', path: '/extension/legalBasis',
      message: `an extension of up to ${ext.maxDays} working days exceeds the ${STATUTORY_EXTENSION_DAYS} days of art. 42 of the Administrative Licensing Law; name the special law that allows it (e.g. 《工伤保险条例》第二十五条)`,
    });
  }
  const lists = [
    ['frontDesks', 'front desk', 'accepting its own matter needs no front-desk permission'],
    ['coImplementingDepartments', 'co-implementing department', 'a department is not informed of its own conclusions'],
  ] as const;
  for (const [key, what, why] of lists) {
    (def[key] ?? []).forEach((id, i) => {
      const path = `/${key}/${i}`;
      if (id === def.departmentId) {
        out.push({ severity: 'warning', rule: 'guide.own-department-listed', path, message: `the ${what} "${id}" is the matter's own department; ${why}` });
      } else if (!ctx.departmentIds.has(id)) {
        out.push({ severity: 'error', rule: 'guide.related-department-unknown', path, message: `the ${what} "${id}" is not a department of the catalogue` });
      }
    });
  }
  return out;
}
