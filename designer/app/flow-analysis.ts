/**
 * The live analysis for the flow editor in the browser: `analyzeFlow` (designer/flow/live-analysis.ts)
 * minus the form lint. `lintMatter` imports the form lint, which compiles the form with ajv, and
 * schemas/validator.ts builds an ajv instance when it is imported; ajv generates code with
 * `new Function`, which the designer's CSP (no 'unsafe-eval') refuses, so importing it breaks the page.
 * The flow tab does not change the form, so the form's findings cannot change here; the server's
 * lint (submit / GET …/lint) still runs all of them.
 */
import { criticalPath } from '../../catalog/flow/critical-path.js';
import { formFields } from '../../catalog/form/form-fields.js';
import { lintFlow } from '../../catalog/lint/flow-lint.js';
import { lintGuide } from '../../catalog/lint/guide-lint.js';
import type { LintContext, LintFinding } from '../../catalog/lint/lint-finding.js';
import { lintMaterials } from '../../catalog/lint/material-lint.js';
import { matterMetrics } from '../../catalog/metrics/matter-metrics.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import type { FlowAnalysis } from '../flow/live-analysis.js';

/** As lint.ts's BUILT_IN_FIELD_NAMES (not imported: that module pulls in ajv). */
const BUILT_IN_FIELD_NAMES = ['situation', 'applicant.kind'];

export function analyzeFlowInBrowser(def: MatterDefinition, ctx: Omit<LintContext, 'fieldNames'>): FlowAnalysis {
  const fieldNames = new Set(BUILT_IN_FIELD_NAMES);
  for (const f of formFields(def.form)) if (!f.path.includes('[]')) fieldNames.add(f.path);
  const full: LintContext = { ...ctx, fieldNames };
  const all = [...lintGuide(def, full), ...lintMaterials(def, full), ...lintFlow(def, full)];
  const findings = [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity !== 'error')];
  const findingsByNode = new Map<string, LintFinding[]>();
  const findingsByEdge = new Map<string, LintFinding[]>();
  const otherFindings: LintFinding[] = [];
  for (const f of findings) {
    const [key, map] = f.nodeId !== undefined ? [f.nodeId, findingsByNode] : f.edgeId !== undefined ? [f.edgeId, findingsByEdge] : [undefined, undefined];
    if (key === undefined || map === undefined) {
      otherFindings.push(f);
      continue;
    }
    const list = map.get(key);
    if (list === undefined) map.set(key, [f]);
    else list.push(f);
  }
  return {
    findings,
    findingsByNode,
    findingsByEdge,
    otherFindings,
    ok: !findings.some((f) => f.severity === 'error'),
    criticalPath: criticalPath(def.flow),
    metrics: matterMetrics(def),
  };
}
