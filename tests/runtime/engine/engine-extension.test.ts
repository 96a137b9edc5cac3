/**
 * 延期 (art. 42): a clerk of the matter's department (or of a department with an open task) asks,
 * a leader of the matter's department decides; only an approval moves the due date; one
 * extension per case (a refused request may be asked again); the matter's limit (default 10
 * working days, more with a special law's basis, none with 0). Calendar Mon–Fri; accepted Monday
 * 2025-03-03, promised 10 working days: due 03-17.
 *
 * Legend: (accept) the 受理 step, [x] a step (department when not dept-a), <+> parallel, ✔ end granted.
 *
 *   linear     start → (accept) → [review] → [decide] → ✔
 *   benchmark  start → (accept) → <+> {[market](b) | [fire](c) | [env](d)} <+> → [decide] → ✔
 */
import { expect } from 'vitest';
import type { Actor } from '../../../runtime/engine/index.js';
import { benchmarkFlow, linearFlow } from '../../fixtures/engine-flows.js';
import type { EngineEvent } from './engine-harness.js';
import { accept, runScenarios, type Scenario } from './scenario-table.js';

const leaderOf = (departmentId: string, username = `boss-${departmentId}`): Actor => ({ kind: 'account', username, role: 'leader', departmentId });
const ask = (days: number, extra: Partial<EngineEvent> = {}): EngineEvent => ({ act: 'request_extension', with: { days, reason: '需要补充专家论证' }, ...extra });
const decide = (approve: boolean, extra: Partial<EngineEvent> = {}): EngineEvent => ({ act: 'decide_extension', as: leaderOf('dept-a'), with: { approve }, ...extra });

const scenarios: Scenario[] = [
  {
    given: 'linear', when: 'a clerk asks for 5 days and the leader approves',
    flow: linearFlow, events: [accept, ask(5), decide(true, { with: { approve: true, comment: '同意' } })],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s, fx) => {
      expect(s.extension).toEqual({ days: 5, approvedBy: 'boss-dept-a', requestedBy: 'clerk-dept-a', reason: '需要补充专家论证', at: s.history.at(-1)!.at });
      expect(s.extensionRequest).toMatchObject({ status: 'approved', decidedBy: 'boss-dept-a', comment: '同意', requestedBy: 'clerk-dept-a' });
      expect(s.dueDate).toBe('2025-03-24');
      expect(fx.map((e) => e.type)).toEqual(expect.arrayContaining(['extension.requested', 'extension.decided', 'case.due_date_changed']));
    },
  },
  {
    given: 'linear', when: 'the leader refuses, the clerk asks again, the leader approves; then a third request',
    flow: linearFlow,
    events: [accept, ask(8), decide(false), ask(3), decide(true), ask(2, { fails: 'INVALID_ACTION', message: 'art. 42' })],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s) => {
      expect([s.extension?.days, s.extensionRequest?.status, s.dueDate]).toEqual([3, 'approved', '2025-03-20']);
      expect(s.history.filter((h) => h.action === 'decide_extension').map((h) => h.detail.approve)).toEqual([false, true]);
    },
  },
  {
    given: 'linear', when: 'a refused request moves nothing',
    flow: linearFlow, events: [accept, ask(5), decide(false)],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s, fx) => {
      expect([s.extension, s.dueDate, s.extensionRequest?.status]).toEqual([undefined, '2025-03-17', 'refused']);
      expect(fx.filter((e) => e.type === 'case.due_date_changed')).toHaveLength(1); // the acceptance only
    },
  },
  {
    given: 'linear', when: 'asked before acceptance, twice while pending, decided by a clerk, by another department\'s leader, by the asker',
    flow: linearFlow,
    events: [
      ask(3, { fails: 'INVALID_STATE' }),
      accept,
      { act: 'decide_extension', as: leaderOf('dept-a'), with: { approve: true }, fails: 'INVALID_STATE', message: 'pending' },
      ask(3, { as: leaderOf('dept-a', 'boss') }),
      ask(2, { fails: 'INVALID_ACTION', message: 'awaits' }),
      decide(true, { as: 'clerk', fails: 'FORBIDDEN', message: 'leader' }),
      decide(true, { as: leaderOf('dept-b'), fails: 'FORBIDDEN', message: 'dept-a' }),
      decide(true, { as: leaderOf('dept-a', 'boss'), fails: 'FORBIDDEN', message: 'another leader' }),
      { act: 'decide_extension', as: leaderOf('dept-a'), with: { approve: 'yes' }, fails: 'INVALID_INPUT', message: 'approve' },
    ],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s) => expect([s.extension, s.extensionRequest?.status]).toEqual([undefined, 'pending']),
  },
  {
    given: 'linear (default limit 10)', when: 'asked for 11, 0, 61 days, by another department, without reasons',
    flow: linearFlow,
    events: [
      accept,
      ask(11, { fails: 'INVALID_INPUT', message: 'days: at most 10 working days for this matter (《中华人民共和国行政许可法》第四十二条)' }),
      ask(0, { fails: 'INVALID_INPUT', message: 'days' }),
      ask(61, { fails: 'INVALID_INPUT', message: 'days' }),
      ask(3, { as: 'zhang@dept-b', fails: 'FORBIDDEN' }),
      { act: 'request_extension', with: { days: 3, reason: ' ' }, fails: 'INVALID_INPUT', message: 'reason' },
    ],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s) => expect(s.extensionRequest).toBeUndefined(),
  },
  {
    given: 'a matter with a special law\'s 30 days (工伤保险条例)', when: 'asked for 31, then 30, approved',
    flow: linearFlow, matter: { extension: { maxDays: 30, legalBasis: '《工伤保险条例》第二十五条' } },
    events: [accept, ask(31, { fails: 'INVALID_INPUT', message: 'at most 30 working days for this matter (《工伤保险条例》第二十五条)' }), ask(30), decide(true)],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
    then: (s) => expect(s.extension).toMatchObject({ days: 30, legalBasis: '《工伤保险条例》第二十五条' }),
  },
  {
    given: 'a matter allowing no extension', when: 'asked for 1 day',
    flow: linearFlow, matter: { extension: { maxDays: 0 } }, events: [accept, ask(1, { fails: 'INVALID_ACTION', message: 'no extension' })],
    expectedOpenSteps: ['review'], expectedOrder: ['accept', 'review'], expectedStatus: 'in_progress',
  },
  {
    given: 'benchmark', when: 'dept-c (with an open review) asks while suspended, and dept-a\'s leader approves',
    flow: benchmarkFlow,
    events: [accept, { act: 'suspend', as: 'zhang@dept-c', with: { kind: 'inspection', reason: '现场核查' } }, ask(4, { as: 'zhang@dept-c' }), decide(true)],
    expectedOpenSteps: ['env', 'fire', 'market'], expectedOrder: ['accept', 'market', 'fire', 'env'], expectedStatus: 'suspended',
    then: (s) => expect(s.extension).toMatchObject({ days: 4, requestedBy: 'zhang', approvedBy: 'boss-dept-a' }),
  },
];

runScenarios('extensions asked by a clerk, decided by a leader (art. 42)', scenarios);
