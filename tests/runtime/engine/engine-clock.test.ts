/**
 * The clock: the decision due date starts at acceptance, special procedures (art. 45) push it by
 * the working days they lasted, the one extension (art. 42) by its days; open tasks' due dates
 * move with suspensions. Calendar: Mon–Fri; 2025-03-03 is a Monday.
 *
 * Legend: (accept) the 受理 step, [x] a step (department), <+> parallel gateway, ✔ end granted.
 *
 *   benchmark  start → (accept)[1] → <+> {[market](b)[5] | [fire](c)[5] | [env](d)[5]} <+> → [decide][2] → ✔
 */
import { describe, expect, it } from 'vitest';
import { benchmarkFlow, engineDef } from '../../fixtures/engine-flows.js';
import { runEvents, type EngineEvent } from './engine-harness.js';

const def = engineDef(benchmarkFlow); // promised 10 working days

const suspendOn = (on: string, kind = 'inspection'): EngineEvent => ({ act: 'suspend', on, with: { kind, reason: '现场核查' } });
const resumeOn = (on: string): EngineEvent => ({ act: 'resume', on });
const leader = { kind: 'account' as const, username: 'boss', role: 'leader', departmentId: 'dept-a' };
/** A clerk asks for `days`, the leader decides. */
const extended = (days: number, approve = true): EngineEvent[] => [
  { act: 'request_extension', with: { days, reason: '情况复杂' } },
  { act: 'decide_extension', as: leader, with: { approve } },
];

const table: Array<{ given: string; events: EngineEvent[]; dueDate: string; marketDue: string }> = [
  { given: 'accepted on Monday 03-03', events: [], dueDate: '2025-03-17', marketDue: '2025-03-10' },
  { given: 'suspended Wed 03-05, resumed Mon 03-10 (Wed, Thu, Fri stopped)', events: [suspendOn('2025-03-05'), resumeOn('2025-03-10')], dueDate: '2025-03-20', marketDue: '2025-03-13' },
  { given: 'suspended Fri 03-07, resumed Mon 03-10 (the weekend does not count)', events: [suspendOn('2025-03-07'), resumeOn('2025-03-10')], dueDate: '2025-03-18', marketDue: '2025-03-11' },
  { given: 'suspended and resumed the same day', events: [suspendOn('2025-03-05'), resumeOn('2025-03-05')], dueDate: '2025-03-17', marketDue: '2025-03-10' },
  {
    given: 'two suspensions of 1 and 2 working days',
    events: [suspendOn('2025-03-04', 'testing'), resumeOn('2025-03-05'), suspendOn('2025-03-06', 'hearing'), resumeOn('2025-03-10')],
    dueDate: '2025-03-20', marketDue: '2025-03-13',
  },
  { given: 'an extension of 5 working days', events: [...extended(5)], dueDate: '2025-03-24', marketDue: '2025-03-10' },
  { given: 'an extension of 5 working days refused', events: [...extended(5, false)], dueDate: '2025-03-17', marketDue: '2025-03-10' },
  {
    given: 'a 3-day suspension and an extension of 5 days',
    events: [suspendOn('2025-03-05'), ...extended(5), resumeOn('2025-03-10')],
    dueDate: '2025-03-27', marketDue: '2025-03-13',
  },
];

describe('due dates', () => {
  it.each(table)('given a case $given, then the decision is due $dueDate and the market review $marketDue', ({ events, dueDate, marketDue }) => {
    const run = runEvents(def, {}, [{ act: 'accept' }, ...events]);
    expect(run.state.dueDate).toBe(dueDate);
    expect(run.state.tasks.find((t) => t.nodeId === 'market')?.dueDate).toBe(marketDue);
    expect(run.effects.filter((e) => e.type === 'case.due_date_changed').at(-1)).toEqual({ type: 'case.due_date_changed', dueDate });
  });

  it('given a suspension, when resumed, then each open task is pushed once and its version bumped', () => {
    const run = runEvents(def, {}, [{ act: 'accept' }, suspendOn('2025-03-05'), resumeOn('2025-03-10')]);
    const reviews = run.state.tasks.filter((t) => t.status === 'open');
    expect(reviews.map((t) => [t.nodeId, t.dueDate, t.version])).toEqual([
      ['market', '2025-03-13', 1], ['fire', '2025-03-13', 1], ['env', '2025-03-13', 1],
    ]);
    expect(run.state.history.at(-1)?.detail).toEqual({ suspendedWorkingDays: 3 });
  });

  it('given the accept step takes 1 working day, then its task is due by the art. 32 answer date instead, 5 working days after receipt', () => {
    const run = runEvents(def, {}, []);
    expect(run.state.acceptDueDate).toBe('2025-03-10');
    expect(run.state.tasks[0]).toMatchObject({ nodeId: 'accept', dueDate: '2025-03-10', status: 'open', version: 0 });
    expect(run.state.dueDate).toBeUndefined();
  });

  it('given no answer for 5 working days, when deemed accepted a week later, then the clock counts from receipt', () => {
    const friday = engineDef(benchmarkFlow, { promisedDays: 3 });
    const run = runEvents(friday, {}, [{ act: 'deem_accepted', as: 'system', on: '2025-03-11' }]);
    // Received Mon 03-03: deemed accepted as of then, due 3 working days later.
    expect(run.state.dueDate).toBe('2025-03-06');
    expect(run.state.acceptedAt).toBe(run.state.receivedAt);
  });
});
