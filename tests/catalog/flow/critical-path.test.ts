/**
 * Critical path: longest start → end path in working days.
 *
 * Legend: [n] a step of n working days, <+> parallel gateway, <x> exclusive gateway.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../../catalog/flow/critical-path.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import {
  cyclicFlow, dagFlowFromSpec, end, exclusiveFlow, flow, layeredFlow, nestedForkFlow, noStartFlow,
  parallel, parallelFlow, sequenceFlow, start, step,
} from '../../fixtures/flows.js';

const cases: Array<{ given: string; flow: FlowDefinition; nodeIds: string[]; days: number; steps: number }> = [
  { given: 'a sequence [2] → [5] → [3]', flow: sequenceFlow, nodeIds: ['start', 'accept', 'review', 'decide', 'end'], days: 10, steps: 3 },
  { given: 'a fork of three branches [5] [8] [3] between [1] and [2]', flow: parallelFlow, nodeIds: ['start', 'accept', 'fork', 'b', 'join', 'decide', 'end'], days: 11, steps: 3 },
  { given: 'exclusive branches [10] | [3] (worst case counts)', flow: exclusiveFlow, nodeIds: ['start', 'accept', 'x', 'big', 'decide', 'end'], days: 13, steps: 3 },
  { given: 'a fork nested inside a fork', flow: nestedForkFlow, nodeIds: ['start', 'f1', 'f2', 'c', 'j2', 'd', 'j1', 'end'], days: 8, steps: 2 },
  { given: 'a cycle review → accept (the back edge is ignored)', flow: cyclicFlow, nodeIds: ['start', 'accept', 'review', 'decide', 'end'], days: 8, steps: 3 },
  { given: 'no start node', flow: noStartFlow, nodeIds: [], days: 0, steps: 0 },
  { given: 'an empty flow', flow: { nodes: [], edges: [] }, nodeIds: [], days: 0, steps: 0 },
  { given: 'a step without deadline (weighs 0)', flow: flow([start(), step('a'), step('b', 2), end()], 'start > a > b > end'), nodeIds: ['start', 'a', 'b', 'end'], days: 2, steps: 2 },
  {
    given: 'two branches of equal days, one with fewer steps (fewer steps wins)',
    flow: flow([start(), parallel('f'), step('a1', 2), step('a2', 2), step('z', 4), parallel('j'), end()], 'start > f', 'f > a1 > a2 > j', 'f > z > j', 'j > end'),
    nodeIds: ['start', 'f', 'z', 'j', 'end'], days: 4, steps: 1,
  },
  {
    given: 'two branches equal in days and steps (smaller id wins, whatever the edge order)',
    flow: flow([start(), parallel('f'), step('b', 3), step('a', 3), parallel('j'), end()], 'start > f', 'f > b > j', 'f > a > j', 'j > end'),
    nodeIds: ['start', 'f', 'a', 'j', 'end'], days: 3, steps: 1,
  },
  {
    given: 'a longer branch that never reaches an end (only paths to an end count)',
    flow: flow([start(), step('a', 1), step('stuck', 50), step('b', 2), end()], 'start > a > b > end', 'a > stuck'),
    nodeIds: ['start', 'a', 'b', 'end'], days: 3, steps: 2,
  },
  {
    given: 'no end reachable at all (the path runs to the farthest node with no way on)',
    flow: flow([start(), step('a', 1), step('b', 4), step('c', 2)], 'start > a > b', 'a > c'),
    nodeIds: ['start', 'a', 'b'], days: 5, steps: 2,
  },
  {
    given: 'two start nodes (the first one counts)',
    flow: flow([start('s1'), start('s2'), step('a', 1), step('b', 9), end()], 's1 > a > end', 's2 > b > end'),
    nodeIds: ['s1', 'a', 'end'], days: 1, steps: 1,
  },
  {
    given: 'an end node with an outgoing edge (the path stops at the end)',
    flow: flow([start(), step('a', 1), end('e1'), step('b', 9), end('e2')], 'start > a > e1 > b > e2'),
    nodeIds: ['start', 'a', 'e1'], days: 1, steps: 1,
  },
  {
    given: 'a self-loop on a step',
    flow: flow([start(), step('a', 3), end()], 'start > a > end', 'a > a'),
    nodeIds: ['start', 'a', 'end'], days: 3, steps: 1,
  },
];

describe('criticalPath', () => {
  it.each(cases)('given $given, when computed, then $days days over $steps steps', ({ flow: f, nodeIds, days, steps }) => {
    expect(criticalPath(f)).toEqual({ nodeIds, days, steps });
  });

  it('given a layered flow of 20 blocks × 10 steps, when computed, then it takes the longest step of each block', () => {
    const cp = criticalPath(layeredFlow(20, 10));
    expect(cp.days).toBe(1 + 20 * 10);
    expect(cp.steps).toBe(21);
  });

  it('given a chain of 1000 steps, when computed, then it does not overflow the stack', () => {
    const ids = Array.from({ length: 998 }, (_, i) => `s${i}`);
    const cp = criticalPath(flow([start(), ...ids.map((id) => step(id, 1)), end()], ['start', ...ids, 'end'].join(' > ')));
    expect(cp.days).toBe(998);
  });
});

/** Random DAG flows: start → middle nodes (steps and gateways) → ends, edges only forward. */
const dagSpec = fc
  .record({
    kinds: fc.array(fc.constantFrom('step' as const, 'step' as const, 'parallel' as const, 'exclusive' as const), { maxLength: 8 }),
    ends: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ kinds, ends }) => {
    const m = kinds.length;
    const total = m + ends;
    // Node i links to at least one later node (so every middle node reaches an end), plus extras.
    const outOf = (from: number) =>
      fc.tuple(fc.integer({ min: from + 1, max: total - 1 }), fc.uniqueArray(fc.integer({ min: from + 1, max: total - 1 }), { maxLength: 3 }))
        .map(([first, more]) => [...new Set([first, ...more])].map((to) => [from, to] as [number, number]));
    return fc.record({
      kinds: fc.constant(kinds),
      ends: fc.constant(ends),
      days: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), { minLength: m, maxLength: m }),
      links: fc.tuple(...Array.from({ length: m + 1 }, (_, i) => outOf(i - 1))).map((lists) => lists.flat()),
    });
  });

