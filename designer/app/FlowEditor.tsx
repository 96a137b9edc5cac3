/**
 * The flow tab: an @xyflow/react canvas over ONE CommandStack. The definition's flow is the source of
 * truth; the canvas is re-derived (`toXyflow`) after every command, with only transient view state
 * (selection, mid-drag positions, measured sizes) kept locally. Every edit — palette, drag, connect,
 * delete, properties, auto-layout — is a command, so undo / redo cover all of them. Each command's
 * result goes up to the matter page (`onChange`), which owns the draft and its save; a flow changed
 * from outside (another tab, a reload) replaces the stack. Beside the canvas: the properties of the
 * selected step or edge; lint findings are drawn on the nodes they concern.
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App as AntApp, Button, Card, Divider, Form, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { FlowNodeKind } from '../../schemas/types.generated.js';
import { autoLayout, NODE_SIZES } from '../flow/auto-layout';
import { formFields } from '../../catalog/form/form-fields.js';
import { CommandStack } from '../flow/command-stack';
import { conditionText } from '../flow/condition-text';
import { describeCondition } from '../form-builder/index';
import type { FlowCommand } from '../flow/flow-command';
import type { FlowAnalysis } from '../flow/flow-analysis-of';
import { fromXyflowChanges, toXyflow, type FlowCanvasEdge, type FlowCanvasNode } from '../flow/xyflow-mapping';
import { ConditionBuilder } from './ConditionBuilder';
import type { EditorTabProps } from './editor-tab';
import { DepartmentNames, EDGE_TYPES, NODE_TYPES } from './flow-nodes';
import { CommitTextInput } from './flow-props/CommitTextInput';
import { NodeProperties } from './flow-props/NodeProperties';
import { useI18n } from './i18n';

/** The page's analysis of the draft (lint, critical path, metrics), computed once per edit for the metrics strip and the canvas. */
export type FlowEditorProps = EditorTabProps & { analysis: FlowAnalysis };

export function FlowEditor(props: FlowEditorProps) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
}

const PALETTE: Array<{ kind: FlowNodeKind; key: 'flow.palette.step' | 'flow.palette.parallel' | 'flow.palette.exclusive' | 'flow.palette.end' }> = [
  { kind: 'step', key: 'flow.palette.step' },
  { kind: 'parallel', key: 'flow.palette.parallel' },
  { kind: 'exclusive', key: 'flow.palette.exclusive' },
  { kind: 'end', key: 'flow.palette.end' },
];

/** The drag-and-drop payload type of palette items. */
const DRAG_TYPE = 'application/x-matterflow-node-kind';

type Selection = { kind: 'node' | 'edge'; id: string } | undefined;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

