/**
 * The canvas's node components, one per kind: start / end circles, step cards (name, department,
 * deadline, mode), gateways as diamonds with + or ×. Sizes come from NODE_SIZES so edges meet the
 * borders auto-layout expects. Lint findings show as a badge with their words (lint-words.ts) in a tooltip; nodes
 * on the critical path get an orange outline.
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, Handle, Position, useEdges, useNodes, type EdgeProps, type EdgeTypes, type NodeProps, type NodeTypes } from '@xyflow/react';
import { Tooltip } from 'antd';
import { createContext, memo, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { LintFinding } from '../../catalog/lint/lint-finding.js';
import { NODE_SIZES } from '../flow/auto-layout';
import type { FlowCanvasEdge, FlowCanvasNode } from '../flow/xyflow-mapping';
import { useI18n } from './i18n';
import { lintWords } from './lint-words';

/** Department names by id, for the step cards. */
export const DepartmentNames = createContext<Record<string, string>>({});

const CRITICAL = '#fa8c16';

/**
 * A badge's tooltip: the findings in the designer's language, naming steps and edges by name. The
 * flow is read from the canvas (it holds every node and edge of the definition, in order), and only
 * while the tooltip is open.
 */
function FindingWords({ findings }: { findings: readonly LintFinding[] }) {
  const { lang } = useI18n();
  const departments = useContext(DepartmentNames);
  const nodes = useNodes<FlowCanvasNode>();
  const edges = useEdges<FlowCanvasEdge>();
  const flow = useMemo(() => ({ nodes: nodes.map((n) => n.data.node), edges: edges.flatMap((e) => (e.data ? [e.data.edge] : [])) }), [nodes, edges]);
  return <ul style={{ margin: 0, paddingLeft: 16 }}>{findings.map((f, i) => <li key={i}>{lintWords(f, { flow }, lang, { departments })}</li>)}</ul>;
}

function FindingBadge({ data }: { data: FlowCanvasNode['data'] }) {
  if (data.findings.length === 0) return null;
  const error = data.findings.some((f) => f.severity === 'error');
  return (
    <Tooltip title={<FindingWords findings={data.findings} />}>
      <span
        data-testid="finding-badge"
        data-severity={error ? 'error' : 'warning'}
        style={{
          position: 'absolute', top: -9, right: -9, minWidth: 18, height: 18, borderRadius: 9, padding: '0 4px',
          background: error ? '#ff4d4f' : '#fa8c16', color: '#fff', fontSize: 11, lineHeight: '18px', textAlign: 'center', zIndex: 2, cursor: 'help',
        }}
      >
        {data.findings.length}
      </span>
    </Tooltip>
  );
}

/** The outline of a node: blue when selected, orange on the critical path. */
function outlineOf(props: NodeProps<FlowCanvasNode>): string | undefined {
  return props.selected ? '0 0 0 2px #1f5fbf' : props.data.onCriticalPath ? `0 0 0 2px ${CRITICAL}` : undefined;
}

