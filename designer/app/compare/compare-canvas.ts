/**
 * One read-only drawing of the compare view: the flow as @xyflow/react nodes and edges (via
 * toXyflow, auto-laid-out when a position is missing), each node carrying its diff mark in `data.diff`
 * and each marked edge coloured. No React here: CompareFlow.tsx draws what this returns.
 */
import { MarkerType } from '@xyflow/react';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { autoLayout } from '../../flow/auto-layout';
import { toXyflow, type FlowCanvasEdge, type FlowCanvasNode } from '../../flow/xyflow-mapping';
import type { EdgeMark, NodeMark } from './flow-diff';

export const MARK_COLORS: Record<NodeMark, string> = { removed: '#cf1322', added: '#389e0d', changed: '#d48806' };

export type CompareCanvasNode = FlowCanvasNode & { data: FlowCanvasNode['data'] & { diff?: NodeMark } };

/** The flow with every node positioned: the stored layout when complete, else dagre's. */
export function withLayout(flow: FlowDefinition): FlowDefinition {
  const stored = flow.layout?.nodes ?? {};
  if (flow.nodes.every((n) => Object.hasOwn(stored, n.id))) return flow;
  return { ...flow, layout: { ...flow.layout, nodes: autoLayout(flow, { direction: 'LR' }).positions } };
}

export function compareCanvas(
  flow: FlowDefinition,
  nodeMarks: Readonly<Record<string, NodeMark>>,
  edgeMarks: Readonly<Record<string, EdgeMark>>,
): { nodes: CompareCanvasNode[]; edges: FlowCanvasEdge[] } {
  const { nodes, edges } = toXyflow(withLayout(flow));
  return {
    nodes: nodes.map((n) => {
      const diff = nodeMarks[n.id];
      return { ...n, draggable: false, connectable: false, selectable: false, data: diff ? { ...n.data, diff } : n.data };
    }),
    edges: edges.map((e) => {
      const mark = edgeMarks[e.id];
      const color = mark ? MARK_COLORS[mark] : '#8c8c8c';
      return {
        ...e,
        type: 'flow',
        selectable: false,
        markerEnd: { type: MarkerType.ArrowClosed, color },
        style: mark ? { stroke: color, strokeWidth: 2.5, strokeDasharray: mark === 'removed' ? '6 4' : undefined } : { stroke: color },
        ...(mark ? { className: `diff-${mark}` } : {}),
      };
    }),
  };
}
