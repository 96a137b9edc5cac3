/**
 * One flow of the compare view, drawn read-only with the designer's node components, each marked
 * node outlined in its colour (red removed, green added, amber changed) with `data-diff` for tests.
 * Refits on print so the drawing fills the printed box.
 */
import { Background, ReactFlow, ReactFlowProvider, useReactFlow, type NodeProps, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, type ComponentType } from 'react';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import type { FlowCanvasEdge } from '../../flow/xyflow-mapping';
import { DepartmentNames, EDGE_TYPES, NODE_TYPES } from '../flow-nodes';
import { useI18n } from '../i18n';
import { compareCanvas, MARK_COLORS, type CompareCanvasNode } from './compare-canvas';
import { afterLayout, REFIT_EVENT } from './print-report';
import type { EdgeMark, NodeMark } from './flow-diff';

function markedType(inner: ComponentType<NodeProps<CompareCanvasNode>>) {
  return function MarkedNode(props: NodeProps<CompareCanvasNode>) {
    const { t } = useI18n();
    const diff = props.data.diff;
    const Inner = inner;
    if (!diff) return <Inner {...props} />;
    return (
      <div data-diff={diff} style={{ position: 'relative', outline: `3px solid ${MARK_COLORS[diff]}`, outlineOffset: 3, borderRadius: 8 }}>
        <Inner {...props} />
        <span
          style={{ position: 'absolute', top: -12, left: -10, background: MARK_COLORS[diff], color: '#fff', fontSize: 10, lineHeight: '16px', padding: '0 4px', borderRadius: 4, zIndex: 3 }}
        >
          {t(`compare.mark.${diff}`)}
        </span>
      </div>
    );
  };
}

const MARKED_TYPES: NodeTypes = Object.fromEntries(
  Object.entries(NODE_TYPES).map(([kind, component]) => [kind, markedType(component as ComponentType<NodeProps<CompareCanvasNode>>)]),
);

function Canvas({ flow, nodeMarks, edgeMarks }: { flow: FlowDefinition; nodeMarks: Record<string, NodeMark>; edgeMarks: Record<string, EdgeMark> }) {
  const { nodes, edges } = useMemo(() => compareCanvas(flow, nodeMarks, edgeMarks), [flow, nodeMarks, edgeMarks]);
  const reactFlow = useReactFlow();
  useEffect(() => {
    // Printing changes the box's size; fit the drawing into the new one (and back afterwards).
    const refit = () => void reactFlow.fitView({ padding: 0.15 });
    const refitLater = () => afterLayout(refit);
    const print = window.matchMedia('print');
    window.addEventListener(REFIT_EVENT, refitLater);
    window.addEventListener('beforeprint', refitLater);
    window.addEventListener('afterprint', refitLater);
    print.addEventListener('change', refitLater);
    return () => {
      window.removeEventListener(REFIT_EVENT, refitLater);
      window.removeEventListener('beforeprint', refitLater);
      window.removeEventListener('afterprint', refitLater);
      print.removeEventListener('change', refitLater);
    };
  }, [reactFlow]);
  return (
    <ReactFlow<CompareCanvasNode, FlowCanvasEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={MARKED_TYPES}
      edgeTypes={EDGE_TYPES}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      fitView
      fitViewOptions={{ padding: 0.15 }}
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={16} />
    </ReactFlow>
  );
}

export function CompareFlow(props: {
  flow: FlowDefinition;
  nodeMarks: Record<string, NodeMark>;
  edgeMarks: Record<string, EdgeMark>;
  departmentNames: Record<string, string>;
  testId: string;
  height: number;
}) {
  return (
    <div className="compare-flow" data-testid={props.testId} style={{ height: props.height, border: '1px solid #f0f0f0', borderRadius: 6 }}>
      <DepartmentNames.Provider value={props.departmentNames}>
        <ReactFlowProvider>
          <Canvas flow={props.flow} nodeMarks={props.nodeMarks} edgeMarks={props.edgeMarks} />
        </ReactFlowProvider>
      </DepartmentNames.Provider>
    </div>
  );
}