/** A name under a small shape (start, end, gateways), where it would not fit inside. */
function Caption({ text }: { text: string }) {
  return (
    <div
      title={text}
      style={{ position: 'absolute', top: '100%', left: '50%', transform: 'translateX(-50%)', marginTop: 4, width: 110, textAlign: 'center', fontSize: 11, lineHeight: '14px', color: '#434343', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
    >
      {text}
    </div>
  );
}

function Frame({ props, style, children, outline = true }: { props: NodeProps<FlowCanvasNode>; style: CSSProperties; children?: ReactNode; outline?: boolean }) {
  const { data, type } = props;
  const size = NODE_SIZES[type];
  return (
    <div data-kind={type} data-critical={data.onCriticalPath || undefined} style={{ position: 'relative', width: size.width, height: size.height }}>
      <div style={{ width: '100%', height: '100%', boxShadow: outline ? outlineOf(props) : undefined, ...style }}>{children}</div>
      <FindingBadge data={data} />
      {type !== 'start' && <Handle type="target" position={Position.Left} />}
      {type !== 'end' && <Handle type="source" position={Position.Right} />}
    </div>
  );
}

const StartNode = memo((props: NodeProps<FlowCanvasNode>) => (
  <Frame props={props} style={{ borderRadius: '50%', border: '2px solid #52c41a', background: '#f6ffed' }}>
    <Caption text={props.data.node.name} />
  </Frame>
));

const EndNode = memo((props: NodeProps<FlowCanvasNode>) => (
  <Frame
    props={props}
    style={{ borderRadius: '50%', border: `4px solid ${props.data.node.outcome === 'denied' ? '#ff4d4f' : '#595959'}`, background: '#fff', boxSizing: 'border-box' }}
  >
    <Caption text={props.data.node.name} />
  </Frame>
));

const StepNode = memo((props: NodeProps<FlowCanvasNode>) => {
  const { t } = useI18n();
  const names = useContext(DepartmentNames);
  const n = props.data.node;
  return (
    <Frame props={props} style={{ borderRadius: 8, border: '1px solid #91caff', background: '#fff', padding: '6px 10px', boxSizing: 'border-box', overflow: 'hidden' }}>
      <div style={{ fontWeight: 600, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="step-name">
        {n.name}
      </div>
      <div style={{ fontSize: 11, color: '#595959', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {n.atAcceptingDesk ? t('flow.node.atDesk') : n.departmentId ? (names[n.departmentId] ?? n.departmentId) : '—'}
      </div>
      <div style={{ fontSize: 11, color: '#595959' }}>
        {n.deadlineDays !== undefined ? t('flow.days', { n: n.deadlineDays }) : '—'} · {t(`flow.mode.${n.mode ?? 'single'}`)}
        {n.mode !== undefined && n.mode !== 'single' && n.assignees?.length ? ` ${t('flow.node.signers', { n: n.assignees.length })}` : ''}
      </div>
    </Frame>
  );
});

function Gateway({ props, symbol }: { props: NodeProps<FlowCanvasNode>; symbol: string }) {
  return (
    <Frame props={props} style={{}} outline={false}>
      <div
        style={{
          position: 'absolute', inset: 8, transform: 'rotate(45deg)', border: '2px solid #d48806', background: '#fffbe6',
          display: 'grid', placeItems: 'center', boxShadow: outlineOf(props),
        }}
      >
        <span style={{ transform: 'rotate(-45deg)', fontSize: 20, fontWeight: 700, color: '#d48806' }}>{symbol}</span>
      </div>
      <Caption text={props.data.node.name} />
    </Frame>
  );
}

const ParallelNode = memo((props: NodeProps<FlowCanvasNode>) => <Gateway props={props} symbol="+" />);
const ExclusiveNode = memo((props: NodeProps<FlowCanvasNode>) => <Gateway props={props} symbol="×" />);

export const NODE_TYPES: NodeTypes = { start: StartNode, end: EndNode, step: StepNode, parallel: ParallelNode, exclusive: ExclusiveNode };

/**
 * The canvas's edge: a smooth-step path with its label (own label, condition text or 否则) and, when
 * lint has findings on it, a red / orange badge with the messages in a tooltip.
 */
const FlowEdgeView = memo((props: EdgeProps<FlowCanvasEdge>) => {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const findings = props.data?.findings ?? [];
  const error = findings.some((f) => f.severity === 'error');
  const label = typeof props.label === 'string' ? props.label : undefined;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={props.style} interactionWidth={16} />
      {(label || findings.length > 0) && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            data-testid="edge-label"
            style={{
              position: 'absolute', transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, pointerEvents: 'all',
              background: '#fff', padding: '0 4px', borderRadius: 4, fontSize: 11, color: '#434343', whiteSpace: 'nowrap',
              border: props.selected ? '1px solid #1f5fbf' : '1px solid transparent',
            }}
          >
            {label}
            {findings.length > 0 && (
              <Tooltip title={<FindingWords findings={findings} />}>
                <span data-testid="finding-badge" data-severity={error ? 'error' : 'warning'} style={{ marginLeft: label ? 4 : 0, color: '#fff', background: error ? '#ff4d4f' : '#fa8c16', borderRadius: 7, padding: '0 5px', cursor: 'help' }}>
                  {findings.length}
                </span>
              </Tooltip>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES: EdgeTypes = { flow: FlowEdgeView };
