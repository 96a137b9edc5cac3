/**
 * The flow editor's view of lint findings: placed on the nodes and edges they concern, beside the
 * critical path and the metrics. Free of the lint itself (which pulls in ajv), so the browser's
 * analysis (designer/app/flow-analysis.ts) and Node's (live-analysis.ts) share it.
 */
import { criticalPath, type CriticalPath } from '../../catalog/flow/critical-path.js';
import type { LintFinding } from '../../catalog/lint/lint-finding.js';
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

/** The analysis of a matter from its lint findings (errors first): placed on nodes and edges, with critical path and metrics. */
export function flowAnalysisOf(def: MatterDefinition, findings: LintFinding[]): FlowAnalysis {
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
  const ok = !findings.some((f) => f.severity === 'error');
  return { findings, findingsByNode, findingsByEdge, otherFindings, ok, criticalPath: criticalPath(def.flow), metrics: matterMetrics(def) };
}
