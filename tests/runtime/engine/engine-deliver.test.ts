/**
 * 统一出件 and 知会: a deliver step `atAcceptingDesk` opens at the department that accepted the
 * case (the front desk when it did) and is completed by `deliver`, which records how the result
 * was issued; co-implementing departments get a 知会 task at every decision (also a 即办件
 * concluded on the spot), acknowledged on the concluded case and never blocking it.
 *
 * Legend: (accept) the 受理 step, [x] a step, <x> exclusive gateway, ✔ end granted, ✘ end denied.
 *
 *   desk       start → (accept) → [cs] 会签 li·wang·zhao → [decide] → [deliver] @accepting desk → ✔
 *   choice     … → <x>verdict {score<60: [notify](deliver) → ✘ | else: [decide] → ✔}
 *   immediate  start → (accept) → ✔      (即办件)
 */
import { describe, expect, it } from 'vitest';
import { checkDelivery, type Actor } from '../../../runtime/engine/index.js';
import { choiceFlow, deskFlow, engineDef, immediateFlow, linearFlow } from '../../fixtures/engine-flows.js';
import { runEvents, type EngineEvent } from './engine-harness.js';
import { accept, approve, runScenarios, type Scenario } from './scenario-table.js';

const frontDesk: Actor = { kind: 'account', username: 'zhzx-clerk', role: 'clerk', departmentId: 'zhzx', windowId: 'zh-01', frontDesk: true };
const byPost = { method: 'post', address: '汉江市汉江大道1号', waybillNo: 'SF1234567890', recipient: '张三' };
const signed: EngineEvent[] = [approve('cs', 'li'), approve('cs', 'wang'), approve('cs', 'zhao'), approve('decide')];
const deliver = (delivery: unknown, extra: Partial<EngineEvent> = {}): EngineEvent => ({ act: 'deliver', at: 'deliver', with: { delivery: delivery as never }, ...extra });
const informOf = (dept: string) => (s: { tasks: Array<{ kind?: string; departmentId: string; status: string; id: string }> }) =>
  s.tasks.find((t) => t.kind === 'inform' && t.departmentId === dept)!.id;

