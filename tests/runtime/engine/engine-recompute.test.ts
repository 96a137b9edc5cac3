/**
 * Dates on a changed calendar: 预计 flags wherever a due date is set (a count crossing a day of a
 * year without a published schedule), and `recomputeDates` after an admin enters a schedule —
 * the answer date, the decision due date and open tasks' due dates move, flags follow, nothing
 * is copied or bumped when nothing moves. Calendars are Mon–Fri fakes with extra holidays and a
 * provisional tail; received and accepted Monday 2025-03-03.
 *
 * Legend: (accept) the 受理 step, [x] a step (department), <+> parallel gateway, ✔ end granted.
 *
 *   benchmark  start → (accept)[1] → <+> {[market](b)[5] | [fire](c)[5] | [env](d)[5]} <+> → [decide][2] → ✔
 */
import { describe, expect, it } from 'vitest';
import { recomputeDates } from '../../../runtime/engine/index.js';
import { benchmarkFlow, calendarWith, engineDef, mondayToFriday } from '../../fixtures/engine-flows.js';
import { runEvents } from './engine-harness.js';

const def = engineDef(benchmarkFlow); // promised 10 working days
const accepted = () => runEvents(def, {}, [{ act: 'accept' }]).state;
const submitted = () => runEvents(def, {}, []).state;

describe('预计 flags when a due date is set', () => {
  it.each([
    ['nothing provisional', undefined, [false, false, false]],
    ['days from Wed 03-12 provisional: the decision (03-17) crosses them, the reviews (03-10) do not', '2025-03-12', [false, true, false]],
    ['days from Thu 03-06 provisional: the answer date (03-10), the decision and the reviews all cross', '2025-03-06', [true, true, true]],
  ])('given %s', (_, provisionalFrom, [acceptFlag, caseFlag, marketFlag]) => {
    const s = runEvents(def, {}, [{ act: 'accept' }], calendarWith([], provisionalFrom)).state;
    expect(s.tasks.find((t) => t.nodeId === 'accept')?.dueDateProvisional === true).toBe(acceptFlag);
    expect(s.dueDateProvisional === true).toBe(caseFlag);
    expect(s.tasks.find((t) => t.nodeId === 'market')?.dueDateProvisional === true).toBe(marketFlag);
  });

  it('given nothing provisional, then old documents stay as they were: no flag keys at all', () => {
    const s = accepted();
    expect('dueDateProvisional' in s).toBe(false);
    expect(s.tasks.some((t) => 'dueDateProvisional' in t)).toBe(false);
  });
});

describe('recomputeDates', () => {
  it('given the same calendar, then the very same state comes back: nothing copied, nothing moved', () => {
    const s = accepted();
    const r = recomputeDates(s, def, mondayToFriday);
    expect(r.state).toBe(s);
    expect(r).toMatchObject({ moved: { tasks: [] }, changed: false });
  });

  it('given Fri 03-07 becomes a holiday, then the decision and the open reviews move a day, versions kept, closed tasks shared', () => {
    const s = accepted();
    const before = JSON.stringify(s);
    const r = recomputeDates(s, def, calendarWith(['2025-03-07']));
    expect(JSON.stringify(s)).toBe(before);
    expect(r.changed).toBe(true);
    expect(r.moved.dueDate).toEqual({ from: '2025-03-17', to: '2025-03-18' });
    expect(r.moved.tasks.map((m) => [m.stepName, m.from, m.to])).toEqual([
      ['市场监管审查', '2025-03-10', '2025-03-11'], ['消防审查', '2025-03-10', '2025-03-11'], ['环保审查', '2025-03-10', '2025-03-11'],
    ]);
    expect(r.state.dueDate).toBe('2025-03-18');
    expect([r.state.version, r.state.tasks.map((t) => t.version)]).toEqual([s.version, s.tasks.map((t) => t.version)]);
    expect(r.state.tasks[0]).toBe(s.tasks[0]); // the closed accept task
    expect(recomputeDates(r.state, def, calendarWith(['2025-03-07'])).state).toBe(r.state); // idempotent
  });

  it('given a case awaiting acceptance and Wed 03-05 a holiday, then the answer date and the accept task move', () => {
    const s = submitted();
    const r = recomputeDates(s, def, calendarWith(['2025-03-05']));
    expect(r.moved).toEqual({ acceptDueDate: { from: '2025-03-10', to: '2025-03-11' }, tasks: [{ taskId: s.tasks[0].id, stepName: '受理', from: '2025-03-10', to: '2025-03-11' }] });
    expect([r.state.acceptDueDate, r.state.tasks[0].dueDate, r.state.dueDate]).toEqual(['2025-03-11', '2025-03-11', undefined]);
  });

  it('given a provisional calendar, then only flags change (changed, nothing listed as moved); given the schedule entered, they clear', () => {
    const s = accepted();
    const flagged = recomputeDates(s, def, calendarWith([], '2025-03-06'));
    expect(flagged).toMatchObject({ changed: true, moved: { tasks: [] } });
    expect([flagged.state.dueDateProvisional, flagged.state.tasks.filter((t) => t.dueDateProvisional).map((t) => t.nodeId)]).toEqual([true, ['market', 'fire', 'env']]);
    const cleared = recomputeDates(flagged.state, def, mondayToFriday);
    expect(cleared.changed).toBe(true);
    expect(JSON.stringify(cleared.state)).toBe(JSON.stringify(s));
  });

  it('given a suspension and an extension, then the recomputed dates equal what the actions set', () => {
    const leader = { kind: 'account' as const, username: 'boss', role: 'leader', departmentId: 'dept-a' };
    const cal = calendarWith(['2025-03-14']);
    const events = [
      { act: 'accept' as const },
      { act: 'suspend' as const, on: '2025-03-05', with: { kind: 'inspection', reason: '现场核查' } },
      { act: 'resume' as const, on: '2025-03-10' },
      { act: 'request_extension' as const, with: { days: 3, reason: '情况复杂' } },
      { act: 'decide_extension' as const, as: leader, with: { approve: true } },
    ];
    const onNew = runEvents(def, {}, events, cal).state;
    const moved = recomputeDates(runEvents(def, {}, events).state, def, cal).state;
    expect([moved.dueDate, moved.tasks.map((t) => t.dueDate)]).toEqual([onNew.dueDate, onNew.tasks.map((t) => t.dueDate)]);
  });

  it('given the one-time notice out, then the accept task stays without a due date', () => {
    const s = runEvents(def, { materials: [] }, [{ act: 'request_supplement', with: { items: [] } }]).state;
    expect(recomputeDates(s, def, calendarWith(['2025-03-05'])).state).toBe(s);
  });

  it('given a concluded case, then nothing is recomputed', () => {
    const s = runEvents(def, {}, [{ act: 'withdraw', as: 'applicant' }]).state;
    expect(recomputeDates(s, def, calendarWith(['2025-03-04'])).state).toBe(s);
  });
});
