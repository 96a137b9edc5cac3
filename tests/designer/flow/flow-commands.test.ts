/**
 * Flow editor commands: each command's execute, undo and redo, the default-flow behaviour and the
 * refusals. Fixture diagrams (tests/fixtures/flows.ts):
 *
 *   sequenceFlow:  start → accept[2] → review[5] → decide[3] → end
 *   exclusiveFlow: start → accept[1] → <x> amount > 100: big[10] | else: small[3] → decide[2] → end
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, applyCommands, type FlowCommand } from '../../../designer/flow/flow-commands.js';
import { CommandStack } from '../../../designer/flow/command-stack.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { end, exclusiveFlow, flow, otherwise, sequenceFlow, start, step } from '../../fixtures/flows.js';

/** sequenceFlow with start, accept and end placed. */
const placed: FlowDefinition = { ...sequenceFlow, layout: { nodes: { start: { x: 0, y: 0 }, accept: { x: 100, y: 0 }, end: { x: 400, y: 0 } } } };

interface Case {
  description: string;
  given: FlowDefinition;
  when: FlowCommand;
  then: (given: FlowDefinition) => FlowDefinition;
}

const cases: Case[] = [
  {
    description: 'node.add: a step with defaults, the first free id and its position (layout created)',
    given: sequenceFlow,
    when: { type: 'node.add', kind: 'step', position: { x: 10, y: 20 } },
    then: (g) => ({
      ...g,
      nodes: [...g.nodes, { id: 'step-1', kind: 'step', name: '新环节', stepType: 'review', mode: 'single', deadlineDays: 1 }],
      layout: { nodes: { 'step-1': { x: 10, y: 20 } } },
    }),
  },
  {
    description: 'node.add: skips taken ids',
    given: flow([start(), step('step-1'), end()], 'start > step-1 > end'),
    when: { type: 'node.add', kind: 'step', position: { x: 0, y: 0 } },
    then: (g) => ({ ...g, nodes: [...g.nodes, { id: 'step-2', kind: 'step', name: '新环节', stepType: 'review', mode: 'single', deadlineDays: 1 }], layout: { nodes: { 'step-2': { x: 0, y: 0 } } } }),
  },
  {
    description: 'node.add: an end with a given id, granted by default, into an existing layout',
    given: placed,
    when: { type: 'node.add', kind: 'end', id: 'denied', position: { x: 400, y: 100 } },
    then: (g) => ({ ...g, nodes: [...g.nodes, { id: 'denied', kind: 'end', name: '办结', outcome: 'granted' }], layout: { nodes: { ...g.layout!.nodes, denied: { x: 400, y: 100 } } } }),
  },
  {
    description: 'node.remove: takes its edges and its position',
    given: placed,
    when: { type: 'node.remove', id: 'accept' },
    then: (g) => ({
      nodes: g.nodes.filter((n) => n.id !== 'accept'),
      edges: g.edges.filter((e) => e.source !== 'accept' && e.target !== 'accept'),
      layout: { nodes: { start: { x: 0, y: 0 }, end: { x: 400, y: 0 } } },
    }),
  },
  {
    description: 'node.remove: a node without position leaves the layout alone',
    given: sequenceFlow,
    when: { type: 'node.remove', id: 'review' },
    then: (g) => ({ nodes: g.nodes.filter((n) => n.id !== 'review'), edges: g.edges.filter((e) => e.source !== 'review' && e.target !== 'review') }),
  },
  {
    description: 'node.update: sets, changes and (with undefined) removes properties',
    given: sequenceFlow,
    when: { type: 'node.update', id: 'review', patch: { name: '审查', departmentId: 'dept-b', stepType: undefined, assignees: ['li'] } },
    then: (g) => ({ ...g, nodes: g.nodes.map((n) => (n.id === 'review' ? { id: 'review', kind: 'step', name: '审查', departmentId: 'dept-b', mode: 'single', deadlineDays: 5, assignees: ['li'] } : n)) }),
  },
  {
    description: 'node.move: a node already placed',
    given: placed,
    when: { type: 'node.move', id: 'accept', position: { x: 120, y: 40 } },
    then: (g) => ({ ...g, layout: { nodes: { ...g.layout!.nodes, accept: { x: 120, y: 40 } } } }),
  },
  {
    description: 'node.move: a node not yet placed',
    given: placed,
    when: { type: 'node.move', id: 'review', position: { x: 200, y: 0 } },
    then: (g) => ({ ...g, layout: { nodes: { ...g.layout!.nodes, review: { x: 200, y: 0 } } } }),
  },
  {
    description: 'edge.connect: a new edge with the <source>-<target> id',
    given: sequenceFlow,
    when: { type: 'edge.connect', source: 'accept', target: 'decide' },
    then: (g) => ({ ...g, edges: [...g.edges, { id: 'accept-decide', source: 'accept', target: 'decide' }] }),
  },
  {
    description: 'edge.connect: a back edge (return to an earlier step) with a given id',
    given: sequenceFlow,
    when: { type: 'edge.connect', source: 'decide', target: 'accept', id: 'return' },
    then: (g) => ({ ...g, edges: [...g.edges, { id: 'return', source: 'decide', target: 'accept' }] }),
  },
  {
    description: 'edge.remove: from the middle of the list',
    given: sequenceFlow,
    when: { type: 'edge.remove', id: 'review-decide' },
    then: (g) => ({ ...g, edges: g.edges.filter((e) => e.id !== 'review-decide') }),
  },
  {
    description: 'edge.update: label and condition',
    given: sequenceFlow,
    when: { type: 'edge.update', id: 'accept-review', patch: { label: '材料齐全', condition: { '==': [{ var: 'complete' }, true] } } },
    then: (g) => ({ ...g, edges: g.edges.map((e) => (e.id === 'accept-review' ? { ...e, label: '材料齐全', condition: { '==': [{ var: 'complete' }, true] } } : e)) }),
  },
  {
    description: 'edge.update: making x-big the default unsets it on its sibling x-small (UnsetDefaultFlowBehavior)',
    given: exclusiveFlow,
    when: { type: 'edge.update', id: 'x-big', patch: { isDefault: true } },
    then: (g) => ({ ...g, edges: g.edges.map((e) => (e.id === 'x-big' ? { ...e, isDefault: true } : e.id === 'x-small' ? { id: 'x-small', source: 'x', target: 'small' } : e)) }),
  },
  {
    description: 'edge.update: with behaviours off, two defaults may coexist (inverses use this)',
    given: exclusiveFlow,
    when: { type: 'edge.update', id: 'x-big', patch: { isDefault: true }, behaviours: false },
    then: (g) => ({ ...g, edges: g.edges.map((e) => (e.id === 'x-big' ? { ...e, isDefault: true } : e)) }),
  },
  {
    description: 'flow.layout: sets many positions at once and forgets one (null)',
    given: placed,
    when: { type: 'flow.layout', positions: { review: { x: 1, y: 2 }, decide: { x: 3, y: 4 }, end: null } },
    then: (g) => ({ ...g, layout: { nodes: { start: { x: 0, y: 0 }, accept: { x: 100, y: 0 }, review: { x: 1, y: 2 }, decide: { x: 3, y: 4 } } } }),
  },
];

