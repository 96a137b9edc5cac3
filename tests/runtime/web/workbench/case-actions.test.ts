import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import { actionRequest, availableActions, missingInputs, type ActionCase } from '../../../../runtime/web/workbench/case/case-actions';

const flow: FlowDefinition = {
  nodes: [
    { id: 's', kind: 'start', name: '开始' },
    { id: 'acc', kind: 'step', name: '受理', stepType: 'accept', departmentId: 'zrzy' },
    { id: 'rev', kind: 'step', name: '审查', stepType: 'review', departmentId: 'zjj' },
    { id: 'dec', kind: 'step', name: '决定', stepType: 'decide', departmentId: 'zrzy' },
    { id: 'e', kind: 'end', name: '结束' },
  ],
  edges: [],
};
const clerk = { username: 'zrzy-clerk', role: 'clerk', departmentId: 'zrzy' };
const task = (id: string, nodeId: string, departmentId: string, status: string, extra = {}) => ({ id, nodeId, stepName: nodeId, departmentId, status, version: 2, ...extra });

describe('availableActions', () => {
  it('offers accept, supplement and refuse at the acceptance, and no supplement after the one notice', () => {
    const c: ActionCase = { status: 'submitted', departmentId: 'zrzy', version: 1, tasks: [task('t1', 'acc', 'zrzy', 'open')] };
    expect(availableActions(c, flow, clerk).tasks[0]!.actions).toEqual(['accept', 'supplement-request', 'refuse']);
    expect(availableActions({ ...c, notice: {} }, flow, clerk).tasks[0]!.actions).toEqual(['accept', 'refuse']);
    expect(availableActions(c, flow, { ...clerk, departmentId: 'zjj' }).tasks).toEqual([]);
    expect(availableActions(c, flow, { ...clerk, role: 'supervisor' })).toEqual({ tasks: [], caseLevel: [] });
  });
  it('offers approve, deny and return to completed steps while in progress, and the case-level acts', () => {
    const c: ActionCase = { status: 'in_progress', departmentId: 'zrzy', version: 5, tasks: [task('t1', 'acc', 'zrzy', 'completed'), task('t2', 'rev', 'zjj', 'completed'), task('t3', 'dec', 'zrzy', 'open')] };
    const a = availableActions(c, flow, clerk);
    expect(a.tasks[0]!.actions).toEqual(['approve', 'deny', 'return']);
    expect(a.tasks[0]!.returnTo).toEqual([{ nodeId: 'acc', name: '受理' }, { nodeId: 'rev', name: '审查' }]);
    expect(a.caseLevel).toEqual(['suspend', 'extension-request']);
    expect(availableActions({ ...c, extension: {} }, flow, clerk).caseLevel).toEqual(['suspend']);
    // One request per case: pending, the clerk asks no more; a leader of the matter's department decides it.
    const pending: ActionCase = { ...c, extensionRequest: { status: 'pending' } };
    expect(availableActions(pending, flow, clerk).caseLevel).toEqual(['suspend']);
    expect(availableActions(pending, flow, { username: 'zrzy-leader', role: 'leader', departmentId: 'zrzy' }, { matterDepartmentId: 'zrzy' }).caseLevel).toEqual(['suspend', 'extension-decision']);
    expect(availableActions(pending, flow, { username: 'zjj-leader', role: 'leader', departmentId: 'zjj' }, { matterDepartmentId: 'zrzy' }).caseLevel).toEqual([]);
    expect(availableActions(c, flow, { ...clerk, departmentId: 'zjj' })).toEqual({ tasks: [], caseLevel: [] });
  });
  it('decides the acceptance step like any other once the case was returned to it in progress', () => {
    const c: ActionCase = { status: 'in_progress', departmentId: 'zrzy', version: 6, tasks: [task('t1', 'acc', 'zrzy', 'completed'), task('t2', 'rev', 'zjj', 'completed'), task('t4', 'acc', 'zrzy', 'open')] };
    const a = availableActions(c, flow, clerk);
    expect(a.tasks[0]!.actions).toEqual(['approve', 'deny', 'return']);
    expect(a.tasks[0]!.returnTo).toEqual([{ nodeId: 'rev', name: '审查' }]);
  });
  it('leaves a task naming other assignees alone, offers resume during a special procedure only', () => {
    const c: ActionCase = { status: 'suspended', departmentId: 'zrzy', version: 5, suspensions: [{ kind: 'inspection' }], tasks: [task('t3', 'dec', 'zrzy', 'open', { assignees: ['someone'] })] };
    expect(availableActions(c, flow, clerk)).toEqual({ tasks: [], caseLevel: ['resume'] });
    expect(availableActions({ ...c, suspensions: [{ kind: 'supplement' }] }, flow, clerk).caseLevel).toEqual([]);
  });
});

