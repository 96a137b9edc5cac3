/**
 * A year's schedule as the admin enters it: the checks (JSON Pointers into the YearSchedule), the
 * stored form (CalendarOverrides with `schedule: true`) and back, the prefills, and the calendar
 * with an entered schedule replacing the rule's days.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarOverrides } from '../../../schemas/types.generated.js';
import { applyOverride, validateOverrides } from '../../../runtime/calendar/calendar-overrides.js';
import { createWorkingCalendar, isProvisionalYear } from '../../../runtime/calendar/working-calendar.js';
import {
  checkYearSchedule, librarySchedule, overridesToSchedule, provisionalSchedule, scheduleToOverrides, type YearSchedule,
} from '../../../runtime/calendar/year-schedule.js';
import { OFFICIAL_2026_ADJUSTED_WORKDAYS, OFFICIAL_2026_HOLIDAYS } from './official-2026.js';

/** A made-up 2027 schedule (not the State Council's): 元旦 1–3 January, 春节 5–11 February, two Saturdays worked. */
const S2027: YearSchedule = {
  year: 2027,
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, { name: '春节', from: '2027-02-05', to: '2027-02-11' }],
  workdays: [{ date: '2027-01-30', name: '春节调休' }, { date: '2027-02-20' }],
};

describe('checkYearSchedule', () => {
  const h = (name: string, from: string, to: string) => ({ name, from, to });
  const cases: Array<{ given: string; input: unknown; expectedYear?: number; paths: string[] }> = [
    { given: 'a good schedule', input: S2027, paths: [] },
    { given: 'an empty schedule (no holiday at all)', input: { year: 2027, holidays: [], workdays: [] }, paths: [] },
    { given: 'not an object', input: [S2027], paths: ['/'] },
    { given: 'a bad year', input: { ...S2027, year: 1999 }, paths: ['/year'] },
    { given: 'the year of another address', input: S2027, expectedYear: 2028, paths: ['/year'] },
    { given: 'lists that are not lists', input: { year: 2027, holidays: {}, workdays: 'none' }, paths: ['/holidays', '/workdays'] },
    { given: 'a holiday that is not an object', input: { ...S2027, holidays: ['元旦'] }, paths: ['/holidays/0'] },
    { given: 'a bad date', input: { ...S2027, holidays: [h('元旦', '2027-02-30', '2027-03-01')] }, paths: ['/holidays/0/from'] },
    { given: 'a date outside the year', input: { ...S2027, holidays: [h('元旦', '2026-12-31', '2027-01-03')] }, paths: ['/holidays/0/from'] },
    { given: 'from after to', input: { ...S2027, holidays: [h('元旦', '2027-01-03', '2027-01-01')] }, paths: ['/holidays/0/from'] },
    { given: 'overlapping ranges', input: { ...S2027, holidays: [...S2027.holidays, h('重叠', '2027-02-11', '2027-02-12')] }, paths: ['/holidays/2/from'] },
    { given: 'a nameless holiday', input: { ...S2027, holidays: [h(' ', '2027-05-01', '2027-05-05')] }, paths: ['/holidays/0/name'] },
    { given: 'a name too long', input: { ...S2027, holidays: [h('节'.repeat(101), '2027-05-01', '2027-05-05')] }, paths: ['/holidays/0/name'] },
    { given: 'a workday inside a holiday', input: { ...S2027, workdays: [{ date: '2027-01-02' }] }, paths: ['/workdays/0/date'] },
    { given: 'a workday twice', input: { ...S2027, workdays: [{ date: '2027-01-30' }, { date: '2027-01-30' }] }, paths: ['/workdays/1/date'] },
    { given: 'a workday on a weekday', input: { ...S2027, workdays: [{ date: '2027-01-29' }] }, paths: ['/workdays/0/date'] },
    { given: 'a workday outside the year', input: { ...S2027, workdays: [{ date: '2028-01-01' }] }, paths: ['/workdays/0/date'] },
    { given: 'a workday name that is not text', input: { ...S2027, workdays: [{ date: '2027-01-30', name: 3 }] }, paths: ['/workdays/0/name'] },
    {
      given: 'too many entries',
      input: { ...S2027, workdays: Array.from({ length: 367 }, () => ({ date: '2027-01-30' })) },
      paths: ['/workdays', ...Array.from({ length: 366 }, (_, i) => `/workdays/${i + 1}/date`)],
    },
  ];
  it.each(cases)('given $given, when checked, then the errors name $paths', ({ input, expectedYear, paths }) => {
    expect(checkYearSchedule(input, expectedYear).map((e) => e.path)).toEqual(paths);
  });

  it('given overlapping ranges, when checked, then the message names the earlier range (the designer words it from "overlap")', () => {
    const errors = checkYearSchedule({ ...S2027, holidays: [...S2027.holidays, h('重叠', '2027-01-02', '2027-01-05')] });
    expect(errors).toEqual([{ path: '/holidays/2/from', message: 'overlaps /holidays/0 (2027-01-01 to 2027-01-03)' }]);
  });
});