describe('applyCommand: execute, undo, redo', () => {
  it.each(cases)('$description', ({ given, when, then }) => {
    const snapshot = structuredClone(given);
    const done = applyCommand(given, when);
    if ('error' in done) throw new Error(done.error);
    expect(done.flow).toStrictEqual(then(given));
    expect(given).toStrictEqual(snapshot); // pure: the input is untouched

    const undone = applyCommands(done.flow, done.inverse);
    if ('error' in undone) throw new Error(undone.error);
    expect(undone.flow).toStrictEqual(given);

    const redone = applyCommand(undone.flow, when);
    if ('error' in redone) throw new Error(redone.error);
    expect(redone.flow).toStrictEqual(done.flow);
  });
});

describe('applyCommand: refusals leave a reason', () => {
  const refusals: Array<{ description: string; given: FlowDefinition; when: FlowCommand; reason: RegExp }> = [
    { description: 'self-loop', given: sequenceFlow, when: { type: 'edge.connect', source: 'review', target: 'review' }, reason: /itself/ },
    { description: 'duplicate edge', given: sequenceFlow, when: { type: 'edge.connect', source: 'accept', target: 'review' }, reason: /already connected/ },
    { description: 'edge into the start', given: sequenceFlow, when: { type: 'edge.connect', source: 'review', target: 'start' }, reason: /start node .* incoming/ },
    { description: 'edge out of an end', given: sequenceFlow, when: { type: 'edge.connect', source: 'end', target: 'review' }, reason: /end node .* outgoing/ },
    { description: 'edge to an unknown node', given: sequenceFlow, when: { type: 'edge.connect', source: 'accept', target: 'ghost' }, reason: /no node with id "ghost"/ },
    { description: 'edge id taken', given: sequenceFlow, when: { type: 'edge.connect', source: 'accept', target: 'end', id: 'start-accept' }, reason: /already exists/ },
    { description: 'node id taken', given: sequenceFlow, when: { type: 'node.add', kind: 'step', id: 'review', position: { x: 0, y: 0 } }, reason: /already exists/ },
    { description: 'remove an unknown node', given: sequenceFlow, when: { type: 'node.remove', id: 'ghost' }, reason: /no node/ },
    { description: 'empty name', given: sequenceFlow, when: { type: 'node.update', id: 'review', patch: { name: '' } }, reason: /needs a name/ },
    { description: 'change a node kind', given: sequenceFlow, when: { type: 'node.update', id: 'review', patch: { kind: 'end' } as never }, reason: /kind cannot change/ },
    { description: 'move an unknown node', given: sequenceFlow, when: { type: 'node.move', id: 'ghost', position: { x: 0, y: 0 } }, reason: /no node/ },
    { description: 'reconnect through update', given: sequenceFlow, when: { type: 'edge.update', id: 'accept-review', patch: { target: 'end' } as never }, reason: /target cannot change/ },
    { description: 'update an unknown edge', given: sequenceFlow, when: { type: 'edge.update', id: 'ghost', patch: {} }, reason: /no edge/ },
  ];
  it.each(refusals)('$description', ({ given, when, reason }) => {
    const result = applyCommand(given, when);
    expect('error' in result && result.error).toMatch(reason);
  });

  it('applyCommands is all or nothing', () => {
    const result = applyCommands(sequenceFlow, [{ type: 'edge.remove', id: 'accept-review' }, { type: 'edge.remove', id: 'ghost' }]);
    expect(result).toEqual({ error: 'no edge with id "ghost"' });
  });
});