describe('会签, front desk, delivery and inform tasks', () => {
  const signFlow: FlowDefinition = {
    ...flow,
    nodes: [...flow.nodes, { id: 'sig', kind: 'step', name: '会签', stepType: 'review', departmentId: 'zrzy', mode: 'countersign' }, { id: 'out', kind: 'step', name: '出件', stepType: 'deliver', departmentId: 'zrzy', atAcceptingDesk: true }],
  } as FlowDefinition;
  it('offers 同意 only to a listed signer who has not signed; the others see no action', () => {
    const sig = task('t5', 'sig', 'zrzy', 'open', { mode: 'countersign', assignees: ['a', 'b', 'c'], signatures: [{ username: 'a', action: 'approve', at: '2026-11-25T02:00:00Z' }] });
    const c: ActionCase = { status: 'in_progress', departmentId: 'zrzy', version: 5, extension: {}, tasks: [sig] };
    const as = (username: string) => availableActions(c, signFlow, { username, role: 'clerk', departmentId: 'zrzy' }).tasks;
    expect(as('a')).toEqual([]);
    expect(as('b')[0]!.actions).toEqual(['approve', 'deny']);
    expect(as('zrzy-clerk')).toEqual([]);
  });
  it('lets an allowed front desk do the acceptance acts of another department\'s matter, and its deliver step', () => {
    const desk = { username: 'zhzx-clerk', role: 'clerk', departmentId: 'zhzx' };
    const c: ActionCase = { status: 'submitted', departmentId: 'zrzy', version: 1, tasks: [task('t1', 'acc', 'zrzy', 'open')] };
    expect(availableActions(c, signFlow, desk).tasks).toEqual([]);
    expect(availableActions(c, signFlow, desk, { frontDesk: true }).tasks[0]!.actions).toEqual(['accept', 'supplement-request', 'refuse']);
    const out: ActionCase = { status: 'in_progress', departmentId: 'zrzy', version: 9, extension: {}, tasks: [task('t1', 'acc', 'zrzy', 'completed'), task('t7', 'out', 'zhzx', 'open')] };
    expect(availableActions(out, signFlow, desk, { frontDesk: true, matterDepartmentId: 'zrzy' }).tasks[0]!.actions).toEqual(['deliver']);
    // A deliver step of the department itself may record the delivery or be approved as before.
    const own = { ...signFlow, nodes: signFlow.nodes.map((x) => (x.id === 'out' ? { ...x, atAcceptingDesk: false } : x)) } as FlowDefinition;
    const inDept: ActionCase = { ...out, tasks: [task('t1', 'acc', 'zrzy', 'completed'), task('t7', 'out', 'zrzy', 'open')] };
    expect(availableActions(inDept, own, clerk).tasks[0]!.actions).toEqual(['deliver', 'approve', 'deny', 'return']);
  });
  it('offers 已知悉 on an inform task, and nothing else there', () => {
    const c: ActionCase = { status: 'granted', departmentId: 'zrzy', version: 9, tasks: [task('t6', 'rev', 'zjj', 'open', { kind: 'inform' })] };
    expect(availableActions(c, signFlow, { username: 'zjj-clerk', role: 'clerk', departmentId: 'zjj' })).toEqual({ tasks: [{ taskId: 't6', stepName: 'rev', taskVersion: 2, actions: ['acknowledge'], returnTo: [] }], caseLevel: [] });
  });
});

