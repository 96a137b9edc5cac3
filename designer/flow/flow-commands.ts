import type { FlowDefinition, FlowEdge, FlowNode, FlowNodeKind } from '../../schemas/types.generated.js';
import type { CommandResult, EdgePatch, FlowCommand, NodePatch } from './flow-command.js';
import { positionOf, setPositions } from './layout-positions.js';

export type { CommandResult, EdgePatch, FlowCommand, FlowCommandType, NodePatch, Position } from './flow-command.js';

/** What a node of each kind starts as when dropped from the palette (names in Chinese: the editors' language). */
const NODE_DEFAULTS: Record<FlowNodeKind, Omit<FlowNode, 'id' | 'kind'>> = {
  start: { name: '开始' },
  step: { name: '新环节', stepType: 'review', mode: 'single', deadlineDays: 1 },
  parallel: { name: '并行网关' },
  exclusive: { name: '条件网关' },
  end: { name: '办结', outcome: 'granted' },
};

/**
 * Applies one edit to a flow: the single reducer of the flow editor (STYLE rule 2).
 *
 * Pure: the input is never mutated, and unchanged nodes and edges keep their identity so React
 * can skip them. The `inverse` commands, applied in order to the result, give back a flow deep-equal
 * to the input; that is what `CommandStack.undo` runs. A refused edit returns `{ error }` naming why,
 * for the editor to show (e.g. a connection into the start node).
 *
 * Generated ids are deterministic, the first free of `<kind>-1`, `<kind>-2` … for nodes and
 * `<source>-<target>`, `<source>-<target>-2` … for edges, so replaying commands replays ids.
 *
 * @example
 * const r = applyCommand(flow, { type: 'node.add', kind: 'step', position: { x: 200, y: 80 } });
 * if ('error' in r) showError(r.error); else { flow = r.flow; undoStack.push(r.inverse); }
 */
export function applyCommand(flow: FlowDefinition, cmd: FlowCommand): CommandResult {
  switch (cmd.type) {
    case 'node.add': return addNode(flow, cmd);
    case 'node.remove': return removeNode(flow, cmd.id);
    case 'node.update': return updateNode(flow, cmd.id, cmd.patch);
    case 'node.move': return nodeIndex(flow, cmd.id) < 0 ? unknownNode(cmd.id) : setPositions(flow, { [cmd.id]: cmd.position });
    case 'edge.connect': return connect(flow, cmd.source, cmd.target, cmd.id);
    case 'edge.remove': return removeEdge(flow, cmd.id);
    case 'edge.update': return updateEdge(flow, cmd.id, cmd.patch, cmd.behaviours !== false);
    case 'flow.layout': {
      const unknown = Object.keys(cmd.positions).find((id) => cmd.positions[id] !== null && nodeIndex(flow, id) < 0);
      return unknown === undefined ? setPositions(flow, cmd.positions) : unknownNode(unknown);
    }
    case 'node.restore': return restoreNode(flow, cmd);
    case 'edge.restore': return restoreEdge(flow, cmd.edge, cmd.index);
    case 'layout.restore': return { flow: withLayout(flow, cmd.layout), inverse: [{ type: 'layout.restore', layout: flow.layout }] };
    default: return { error: `unknown command ${(cmd as { type?: unknown }).type}` };
  }
}

/**
 * Applies commands in order as one edit: all or nothing. The inverse undoes them in reverse order.
 * Used for gestures that make several changes (deleting a selection) and to run an inverse.
 */
export function applyCommands(flow: FlowDefinition, cmds: readonly FlowCommand[]): CommandResult {
  let current = flow;
  const inverses: FlowCommand[][] = [];
  for (const cmd of cmds) {
    const result = applyCommand(current, cmd);
    if ('error' in result) return result;
    current = result.flow;
    inverses.push(result.inverse);
  }
  return { flow: current, inverse: inverses.reverse().flat() };
}