function Editor({ definition, readOnly, onChange, departments, analysis }: FlowEditorProps) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const reactFlow = useReactFlow();
  const flow = definition.flow;
  const [stack, setStack] = useState(() => new CommandStack(flow));
  const [selection, setSelection] = useState<Selection>();

  // The flow changed from outside the stack: start a new history from it.
  useEffect(() => {
    if (flow !== stack.flow) setStack(new CommandStack(flow));
  }, [flow, stack]);

  useEffect(() => {
    const off = stack.onChange((e) => onChange((d) => ({ ...d, flow: e.flow })));
    return () => {
      off();
    };
  }, [stack, onChange]);

  const execute = useCallback(
    (cmd: FlowCommand | FlowCommand[]) => {
      if (readOnly) return false;
      const refused = stack.execute(cmd);
      if (refused) {
        message.error(refused.error);
        return false;
      }
      return true;
    },
    [stack, readOnly, message],
  );
  const undo = useCallback(() => !readOnly && stack.undo(), [stack, readOnly]);
  const redo = useCallback(() => !readOnly && stack.redo(), [stack, readOnly]);

  const departmentNames = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.name])), [departments]);
  // Edge labels name form fields by title and values by their labels, as the applicant sees them.
  const describeEdge = useMemo(() => {
    const fields = new Map(formFields(definition.form).map((f) => [f.path, f.field]));
    return (condition: unknown) => {
      const said = describeCondition(condition, fields);
      return said ? (said.length > 24 ? `${said.slice(0, 23)}…` : said) : conditionText(condition);
    };
  }, [definition.form]);

  // The canvas: derived from the flow, keeping view state (selection, measured size) across edits.
  const [nodes, setNodes] = useState<FlowCanvasNode[]>([]);
  const [edges, setEdges] = useState<FlowCanvasEdge[]>([]);
  useEffect(() => {
    const canvas = toXyflow(flow, analysis.findings, analysis.criticalPath.nodeIds, describeEdge);
    setNodes((prev) => {
      const before = new Map(prev.map((n) => [n.id, n]));
      return canvas.nodes.map((n) => {
        const old = before.get(n.id);
        return { ...n, selected: selection?.kind === 'node' && selection.id === n.id, ...(old?.measured ? { measured: old.measured } : {}) };
      });
    });
    setEdges(
      canvas.edges.map((e) => ({
        ...e,
        selected: selection?.kind === 'edge' && selection.id === e.id,
        markerEnd: { type: MarkerType.ArrowClosed, color: e.data?.onCriticalPath ? '#fa8c16' : '#8c8c8c' },
        style: e.data?.onCriticalPath ? { stroke: '#fa8c16', strokeWidth: 2.5 } : { stroke: '#8c8c8c' },
        type: 'flow',
        className: e.data?.onCriticalPath ? 'critical' : undefined,
      })),
    );
    // selection is read, not a trigger: selecting must not rebuild the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, analysis, describeEdge]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowCanvasNode>[]) => {
      // Removals go through onDelete (nodes with their edges as one step); the rest is view state or a move.
      const local = changes.filter((c) => c.type !== 'remove');
      setNodes((ns) => applyNodeChanges(local, ns));
      const commands = fromXyflowChanges({ nodeChanges: local });
      if (commands.length > 0) execute(commands);
    },
    [execute],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<FlowCanvasEdge>[]) => {
    setEdges((es) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), es));
  }, []);
  const onConnect = useCallback((connection: Connection) => execute(fromXyflowChanges({ connection })), [execute]);
  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: FlowCanvasNode[]; edges: FlowCanvasEdge[] }) => {
      execute(
        fromXyflowChanges({
          nodeChanges: gone.map((n) => ({ type: 'remove' as const, id: n.id })),
          edgeChanges: goneEdges.map((e) => ({ type: 'remove' as const, id: e.id })),
        }),
      );
      setSelection(undefined);
    },
    [execute],
  );
  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: { nodes: FlowCanvasNode[]; edges: FlowCanvasEdge[] }) => {
    setSelection(ns[0] ? { kind: 'node', id: ns[0].id } : es[0] ? { kind: 'edge', id: es[0].id } : undefined);
  }, []);

  /** Adds a node where it was dropped, or (a palette click) at a free spot right of everything; selects it. */
  const addNode = (kind: FlowNodeKind, dropped?: { x: number; y: number }) => {
    const ps = nodes.map((n) => n.position);
    const x = ps.length ? Math.max(...ps.map((p) => p.x)) + 220 : 0;
    const y = ps.length ? Math.round((Math.min(...ps.map((p) => p.y)) + Math.max(...ps.map((p) => p.y))) / 2) + 120 : 0;
    const size = NODE_SIZES[kind];
    const position = dropped ? { x: Math.round(dropped.x - size.width / 2), y: Math.round(dropped.y - size.height / 2) } : { x, y };
    const before = new Set(stack.flow.nodes.map((n) => n.id));
    if (!execute({ type: 'node.add', kind, position })) return;
    const added = stack.flow.nodes.find((n) => !before.has(n.id));
    if (added) {
      setSelection({ kind: 'node', id: added.id });
      setNodes((ns) => ns.map((n) => ({ ...n, selected: n.id === added.id })));
      if (!dropped) window.setTimeout(() => void reactFlow.fitView({ duration: 200 }), 50);
    }
  };
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(DRAG_TYPE) as FlowNodeKind;
    if (!PALETTE.some((p) => p.kind === kind)) return;
    e.preventDefault();
    addNode(kind, reactFlow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  const deleteSelected = () => {
    if (!selection) return;
    execute(selection.kind === 'node' ? { type: 'node.remove', id: selection.id } : { type: 'edge.remove', id: selection.id });
    setSelection(undefined);
  };

  const layout = () => {
    execute(autoLayout(stack.flow, { direction: 'LR' }));
    window.setTimeout(() => void reactFlow.fitView({ duration: 200 }), 50);
  };

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const selectedNode = selection?.kind === 'node' ? flow.nodes.find((n) => n.id === selection.id) : undefined;
  const selectedEdge = selection?.kind === 'edge' ? flow.edges.find((e) => e.id === selection.id) : undefined;

  return (
    <DepartmentNames.Provider value={departmentNames}>
      <Space wrap style={{ marginBottom: 8 }} data-testid="flow-toolbar">
        {!readOnly &&
          PALETTE.map((p) => (
            <Button
              key={p.kind}
              onClick={() => addNode(p.kind)}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, p.kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              data-testid={`palette-${p.kind}`}
            >
              + {t(p.key)}
            </Button>
          ))}
        {!readOnly && <Divider type="vertical" />}
        <Button onClick={() => undo()} disabled={readOnly || !stack.canUndo} data-testid="undo" title="Ctrl+Z">
          {t('flow.undo')}
        </Button>
        <Button onClick={() => redo()} disabled={readOnly || !stack.canRedo} data-testid="redo" title="Ctrl+Shift+Z">
          {t('flow.redo')}
        </Button>
        <Button danger onClick={deleteSelected} disabled={readOnly || !selection} data-testid="delete-selected">
          {t('flow.delete')}
        </Button>
        <Button onClick={layout} disabled={readOnly} data-testid="auto-layout">
          {t('flow.autoLayout')}
        </Button>
      </Space>
      <div style={{ display: 'flex', gap: 12, alignItems: 'stretch' }}>
        <div
          style={{ flex: 1, height: 620, border: '1px solid #f0f0f0', borderRadius: 8 }}
          data-testid="flow-canvas"
          onDragOver={(e) => {
            if (!readOnly && e.dataTransfer.types.includes(DRAG_TYPE)) {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }
          }}
          onDrop={readOnly ? undefined : onDrop}
        >
          <ReactFlow<FlowCanvasNode, FlowCanvasEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onDelete={onDelete}
            onSelectionChange={onSelectionChange}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
            fitView
            minZoom={0.2}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={16} />
            <MiniMap pannable zoomable nodeColor={(n) => ((n.data as FlowCanvasNode['data']).onCriticalPath ? '#fa8c16' : '#91caff')} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
        <div style={{ width: 320, display: 'flex', flexDirection: 'column', gap: 12 }}>
          <Card size="small" title={t('flow.props')} data-testid="properties">
            {selectedNode ? (
              <NodeProperties
                key={selectedNode.id}
                node={selectedNode}
                readOnly={readOnly}
                departments={departments}
                materials={definition.materials}
                update={(patch) => execute({ type: 'node.update', id: selectedNode.id, patch })}
              />
            ) : selectedEdge ? (
              <Form layout="vertical" size="small" disabled={readOnly} key={selectedEdge.id}>
                <Form.Item label={t('flow.props.label')}>
                  <CommitTextInput value={selectedEdge.label ?? ''} onCommit={(v) => execute({ type: 'edge.update', id: selectedEdge.id, patch: { label: v || undefined } })} testId="edge-label" />
                </Form.Item>
                <Form.Item label={t('flow.props.default')}>
                  <Switch checked={!!selectedEdge.isDefault} onChange={(on) => execute({ type: 'edge.update', id: selectedEdge.id, patch: { isDefault: on || undefined } })} data-testid="edge-default" />
                </Form.Item>
                <Form.Item label={t('flow.props.condition')}>
                  <ConditionBuilder
                    form={definition.form}
                    dataPath={undefined}
                    value={selectedEdge.condition}
                    disabled={readOnly}
                    testId="edge-condition"
                    purpose="branch"
                    onChange={(condition) => execute({ type: 'edge.update', id: selectedEdge.id, patch: { condition: condition ?? undefined } })}
                  />
                </Form.Item>
              </Form>
            ) : (
              <Typography.Text type="secondary">{t('flow.props.none')}</Typography.Text>
            )}
          </Card>
        </div>
      </div>
    </DepartmentNames.Provider>
  );
}
