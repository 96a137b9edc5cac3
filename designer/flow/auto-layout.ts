import dagre from '@dagrejs/dagre';
import type { FlowDefinition, FlowNodeKind } from '../../schemas/types.generated.js';
import type { FlowCommand, Position } from './flow-command.js';

/** How big each kind of node is drawn; the React node components use the same sizes so edges meet their borders. */
export const NODE_SIZES: Record<FlowNodeKind, { width: number; height: number }> = {
  start: { width: 48, height: 48 },
  step: { width: 180, height: 64 },
  parallel: { width: 56, height: 56 },
  exclusive: { width: 56, height: 56 },
  end: { width: 48, height: 48 },
};

/** A `flow.layout` command with every position set (none forgotten). */
export type LayoutCommand = Extract<FlowCommand, { type: 'flow.layout' }> & { positions: Record<string, Position> };

export interface AutoLayoutOptions {
  /** LR: start on the left (the usual 流程图); TB: start at the top. */
  direction: 'LR' | 'TB';
  /** Gap between nodes of one rank and between ranks, in pixels. */
  nodeGap?: number;
  rankGap?: number;
}

/**
 * Positions every node with dagre's layered layout and returns them as one `flow.layout`
 * command, so an automatic layout is a single undoable step like any hand edit.
 *
 * 1. Give dagre every node with its kind's size and every edge (a multigraph, so parallel edges
 *    of a draft do not collapse; dagre breaks cycles itself, so return edges are fine).
 * 2. Run the layout.
 * 3. dagre answers node centres; @xyflow/react places nodes by their top-left corner, so shift
 *    by half the size, and round so the stored layout is free of float noise.
 *
 * Costs far more than an edit (≈120–190 ms for 200 nodes), so run it on request, not per keystroke.
 *
 * @example stack.execute(autoLayout(stack.flow, { direction: 'LR' }))
 */
export function autoLayout(flow: FlowDefinition, options: AutoLayoutOptions): LayoutCommand {
  // 1.
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: options.direction, nodesep: options.nodeGap ?? 40, ranksep: options.rankGap ?? 60 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set<string>();
  for (const node of flow.nodes) {
    graph.setNode(node.id, { ...NODE_SIZES[node.kind] });
    known.add(node.id);
  }
  for (const edge of flow.edges) {
    // A dangling edge of a broken draft is lint's business; laying it out would invent a node.
    if (known.has(edge.source) && known.has(edge.target)) graph.setEdge(edge.source, edge.target, {}, edge.id);
  }
  // 2.
  dagre.layout(graph);
  // 3.
  const positions: Record<string, Position> = {};
  for (const node of flow.nodes) {
    const placed = graph.node(node.id);
    const size = NODE_SIZES[node.kind];
    positions[node.id] = { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) };
  }
  return { type: 'flow.layout', positions };
}