function bruteForceDays(f: FlowDefinition): number {
  const byId = new Map(f.nodes.map((n) => [n.id, n]));
  let best = -1;
  const walk = (id: string, days: number): void => {
    const node = byId.get(id)!;
    const total = days + (node.kind === 'step' ? node.deadlineDays ?? 0 : 0);
    if (node.kind === 'end') best = Math.max(best, total);
    else for (const e of f.edges.filter((x) => x.source === id)) walk(e.target, total);
  };
  walk('start', 0);
  return best;
}

describe('criticalPath on random DAG flows', () => {
  it('given any DAG flow, when computed, then days is the brute-force maximum and the path is a real start → end path', () => {
    fc.assert(
      fc.property(dagSpec, (spec) => {
        const f = dagFlowFromSpec(spec);
        const cp = criticalPath(f);
        expect(cp.days).toBe(bruteForceDays(f));
        const byId = new Map(f.nodes.map((n) => [n.id, n]));
        expect(cp.nodeIds[0]).toBe('start');
        expect(byId.get(cp.nodeIds.at(-1)!)!.kind).toBe('end');
        for (let i = 0; i + 1 < cp.nodeIds.length; i++) {
          expect(f.edges.some((e) => e.source === cp.nodeIds[i] && e.target === cp.nodeIds[i + 1])).toBe(true);
        }
        const onPath = cp.nodeIds.map((id) => byId.get(id)!);
        expect(onPath.reduce((s, n) => s + (n.kind === 'step' ? n.deadlineDays ?? 0 : 0), 0)).toBe(cp.days);
        expect(onPath.filter((n) => n.kind === 'step').length).toBe(cp.steps);
      }),
      { numRuns: 300 },
    );
  });
});
