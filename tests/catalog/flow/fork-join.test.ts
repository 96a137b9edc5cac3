/**
 * Fork/join block structure.
 *
 * Legend: <+> parallel gateway, <x> exclusive gateway, [s] a step, {a | b} branches.
 */
import { describe, expect, it } from 'vitest';
import { analyzeForkJoin, type ForkJoinAnalysis } from '../../../catalog/flow/fork-join.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import {
  end, exclusive, flow, goodFlow, nestedForkFlow, parallel, parallelFlow, sequenceFlow, start, step,
} from '../../fixtures/flows.js';

const cases: Array<{ given: string; flow: FlowDefinition; expected: ForkJoinAnalysis }> = [
  { given: 'no gateway at all', flow: sequenceFlow, expected: { pairs: [], problems: [] } },
  { given: 'one fork of three branches and its join', flow: parallelFlow, expected: { pairs: [{ forkId: 'fork', joinId: 'join' }], problems: [] } },
  { given: 'the good flow (a block, then an exclusive choice)', flow: goodFlow, expected: { pairs: [{ forkId: 'fork', joinId: 'join' }], problems: [] } },
  {
    given: 'a fork nested inside a fork',
    flow: nestedForkFlow,
    expected: { pairs: [{ forkId: 'f1', joinId: 'j1' }, { forkId: 'f2', joinId: 'j2' }], problems: [] },
  },
  {
    given: 'an exclusive choice inside a branch that merges at a step before the join',
    flow: flow(
      [start(), parallel('f'), step('a'), exclusive('x'), step('x1'), step('x2'), step('m'), step('b'), parallel('j'), end()],
      'start > f', 'f > a > x', 'x > x1 > m', 'x > x2 > m', 'm > j', 'f > b > j', 'j > end',
    ),
    expected: { pairs: [{ forkId: 'f', joinId: 'j' }], problems: [] },
  },
  {
    given: '<+>f {[a] → <+>j | [b] → end2} (one branch escapes)',
    flow: flow([start(), parallel('f'), step('a'), step('b'), parallel('j'), end(), end('end2')], 'start > f', 'f > a > j > end', 'f > b > end2'),
    expected: {
      pairs: [],
      problems: [{ kind: 'fork-without-join', forkId: 'f' }, { kind: 'branch-escapes', forkId: 'f', edgeId: 'f-b', endId: 'end2' }],
    },
  },
  {
    given: '<+>f {[a] → end1 | [b] → end2} (no join at all)',
    flow: flow([start(), parallel('f'), step('a'), step('b'), end('end1'), end('end2')], 'start > f', 'f > a > end1', 'f > b > end2'),
    expected: {
      pairs: [],
      problems: [
        { kind: 'fork-without-join', forkId: 'f' },
        { kind: 'branch-escapes', forkId: 'f', edgeId: 'f-a', endId: 'end1' },
        { kind: 'branch-escapes', forkId: 'f', edgeId: 'f-b', endId: 'end2' },
      ],
    },
  },
  {
    given: '<x>x {[a] | [b]} → <+>j (a join without fork)',
    flow: flow([start(), exclusive('x'), step('a'), step('b'), parallel('j'), end()], 'start > x', 'x > a > j', 'x > b > j', 'j > end'),
    expected: {
      pairs: [],
      problems: [{ kind: 'join-without-fork', joinId: 'j', origins: [{ edgeId: 'a-j', originId: 'x' }, { edgeId: 'b-j', originId: 'x' }] }],
    },
  },
  {
    given: '<+>f {[a] → <x>x {[x1] | [x2]} | [b]} → <+>j (exclusive branches straight into the join: deadlock)',
    flow: flow(
      [start(), parallel('f'), step('a'), exclusive('x'), step('x1'), step('x2'), step('b'), parallel('j'), end()],
      'start > f', 'f > a > x', 'x > x1 > j', 'x > x2 > j', 'f > b > j', 'j > end',
    ),
    expected: {
      pairs: [],
      problems: [
        { kind: 'branch-count-mismatch', forkId: 'f', joinId: 'j', branches: 2, incoming: 3 },
        {
          kind: 'join-mixed-origins',
          joinId: 'j',
          origins: [{ edgeId: 'x1-j', originId: 'x' }, { edgeId: 'x2-j', originId: 'x' }, { edgeId: 'b-j', originId: 'f' }],
        },
      ],
    },
  },
  {
    given: 'two forks sharing one join',
    flow: flow(
      [start(), parallel('f1'), step('a'), parallel('f2'), step('c'), step('d'), parallel('j'), end()],
      'start > f1', 'f1 > a > j', 'f1 > f2', 'f2 > c > j', 'f2 > d > j', 'j > end',
    ),
    expected: {
      pairs: [],
      problems: [
        { kind: 'branch-count-mismatch', forkId: 'f1', joinId: 'j', branches: 2, incoming: 3 },
        { kind: 'branch-count-mismatch', forkId: 'f2', joinId: 'j', branches: 2, incoming: 3 },
        {
          kind: 'join-mixed-origins',
          joinId: 'j',
          origins: [{ edgeId: 'a-j', originId: 'f1' }, { edgeId: 'c-j', originId: 'f2' }, { edgeId: 'd-j', originId: 'f2' }],
        },
      ],
    },
  },
  {
    given: 'a fork whose second branch dead-ends (the join is not its post-dominator)',
    flow: flow([start(), parallel('f'), step('a'), step('b'), parallel('j'), end()], 'start > f', 'f > a > j', 'f > b', 'j > end'),
    expected: { pairs: [], problems: [{ kind: 'fork-without-join', forkId: 'f' }] },
  },
];

describe('analyzeForkJoin', () => {
  it.each(cases)('given $given, when analysed, then pairs and problems are as expected', ({ flow: f, expected }) => {
    expect(analyzeForkJoin(f)).toEqual(expected);
  });

  it('given a cycle through a branch, when analysed, then it still terminates and finds the block', () => {
    const f = flow([start(), parallel('f'), step('a'), step('b'), parallel('j'), end()], 'start > f', 'f > a > j', 'f > b > j', 'j > end', 'a > f');
    expect(analyzeForkJoin(f).pairs).toEqual([{ forkId: 'f', joinId: 'j' }]);
  });
});
