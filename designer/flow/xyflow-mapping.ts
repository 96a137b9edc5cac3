import type { Connection, Edge, EdgeChange, Node, NodeChange } from '@xyflow/react';
import type { LintFinding } from '../../catalog/lint/lint-finding.js';
import type { FlowDefinition, FlowEdge, FlowLayout, FlowNode, FlowNodeKind } from '../../schemas/types.generated.js';
import { conditionText } from './condition-text.js';
import type { FlowCommand, Position } from './flow-command.js';

/** What a canvas node carries: the node itself, its lint findings, whether it lies on the critical path. */
export type FlowNodeData = { node: FlowNode; findings: LintFinding[]; onCriticalPath: boolean };
/** What a canvas edge carries, likewise. */
export type FlowEdgeData = { edge: FlowEdge; findings: LintFinding[]; onCriticalPath: boolean };
/** A node as @xyflow/react draws it; `type` is the kind, so each kind gets its own node component. */
export type FlowCanvasNode = Node<FlowNodeData, FlowNodeKind>;
export type FlowCanvasEdge = Edge<FlowEdgeData>;

/** Label of a default edge that has none of its own: 否则 ("otherwise"). */
export const DEFAULT_EDGE_LABEL = '否则';

/**
 * The flow as @xyflow/react's `nodes` and `edges` props. A thin projection: the definition stays
 * the source of truth and the canvas is re-derived after every command.
 *
 * Nodes without a stored position are put in a column at x = 0 (one per 100 px) so none hide
 * under another; the editor offers auto-layout for them. An edge is on the critical path when
 * its two ends follow each other on it.
 *
 * @example
 * const { nodes, edges } = toXyflow(stack.flow, analysis.findings, analysis.criticalPath.nodeIds);
 * <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} … />
 */
export function toXyflow(
  flow: FlowDefinition,
  findings: readonly LintFinding[] = [],
  criticalPathIds: readonly string[] = [],
  /** Words for an edge condition (field titles, option labels); default the compact JsonLogic text. */
  describe: (condition: unknown) => string = (c) => conditionText(c),
): { nodes: FlowCanvasNode[]; edges: FlowCanvasEdge[] } {
  const byNode = groupBy(findings, (f) => f.nodeId);
  const byEdge = groupBy(findings, (f) => f.edgeId);
  const onPath = new Set(criticalPathIds);
  const pathSteps = new Set(criticalPathIds.slice(1).map((id, i) => `${criticalPathIds[i]}\u0000${id}`));
  const positions = flow.layout?.nodes ?? {};
  const nodes = flow.nodes.map((node, i): FlowCanvasNode => ({
    id: node.id,
    type: node.kind,
    position: Object.hasOwn(positions, node.id) ? { ...positions[node.id] } : { x: 0, y: i * 100 },
    data: { node, findings: byNode.get(node.id) ?? [], onCriticalPath: onPath.has(node.id) },
  }));
  const edges = flow.edges.map((edge): FlowCanvasEdge => {
    const label = edgeCanvasLabel(edge, describe);
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(label === undefined ? {} : { label }),
      data: { edge, findings: byEdge.get(edge.id) ?? [], onCriticalPath: pathSteps.has(`${edge.source}\u0000${edge.target}`) },
    };
  });
  return { nodes, edges };
}

/** The text on an edge: its own label, else its condition shortened, else 否则 for a default edge. */
export function edgeCanvasLabel(edge: FlowEdge, describe: (condition: unknown) => string = (c) => conditionText(c)): string | undefined {
  if (edge.label) return edge.label;
  if (edge.condition !== undefined) return describe(edge.condition);
  return edge.isDefault ? DEFAULT_EDGE_LABEL : undefined;
}

/**
 * The definition back from canvas nodes and edges made by {@link toXyflow}: semantics from
 * `data`, layout from positions. `toXyflow` then `fromXyflow` is the identity on a fully laid-out flow.
 */
export function fromXyflow(nodes: readonly FlowCanvasNode[], edges: readonly FlowCanvasEdge[]): FlowDefinition {
  const layout: FlowLayout = { nodes: Object.fromEntries(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y }])) };
  return { nodes: nodes.map((n) => n.data.node), edges: edges.map((e) => e.data!.edge), layout };
}

/** What xyflow reports in one callback: `onNodesChange`, `onEdgesChange` or `onConnect`. */
export interface XyflowInput {
  nodeChanges?: readonly NodeChange[];
  edgeChanges?: readonly EdgeChange[];
  connection?: Connection;
}

/**
 * Turns xyflow's change events into our commands, to run as one step (`stack.execute(commands)`).
 *
 * 1. Position changes become one `flow.layout`, so dragging a selection is one undo step.
 *    Changes with `dragging: true` are skipped: mid-drag frames are the canvas's own transient
 *    state (apply them locally with `applyNodeChanges`); the final `dragging: false` one commits.
 * 2. Edge removals come before node removals: xyflow deletes a node together with its edges and
 *    reports both, and `node.remove` would otherwise find those edges already gone.
 * 3. A connection becomes `edge.connect` (handles are ignored: our nodes have one in, one out).
 * Selection, dimension, add and replace changes are view state, not edits: they map to nothing.
 *
 * @example onNodesChange={(changes) => { const cmds = fromXyflowChanges({ nodeChanges: changes }); if (cmds.length) stack.execute(cmds); }}
 */
export function fromXyflowChanges(input: XyflowInput): FlowCommand[] {
  const commands: FlowCommand[] = [];
  // 1.
  const positions: Record<string, Position> = {};
  let moved = false;
  for (const change of input.nodeChanges ?? []) {
    if (change.type === 'position' && change.position !== undefined && change.dragging !== true) {
      positions[change.id] = { x: change.position.x, y: change.position.y };
      moved = true;
    }
  }
  if (moved) commands.push({ type: 'flow.layout', positions });
  // 2.
  for (const change of input.edgeChanges ?? []) if (change.type === 'remove') commands.push({ type: 'edge.remove', id: change.id });
  for (const change of input.nodeChanges ?? []) if (change.type === 'remove') commands.push({ type: 'node.remove', id: change.id });
  // 3.
  if (input.connection !== undefined) commands.push({ type: 'edge.connect', source: input.connection.source, target: input.connection.target });
  return commands;
}

function groupBy(findings: readonly LintFinding[], key: (f: LintFinding) => string | undefined): Map<string, LintFinding[]> {
  const groups = new Map<string, LintFinding[]>();
  for (const f of findings) {
    const k = key(f);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [f]);
    else list.push(f);
  }
  return groups;
}
