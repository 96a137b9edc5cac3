import type { FlowDefinition, FlowEdge, FlowNode } from '../../schemas/types.generated.js';
import { stronglyConnectedComponents } from './strongly-connected.js';

/**
 * A flow definition indexed for analysis: adjacency, order, cycles and reachability, computed
 * once in O(N + E) so lint, metrics and the engine do not each re-walk the edge list.
 *
 * Tolerant of broken definitions, because lint runs on drafts: a repeated node id keeps its first
 * occurrence, and an edge whose source or target is not a node is left out of the adjacency
 * (lint reports both).
 */
export interface FlowGraph {
  readonly flow: FlowDefinition;
  /** Nodes with distinct ids, in definition order (first occurrence of a repeated id). */
  readonly nodes: readonly FlowNode[];
  readonly nodeById: ReadonlyMap<string, FlowNode>;
  /** Position of each node in `flow.nodes`, for JSON Pointers such as /flow/nodes/3. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Position of each edge object in `flow.edges`, for JSON Pointers such as /flow/edges/2. */
  readonly edgeIndex: ReadonlyMap<FlowEdge, number>;
  /** Edges between existing nodes, in definition order. */
  readonly edges: readonly FlowEdge[];
  readonly outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly startIds: readonly string[];
  readonly endIds: readonly string[];
  /** Kahn's order of the nodes that are neither on nor downstream of a cycle. */
  readonly topologicalOrder: readonly string[];
  /** True when `topologicalOrder` holds every node. */
  readonly acyclic: boolean;
  /** Strongly connected components that contain a cycle (two or more nodes, or a self-loop). */
  readonly cycles: readonly (readonly string[])[];
  readonly cycleNodeIds: ReadonlySet<string>;
  /** Nodes reachable from any start node along edges. */
  readonly reachableFromStart: ReadonlySet<string>;
  /** Nodes from which some end node is reachable (end nodes included). */
  readonly canReachEnd: ReadonlySet<string>;
}

const NO_EDGES: readonly FlowEdge[] = [];

/**
 * Indexes a flow.
 *
 * 1. Nodes by id (first occurrence wins) and edges by position.
 * 2. Outgoing and incoming edges per node, skipping dangling edges.
 * 3. Kahn's topological order; whatever it cannot order sits on or after a cycle.
 * 4. Cycles proper: strongly connected components with more than one node or a self-loop.
 * 5. Forward reachability from the start nodes, backward from the end nodes.
 *
 * @example const g = buildFlowGraph(def.flow); g.reachableFromStart.has('review')
 */
export function buildFlowGraph(flow: FlowDefinition): FlowGraph {
  // 1. Nodes and edge positions.
  const nodes: FlowNode[] = [];
  const nodeById = new Map<string, FlowNode>();
  const nodeIndex = new Map<string, number>();
  flow.nodes.forEach((node, i) => {
    if (nodeById.has(node.id)) return;
    nodes.push(node);
    nodeById.set(node.id, node);
    nodeIndex.set(node.id, i);
  });
  const edgeIndex = new Map<FlowEdge, number>(flow.edges.map((e, i) => [e, i]));

  // 2. Adjacency.
  const outgoing = new Map<string, FlowEdge[]>(nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, FlowEdge[]>(nodes.map((n) => [n.id, []]));
  const edges = flow.edges.filter((e) => nodeById.has(e.source) && nodeById.has(e.target));
  for (const e of edges) {
    outgoing.get(e.source)!.push(e);
    incoming.get(e.target)!.push(e);
  }
  const out = (id: string): readonly FlowEdge[] => outgoing.get(id) ?? NO_EDGES;
  const inc = (id: string): readonly FlowEdge[] => incoming.get(id) ?? NO_EDGES;

  // 3. Kahn.
  const remaining = new Map(nodes.map((n) => [n.id, inc(n.id).length]));
  const queue = nodes.filter((n) => remaining.get(n.id) === 0).map((n) => n.id);
  for (let head = 0; head < queue.length; head++) {
    for (const e of out(queue[head])) {
      const left = remaining.get(e.target)! - 1;
      remaining.set(e.target, left);
      if (left === 0) queue.push(e.target);
    }
  }

  // 4. Cycles.
  const ids = nodes.map((n) => n.id);
  const cycles = queue.length === nodes.length
    ? []
    : stronglyConnectedComponents(ids, (id) => out(id).map((e) => e.target)).filter(
        (c) => c.length > 1 || out(c[0]).some((e) => e.target === c[0]),
      );

  // 5. Reachability.
  const startIds = nodes.filter((n) => n.kind === 'start').map((n) => n.id);
  const endIds = nodes.filter((n) => n.kind === 'end').map((n) => n.id);
  return {
    flow,
    nodes,
    nodeById,
    nodeIndex,
    edgeIndex,
    edges,
    outgoing,
    incoming,
    startIds,
    endIds,
    topologicalOrder: queue,
    acyclic: queue.length === nodes.length,
    cycles,
    cycleNodeIds: new Set(cycles.flat()),
    reachableFromStart: reach(startIds, (id) => out(id).map((e) => e.target)),
    canReachEnd: reach(endIds, (id) => inc(id).map((e) => e.source)),
  };
}

/** Outgoing edges of a node (none for an unknown id). */
export function outgoingOf(graph: FlowGraph, id: string): readonly FlowEdge[] {
  return graph.outgoing.get(id) ?? NO_EDGES;
}

/** Incoming edges of a node (none for an unknown id). */
export function incomingOf(graph: FlowGraph, id: string): readonly FlowEdge[] {
  return graph.incoming.get(id) ?? NO_EDGES;
}

function reach(from: readonly string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let head = 0; head < queue.length; head++) {
    for (const id of next(queue[head])) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}