describe('stored form', () => {
  it('given a schedule, when stored, then every holiday day rests by name, the workdays work, sorted, schedule: true', () => {
    const doc = scheduleToOverrides(S2027, { updatedBy: 'admin', updatedAt: '2026-11-20T10:00:00+08:00' });
    expect(doc).toMatchObject({ year: 2027, schedule: true, updatedBy: 'admin', updatedAt: '2026-11-20T10:00:00+08:00' });
    expect(doc.days).toHaveLength(3 + 7 + 2);
    expect(doc.days.slice(0, 4)).toEqual([
      { date: '2027-01-01', working: false, name: '元旦' },
      { date: '2027-01-02', working: false, name: '元旦' },
      { date: '2027-01-03', working: false, name: '元旦' },
      { date: '2027-01-30', working: true, name: '春节调休' },
    ]);
    expect(validateOverrides(doc)).toEqual([]);
  });

  it('given the stored form, when read back, then it is the schedule again', () => {
    expect(overridesToSchedule(scheduleToOverrides(S2027))).toEqual(S2027);
  });

  it('given the rule’s 2027, when prefilled, then its holidays and 补假 are ranges and it says provisional', () => {
    const p = provisionalSchedule(2027);
    expect(p.provisional).toBe(true);
    expect(p.workdays).toEqual([]);
    expect(p.holidays).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
      { name: '春节', from: '2027-02-05', to: '2027-02-08' },
      { name: '春节补假', from: '2027-02-09', to: '2027-02-10' },
      { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-02' },
      { name: '劳动节补假', from: '2027-05-03', to: '2027-05-04' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-03' },
      { name: '国庆节补假', from: '2027-10-04', to: '2027-10-05' },
    ]);
    expect(checkYearSchedule(p)).toEqual([]);
  });

  it('given 2026, when the library’s schedule is read, then it is the State Council notice', () => {
    const s = librarySchedule(2026)!;
    expect(s.holidays.map((x) => [x.from, x.to])).toEqual(OFFICIAL_2026_HOLIDAYS.map((x) => [x.first, x.last]));
    expect(s.workdays.map((w) => w.date)).toEqual(OFFICIAL_2026_ADJUSTED_WORKDAYS.map((w) => w.date));
    expect(librarySchedule(2027)).toBeUndefined();
  });
});

describe('the calendar with an entered schedule', () => {
  const entered = scheduleToOverrides(S2027);
  const cal = createWorkingCalendar([entered]);

  it('given 2027 entered, when asked, then its days are the schedule’s, none provisional, unlisted days Mon–Fri', () => {
    expect(isProvisionalYear(cal, 2027)).toBe(false);
    expect(cal.dayInfo('2027-02-11')).toEqual({ date: '2027-02-11', working: false, kind: 'holiday', name: '春节', source: 'schedule' });
    expect(cal.dayInfo('2027-01-30')).toEqual({ date: '2027-01-30', working: true, kind: 'adjusted_workday', name: '春节调休', source: 'schedule' });
    // The rule's 劳动节 is gone: this schedule (made up) lists no 劳动节, so 1 May is a Saturday and 3 May a working Monday.
    expect(cal.dayInfo('2027-05-03')).toEqual({ date: '2027-05-03', working: true, kind: 'workday', source: 'schedule' });
    expect(cal.dayInfo('2027-05-01')).toEqual({ date: '2027-05-01', working: false, kind: 'weekend', source: 'schedule' });
    expect(cal.crossesProvisional('2026-12-30', '2027-12-31')).toBe(false);
    expect(cal.crossesProvisional('2026-12-30', '2028-01-03')).toBe(true);
  });

  it('given a correction on top of the schedule, when asked, then the correction wins and the year stays entered', () => {
    const c = createWorkingCalendar([entered, { year: 2027, days: [{ date: '2027-05-03', working: false, name: '劳动节' }] }]);
    expect(c.dayInfo('2027-05-03')).toEqual({ date: '2027-05-03', working: false, kind: 'holiday', name: '劳动节', source: 'override' });
    expect(isProvisionalYear(c, 2027)).toBe(false);
  });

  it('given two schedules of one year, when built, then the later replaces the earlier whole', () => {
    const other = scheduleToOverrides({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: [] });
    const c = createWorkingCalendar([entered, other]);
    expect(c.isWorkingDay('2027-02-11')).toBe(true);
    expect(c.isWorkingDay('2027-01-01')).toBe(false);
    expect(c.year(2027).filter((d) => d.working)).toHaveLength(261 - 1);
  });

  it('given a stored schedule, when a correction is merged into it, then it stays a schedule', () => {
    const merged = applyOverride(entered, [{ date: '2027-05-03', working: false, name: '劳动节' }], 2027);
    expect(merged.ok && merged.value.schedule).toBe(true);
  });

  it('given a schedule flag that is not a boolean, when validated, then the error names it', () => {
    expect(validateOverrides({ year: 2027, days: [], schedule: 'yes' } as unknown as CalendarOverrides)).toEqual([
      { path: '/schedule', message: 'must be true (the year\'s whole schedule) or false' },
    ]);
  });
});
