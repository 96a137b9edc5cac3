/**
 * Flow graph index and its back-edge DAG view.
 *
 * Legend: a → b an edge; "⟲" a cycle.
 */
import { describe, expect, it } from 'vitest';
import { toFlowDag } from '../../../catalog/flow/flow-dag.js';
import { buildFlowGraph, incomingOf, outgoingOf } from '../../../catalog/flow/flow-graph.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { cyclicFlow, edge, end, flow, parallelFlow, sequenceFlow, start, step } from '../../fixtures/flows.js';

/** start → a → b ⟲ c → b, c → d → end; x → d (x unreachable); a → stuck. */
const tangled: FlowDefinition = flow(
  [start(), step('a'), step('b'), step('c'), step('d'), step('x'), step('stuck'), end()],
  'start > a > b > c > b', 'c > d > end', 'x > d', 'a > stuck',
);

describe('buildFlowGraph', () => {
  it('given a sequence, when indexed, then the topological order is the sequence and there is no cycle', () => {
    const g = buildFlowGraph(sequenceFlow);
    expect(g.topologicalOrder).toEqual(['start', 'accept', 'review', 'decide', 'end']);
    expect(g.acyclic).toBe(true);
    expect(g.cycles).toEqual([]);
  });

  it('given a fork, when indexed, then outgoing and incoming edges follow definition order', () => {
    const g = buildFlowGraph(parallelFlow);
    expect(outgoingOf(g, 'fork').map((e) => e.target)).toEqual(['a', 'b', 'c']);
    expect(incomingOf(g, 'join').map((e) => e.source)).toEqual(['a', 'b', 'c']);
    expect(outgoingOf(g, 'nope')).toEqual([]);
  });

  it('given a cycle with nodes downstream of it, when indexed, then only the nodes on the cycle are reported', () => {
    const g = buildFlowGraph(tangled);
    expect(g.acyclic).toBe(false);
    expect(g.cycles).toEqual([['b', 'c']]);
    expect([...g.cycleNodeIds].sort()).toEqual(['b', 'c']);
    expect(g.topologicalOrder).not.toContain('d'); // Kahn alone leaves d behind too
  });

  it('given a self-loop, when indexed, then the node is on a cycle', () => {
    const g = buildFlowGraph(flow([start(), step('a'), end()], 'start > a > end', 'a > a'));
    expect(g.cycles).toEqual([['a']]);
  });

  it('given unreachable and dead-end nodes, when indexed, then reachability says so', () => {
    const g = buildFlowGraph(tangled);
    expect(g.reachableFromStart.has('x')).toBe(false);
    expect(g.reachableFromStart.has('d')).toBe(true);
    expect(g.canReachEnd.has('stuck')).toBe(false);
    expect(g.canReachEnd.has('x')).toBe(true);
    expect(g.canReachEnd.has('end')).toBe(true);
  });

  it('given repeated node ids and dangling edges, when indexed, then the first node wins and dangling edges are left out', () => {
    const f = flow([start(), step('a', 1), step('a', 9), end()], 'start > a > end', edge('a', 'ghost'));
    const g = buildFlowGraph(f);
    expect(g.nodes).toHaveLength(3);
    expect(g.nodeById.get('a')!.deadlineDays).toBe(1);
    expect(g.nodeIndex.get('end')).toBe(3);
    expect(g.edges.map((e) => e.id)).toEqual(['start-a', 'a-end']);
    expect(g.edgeIndex.get(f.edges[2])).toBe(2);
  });
});

describe('toFlowDag', () => {
  it('given a cycle reached from the start, when the DAG is built, then the edge going back is the back edge', () => {
    const dag = toFlowDag(buildFlowGraph(cyclicFlow));
    expect([...dag.backEdges].map((e) => e.id)).toEqual(['review-accept']);
    expect(dag.order).toEqual(['start', 'accept', 'review', 'decide', 'end']);
  });

  it('given a cycle not reachable from the start, when the DAG is built, then it is still broken', () => {
    const g = buildFlowGraph(flow([start(), end(), step('p'), step('q')], 'start > end', 'p > q > p'));
    const dag = toFlowDag(g);
    expect(dag.backEdges.size).toBe(1);
    const position = new Map(dag.order.map((id, i) => [id, i]));
    for (const e of g.edges) {
      if (!dag.backEdges.has(e)) expect(position.get(e.source)!).toBeLessThan(position.get(e.target)!);
    }
  });
});
