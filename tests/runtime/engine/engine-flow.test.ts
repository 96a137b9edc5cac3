/**
 * The flow interpreter, node kind by node kind: start, step (single, 会签 countersign, 或签
 * any-sign), parallel fork / join (nested), exclusive choice (conditions, situation,
 * applicant.kind, default), end (granted / denied), and 退回 returns across branches. Every
 * transition is replayed on a JSON round-trip of the state (see engine-harness.ts).
 *
 * Legend: [x] a step (department in parentheses when not dept-a), <+> parallel gateway,
 * <x> exclusive gateway, (accept) the 受理 step, ✔ end granted, ✘ end denied.
 *
 *   linear     start → (accept) → [review] → [decide] → ✔
 *   noAccept   start → [review] → ✔                       (acceptance is case-level)
 *   benchmark  start → (accept) → <+>fork {[market](b) | [fire](c) | [env](d)} <+>join → [decide] → ✔
 *   nested     start → (accept) → <+>f1 {[a] | <+>f2 {[b] | [c]} <+>j2 → [d]} <+>j1 → [decide] → ✔
 *   returns    start → (accept) → [prep] → <+>fork {[a] → [a2] | [b]} <+>join → [decide] → ✔
 *   sign       start → (accept) → [cs] 会签 li·wang·zhao → [any] 或签 li·wang → [single] → ✔
 *   cs         start → (accept) → [cs] 会签, nobody listed → ✔
 *   choice     start → (accept) → <x>x {amount>100: [big] | situation=renewal: [renew]
 *                 | applicant.kind=legal_person: [corp] | else: [small]} → <x>m
 *                 → <x>verdict {score<60: [notify] → ✘ | else: [decide] → ✔}
 *   noDefault  start → (accept) → <x>x {amount>100: [big]} → ✔
 */
import { expect } from 'vitest';
import {
  benchmarkFlow, choiceFlow, linearFlow, nestedFlow, noAcceptFlow, noDefaultFlow, returnFlow, signFlow,
} from '../../fixtures/engine-flows.js';
import { end, flow, start, step } from '../../fixtures/flows.js';
import { accept, approve, back, cancelled, runScenarios, type Scenario } from './scenario-table.js';