function addNode(flow: FlowDefinition, cmd: Extract<FlowCommand, { type: 'node.add' }>): CommandResult {
  const id = cmd.id ?? firstFree(`${cmd.kind}-`, new Set(flow.nodes.map((n) => n.id)), 1);
  if (nodeIndex(flow, id) >= 0) return { error: `a node with id "${id}" already exists` };
  const node = withPatch({ id, kind: cmd.kind, ...NODE_DEFAULTS[cmd.kind] } as FlowNode, cmd.props ?? {});
  if (!node.name) return { error: 'a node needs a name' };
  const placed = setPositions({ ...flow, nodes: [...flow.nodes, node] }, { [id]: cmd.position });
  // Removing the node also forgets its position, so the layout.restore (if any) is all that is left to undo.
  const inverse: FlowCommand[] = [{ type: 'node.remove', id }, ...placed.inverse.filter((c) => c.type === 'layout.restore')];
  return { flow: placed.flow, inverse };
}

/** Removes a node with every edge touching it and its position; the inverse restores all three in place. */
function removeNode(flow: FlowDefinition, id: string): CommandResult {
  const index = nodeIndex(flow, id);
  if (index < 0) return unknownNode(id);
  const edges: Array<{ edge: FlowEdge; index: number }> = [];
  const kept: FlowEdge[] = [];
  flow.edges.forEach((edge, i) => {
    if (edge.source === id || edge.target === id) edges.push({ edge, index: i });
    else kept.push(edge);
  });
  const position = positionOf(flow, id);
  let next: FlowDefinition = { ...flow, nodes: flow.nodes.filter((_, i) => i !== index), edges: kept };
  if (position !== undefined) next = setPositions(next, { [id]: null }).flow;
  const restore: FlowCommand = { type: 'node.restore', node: flow.nodes[index], index, edges, ...(position === undefined ? {} : { position }) };
  return { flow: next, inverse: [restore] };
}

function restoreNode(flow: FlowDefinition, cmd: Extract<FlowCommand, { type: 'node.restore' }>): CommandResult {
  if (nodeIndex(flow, cmd.node.id) >= 0) return { error: `a node with id "${cmd.node.id}" already exists` };
  let next: FlowDefinition = { ...flow, nodes: insertAt(flow.nodes, cmd.index, cmd.node) };
  if (cmd.position !== undefined) next = setPositions(next, { [cmd.node.id]: cmd.position }).flow;
  // Ascending indices: each edge goes back where it was once the ones before it are in place.
  for (const { edge, index } of [...cmd.edges].sort((a, b) => a.index - b.index)) {
    const restored = restoreEdge(next, edge, index);
    if ('error' in restored) return restored;
    next = restored.flow;
  }
  return { flow: next, inverse: [{ type: 'node.remove', id: cmd.node.id }] };
}

function updateNode(flow: FlowDefinition, id: string, patch: NodePatch): CommandResult {
  const index = nodeIndex(flow, id);
  if (index < 0) return unknownNode(id);
  const frozen = (['id', 'kind'] as const).find((key) => Object.hasOwn(patch, key));
  if (frozen !== undefined) return { error: `a node's ${frozen} cannot change` };
  const node = flow.nodes[index];
  const updated = withPatch(node, patch);
  if (!updated.name) return { error: 'a node needs a name' };
  const nodes = flow.nodes.slice();
  nodes[index] = updated;
  return { flow: { ...flow, nodes }, inverse: [{ type: 'node.update', id, patch: previousValues(node, patch) }] };
}

/**
 * Connects two nodes, refusing what can never be a valid flow: unknown ends, a self-loop, a second
 * edge between the same two nodes (same direction), an edge into a start or out of an end.
 */
