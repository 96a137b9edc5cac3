/**
 * Which nodes and edges to mark when two versions' flows are drawn side by side. Nodes are matched
 * by immutable id (a renamed step is the same step); edges by their two ends, since an edge's id
 * may be regenerated when it is reconnected.
 */
import type { FlowDefinition, FlowNode } from '../../../schemas/types.generated.js';

export type NodeMark = 'removed' | 'added' | 'changed';
export type EdgeMark = 'removed' | 'added';

export interface FlowDiffMarks {
  /** Marks on the "before" drawing: removed and changed nodes. */
  beforeNodes: Record<string, NodeMark>;
  /** Marks on the "after" drawing: added and changed nodes. */
  afterNodes: Record<string, NodeMark>;
  beforeEdges: Record<string, EdgeMark>;
  afterEdges: Record<string, EdgeMark>;
}

/** The properties of a node that make it "changed" when they differ. */
const NODE_FIELDS = ['kind', 'name', 'departmentId', 'deadlineDays', 'mode', 'checksMaterials'] as const;

function nodeChanged(a: FlowNode, b: FlowNode): boolean {
  return NODE_FIELDS.some((f) => JSON.stringify(a[f as keyof FlowNode]) !== JSON.stringify(b[f as keyof FlowNode]));
}

/** Marks for both drawings: removed (before only), added (after only), changed (both, with different properties). */
export function flowDiffMarks(before: FlowDefinition, after: FlowDefinition): FlowDiffMarks {
  const marks: FlowDiffMarks = { beforeNodes: {}, afterNodes: {}, beforeEdges: {}, afterEdges: {} };
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  for (const [id, node] of oldNodes) {
    const other = newNodes.get(id);
    if (other === undefined) marks.beforeNodes[id] = 'removed';
    else if (nodeChanged(node, other)) marks.beforeNodes[id] = marks.afterNodes[id] = 'changed';
  }
  for (const id of newNodes.keys()) if (!oldNodes.has(id)) marks.afterNodes[id] = 'added';
  const ends = (flow: FlowDefinition) => new Set(flow.edges.map((e) => `${e.source}\u0000${e.target}`));
  const oldEnds = ends(before);
  const newEnds = ends(after);
  for (const e of before.edges) if (!newEnds.has(`${e.source}\u0000${e.target}`)) marks.beforeEdges[e.id] = 'removed';
  for (const e of after.edges) if (!oldEnds.has(`${e.source}\u0000${e.target}`)) marks.afterEdges[e.id] = 'added';
  return marks;
}

/** How many nodes carry each mark, for the legend. */
export function countMarks(marks: Record<string, NodeMark>): Record<NodeMark, number> {
  const counts: Record<NodeMark, number> = { removed: 0, added: 0, changed: 0 };
  for (const m of Object.values(marks)) counts[m]++;
  return counts;
}
