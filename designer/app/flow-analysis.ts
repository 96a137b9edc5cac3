/**
 * The live analysis for the flow editor in the browser: `analyzeFlow` (designer/flow/live-analysis.ts)
 * minus the form lint. `lintMatter` imports the form lint, which compiles the form with ajv, and
 * schemas/validator.ts builds an ajv instance when it is imported; ajv generates code with
 * `new Function`, which the designer's CSP (no 'unsafe-eval') refuses, so importing it breaks the page.
 * The flow tab does not change the form, so the form's findings cannot change here; the server's
 * lint (submit / GET …/lint) still runs all of them.
 */
import { formFields } from '../../catalog/form/form-fields.js';
import { lintFlow } from '../../catalog/lint/flow-lint.js';
import { lintGuide } from '../../catalog/lint/guide-lint.js';
import type { LintContext } from '../../catalog/lint/lint-finding.js';
import { lintMaterials } from '../../catalog/lint/material-lint.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { flowAnalysisOf, type FlowAnalysis } from '../flow/flow-analysis-of.js';

/** As lint.ts's BUILT_IN_FIELD_NAMES (not imported: that module pulls in ajv). */
const BUILT_IN_FIELD_NAMES = ['situation', 'applicant.kind'];

export function analyzeFlowInBrowser(def: MatterDefinition, ctx: Omit<LintContext, 'fieldNames'>): FlowAnalysis {
  const fieldNames = new Set(BUILT_IN_FIELD_NAMES);
  for (const f of formFields(def.form)) if (!f.path.includes('[]')) fieldNames.add(f.path);
  const full: LintContext = { ...ctx, fieldNames };
  const all = [...lintGuide(def, full), ...lintMaterials(def, full), ...lintFlow(def, full)];
  return flowAnalysisOf(def, [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity !== 'error')]);
}
