/**
 * The guide's step list on a phone.
 *
 *   food (食品经营许可（新办）):  start → 受理 → ×premises ─(住宅楼餐饮)→ end-denied
 *                                                └→ ×procedure ─(告知承诺)────────→ 审查决定 → 制证送达 → end-granted
 *                                                               └(一般程序)→ 现场核查 ┘
 *   planning v2:  start → 受理 → +fork → 规划 / 住建 / 人防 → +join → 决定 → 送达 → end
 */
import { describe, expect, it } from 'vitest';
import { constructionPlanningPermitV2 } from '../../../../catalog/demo/matters/construction-planning-permit.js';
import { foodBusinessLicenseNew } from '../../../../catalog/demo/matters/food-business-license.js';
import { flowSteps } from '../../../../runtime/web/portal/guide/flow-steps.js';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';

describe('flow as a step list', () => {
  it('orders a branching flow by the longest way to each step, ends last (granted first), branches labelled', () => {
    const rows = flowSteps(foodBusinessLicenseNew().flow);
    expect(rows.map((r) => [r.node.id, r.level])).toEqual([
      ['n-accept', 0], ['n-inspect', 1], ['n-decide', 2], ['n-deliver', 3], ['n-end-granted', 4], ['n-end-denied', 1],
    ]);
    expect(rows.find((r) => r.node.id === 'n-inspect')!.branch).toBe('一般程序：现场核查');
    expect(rows.find((r) => r.node.id === 'n-decide')!.branch).toBeUndefined();
    expect(rows.every((r) => !r.parallel)).toBe(true);
  });

  it('marks the steps of a parallel fork, on one level', () => {
    const rows = flowSteps(constructionPlanningPermitV2().flow);
    const parallel = rows.filter((r) => r.parallel).map((r) => r.node.departmentId);
    expect(parallel).toEqual(['zrzy', 'zjj', 'rfb']);
    expect(new Set(rows.filter((r) => r.parallel).map((r) => r.level))).toEqual(new Set([1]));
    expect(rows.find((r) => r.node.id === 'n-decide')!.level).toBe(2);
  });

  it('still lists every step of a flow with a return edge (a cycle)', () => {
    const flow: FlowDefinition = {
      nodes: [
        { id: 's', kind: 'start', name: '开始' },
        { id: 'a', kind: 'step', name: '受理' },
        { id: 'b', kind: 'step', name: '审查' },
        { id: 'g', kind: 'exclusive', name: '是否通过' },
        { id: 'e', kind: 'end', name: '办结', outcome: 'granted' },
      ],
      edges: [
        { id: 'e1', source: 's', target: 'a' },
        { id: 'e2', source: 'a', target: 'b' },
        { id: 'e3', source: 'b', target: 'g' },
        { id: 'e4', source: 'g', target: 'a', label: '退回' },
        { id: 'e5', source: 'g', target: 'e', isDefault: true },
      ],
    };
    expect(flowSteps(flow).map((r) => r.node.id)).toEqual(['a', 'b', 'e']);
    expect(flowSteps(flow).find((r) => r.node.id === 'e')!.branch).toBe('否则');
  });
});
