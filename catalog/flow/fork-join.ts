import type { FlowDefinition } from '../../schemas/types.generated.js';
import { immediateDominators } from './dominators.js';
import { dagIncoming, dagOutgoing, toFlowDag, type FlowDag } from './flow-dag.js';
import { buildFlowGraph, type FlowGraph } from './flow-graph.js';

/** A parallel fork and the join that closes its block. */
export interface ForkJoinPair {
  forkId: string;
  joinId: string;
}

/** Where one incoming edge of a join comes from: the branching node whose paths meet at the join. */
export interface JoinOrigin {
  edgeId: string;
  /** The nearest node above the edge that branches and whose branches all meet at this join; absent when none does. */
  originId?: string;
}

/** What is wrong with the block structure of a flow's parallel gateways. */
export type ForkJoinProblem =
  /** The branches of a fork do not all meet at one parallel join. */
  | { kind: 'fork-without-join'; forkId: string }
  /** A branch of a fork without join reaches an end without passing any parallel join. */
  | { kind: 'branch-escapes'; forkId: string; edgeId: string; endId: string }
  /** The fork's branches meet at a join that has a different number of incoming edges. */
  | { kind: 'branch-count-mismatch'; forkId: string; joinId: string; branches: number; incoming: number }
  /** A join none of whose incoming edges comes from a parallel fork. */
  | { kind: 'join-without-fork'; joinId: string; origins: JoinOrigin[] }
  /** A join whose incoming edges do not all come from the same parallel fork. */
  | { kind: 'join-mixed-origins'; joinId: string; origins: JoinOrigin[] };

export interface ForkJoinAnalysis {
  pairs: ForkJoinPair[];
  problems: ForkJoinProblem[];
}

/**
 * Matches parallel forks with their joins, the block structure the engine relies on: a join
 * waits for one token per incoming edge, so every incoming edge must be one branch of the same
 * fork, and every branch of a fork must arrive there.
 *
 * A fork is a parallel node with more than one outgoing edge, a join one with more than one
 * incoming edge (a node can be both). Analysed on the flow without back edges.
 *
 * 1. Dominators from a virtual root above every source, post-dominators from a virtual exit below
 *    every sink (end nodes and dead ends alike, so a dead branch breaks the block too).
 * 2. Fork F: its join is its immediate post-dominator J, the first node every branch must pass.
 *    J must be a parallel join with one incoming edge per branch of F. If J is not a join, a
 *    branch that reaches an end without passing any parallel gateway other than a pure fork
 *    escapes the fork.
 * 3. Join J: the origin of an incoming edge u→J is the nearest node on u's dominator chain (u
 *    included) that has several outgoing edges and J as immediate post-dominator, i.e. where
 *    the paths meeting at J split. All origins must be the same parallel fork F; an exclusive
 *    gateway as origin means a branch that is taken only sometimes, and the join deadlocks.
 * 4. F and J are paired when J is F's join and every origin of J is F with matching counts.
 *
 * O((N + E) · depth of the dominator tree).
 */
export function analyzeForkJoin(flow: FlowDefinition): ForkJoinAnalysis {
  return analyzeForkJoinOfGraph(buildFlowGraph(flow));
}