describe('default-flow behaviour', () => {
  it('setting the default on the current default changes nothing else, and undo restores two defaults verbatim', () => {
    const twoDefaults: FlowDefinition = { ...exclusiveFlow, edges: [...exclusiveFlow.edges, otherwise('x', 'decide')] };
    const done = applyCommand(twoDefaults, { type: 'edge.update', id: 'x-small', patch: { isDefault: true } });
    if ('error' in done) throw new Error(done.error);
    expect(done.flow.edges.filter((e) => e.isDefault).map((e) => e.id)).toEqual(['x-small']);
    const undone = applyCommands(done.flow, done.inverse);
    expect('flow' in undone && undone.flow).toStrictEqual(twoDefaults);
  });

  it('edges of other nodes keep their default', () => {
    const other = flow([start(), exclusiveFlow.nodes[2], step('a'), step('b'), end()], 'start > x', otherwise('x', 'a'), 'x > b', 'a > end', 'b > end');
    const withSecond: FlowDefinition = { ...other, edges: [...other.edges, { id: 'a-b', source: 'a', target: 'b', isDefault: true }] };
    const done = applyCommand(withSecond, { type: 'edge.update', id: 'x-b', patch: { isDefault: true } });
    expect('flow' in done && done.flow.edges.filter((e) => e.isDefault).map((e) => e.id)).toEqual(['x-b', 'a-b']);
  });
});

describe('CommandStack', () => {
  it('executes, undoes, redoes, drops redo on a new command and tells its listener', () => {
    const stack = new CommandStack(sequenceFlow);
    const events: string[] = [];
    const off = stack.onChange((e) => events.push(e.type));
    expect(stack.canUndo).toBe(false);
    expect(stack.execute({ type: 'node.add', kind: 'step', position: { x: 0, y: 0 } })).toBeUndefined();
    expect(stack.execute({ type: 'edge.connect', source: 'review', target: 'step-1' })).toBeUndefined();
    const afterTwo = stack.flow;
    expect(stack.undo()).toBe(true);
    expect(stack.undo()).toBe(true);
    expect(stack.flow).toStrictEqual(sequenceFlow);
    expect(stack.canUndo).toBe(false);
    expect(stack.redo()).toBe(true);
    expect(stack.redo()).toBe(true);
    expect(stack.flow).toStrictEqual(afterTwo);
    stack.undo();
    stack.execute({ type: 'node.move', id: 'step-1', position: { x: 5, y: 5 } });
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBe(false);
    expect(events).toEqual(['command.executed', 'command.executed', 'command.undone', 'command.undone', 'command.redone', 'command.redone', 'command.undone', 'command.executed']);
    off();
  });

  it('a refused command changes neither the flow nor the history', () => {
    const stack = new CommandStack(sequenceFlow);
    expect(stack.execute({ type: 'edge.connect', source: 'end', target: 'start' })).toEqual({ error: expect.any(String) });
    expect(stack.flow).toBe(sequenceFlow);
    expect(stack.canUndo).toBe(false);
  });

  it('keeps at most `limit` undo steps, dropping the oldest; an empty gesture records nothing', () => {
    const stack = new CommandStack(sequenceFlow, 2);
    expect(stack.execute([])).toBeUndefined();
    expect(stack.canUndo).toBe(false);
    for (const x of [1, 2, 3]) stack.execute({ type: 'node.move', id: 'accept', position: { x, y: 0 } });
    expect(stack.undo()).toBe(true);
    expect(stack.undo()).toBe(true);
    expect(stack.undo()).toBe(false);
    expect(stack.flow.layout).toEqual({ nodes: { accept: { x: 1, y: 0 } } });
  });

  it('several commands are one undo step', () => {
    const stack = new CommandStack(sequenceFlow);
    stack.execute([{ type: 'edge.remove', id: 'accept-review' }, { type: 'node.remove', id: 'review' }]);
    expect(stack.flow.nodes.map((n) => n.id)).toEqual(['start', 'accept', 'decide', 'end']);
    stack.undo();
    expect(stack.flow).toStrictEqual(sequenceFlow);
  });
});
