import { criticalPath, type CriticalPath } from '../../catalog/flow/critical-path.js';
import { lintMatter } from '../../catalog/lint/lint.js';
import type { LintContext, LintFinding } from '../../catalog/lint/lint-finding.js';
import { matterMetrics, type MatterMetrics } from '../../catalog/metrics/matter-metrics.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';

/** What the flow editor shows next to the canvas after each edit. */
export interface FlowAnalysis {
  /** Every finding of the matter lint, errors first, in path order. */
  findings: LintFinding[];
  /** Findings placed on a node, by node id (badges on the canvas). */
  findingsByNode: Map<string, LintFinding[]>;
  /** Findings placed on an edge, by edge id. */
  findingsByEdge: Map<string, LintFinding[]>;
  /** Findings about the flow as a whole or about other parts of the matter (side panel). */
  otherFindings: LintFinding[];
  /** True when nothing blocks publication. */
  ok: boolean;
  criticalPath: CriticalPath;
  metrics: MatterMetrics;
}

/**
 * Lint, critical path and metrics of the matter being edited, in one call cheap enough to run
 * after every command: about 5–7 ms on a 200-node, 380-edge flow in Node (lint is most of it;
 * measured by the test). It reuses
 * the very checks that gate publication, so what the editor marks is what the review will refuse.
 *
 * @param ctx the departments and shared materials that exist; the condition field names come from the form.
 * @example
 * const analysis = analyzeFlow({ ...matter, flow: stack.flow }, { departmentIds, sharedMaterialIds });
 * const canvas = toXyflow(stack.flow, analysis.findings, analysis.criticalPath.nodeIds);
 */
export function analyzeFlow(def: MatterDefinition, ctx: Omit<LintContext, 'fieldNames'>): FlowAnalysis {
  const report = lintMatter(def, ctx);
  const findings = [...report.errors, ...report.warnings];
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
  return { findings, findingsByNode, findingsByEdge, otherFindings, ok: report.ok, criticalPath: criticalPath(def.flow), metrics: matterMetrics(def) };
}
