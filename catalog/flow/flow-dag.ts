import type { FlowEdge } from '../../schemas/types.generated.js';
import { outgoingOf, type FlowGraph } from './flow-graph.js';

/**
 * The flow with its back edges removed: always acyclic, so longest paths and dominators are
 * defined even on a draft that still has a cycle (lint reports the cycle; metrics still work).
 */
export interface FlowDag {
  /** Edges that close a cycle in depth-first order; removing them leaves a DAG. */
  readonly backEdges: ReadonlySet<FlowEdge>;
  /** Every node, each before all its DAG successors (reverse DFS post-order). */
  readonly order: readonly string[];
  readonly outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly FlowEdge[]>;
}

/**
 * Removes back edges.
 *
 * 1. Depth-first search from the start nodes first, then from every unvisited node in definition
 *    order, following edges in definition order; the result depends only on the definition.
 * 2. An edge into a node still on the search path is a back edge.
 * 3. Reverse post-order is a topological order of what is left.
 */
export function toFlowDag(graph: FlowGraph): FlowDag {
  const state = new Map<string, 'open' | 'done'>();
  const backEdges = new Set<FlowEdge>();
  const postOrder: string[] = [];
  // 1. Roots: starts first so the back edges are the ones a reader would call "going back".
  const roots = [...graph.startIds, ...graph.nodes.map((n) => n.id)];
  for (const root of roots) {
    if (state.has(root)) continue;
    const frames: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const out = outgoingOf(graph, frame.id);
      if (frame.next < out.length) {
        const edge = out[frame.next++];
        const seen = state.get(edge.target);
        // 2. Back edge.
        if (seen === 'open') backEdges.add(edge);
        else if (seen === undefined) {
          state.set(edge.target, 'open');
          frames.push({ id: edge.target, next: 0 });
        }
        continue;
      }
      frames.pop();
      state.set(frame.id, 'done');
      postOrder.push(frame.id);
    }
  }
  // 3. Order and adjacency without back edges.
  const outgoing = new Map<string, FlowEdge[]>(graph.nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, FlowEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    if (backEdges.has(e)) continue;
    outgoing.get(e.source)!.push(e);
    incoming.get(e.target)!.push(e);
  }
  return { backEdges, order: postOrder.reverse(), outgoing, incoming };
}

/** DAG successors' edges of a node (none for an unknown id). */
export function dagOutgoing(dag: FlowDag, id: string): readonly FlowEdge[] {
  return dag.outgoing.get(id) ?? [];
}

/** DAG predecessors' edges of a node (none for an unknown id). */
export function dagIncoming(dag: FlowDag, id: string): readonly FlowEdge[] {
  return dag.incoming.get(id) ?? [];
}
