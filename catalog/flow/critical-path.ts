import type { FlowDefinition, FlowNode } from '../../schemas/types.generated.js';
import { dagOutgoing, toFlowDag, type FlowDag } from './flow-dag.js';
import { buildFlowGraph, type FlowGraph } from './flow-graph.js';

/** The longest start-to-end path of a flow in working days: the fastest the matter can conclude in the worst case. */
export interface CriticalPath {
  /** Node ids from the start node to the end node. */
  nodeIds: string[];
  /** Sum of the `deadlineDays` of the steps on the path. */
  days: number;
  /** Step nodes on the path. */
  steps: number;
}

/**
 * The critical path of a flow: the path from the start node to an end node with the most working
 * days. Parallel branches run at once and exclusive branches are taken one at a time, so in both
 * cases the longest branch is the one that counts; a plain longest path in the graph is exactly that.
 *
 * Only steps weigh (their `deadlineDays`, 0 when unset); start, gateways and end weigh 0.
 * Total on drafts: back edges (edges closing a cycle in depth-first order from the start) are
 * ignored; with several start nodes the first one counts; without a start the path is empty; when
 * no end is reachable the path runs to the farthest node with no way on.
 * Ties: more days first, then fewer steps, then the lexicographically smaller sequence of node
 * ids (UTF-16 code-unit order, not locale order), so the answer never depends on edge order.
 *
 * @example criticalPath(def.flow) // { nodeIds: ['start', 'accept', 'review', 'end'], days: 7, steps: 2 }
 */
export function criticalPath(flow: FlowDefinition): CriticalPath {
  return criticalPathOfGraph(buildFlowGraph(flow));
}

/** {@link criticalPath} on an already indexed flow, so callers holding a graph do not index twice. */
export function criticalPathOfGraph(graph: FlowGraph, dag: FlowDag = toFlowDag(graph)): CriticalPath {
  const start = graph.startIds[0];
  if (start === undefined) return { nodeIds: [], days: 0, steps: 0 };
  const isEnd = (id: string): boolean => graph.nodeById.get(id)!.kind === 'end';
  let best = longestTo(graph, dag, isEnd);
  if (!best.has(start)) best = longestTo(graph, dag, (id) => isEnd(id) || dagOutgoing(dag, id).length === 0);
  const head = best.get(start)!;
  const nodeIds: string[] = [];
  for (let id: string | undefined = start; id !== undefined; id = best.get(id)!.next) nodeIds.push(id);
  return { nodeIds, days: head.days, steps: head.steps };
}

interface Best {
  days: number;
  steps: number;
  /** The successor on the best path; undefined at a target. */
  next?: string;
}

/**
 * Longest path to a target from every node that can reach one.
 *
 * 1. Walk the DAG in reverse topological order, so every successor is settled first.
 * 2. A target ends its path (an end node does not continue even if it has edges).
 * 3. Otherwise take the best settled successor: most days, fewest steps, smallest id.
 *    Greedy on the id is the lexicographic order on whole sequences: days and steps of the
 *    remainder are already tied, and two different successors differ in the first position.
 */
function longestTo(graph: FlowGraph, dag: FlowDag, isTarget: (id: string) => boolean): Map<string, Best> {
  const best = new Map<string, Best>();
  // 1. Reverse topological order.
  for (let i = dag.order.length - 1; i >= 0; i--) {
    const id = dag.order[i];
    const node = graph.nodeById.get(id)!;
    const own = { days: weight(node), steps: node.kind === 'step' ? 1 : 0 };
    // 2. Targets.
    if (isTarget(id)) {
      best.set(id, own);
      continue;
    }
    // 3. Best successor.
    let chosen: string | undefined;
    for (const edge of dagOutgoing(dag, id)) {
      const candidate = best.get(edge.target);
      if (candidate === undefined) continue;
      if (chosen === undefined || better(candidate, edge.target, best.get(chosen)!, chosen)) chosen = edge.target;
    }
    if (chosen === undefined) continue;
    const rest = best.get(chosen)!;
    best.set(id, { days: own.days + rest.days, steps: own.steps + rest.steps, next: chosen });
  }
  return best;
}

function better(a: Best, aId: string, b: Best, bId: string): boolean {
  if (a.days !== b.days) return a.days > b.days;
  if (a.steps !== b.steps) return a.steps < b.steps;
  return aId < bId;
}

/** A step's working days; anything that is not a finite, non-negative number weighs 0. */
function weight(node: FlowNode): number {
  if (node.kind !== 'step') return 0;
  const d = node.deadlineDays;
  return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d : 0;
}
