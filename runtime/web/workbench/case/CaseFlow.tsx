/**
 * The flow the case runs on, drawn read-only: steps the case passed in green, the steps with an
 * open task in blue (当前), the rest grey; the edges of the path taken in green. Each node carries
 * `data-node-id` and `data-state` (current / visited / pending) for tests.
 */
import { Background, Controls, Handle, Position, ReactFlow, ReactFlowProvider, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Space, Tag } from 'antd';
import { memo, useMemo } from 'react';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import { formFields } from '../../../../catalog/form/form-fields.js';
import type { FormDefinition } from '../../../../schemas/types.generated.js';
import { describeCondition } from '../../../../designer/form-builder/form-outline';
import { conditionText } from '../../../../designer/flow/condition-text';
import { NODE_SIZES } from '../../../../designer/flow/auto-layout';
import { useT } from '../i18n';
import { caseCanvas, STATE_COLORS, type CaseCanvasNode } from './case-canvas';
import type { FlowPath } from './flow-path';

const CaseNode = memo(function CaseNode({ data }: NodeProps<CaseCanvasNode>) {
  const t = useT();
  const { node, state } = data;
  const size = NODE_SIZES[node.kind];
  const color = STATE_COLORS[state];
  const fill = state === 'current' ? '#e6f0ff' : state === 'visited' ? '#f6ffed' : '#fafafa';
  const round = node.kind === 'start' || node.kind === 'end';
  const gateway = node.kind === 'parallel' || node.kind === 'exclusive';
  return (
    <div data-node-id={node.id} data-state={state} data-kind={node.kind} style={{ position: 'relative', width: size.width, height: size.height }}>
      {gateway ? (
        <div style={{ position: 'absolute', inset: 8, transform: 'rotate(45deg)', border: `2px solid ${color}`, background: fill, display: 'grid', placeItems: 'center' }}>
          <span style={{ transform: 'rotate(-45deg)', fontWeight: 700, color }}>{node.kind === 'parallel' ? '+' : '×'}</span>
        </div>
      ) : (
        <div
          style={{
            width: '100%', height: '100%', boxSizing: 'border-box', borderRadius: round ? '50%' : 8, border: `${state === 'current' ? 3 : 2}px solid ${color}`,
            background: fill, padding: round ? 0 : '4px 8px', overflow: 'hidden', boxShadow: state === 'current' ? '0 0 0 4px rgba(31,95,191,0.18)' : undefined,
          }}
        >
          {node.kind === 'step' && (
            <>
              <div style={{ fontWeight: 600, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{node.name}</div>
              <div style={{ fontSize: 11, color: '#595959', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{data.department ?? '—'}</div>
              <div style={{ fontSize: 11, color }}>{t(`flow.state.${state}`)}</div>
            </>
          )}
        </div>
      )}
      {node.kind !== 'step' && (
        <div style={{ position: 'absolute', top: '100%', left: '50%', transform: 'translateX(-50%)', marginTop: 4, width: 110, textAlign: 'center', fontSize: 11, color: '#434343', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {node.name}
        </div>
      )}
      {node.kind !== 'start' && <Handle type="target" position={Position.Left} style={{ visibility: 'hidden' }} />}
      {node.kind !== 'end' && <Handle type="source" position={Position.Right} style={{ visibility: 'hidden' }} />}
    </div>
  );
});

const NODE_TYPES = { caseNode: CaseNode };

export function CaseFlow({ flow, form, path, departmentNames }: { flow: FlowDefinition; form: FormDefinition; path: FlowPath; departmentNames: Record<string, string> }) {
  const t = useT();
  const { nodes, edges } = useMemo(() => {
    const fields = new Map(formFields(form).map((f) => [f.path, f.field]));
    const describe = (condition: unknown) => {
      const said = describeCondition(condition, fields);
      return said ? (said.length > 24 ? `${said.slice(0, 23)}…` : said) : conditionText(condition);
    };
    return caseCanvas(flow, path, departmentNames, describe);
  }, [flow, form, path, departmentNames]);
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        {(['current', 'visited', 'pending'] as const).map((s) => (
          <Tag key={s} color={s === 'pending' ? 'default' : STATE_COLORS[s]}>
            {t(`flow.legend.${s}`)}
          </Tag>
        ))}
      </Space>
      <div className="case-flow-canvas" data-testid="case-flow" data-current={[...path.current].join(' ')} style={{ height: 340, border: '1px solid #f0f0f0', borderRadius: 6 }}>
        <ReactFlowProvider>
          <ReactFlow<CaseCanvasNode>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            fitView
            fitViewOptions={{ padding: 0.12 }}
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={16} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </div>
  );
}
