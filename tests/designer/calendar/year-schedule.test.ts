/** The calendar page's rows ↔ YearSchedule: row i is item i, names trimmed, empty workday names left out. */
import { describe, expect, it } from 'vitest';
import { draftOf, scheduleOf, sortDraft, type YearSchedule } from '../../../designer/calendar/year-schedule.js';

const SCHEDULE: YearSchedule = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  workdays: [{ date: '2027-02-14', name: '春节调休' }, { date: '2027-02-20' }],
};

describe('year schedule rows', () => {
  it('round-trips a schedule through its rows', () => {
    const draft = draftOf(SCHEDULE);
    expect(draft.holidays).toHaveLength(2);
    expect(new Set([...draft.holidays, ...draft.workdays].map((r) => r.key)).size).toBe(4);
    expect(scheduleOf(draft)).toEqual(SCHEDULE);
  });

  it('keeps blank rows in place (so errors name them by index) and trims names', () => {
    const draft = draftOf(SCHEDULE);
    draft.holidays.splice(1, 0, { key: 'new', name: '  清明节 ' });
    draft.workdays[1] = { ...draft.workdays[1]!, name: '   ' };
    const s = scheduleOf(draft);
    expect(s.holidays[1]).toEqual({ name: '清明节', from: '', to: '' });
    expect(s.holidays[2]!.name).toBe('春节');
    expect(s.workdays[1]).toEqual({ date: '2027-02-20' });
  });

  it('sorts rows by date, undated last', () => {
    const draft = draftOf({ ...SCHEDULE, holidays: [SCHEDULE.holidays[1]!, SCHEDULE.holidays[0]!] });
    draft.holidays.unshift({ key: 'x', name: '待定' });
    expect(sortDraft(draft).holidays.map((h) => h.name)).toEqual(['元旦', '春节', '待定']);
  });
});
