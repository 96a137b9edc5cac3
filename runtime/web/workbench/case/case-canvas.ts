/**
 * The case's flow as @xyflow/react nodes and edges: the designer's mapping (toXyflow, dagre
 * layout when positions are missing) with each node marked current / visited / pending and the
 * edges of the path taken coloured. No React here: CaseFlow.tsx draws it.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { FlowDefinition, FlowNode } from '../../../../schemas/types.generated.js';
import { autoLayout } from '../../../../designer/flow/auto-layout';
import { toXyflow } from '../../../../designer/flow/xyflow-mapping';
import type { FlowPath } from './flow-path';

export type NodeState = 'current' | 'visited' | 'pending';

export type CaseNodeData = { node: FlowNode; state: NodeState; department?: string };
export type CaseCanvasNode = Node<CaseNodeData>;

// Dark enough for white text in the legend's tags (WCAG AA).
export const STATE_COLORS: Record<NodeState, string> = { current: '#1f5fbf', visited: '#237804', pending: '#bfbfbf' };

export function withLayout(flow: FlowDefinition): FlowDefinition {
  const stored = flow.layout?.nodes ?? {};
  if (flow.nodes.every((n) => Object.hasOwn(stored, n.id))) return flow;
  return { ...flow, layout: { ...flow.layout, nodes: autoLayout(flow, { direction: 'LR' }).positions } };
}

export function caseCanvas(flow: FlowDefinition, path: FlowPath, departmentNames: Record<string, string>, describe?: (condition: unknown) => string): { nodes: CaseCanvasNode[]; edges: Edge[] } {
  const { nodes, edges } = toXyflow(withLayout(flow), [], [], describe);
  return {
    nodes: nodes.map((n) => {
      const state: NodeState = path.current.has(n.id) ? 'current' : path.visited.has(n.id) ? 'visited' : 'pending';
      const node = n.data.node;
      return {
        id: n.id,
        type: 'caseNode',
        position: n.position,
        draggable: false,
        connectable: false,
        selectable: false,
        data: { node, state, ...(node.departmentId ? { department: departmentNames[node.departmentId] ?? node.departmentId } : {}) },
      };
    }),
    edges: edges.map((e) => {
      const taken = path.edges.has(e.id);
      const color = taken ? STATE_COLORS.visited : '#bfbfbf';
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        ...(e.label !== undefined ? { label: e.label } : {}),
        type: 'smoothstep',
        selectable: false,
        markerEnd: { type: MarkerType.ArrowClosed, color },
        style: { stroke: color, strokeWidth: taken ? 2.5 : 1.2 },
        labelStyle: { fontSize: 11 },
        ...(taken ? { className: 'case-edge-taken' } : {}),
        data: { taken },
      };
    }),
  };
}
