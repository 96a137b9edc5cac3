/**
 * The case-level actions: acceptance (accept, refuse, 即办件 conclude, art. 32 deemed
 * acceptance), the clock (suspend, resume; the extension is engine-extension.test.ts), withdrawal, and who may act
 * (department boundary, applicant-only and system-only actions, supervisors). Every transition
 * is replayed on a JSON round-trip of the state (see engine-harness.ts).
 *
 * Legend: [x] a step (department in parentheses when not dept-a), <+> parallel gateway,
 * (accept) the 受理 step, ✔ end granted.
 *
 *   linear     start → (accept) → [review] → [decide] → ✔
 *   benchmark  start → (accept) → <+>fork {[market](b) | [fire](c) | [env](d)} <+>join → [decide] → ✔
 *   immediate  start → (accept) → ✔                       (即办件)
 */
import { expect } from 'vitest';
import { benchmarkFlow, immediateFlow, linearFlow } from '../../fixtures/engine-flows.js';
import { accept, approve, cancelled, runScenarios, type Scenario } from './scenario-table.js';

const scenarios: Scenario[] = [
  // acceptance stage
  {
    given: 'linear, a licence (行政许可)', when: 'refused with reasons',
    flow: linearFlow, matter: { matterType: { code: 'XK', label: '行政许可' } },
    events: [{ act: 'refuse', as: { kind: 'account', username: 'zhou', displayName: '周敏', role: 'clerk', departmentId: 'dept-a' }, with: { reasons: '不属于本机关职权范围' } }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'refused',
    then: (s) => {
      expect(s.outcome).toBe('refused');
      expect(s.reasons).toBe('不属于本机关职权范围');
      expect(s.rightsNotice).toEqual({
        kind: 'refusal', basis: '《中华人民共和国行政许可法》第三十二条', remedies: expect.stringContaining('六十日内'), decidedBy: '周敏', stepName: '受理',
      });
      expect(s.tasks[0].action).toBe('refuse');
    },
  },
  {
    given: 'linear', when: 'refused without reasons, approved instead of accepted, accepted by a supervisor',
    flow: linearFlow,
    events: [
      { act: 'refuse', with: { reasons: '' }, fails: 'INVALID_INPUT', message: 'reasons' },
      { act: 'approve', at: 'accept', fails: 'INVALID_ACTION', message: 'use accept' },
      { act: 'accept', as: 'supervisor', fails: 'FORBIDDEN', message: 'supervisors' },
    ],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'submitted',
  },
  {
    given: 'immediate (即办件)', when: 'concluded as granted at acceptance',
    flow: immediateFlow, matter: { handlingType: 'immediate', promisedDays: 0 }, events: [{ act: 'conclude', with: { outcome: 'granted' } }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'granted',
    then: (s) => expect([s.acceptedAt, s.concludedAt, s.dueDate]).toEqual(['2025-03-03T02:00:00.000Z', '2025-03-03T02:00:00.000Z', '2025-03-03']),
  },
  {
    given: 'immediate (即办件)', when: 'concluded as denied, with and without reasons',
    flow: immediateFlow, matter: { handlingType: 'immediate', promisedDays: 0 },
    events: [{ act: 'conclude', with: { outcome: 'denied' }, fails: 'INVALID_INPUT' }, { act: 'conclude', with: { outcome: 'denied', reasons: '条件不符' } }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'denied',
    then: (s) => expect(s.rightsNotice).toMatchObject({ kind: 'denial', decidedBy: 'clerk-dept-a', stepName: '受理' }),
  },
  {
    given: 'linear, a promised matter', when: 'concluded at acceptance',
    flow: linearFlow, events: [{ act: 'conclude', with: { outcome: 'granted' }, fails: 'INVALID_ACTION', message: 'immediate' }],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'submitted',
  },
  {
    given: 'linear', when: 'nobody answers for 5 working days, then the system deems it accepted',
    flow: linearFlow,
    events: [
      { act: 'deem_accepted', as: 'system', on: '2025-03-10', fails: 'INVALID_STATE', message: '2025-03-10' },
      { act: 'deem_accepted', as: 'clerk', on: '2025-03-11', fails: 'FORBIDDEN' },
      { act: 'deem_accepted', as: 'system', on: '2025-03-11' },
    ],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s) => {
      expect([s.acceptedAt, s.deemedAccepted, s.dueDate]).toEqual(['2025-03-03T02:00:00.000Z', true, '2025-03-17']);
      expect(s.tasks[0]).toMatchObject({ action: 'accept', completedBy: 'system' });
    },
  },
  // clock
  {
    given: 'benchmark', when: 'suspended, a review tried, then resumed',
    flow: benchmarkFlow,
    events: [
      accept,
      { act: 'suspend', as: 'zhang@dept-c', with: { kind: 'expert_review', reason: '专家评审', expectedDays: 3 } },
      { act: 'approve', at: 'fire', fails: 'INVALID_STATE', message: 'suspended' },
      { act: 'suspend', with: { kind: 'hearing', reason: 'again' }, fails: 'INVALID_STATE' },
      { act: 'resume', as: 'zhang@dept-x', fails: 'FORBIDDEN' },
      { act: 'resume', as: 'zhang@dept-c' },
    ],
    expectedOpenSteps: ['env', 'fire', 'market'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'in_progress',
    then: (s) => expect(s.suspensions.map((x) => [x.kind, x.expectedDays])).toEqual([['expert_review', 3]]),
  },
  // withdraw
  {
    given: 'benchmark', when: 'the applicant withdraws during the parallel reviews, then a clerk acts',
    flow: benchmarkFlow,
    events: [accept, approve('market'), { act: 'withdraw', as: 'clerk', fails: 'FORBIDDEN' }, { act: 'withdraw', as: 'applicant', with: { reason: '不办了' } }, { act: 'approve', at: 'fire', fails: 'INVALID_STATE', message: 'concluded' }],
    expectedOpenSteps: [], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'withdrawn',
    then: (s) => {
      expect(cancelled(s)).toEqual(['env', 'fire']);
      expect([s.outcome, s.rightsNotice]).toEqual(['withdrawn', undefined]);
    },
  },
  {
    given: 'linear', when: 'the applicant withdraws before acceptance',
    flow: linearFlow, events: [{ act: 'withdraw', as: 'applicant' }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'withdrawn',
  },
  // department boundary and who may act
  {
    given: 'benchmark', when: 'a clerk of dept-a approves dept-b\'s review, the applicant approves, a supervisor approves',
    flow: benchmarkFlow,
    events: [
      accept,
      { act: 'approve', at: 'market', as: 'zhang@dept-a', fails: 'FORBIDDEN', message: 'dept-b' },
      { act: 'approve', at: 'market', as: 'applicant', fails: 'FORBIDDEN' },
      { act: 'approve', at: 'market', as: 'supervisor', fails: 'FORBIDDEN' },
      { act: 'approve', at: 'market', as: { kind: 'account', role: 'clerk', departmentId: 'dept-b' }, fails: 'INVALID_INPUT', message: 'username' },
      { act: 'supplement', as: 'clerk', with: { materials: [{ materialId: 'id-card', fileIds: ['f'] }] }, fails: 'FORBIDDEN' },
      approve('market', 'zhang@dept-b'),
    ],
    expectedOpenSteps: ['env', 'fire'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'in_progress',
  },
  {
    given: 'benchmark', when: 'unknown task, unknown action, a task already closed',
    flow: benchmarkFlow,
    events: [
      accept,
      { act: 'approve', with: { taskId: 'T999' }, fails: 'NOT_FOUND' },
      { act: 'teleport' as never, fails: 'INVALID_ACTION' },
      approve('market'),
      { act: 'approve', with: { taskId: 'T7' }, fails: 'INVALID_STATE', message: 'completed' },
    ],
    expectedOpenSteps: ['env', 'fire'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'in_progress',
  },
];

runScenarios('case action scenarios', scenarios);
