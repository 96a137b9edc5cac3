import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import { flowPath } from '../../../../runtime/web/workbench/case/flow-path';

/** start → accept → fork ⇉ (a, b) → join → decide → x? → granted end | denied end */
const flow: FlowDefinition = {
  nodes: [
    { id: 's', kind: 'start', name: '开始' },
    { id: 'acc', kind: 'step', name: '受理', stepType: 'accept', departmentId: 'd' },
    { id: 'fork', kind: 'parallel', name: '并联' },
    { id: 'a', kind: 'step', name: 'A', departmentId: 'd' },
    { id: 'b', kind: 'step', name: 'B', departmentId: 'e' },
    { id: 'join', kind: 'parallel', name: '汇聚' },
    { id: 'dec', kind: 'step', name: '决定', departmentId: 'd' },
    { id: 'ok', kind: 'end', name: '准予', outcome: 'granted' },
    { id: 'no', kind: 'end', name: '不予', outcome: 'denied' },
  ],
  edges: [
    { id: 'e1', source: 's', target: 'acc' },
    { id: 'e2', source: 'acc', target: 'fork' },
    { id: 'e3', source: 'fork', target: 'a' },
    { id: 'e4', source: 'fork', target: 'b' },
    { id: 'e5', source: 'a', target: 'join' },
    { id: 'e6', source: 'b', target: 'join' },
    { id: 'e7', source: 'join', target: 'dec' },
    { id: 'e8', source: 'dec', target: 'ok' },
    { id: 'e9', source: 'dec', target: 'no' },
  ],
};

describe('flowPath', () => {
  it('at acceptance: the accept step is current, only the first edge taken', () => {
    const p = flowPath(flow, [{ nodeId: 'acc', status: 'open' }]);
    expect([...p.current]).toEqual(['acc']);
    expect([...p.visited].sort()).toEqual(['acc', 's']);
    expect([...p.edges]).toEqual(['e1']);
  });
  it('in the parallel block: both branches current, the fork passed, the join not yet', () => {
    const p = flowPath(flow, [
      { nodeId: 'acc', status: 'completed' },
      { nodeId: 'a', status: 'open' },
      { nodeId: 'b', status: 'completed' },
    ]);
    expect([...p.current]).toEqual(['a']);
    expect(p.visited.has('fork')).toBe(true);
    expect(p.visited.has('join')).toBe(false);
    expect([...p.edges].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });
  it('granted: the path ends at the granted end, not the denied one', () => {
    const tasks = ['acc', 'a', 'b', 'dec'].map((nodeId) => ({ nodeId, status: 'completed' }));
    const p = flowPath(flow, tasks, 'granted');
    expect(p.current.size).toBe(0);
    expect(p.visited.has('ok')).toBe(true);
    expect(p.visited.has('no')).toBe(false);
    expect(p.edges.has('e8')).toBe(true);
    expect(p.edges.has('e9')).toBe(false);
    expect(p.edges.has('e7')).toBe(true);
  });
});
