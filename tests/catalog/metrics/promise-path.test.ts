/** The critical path against the promise: the accept step's days left out, where the engine accepts. */
import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../../../catalog/flow/flow-graph.js';
import { acceptNodeOf, promisePath } from '../../../catalog/metrics/promise-path.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { end, flow, goodFlow, start, step } from '../../fixtures/flows.js';

const pathOf = (f: FlowDefinition) => promisePath(buildFlowGraph(f));

describe('promisePath', () => {
  it('given the good flow, then the accept step stays on the path but its day does not count', () => {
    expect(pathOf(goodFlow)).toEqual({
      nodeIds: ['start', 'accept', 'fork', 'review-b', 'join', 'verdict', 'decide', 'granted'],
      days: 9,
      steps: 3,
      acceptNodeId: 'accept',
      acceptDays: 1,
    });
  });

  it('given a long accept step, then it cannot change which path is critical nor push the days over', () => {
    const f = structuredClone(goodFlow);
    f.nodes.find((n) => n.id === 'accept')!.deadlineDays = 20;
    expect(pathOf(f)).toMatchObject({ days: 9, acceptDays: 20 });
  });

  it('given no accept step right after the start, then every step counts', () => {
    const f = flow([start(), step('review', 3), step('accept', 2, { stepType: 'accept' }), end()], 'start > review > accept > end');
    expect(acceptNodeOf(buildFlowGraph(f))).toBeUndefined();
    expect(pathOf(f)).toMatchObject({ days: 5, acceptDays: 0 });
    expect(pathOf(f).acceptNodeId).toBeUndefined();
  });

  it('given an accept step without a deadline or a flow without start, then nothing is subtracted', () => {
    const f = flow([start(), step('accept', 1, { stepType: 'accept' }), step('review', 3), end()], 'start > accept > review > end');
    delete f.nodes[1].deadlineDays;
    expect(pathOf(f)).toMatchObject({ days: 3, acceptDays: 0, acceptNodeId: 'accept' });
    expect(pathOf({ nodes: [step('accept', 1, { stepType: 'accept' })], edges: [] })).toMatchObject({ days: 0, nodeIds: [] });
  });
});