const scenarios: Scenario[] = [
  // start, step, end
  {
    given: 'linear', when: 'submitted only',
    flow: linearFlow, events: [],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'submitted',
    then: (s) => expect(s.acceptedAt).toBeUndefined(),
  },
  {
    given: 'linear', when: 'accepted, then every step approved',
    flow: linearFlow, events: [accept, approve('review'), approve('decide')],
    expectedOpenSteps: [], expectedOrder: ['accept', 'review', 'decide'], expectedStatus: 'granted',
    then: (s, fx) => {
      expect(s.outcome).toBe('granted');
      expect(s.tasks.map((t) => t.action)).toEqual(['accept', 'approve', 'approve']);
      expect(fx.filter((e) => e.type === 'case.concluded')).toEqual([{ type: 'case.concluded', outcome: 'granted' }]);
      expect(s.rightsNotice).toBeUndefined();
    },
  },
  {
    given: 'noAccept (no accept step)', when: 'the accepting department accepts',
    flow: noAcceptFlow, events: [accept],
    expectedOpenSteps: ['review'], expectedOrder: ['review'], expectedStatus: 'in_progress',
    then: (s) => expect(s.acceptedAt).toBeDefined(),
  },
  {
    given: 'noAccept (no accept step)', when: 'another department tries to accept',
    flow: noAcceptFlow, events: [{ act: 'accept', as: 'zhang@dept-b', fails: 'FORBIDDEN', message: 'dept-a' }],
    expectedOpenSteps: [], expectedOrder: [], expectedStatus: 'submitted',
  },
  // parallel fork / join
  {
    given: 'benchmark', when: 'accepted and two of three reviews approved',
    flow: benchmarkFlow, events: [accept, approve('env'), approve('market')],
    expectedOpenSteps: ['fire'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'in_progress',
    then: (s, fx) => {
      expect(fx.some((e) => e.type === 'flow.joined')).toBe(false);
      expect(s.tokens.filter((t) => t.waiting).map((t) => t.nodeId)).toEqual(['join', 'join']);
    },
  },
  {
    given: 'benchmark', when: 'all three reviews approved, then the decision',
    flow: benchmarkFlow, events: [accept, approve('env'), approve('market'), approve('fire'), approve('decide')],
    expectedOpenSteps: [], expectedOrder: ['accept', 'market', 'fire', 'env', 'decide'], expectedStatus: 'granted',
    then: (s, fx) => {
      expect(fx.filter((e) => e.type === 'flow.joined')).toEqual([{ type: 'flow.joined', nodeId: 'join', forkId: 'F3', branches: 3 }]);
      expect(s.tokens).toEqual([]);
      expect(s.forks).toEqual([]);
    },
  },
  {
    given: 'benchmark', when: 'one review denies while another is still open',
    flow: benchmarkFlow, events: [accept, approve('market'), { act: 'deny', at: 'fire', with: { comment: '消防不合格' } }],
    expectedOpenSteps: [], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'denied',
    then: (s, fx) => {
      expect(cancelled(s)).toEqual(['env']);
      expect(s.reasons).toBe('消防不合格');
      expect(s.rightsNotice).toEqual({
        kind: 'denial', basis: '《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条',
        remedies: expect.stringContaining('行政复议'), decidedBy: 'clerk-dept-c', stepName: '消防审查',
      });
      expect(fx).toContainEqual(expect.objectContaining({ type: 'task.cancelled', nodeId: 'env' }));
      expect(fx).toContainEqual(expect.objectContaining({ type: 'task.closed', nodeId: 'fire', outcome: 'deny' }));
    },
  },
  {
    given: 'benchmark', when: 'a deny without reasons',
    flow: benchmarkFlow, events: [accept, { act: 'deny', at: 'fire', with: { comment: ' ' }, fails: 'INVALID_INPUT', message: 'comment' }],
    expectedOpenSteps: ['env', 'fire', 'market'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'in_progress',
  },
  {
    given: 'nested', when: 'the inner branches finish before and after the outer one',
    flow: nestedFlow, events: [accept, approve('b'), approve('a'), approve('c'), approve('d')],
    expectedOpenSteps: ['decide'], expectedOrder: ['accept', 'a', 'b', 'c', 'd', 'decide'], expectedStatus: 'in_progress',
    then: (_s, fx) => expect(fx.filter((e) => e.type === 'flow.joined').map((e) => (e as { nodeId: string }).nodeId)).toEqual(['j2', 'j1']),
  },
  {
    given: 'nested', when: 'the outer branch and one inner branch are done',
    flow: nestedFlow, events: [accept, approve('a'), approve('c')],
    expectedOpenSteps: ['b'], expectedOrder: ['accept', 'a', 'b', 'c'], expectedStatus: 'in_progress',
  },
  // return (退回)
  {
    given: 'returns', when: 'from inside a branch back to a step before the fork',
    flow: returnFlow, events: [accept, approve('prep'), approve('b'), approve('a'), back('a2', 'prep')],
    expectedOpenSteps: ['prep'], expectedOrder: ['accept', 'prep', 'a', 'b', 'a2', 'prep'], expectedStatus: 'in_progress',
    then: (s) => {
      expect(s.tokens.map((t) => [t.nodeId, t.forkStack])).toEqual([['prep', []]]);
      expect(s.forks).toEqual([]);
      expect(s.tasks.filter((t) => t.nodeId === 'a2').map((t) => [t.status, t.action])).toEqual([['completed', 'return']]);
    },
  },
  {
    given: 'returns', when: 'returned before the fork, then everything runs again',
    flow: returnFlow, events: [accept, approve('prep'), approve('b'), back('a', 'prep'), approve('prep'), approve('a'), approve('b'), approve('a2'), approve('decide')],
    expectedOpenSteps: [], expectedOrder: ['accept', 'prep', 'a', 'b', 'prep', 'a', 'b', 'a2', 'decide'], expectedStatus: 'granted',
  },
  {
    given: 'returns', when: 'an open sibling branch is left behind by a return before the fork',
    flow: returnFlow, events: [accept, approve('prep'), approve('a'), back('a2', 'prep')],
    expectedOpenSteps: ['prep'], expectedOrder: ['accept', 'prep', 'a', 'b', 'a2', 'prep'], expectedStatus: 'in_progress',
    then: (s) => expect(cancelled(s)).toEqual(['b']),
  },
  {
    given: 'returns', when: 'a return within its own branch',
    flow: returnFlow, events: [accept, approve('prep'), approve('a'), back('a2', 'a')],
    expectedOpenSteps: ['a', 'b'], expectedOrder: ['accept', 'prep', 'a', 'b', 'a2', 'a'], expectedStatus: 'in_progress',
    then: (s) => expect(cancelled(s)).toEqual([]),
  },
  {
    given: 'returns', when: 'the decision returns into a branch that has joined, which then runs through the join alone',
    flow: returnFlow, events: [accept, approve('prep'), approve('a'), approve('b'), approve('a2'), back('decide', 'b'), approve('b')],
    expectedOpenSteps: ['decide'], expectedOrder: ['accept', 'prep', 'a', 'b', 'a2', 'decide', 'b', 'decide'], expectedStatus: 'in_progress',
  },
  {
    given: 'returns', when: 'a return to a sibling branch, and to a step not yet done',
    flow: returnFlow,
    events: [
      accept, approve('prep'), approve('b'), approve('a'),
      { act: 'return', at: 'a2', with: { toNodeId: 'b', comment: 'x' }, fails: 'INVALID_ACTION', message: 'does not come before' },
      { act: 'return', at: 'a2', with: { toNodeId: 'decide', comment: 'x' }, fails: 'INVALID_ACTION', message: 'not a step this case has completed' },
      { act: 'return', at: 'a2', with: { toNodeId: 'nowhere', comment: 'x' }, fails: 'NOT_FOUND' },
    ],
    expectedOpenSteps: ['a2'], expectedOrder: ['accept', 'prep', 'a', 'b', 'a2'], expectedStatus: 'in_progress',
  },
  // countersign, any-sign
  {
    given: 'sign', when: 'two of three countersigners approve',
    flow: signFlow, events: [accept, approve('cs', 'li'), approve('cs', 'zhao')],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
    then: (s, fx) => {
      expect(s.tasks[1].signatures?.map((x) => x.username)).toEqual(['li', 'zhao']);
      expect(s.tasks[1].version).toBe(2);
      expect(fx.filter((e) => e.type === 'task.signed')).toHaveLength(2);
    },
  },
  {
    given: 'sign', when: 'all three countersign, one of two any-signers signs, then the single step',
    flow: signFlow, events: [accept, approve('cs', 'li'), approve('cs', 'wang'), approve('cs', 'zhao'), approve('any', 'wang'), approve('single')],
    expectedOpenSteps: [], expectedOrder: ['accept', 'cs', 'any', 'single'], expectedStatus: 'granted',
    then: (s) => expect(s.tasks.find((t) => t.nodeId === 'any')?.completedBy).toBe('wang'),
  },
  {
    given: 'sign', when: 'a non-assignee signs, and an assignee signs twice',
    flow: signFlow,
    events: [accept, { act: 'approve', at: 'cs', as: 'chen', fails: 'FORBIDDEN', message: 'li, wang, zhao' }, approve('cs', 'li'), { act: 'approve', at: 'cs', as: 'li', fails: 'INVALID_ACTION' }],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
  },
  {
    given: 'a countersign step without assignees', when: 'one clerk approves',
    flow: flow([start(), step('accept', 1, { stepType: 'accept' }), step('cs', 1, { mode: 'countersign' }), end()], 'start > accept > cs > end'),
    events: [accept, approve('cs', 'li')],
    expectedOpenSteps: [], expectedOrder: ['accept', 'cs'], expectedStatus: 'granted',
  },
  // exclusive
  ...([
    [{ amount: 500, score: 80 }, undefined, undefined, ['accept', 'big', 'decide'], 'granted'],
    [{ amount: 500, score: 80 }, 'renewal', undefined, ['accept', 'big', 'decide'], 'granted'],
    [{ amount: 5, score: 80 }, 'renewal', undefined, ['accept', 'renew', 'decide'], 'granted'],
    [{ amount: 5, score: 80 }, undefined, 'legal_person', ['accept', 'corp', 'decide'], 'granted'],
    [{ amount: 5, score: 80 }, undefined, 'individual', ['accept', 'small', 'decide'], 'granted'],
    [{ amount: 5, score: 40 }, undefined, undefined, ['accept', 'small', 'notify'], 'denied'],
  ] as const).map(([data, situation, applicantKind, order, status]): Scenario => ({
    given: 'choice',
    when: `data ${JSON.stringify(data)}, situation ${situation ?? '-'}, applicant ${applicantKind ?? '-'}: every step approved`,
    flow: choiceFlow,
    input: { data: { ...data }, ...(situation ? { situation } : {}), ...(applicantKind ? { applicantKind } : {}) },
    events: [accept, approve(order[1]), approve(order[2])],
    expectedOpenSteps: [], expectedOrder: [...order], expectedStatus: status,
    then: (s) => expect(s.outcome).toBe(status),
  })),
  {
    given: 'noDefault', when: 'no condition holds at acceptance',
    flow: noDefaultFlow, input: { data: { amount: 1 } }, events: [{ act: 'accept', fails: 'INVALID_STATE', message: 'exclusive gateway "x"' }],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'submitted',
  },
];

runScenarios('flow scenarios', scenarios);