function connect(flow: FlowDefinition, source: string, target: string, id?: string): CommandResult {
  const from = flow.nodes.find((n) => n.id === source);
  const to = flow.nodes.find((n) => n.id === target);
  if (from === undefined) return unknownNode(source);
  if (to === undefined) return unknownNode(target);
  if (source === target) return { error: `"${from.name}" cannot connect to itself` };
  if (from.kind === 'end') return { error: `the end node "${from.name}" cannot have outgoing edges` };
  if (to.kind === 'start') return { error: `the start node "${to.name}" cannot have incoming edges` };
  if (flow.edges.some((e) => e.source === source && e.target === target)) return { error: `"${from.name}" is already connected to "${to.name}"` };
  const ids = new Set(flow.edges.map((e) => e.id));
  const edgeId = id ?? (ids.has(`${source}-${target}`) ? firstFree(`${source}-${target}-`, ids, 2) : `${source}-${target}`);
  if (ids.has(edgeId)) return { error: `an edge with id "${edgeId}" already exists` };
  return { flow: { ...flow, edges: [...flow.edges, { id: edgeId, source, target }] }, inverse: [{ type: 'edge.remove', id: edgeId }] };
}

function removeEdge(flow: FlowDefinition, id: string): CommandResult {
  const index = flow.edges.findIndex((e) => e.id === id);
  if (index < 0) return unknownEdge(id);
  return { flow: { ...flow, edges: flow.edges.filter((_, i) => i !== index) }, inverse: [{ type: 'edge.restore', edge: flow.edges[index], index }] };
}

function restoreEdge(flow: FlowDefinition, edge: FlowEdge, index: number): CommandResult {
  if (flow.edges.some((e) => e.id === edge.id)) return { error: `an edge with id "${edge.id}" already exists` };
  if (nodeIndex(flow, edge.source) < 0) return unknownNode(edge.source);
  if (nodeIndex(flow, edge.target) < 0) return unknownNode(edge.target);
  return { flow: { ...flow, edges: insertAt(flow.edges, index, edge) }, inverse: [{ type: 'edge.remove', id: edge.id }] };
}

/**
 * Updates an edge. Behaviour (like bpmn-js UnsetDefaultFlowBehavior): making an edge the default
 * unsets `isDefault` on the other edges leaving the same node, since a gateway has one default.
 * The inverse restores every touched edge with behaviours off, so undo does not re-trigger it.
 */
function updateEdge(flow: FlowDefinition, id: string, patch: EdgePatch, behaviours: boolean): CommandResult {
  const index = flow.edges.findIndex((e) => e.id === id);
  if (index < 0) return unknownEdge(id);
  const frozen = (['id', 'source', 'target'] as const).find((key) => Object.hasOwn(patch, key));
  if (frozen !== undefined) return { error: `an edge's ${frozen} cannot change; remove it and connect again` };
  const edge = flow.edges[index];
  const edges = flow.edges.slice();
  edges[index] = withPatch(edge, patch);
  const inverse: FlowCommand[] = [{ type: 'edge.update', id, patch: previousValues(edge, patch), behaviours: false }];
  if (behaviours && patch.isDefault === true) {
    edges.forEach((other, i) => {
      if (i === index || other.source !== edge.source || !Object.hasOwn(other, 'isDefault')) return;
      edges[i] = withPatch(other, { isDefault: undefined });
      inverse.push({ type: 'edge.update', id: other.id, patch: { isDefault: other.isDefault }, behaviours: false });
    });
  }
  return { flow: { ...flow, edges }, inverse };
}

/** A copy with the patch applied; `undefined` values delete the key rather than store an explicit undefined. */
function withPatch<T extends object>(target: T, patch: object): T {
  const result: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as T;
}

/** The patch that puts back the patched keys as they were (absent keys as `undefined`, which deletes them). */
function previousValues<T extends object, P extends object>(target: T, patch: P): P {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) result[key] = Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
  return result as P;
}

function withLayout(flow: FlowDefinition, layout: FlowDefinition['layout']): FlowDefinition {
  const { layout: _dropped, ...rest } = flow;
  return layout === undefined ? rest : { ...rest, layout };
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
  return copy;
}

function firstFree(prefix: string, taken: ReadonlySet<string>, from: number): string {
  let n = from;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function nodeIndex(flow: FlowDefinition, id: string): number {
  return flow.nodes.findIndex((n) => n.id === id);
}

function unknownNode(id: string): { error: string } {
  return { error: `no node with id "${id}"` };
}

function unknownEdge(id: string): { error: string } {
  return { error: `no edge with id "${id}"` };
}
