/**
 * The guide's read-only node drawings, one per kind, sized by NODE_SIZES like the designer's (so
 * stored layouts fit) but without editing marks: start / end circles with a caption, step cards
 * with department, time limit and mode, gateways as diamonds with + or ×.
 */
import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { createContext, memo, useContext, type CSSProperties, type ReactNode } from 'react';
import { NODE_SIZES } from '../../../../designer/flow/auto-layout.js';
import type { FlowCanvasNode } from '../../../../designer/flow/xyflow-mapping.js';
import { useI18n } from '../i18n';

/** Department names for the step cards. */
export const DepartmentName = createContext<(id: string) => string>((id) => id);

const HIDDEN_HANDLE: CSSProperties = { opacity: 0, pointerEvents: 'none' };

function Caption({ text }: { text: string }) {
  return (
    <div
      title={text}
      style={{ position: 'absolute', top: '100%', left: '50%', transform: 'translateX(-50%)', marginTop: 4, width: 130, textAlign: 'center', fontSize: 11, lineHeight: '14px', color: '#434343' }}
    >
      {text}
    </div>
  );
}

function Frame({ props, style, children }: { props: NodeProps<FlowCanvasNode>; style: CSSProperties; children?: ReactNode }) {
  const size = NODE_SIZES[props.type];
  return (
    <div data-kind={props.type} data-node-id={props.id} style={{ position: 'relative', width: size.width, height: size.height }}>
      <div style={{ width: '100%', height: '100%', ...style }}>{children}</div>
      {props.type !== 'start' && <Handle type="target" position={Position.Left} style={HIDDEN_HANDLE} isConnectable={false} />}
      {props.type !== 'end' && <Handle type="source" position={Position.Right} style={HIDDEN_HANDLE} isConnectable={false} />}
    </div>
  );
}

const StartNode = memo((props: NodeProps<FlowCanvasNode>) => (
  <Frame props={props} style={{ borderRadius: '50%', border: '2px solid #52c41a', background: '#f6ffed' }}>
    <Caption text={props.data.node.name} />
  </Frame>
));

const EndNode = memo((props: NodeProps<FlowCanvasNode>) => (
  <Frame props={props} style={{ borderRadius: '50%', border: `4px solid ${props.data.node.outcome === 'denied' ? '#ff4d4f' : '#389e0d'}`, background: '#fff', boxSizing: 'border-box' }}>
    <Caption text={props.data.node.name} />
  </Frame>
));

const StepNode = memo((props: NodeProps<FlowCanvasNode>) => {
  const { t } = useI18n();
  const nameOf = useContext(DepartmentName);
  const n = props.data.node;
  return (
    <Frame props={props} style={{ borderRadius: 8, border: '1px solid #e8a09a', borderTop: '3px solid #c0392b', background: '#fff', padding: '4px 10px', boxSizing: 'border-box', overflow: 'hidden' }}>
      <div style={{ fontWeight: 600, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="guide-flow-step-name" title={n.name}>
        {n.name}
      </div>
      <div style={{ fontSize: 11, color: '#595959', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{n.departmentId ? nameOf(n.departmentId) : '—'}</div>
      <div style={{ fontSize: 11, color: '#8c8c8c', whiteSpace: 'nowrap' }}>
        {n.deadlineDays !== undefined ? t('guide.flow.days', { n: n.deadlineDays }) : '—'}
        {n.mode && n.mode !== 'single' ? ` · ${t(`guide.flow.mode.${n.mode}`)}` : ''}
      </div>
    </Frame>
  );
});

function Gateway({ props, symbol }: { props: NodeProps<FlowCanvasNode>; symbol: string }) {
  return (
    <Frame props={props} style={{}}>
      <div style={{ position: 'absolute', inset: 8, transform: 'rotate(45deg)', border: '2px solid #d48806', background: '#fffbe6', display: 'grid', placeItems: 'center' }}>
        <span style={{ transform: 'rotate(-45deg)', fontSize: 20, fontWeight: 700, color: '#d48806' }}>{symbol}</span>
      </div>
      <Caption text={props.data.node.name} />
    </Frame>
  );
}

const ParallelNode = memo((props: NodeProps<FlowCanvasNode>) => <Gateway props={props} symbol="+" />);
const ExclusiveNode = memo((props: NodeProps<FlowCanvasNode>) => <Gateway props={props} symbol="×" />);

export const GUIDE_NODE_TYPES: NodeTypes = { start: StartNode, end: EndNode, step: StepNode, parallel: ParallelNode, exclusive: ExclusiveNode };