const scenarios: Scenario[] = [
  {
    given: 'desk, accepted by the front desk', when: 'signed, decided, and delivered by post at the front desk',
    flow: deskFlow, events: [{ act: 'accept', as: frontDesk }, ...signed, deliver(byPost, { as: frontDesk, with: { delivery: byPost as never, comment: '已寄出' } })],
    expectedOpenSteps: [], expectedOrder: ['accept', 'cs', 'decide', 'deliver'], expectedStatus: 'granted',
    then: (s, fx) => {
      expect(s.tasks.find((t) => t.nodeId === 'deliver')).toMatchObject({ departmentId: 'zhzx', action: 'deliver', completedBy: 'zhzx-clerk', comment: '已寄出' });
      expect(s.delivery).toEqual({ ...byPost, at: s.concludedAt, by: 'zhzx-clerk', departmentId: 'zhzx' });
      expect(fx).toContainEqual({ type: 'case.delivered', delivery: s.delivery });
    },
  },
  {
    given: 'desk, accepted by dept-a itself', when: 'delivered at the window',
    flow: deskFlow, events: [accept, ...signed, deliver({ method: 'window', recipient: '张三', date: '2025-03-04' })],
    expectedOpenSteps: [], expectedOrder: ['accept', 'cs', 'decide', 'deliver'], expectedStatus: 'granted',
    then: (s) => expect(s.delivery).toMatchObject({ method: 'window', recipient: '张三', date: '2025-03-04', departmentId: 'dept-a' }),
  },
  {
    given: 'desk, at the deliver step', when: 'approved instead, delivered by dept-a, delivered with bad inputs',
    flow: deskFlow,
    events: [
      { act: 'accept', as: frontDesk }, ...signed,
      { act: 'approve', at: 'deliver', as: frontDesk, fails: 'INVALID_ACTION', message: 'use deliver' },
      deliver(byPost, { as: 'zhou@dept-a', fails: 'FORBIDDEN' }),
      deliver({ ...byPost, waybillNo: '顺丰123' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.waybillNo' }),
      deliver({ method: 'post', waybillNo: 'SF1234567890' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.address' }),
      deliver({ method: 'window', recipient: '张三', date: '2025-02-30' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.date' }),
      deliver({ method: 'window', date: '2025-03-04' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.recipient' }),
      deliver({ method: 'electronic', email: 'not-mail' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.email' }),
      deliver({ method: 'pigeon' }, { as: frontDesk, fails: 'INVALID_INPUT', message: 'delivery.method' }),
      deliver({ method: 'electronic' }, { as: frontDesk }),
    ],
    expectedOpenSteps: [], expectedOrder: ['accept', 'cs', 'decide', 'deliver'], expectedStatus: 'granted',
    then: (s) => expect(s.delivery).toMatchObject({ method: 'electronic', by: 'zhzx-clerk' }),
  },
  {
    given: 'linear (no deliver step)', when: 'deliver is sent at a review',
    flow: linearFlow, events: [accept, { act: 'deliver', at: 'review', with: { delivery: { method: 'electronic' } }, fails: 'INVALID_ACTION', message: 'not a deliver step' }],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
  },
  {
    given: 'choice, a denial notice to issue', when: 'the deliver step (not at the accepting desk) is delivered',
    flow: choiceFlow, input: { data: { amount: 5, score: 40 } }, events: [accept, approve('small'), deliver({ method: 'electronic', email: 'a@b.cn' }, { at: 'notify' })],
    expectedOpenSteps: [], expectedOrder: ['accept', 'small', 'notify'], expectedStatus: 'denied',
    then: (s) => expect(s.delivery).toMatchObject({ method: 'electronic', email: 'a@b.cn' }),
  },
  // 知会
  {
    given: 'an immediate matter (即办件) co-implemented by dept-b and dept-c', when: 'concluded on the spot: each is informed, without a due date',
    flow: immediateFlow, matter: { handlingType: 'immediate', promisedDays: 0, name: '社保卡补办', coImplementingDepartments: ['dept-b', 'dept-c'] },
    events: [{ act: 'conclude', with: { outcome: 'granted' } }],
    expectedOpenSteps: ['accept', 'accept'], expectedOrder: ['accept', 'accept', 'accept'], expectedStatus: 'granted',
    then: (s) => {
      const informs = s.tasks.filter((t) => t.kind === 'inform');
      expect(informs.map((t) => [t.departmentId, t.stepName, t.status, t.dueDate])).toEqual([
        ['dept-b', '知会：社保卡补办', 'open', undefined], ['dept-c', '知会：社保卡补办', 'open', undefined],
      ]);
    },
  },
  {
    given: 'desk, co-implemented by dept-b', when: 'granted at the end node: dept-b is informed there, the case is concluded all the same',
    flow: deskFlow, matter: { coImplementingDepartments: ['dept-b'] },
    events: [accept, ...signed, deliver({ method: 'electronic' })],
    expectedOpenSteps: ['end'], expectedOrder: ['accept', 'cs', 'decide', 'deliver', 'end'], expectedStatus: 'granted',
    then: (s) => expect(s.tasks.at(-1)).toMatchObject({ kind: 'inform', departmentId: 'dept-b', nodeId: 'end', status: 'open' }),
  },
  {
    given: 'linear', when: 'a refusal and a withdrawal inform nobody',
    flow: linearFlow, matter: { coImplementingDepartments: ['dept-b'] }, events: [{ act: 'refuse', with: { reasons: '不符合' } }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'refused',
  },
];

runScenarios('统一出件 and 知会', scenarios);

describe('acknowledging a 知会 task on a concluded case', () => {
  it('given a granted case informing dept-b, when dept-a, then dept-b, then dept-b again acknowledge, then only dept-b\'s first one counts', () => {
    const def = engineDef(immediateFlow, { handlingType: 'immediate', promisedDays: 0, coImplementingDepartments: ['dept-b'] });
    const done = runEvents(def, {}, [{ act: 'conclude', with: { outcome: 'granted' } }]);
    const taskId = informOf('dept-b')(done.state);
    const run = runEvents(def, {}, [
      { act: 'conclude', with: { outcome: 'granted' } },
      { act: 'acknowledge', as: 'zhou@dept-a', with: { taskId }, fails: 'FORBIDDEN' },
      { act: 'approve', as: 'zhou@dept-b', with: { taskId }, fails: 'INVALID_STATE', message: 'concluded' },
      { act: 'acknowledge', as: 'zhou@dept-b', with: { taskId } },
      { act: 'acknowledge', as: 'zhou@dept-b', with: { taskId }, fails: 'INVALID_STATE', message: 'completed' },
      { act: 'acknowledge', as: 'zhou@dept-a', with: { taskId: done.state.tasks[0].id }, fails: 'INVALID_STATE' },
    ]);
    expect(run.state.status).toBe('granted');
    expect(run.state.tasks.find((t) => t.id === taskId)).toMatchObject({ status: 'completed', action: 'acknowledge', completedBy: 'zhou' });
    expect(run.state.history.at(-1)).toMatchObject({ action: 'acknowledge', taskId });
  });
});

describe('checkDelivery', () => {
  it('given extra keys, then only the method\'s fields are kept, trimmed', () => {
    expect(checkDelivery({ method: 'post', address: ' 汉江市 ', waybillNo: 'YT-000123', email: 'x', by: 'forged' })).toEqual({ method: 'post', address: '汉江市', waybillNo: 'YT-000123' });
  });
});
