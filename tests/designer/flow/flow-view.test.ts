/**
 * The flow editor's views of a flow: auto-layout, the @xyflow/react mapping and live analysis.
 *
 *   goodFlow:     start → accept[1] → <+> {review-a[5], review-b[7]} <+> → <x> score >= 60: decide[2] → granted
 *                                                                            else: notify[1] → denied
 *   sequenceFlow: start → accept[2] → review[5] → decide[3] → end
 */
import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../designer/flow/auto-layout.js';
import { CommandStack } from '../../../designer/flow/command-stack.js';
import { conditionText } from '../../../designer/flow/condition-text.js';
import { analyzeFlow } from '../../../designer/flow/live-analysis.js';
import { fromXyflow, fromXyflowChanges, toXyflow } from '../../../designer/flow/xyflow-mapping.js';
import { applyCommand } from '../../../designer/flow/flow-commands.js';
import { goodFlow, layeredFlow, lintContext, matterWith, sequenceFlow, step } from '../../fixtures/flows.js';

describe('autoLayout', () => {
  it('places a sequence left to right at distinct positions, as one flow.layout command', () => {
    const cmd = autoLayout(sequenceFlow, { direction: 'LR' });
    expect(cmd.type).toBe('flow.layout');
    const xs = ['start', 'accept', 'review', 'decide', 'end'].map((id) => cmd.positions[id].x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(5);
  });

  it('top to bottom grows y instead, and parallel branches get distinct positions', () => {
    const cmd = autoLayout(goodFlow, { direction: 'TB' });
    expect(cmd.positions.accept.y).toBeLessThan(cmd.positions.fork.y);
    const all = Object.values(cmd.positions).map((p) => `${p.x},${p.y}`);
    expect(new Set(all).size).toBe(goodFlow.nodes.length);
    expect(cmd.positions['review-a'].y).toBe(cmd.positions['review-b'].y);
  });

  it('applies through the stack and undoes to a flow without layout', () => {
    const stack = new CommandStack(goodFlow);
    stack.execute(autoLayout(goodFlow, { direction: 'LR' }));
    expect(Object.keys(stack.flow.layout!.nodes!)).toHaveLength(goodFlow.nodes.length);
    stack.undo();
    expect(stack.flow).toStrictEqual(goodFlow);
  });
});

describe('toXyflow / fromXyflow', () => {
  const laidOut = (() => {
    const r = applyCommand(goodFlow, autoLayout(goodFlow, { direction: 'LR' }));
    if ('error' in r) throw new Error(r.error);
    return r.flow;
  })();

  it('round trips a laid-out flow exactly', () => {
    const { nodes, edges } = toXyflow(laidOut);
    expect(fromXyflow(nodes, edges)).toStrictEqual(laidOut);
  });

  it('types nodes by kind, labels edges by label, condition or default, and marks findings and the critical path', () => {
    const finding = { severity: 'error' as const, rule: 'flow.step-department', message: 'm', nodeId: 'review-b' };
    const edgeFinding = { severity: 'warning' as const, rule: 'x', message: 'm', edgeId: 'verdict-notify' };
    const { nodes, edges } = toXyflow(laidOut, [finding, edgeFinding], ['start', 'accept', 'fork', 'review-b']);
    const node = (id: string) => nodes.find((n) => n.id === id)!;
    const edge = (id: string) => edges.find((e) => e.id === id)!;
    expect(node('verdict').type).toBe('exclusive');
    expect(node('review-b').data.findings).toEqual([finding]);
    expect(node('review-a').data.findings).toEqual([]);
    expect(node('fork').data.onCriticalPath).toBe(true);
    expect(node('review-a').data.onCriticalPath).toBe(false);
    expect(edge('verdict-decide').label).toBe('score >= 60');
    expect(edge('verdict-notify').label).toBe('否则');
    expect(edge('verdict-notify').data!.findings).toEqual([edgeFinding]);
    expect(edge('start-accept').label).toBeUndefined();
    expect(edge('fork-review-b').data!.onCriticalPath).toBe(true);
    expect(edge('fork-review-a').data!.onCriticalPath).toBe(false);
  });

  it('stacks unplaced nodes in a column instead of on one spot', () => {
    const ys = toXyflow(sequenceFlow).nodes.map((n) => n.position.y);
    expect(new Set(ys).size).toBe(sequenceFlow.nodes.length);
  });

  it('renders conditions shortly', () => {
    expect(conditionText({ and: [{ '==': [{ var: 'kind' }, 'company'] }, { or: [{ '>': [{ var: 'a' }, 1] }, { '!': { var: 'b' } }] }] }, 100))
      .toBe('kind == "company" 且 (a > 1 或 非 b)');
    expect(conditionText({ '>': [{ var: 'averyveryverylongfieldname' }, 1000000000] }, 20)).toHaveLength(20);
    expect(conditionText({ max: [1, 2] })).toBe('{"max":[1,2]}');
  });
});

describe('fromXyflowChanges', () => {
  it('commits settled drags as one layout command, skips mid-drag frames and view-only changes', () => {
    const changes: NodeChange[] = [
      { type: 'position', id: 'accept', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'accept', position: { x: 5, y: 6 }, dragging: false },
      { type: 'position', id: 'review', position: { x: 7, y: 8 } },
      { type: 'select', id: 'accept', selected: true },
      { type: 'dimensions', id: 'accept', dimensions: { width: 10, height: 10 } },
    ];
    expect(fromXyflowChanges({ nodeChanges: changes })).toEqual([{ type: 'flow.layout', positions: { accept: { x: 5, y: 6 }, review: { x: 7, y: 8 } } }]);
  });

  it('deletes edges before nodes, so deleting a node with its edges runs and undoes as one step', () => {
    const cmds = fromXyflowChanges({
      nodeChanges: [{ type: 'remove', id: 'review' }],
      edgeChanges: [{ type: 'remove', id: 'accept-review' }, { type: 'remove', id: 'review-decide' }],
    });
    expect(cmds.map((c) => c.type)).toEqual(['edge.remove', 'edge.remove', 'node.remove']);
    const stack = new CommandStack(sequenceFlow);
    expect(stack.execute(cmds)).toBeUndefined();
    stack.undo();
    expect(stack.flow).toStrictEqual(sequenceFlow);
  });

  it('turns a connection into edge.connect', () => {
    expect(fromXyflowChanges({ connection: { source: 'accept', target: 'decide', sourceHandle: null, targetHandle: null } }))
      .toEqual([{ type: 'edge.connect', source: 'accept', target: 'decide' }]);
  });
});

describe('analyzeFlow', () => {
  it('a clean flow: no findings on the canvas, the critical path and metrics', () => {
    const analysis = analyzeFlow(matterWith(goodFlow), lintContext());
    expect(analysis.findingsByNode.size).toBe(0);
    expect(analysis.criticalPath.nodeIds).toEqual(['start', 'accept', 'fork', 'review-b', 'join', 'verdict', 'decide', 'granted']);
    expect(analysis.criticalPath.days).toBe(10);
    expect(analysis.metrics.steps).toBe(5);
  });

  it('marks a step without a department on that step', () => {
    const { departmentId: _none, ...withoutDepartment } = step('review-b', 7);
    const def = matterWith({ ...goodFlow, nodes: goodFlow.nodes.map((n) => (n.id === 'review-b' ? withoutDepartment : n)) });
    const analysis = analyzeFlow(def, lintContext());
    expect(analysis.ok).toBe(false);
    expect(analysis.findingsByNode.get('review-b')!.map((f) => f.rule)).toContain('flow.step-department');
    expect([...analysis.findingsByNode.keys()]).toEqual(['review-b']);
  });

  it('analyses a 200-node flow completely (its speed is a benchmark, not a test)', () => {
    const big = layeredFlow(20, 9); // 2 + 20 · (2 + 9) + 1 = 223 nodes
    const def = matterWith(big, { promisedDays: 1000, statutoryDays: 1000 });
    const analysis = analyzeFlow(def, lintContext());
    expect(big.nodes.length).toBeGreaterThanOrEqual(200);
    expect(analysis.criticalPath.nodeIds[0]).toBe(big.nodes.find((n) => n.kind === 'start')!.id);
    expect(analysis.metrics.steps).toBe(big.nodes.filter((n) => n.kind === 'step').length);
  });
});