describe('requests', () => {
  it('names what is missing', () => {
    expect(missingInputs('refuse', { reason: '  ' })).toEqual(['action.need.reason']);
    expect(missingInputs('return', { reason: 'x' })).toEqual(['action.need.toNode']);
    expect(missingInputs('extension-request', { reason: 'x', days: 11 })).toEqual(['action.need.extendDays']);
    expect(missingInputs('extension-request', { reason: 'x', days: 10 })).toEqual([]);
    // A matter under a special law allows more (工伤保险条例 art. 25: 30 days).
    expect(missingInputs('extension-request', { reason: 'x', days: 30, maxDays: 30 })).toEqual([]);
    expect(missingInputs('extension-request', { reason: 'x', days: 31, maxDays: 30 })).toEqual(['action.need.extendDays']);
    expect(missingInputs('extension-decision', {})).toEqual(['action.need.decision']);
    expect(missingInputs('deliver', { delivery: { method: 'post', address: '汉江市天宝路8号' } })).toEqual(['delivery.need.waybillNo']);
    expect(missingInputs('suspend', { reason: 'x' })).toEqual(['action.need.kind']);
    expect(missingInputs('accept', {})).toEqual([]);
  });
  it('sends case actions with the case version and task actions with the task version', () => {
    expect(actionRequest('refuse', { reason: ' 不属于本机关职权 ' }, { caseVersion: 4 })).toEqual({ via: 'case', action: 'refuse', body: { reasons: '不属于本机关职权', expectedVersion: 4 } });
    expect(actionRequest('accept', {}, { caseVersion: 4 })).toEqual({ via: 'case', action: 'accept', body: { expectedVersion: 4 } });
    expect(actionRequest('return', { reason: '补充说明', toNodeId: 'acc' }, { caseVersion: 4, task: { id: 't3', version: 7 } })).toEqual({
      via: 'task', taskId: 't3', body: { action: 'return', comment: '补充说明', toNodeId: 'acc', expectedVersion: 7 },
    });
    expect(actionRequest('suspend', { reason: '专家评审', kind: 'expert_review', days: 5 }, { caseVersion: 4 }).body).toEqual({ kind: 'expert_review', reason: '专家评审', expectedDays: 5, expectedVersion: 4 });
    expect(actionRequest('extension-request', { reason: '情况复杂', days: 10 }, { caseVersion: 4 })).toEqual({ via: 'case', action: 'extension-request', body: { days: 10, reason: '情况复杂', expectedVersion: 4 } });
    expect(actionRequest('extension-decision', { approve: true, reason: '同意延期' }, { caseVersion: 5 }).body).toEqual({ approve: true, comment: '同意延期', expectedVersion: 5 });
    expect(actionRequest('deliver', { delivery: { method: 'post', address: ' 汉江市天宝路8号 ', waybillNo: 'SF1234567890' } }, { caseVersion: 4, task: { id: 't9', version: 2 } })).toEqual({
      via: 'task', taskId: 't9', body: { action: 'deliver', delivery: { method: 'post', address: '汉江市天宝路8号', waybillNo: 'SF1234567890' }, expectedVersion: 2 },
    });
    expect(actionRequest('acknowledge', {}, { caseVersion: 4, task: { id: 't8', version: 1 } }).body).toEqual({ action: 'acknowledge', expectedVersion: 1 });
    expect(() => actionRequest('approve', {}, { caseVersion: 4 })).toThrow();
  });
});
