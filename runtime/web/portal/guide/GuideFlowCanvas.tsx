/**
 * The flow drawn read-only for the guide, laid out afresh by dagre with room for edge labels (the editor's
 * layout is drawn for editing, often wide): fitted to the box when readable, else at a readable
 * zoom from the start with a hint to drag; nothing to connect or select, and the page keeps
 * scrolling over it. Loaded lazily by GuideFlow, hence the default export.
 */
import { Background, Controls, getNodesBounds, MarkerType, ReactFlow, ReactFlowProvider, type Edge, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { autoLayout } from '../../../../designer/flow/auto-layout.js';
import { toXyflow, type FlowCanvasNode } from '../../../../designer/flow/xyflow-mapping.js';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { DepartmentName, GUIDE_NODE_TYPES } from './guide-flow-nodes';

/** Below this the step cards' words are too small to read. */
const MIN_READABLE_ZOOM = 0.7;

export default function GuideFlowCanvas({ flow, describe, departmentName }: { flow: FlowDefinition; describe: (c: unknown) => string; departmentName: (id: string) => string }) {
  const { t } = useI18n();
  const [clipped, setClipped] = useState(false);
  const { nodes, edges } = useMemo(() => {
    const positions = autoLayout(flow, { direction: 'LR', nodeGap: 56, rankGap: 90 }).positions;
    const drawn = toXyflow({ ...flow, layout: { nodes: positions } }, [], [], describe);
    return {
      nodes: drawn.nodes.map((n): FlowCanvasNode => ({ ...n, draggable: false, connectable: false, selectable: false })),
      edges: drawn.edges.map(
        (e): Edge => ({
          id: e.id,
          source: e.source,
          target: e.target,
          label: e.label,
          type: 'smoothstep',
          selectable: false,
          markerEnd: { type: MarkerType.ArrowClosed, color: '#8c8c8c' },
          style: { stroke: '#8c8c8c' },
          labelStyle: { fontSize: 11, fill: '#434343' },
          labelBgPadding: [4, 2],
          labelBgStyle: { fill: '#fff' },
        }),
      ),
    };
  }, [flow, describe]);
  const box = useRef<HTMLDivElement>(null);
  // Fit the whole flow when it is readable that way; a long flow would shrink to illegible, so it
  // stays at a readable zoom, starts at the left (the start node) and is dragged sideways.
  const place = useCallback(
    (rf: ReactFlowInstance<FlowCanvasNode, Edge>) => {
      const width = box.current?.clientWidth ?? 0;
      const height = box.current?.clientHeight ?? 0;
      const bounds = getNodesBounds(nodes);
      if (width === 0 || bounds.width === 0) return;
      const pad = 24;
      const fit = Math.min((width - 2 * pad) / bounds.width, (height - 2 * pad - 20) / bounds.height, 1);
      const zoom = Math.max(fit, MIN_READABLE_ZOOM);
      const x = fit >= MIN_READABLE_ZOOM ? (width - bounds.width * zoom) / 2 - bounds.x * zoom : pad - bounds.x * zoom;
      const y = (height - bounds.height * zoom) / 2 - bounds.y * zoom - 10;
      setClipped(fit < MIN_READABLE_ZOOM);
      void rf.setViewport({ x, y, zoom });
    },
    [nodes],
  );
  return (
    <div ref={box} style={{ height: 340, border: '1px solid #f0f0f0', borderRadius: 6, position: 'relative' }} data-testid="guide-flow-canvas">
      {clipped && (
        <div style={{ position: 'absolute', top: 8, right: 10, zIndex: 5, fontSize: 12, color: '#8c8c8c', background: 'rgba(255,255,255,0.9)', padding: '0 6px', borderRadius: 4 }} data-testid="guide-flow-drag-hint">
          {t('guide.flow.dragHint')}
        </div>
      )}
      <DepartmentName.Provider value={departmentName}>
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={GUIDE_NODE_TYPES}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            zoomOnScroll={false}
            preventScrolling={false}
            onInit={place}
            minZoom={0.2}
            maxZoom={1.5}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={16} color="#f0f0f0" />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </DepartmentName.Provider>
    </div>
  );
}
