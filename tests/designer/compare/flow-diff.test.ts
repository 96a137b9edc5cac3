import { describe, expect, it } from 'vitest';
import { constructionPlanningPermitV1, constructionPlanningPermitV2 } from '../../../catalog/demo/matters/construction-planning-permit.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { compareCanvas, withLayout } from '../../../designer/app/compare/compare-canvas.js';
import { countMarks, flowDiffMarks } from '../../../designer/app/compare/flow-diff.js';

const small = (): FlowDefinition => ({
  nodes: [
    { id: 's', kind: 'start', name: '开始' },
    { id: 'a', kind: 'step', name: '受理', departmentId: 'd1', deadlineDays: 1 },
    { id: 'b', kind: 'step', name: '审查', departmentId: 'd1', deadlineDays: 5 },
    { id: 'e', kind: 'end', name: '办结', outcome: 'granted' },
  ],
  edges: [
    { id: 'e1', source: 's', target: 'a' },
    { id: 'e2', source: 'a', target: 'b' },
    { id: 'e3', source: 'b', target: 'e' },
  ],
});

describe('flowDiffMarks', () => {
  it('marks nothing for the same flow', () => {
    const m = flowDiffMarks(small(), small());
    expect(m).toEqual({ beforeNodes: {}, afterNodes: {}, beforeEdges: {}, afterEdges: {} });
  });

  it('marks a removed step and its edges in the before drawing, the new edge in the after drawing', () => {
    const after = small();
    after.nodes = after.nodes.filter((n) => n.id !== 'b');
    after.edges = [after.edges[0]!, { id: 'e9', source: 'a', target: 'e' }];
    const m = flowDiffMarks(small(), after);
    expect(m.beforeNodes).toEqual({ b: 'removed' });
    expect(m.afterNodes).toEqual({});
    expect(m.beforeEdges).toEqual({ e2: 'removed', e3: 'removed' });
    expect(m.afterEdges).toEqual({ e9: 'added' });
  });

  it('marks an added node, and a renamed or re-timed step as changed on both sides (matched by id)', () => {
    const after = small();
    after.nodes[1] = { ...after.nodes[1]!, name: '综合受理' };
    after.nodes[2] = { ...after.nodes[2]!, deadlineDays: 3 };
    after.nodes.push({ id: 'c', kind: 'step', name: '制证' });
    const m = flowDiffMarks(small(), after);
    expect(m.beforeNodes).toEqual({ a: 'changed', b: 'changed' });
    expect(m.afterNodes).toEqual({ a: 'changed', b: 'changed', c: 'added' });
  });

  it('does not count an edge with a new id but the same ends as added', () => {
    const after = small();
    after.edges[1] = { ...after.edges[1]!, id: 'renamed' };
    expect(flowDiffMarks(small(), after).afterEdges).toEqual({});
  });

  it('marks the parallel-review reform of the construction planning permit', () => {
    const m = flowDiffMarks(constructionPlanningPermitV1().flow, constructionPlanningPermitV2().flow);
    expect(countMarks(m.afterNodes)).toEqual({ added: 3, removed: 0, changed: 5 });
    expect(Object.keys(m.afterNodes).filter((id) => m.afterNodes[id] === 'added').sort()).toEqual(['n-deliver', 'n-fork', 'n-join']);
    expect(countMarks(m.beforeNodes).removed).toBe(0);
    // The serial chain planning → housing → civil defence is gone.
    expect(Object.keys(m.beforeEdges).length).toBeGreaterThan(0);
  });
});

describe('compareCanvas', () => {
  it('puts each mark in node data and colours marked edges', () => {
    const { nodes, edges } = compareCanvas(small(), { b: 'removed' }, { e2: 'removed' });
    expect(nodes.find((n) => n.id === 'b')!.data.diff).toBe('removed');
    expect(nodes.find((n) => n.id === 'a')!.data.diff).toBeUndefined();
    expect(nodes.every((n) => n.draggable === false)).toBe(true);
    expect(edges.find((e) => e.id === 'e2')!.className).toBe('diff-removed');
    expect(edges.find((e) => e.id === 'e1')!.className).toBeUndefined();
  });

  it('lays out a flow without positions and keeps a stored layout', () => {
    const laid = withLayout(small());
    expect(Object.keys(laid.layout!.nodes!).sort()).toEqual(['a', 'b', 'e', 's']);
    const xs = ['s', 'a', 'b', 'e'].map((id) => laid.layout!.nodes![id]!.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q)); // left to right
    const stored = { ...small(), layout: { nodes: { s: { x: 1, y: 2 }, a: { x: 3, y: 4 }, b: { x: 5, y: 6 }, e: { x: 7, y: 8 } } } };
    expect(withLayout(stored)).toBe(stored);
  });
});