/** {@link analyzeForkJoin} on an already indexed flow. */
export function analyzeForkJoinOfGraph(graph: FlowGraph, dag: FlowDag = toFlowDag(graph)): ForkJoinAnalysis {
  const ids = graph.nodes.map((n) => n.id);
  const num = new Map(ids.map((id, i) => [id, i]));
  const root = ids.length;
  const exit = ids.length + 1;
  const order = dag.order.map((id) => num.get(id)!);
  const kindOf = (v: number): string => graph.nodeById.get(ids[v])!.kind;
  const outDegree = (v: number): number => dagOutgoing(dag, ids[v]).length;
  const inDegree = (v: number): number => dagIncoming(dag, ids[v]).length;
  const isFork = (v: number): boolean => kindOf(v) === 'parallel' && outDegree(v) > 1;
  const isJoin = (v: number): boolean => kindOf(v) === 'parallel' && inDegree(v) > 1;

  // 1. Dominators and post-dominators.
  const idom = immediateDominators(
    [root, ...order],
    (v) => (inDegree(v) === 0 ? [root] : dagIncoming(dag, ids[v]).map((e) => num.get(e.source)!)),
    root,
    ids.length + 2,
  );
  const ipdom = immediateDominators(
    [exit, ...[...order].reverse()],
    (v) => (outDegree(v) === 0 ? [exit] : dagOutgoing(dag, ids[v]).map((e) => num.get(e.target)!)),
    exit,
    ids.length + 2,
  );

  // 3. Origins of each join's incoming edges (computed first: step 4 needs them for forks).
  const originsOf = new Map<number, JoinOrigin[]>();
  for (const j of order) {
    if (!isJoin(j)) continue;
    originsOf.set(j, dagIncoming(dag, ids[j]).map((e) => {
      const o = originOf(num.get(e.source)!, j);
      return o === undefined ? { edgeId: e.id } : { edgeId: e.id, originId: ids[o] };
    }));
  }

  const pairs: ForkJoinPair[] = [];
  const problems: ForkJoinProblem[] = [];
  const escapes = escapeEnds();
  // 2 and 4. Forks.
  for (const f of order) {
    if (!isFork(f)) continue;
    const j = ipdom[f];
    if (j < 0 || j >= root || !isJoin(j)) {
      problems.push({ kind: 'fork-without-join', forkId: ids[f] });
      for (const e of dagOutgoing(dag, ids[f])) {
        const endId = escapes.get(e.target);
        if (endId !== undefined) problems.push({ kind: 'branch-escapes', forkId: ids[f], edgeId: e.id, endId });
      }
    } else if (inDegree(j) !== outDegree(f)) {
      problems.push({ kind: 'branch-count-mismatch', forkId: ids[f], joinId: ids[j], branches: outDegree(f), incoming: inDegree(j) });
    } else if (originsOf.get(j)!.every((o) => o.originId === ids[f])) {
      pairs.push({ forkId: ids[f], joinId: ids[j] });
    }
  }
  // 3. Joins.
  for (const [j, origins] of originsOf) {
    const distinct = new Set(origins.map((o) => o.originId));
    const [only] = distinct;
    if (distinct.size === 1 && only !== undefined && isFork(num.get(only)!)) continue;
    const fromFork = origins.some((o) => o.originId !== undefined && isFork(num.get(o.originId)!));
    problems.push({ kind: fromFork ? 'join-mixed-origins' : 'join-without-fork', joinId: ids[j], origins });
  }
  return { pairs, problems };

  function originOf(u: number, j: number): number | undefined {
    for (let b = u; b !== root && b >= 0; b = idom[b]) {
      if (outDegree(b) > 1 && ipdom[b] === j) return b;
    }
    return undefined;
  }

  /**
   * For each node, an end reachable from it without passing a parallel join (first by edge
   * order). Any parallel gateway that is not a pure fork counts as a join here, even with a
   * single incoming edge: it is where the editor meant the branches to meet.
   */
  function escapeEnds(): Map<string, string> {
    const found = new Map<string, string>();
    for (let i = dag.order.length - 1; i >= 0; i--) {
      const id = dag.order[i];
      const v = num.get(id)!;
      const meetingPoint = kindOf(v) === 'parallel' && (isJoin(v) || !isFork(v));
      if (kindOf(v) === 'end') found.set(id, id);
      else if (!meetingPoint) {
        const via = dagOutgoing(dag, id).find((e) => found.has(e.target));
        if (via !== undefined) found.set(id, found.get(via.target)!);
      }
    }
    return found;
  }
}
