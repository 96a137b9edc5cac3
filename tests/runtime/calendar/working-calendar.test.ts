/**
 * The working calendar on the real 2026 schedule (library data) and the admin's overrides.
 *
 * 春节 2026:  Sat 02-14 上班 | 02-15 … 02-23 放假 | Sat 02-28 上班
 * 国庆 2026:  Sun 09-20 上班 | 09-25 … 09-27 中秋 | 10-01 … 10-07 放假 | Sat 10-10 上班
 */
import { describe, expect, it } from 'vitest';
import type { CalendarOverrides } from '../../../schemas/types.generated.js';
import { createWorkingCalendar, type DayInfo } from '../../../runtime/calendar/working-calendar.js';
import {
  OFFICIAL_2026_ADJUSTED_WORKDAYS, OFFICIAL_2026_HOLIDAYS, datesFromTo, officiallyWorking,
} from './official-2026.js';

const cal = createWorkingCalendar();

describe('dayInfo on the 2026 library schedule, the statutory rule and the fallback', () => {
  const cases: Array<{ given: string; date: string; info: DayInfo }> = [
    { given: 'the 调休 Saturday before 春节', date: '2026-02-14', info: { date: '2026-02-14', working: true, kind: 'adjusted_workday', name: '春节', source: 'library' } },
    { given: 'the first day of 春节 (a Sunday)', date: '2026-02-15', info: { date: '2026-02-15', working: false, kind: 'holiday', name: '春节', source: 'library' } },
    { given: 'a Monday in 春节', date: '2026-02-16', info: { date: '2026-02-16', working: false, kind: 'holiday', name: '春节', source: 'library' } },
    { given: 'the last day of 春节 (a Monday)', date: '2026-02-23', info: { date: '2026-02-23', working: false, kind: 'holiday', name: '春节', source: 'library' } },
    { given: 'the first Tuesday after 春节', date: '2026-02-24', info: { date: '2026-02-24', working: true, kind: 'workday', source: 'library' } },
    { given: 'the 调休 Saturday after 春节', date: '2026-02-28', info: { date: '2026-02-28', working: true, kind: 'adjusted_workday', name: '春节', source: 'library' } },
    { given: 'an ordinary Saturday', date: '2026-03-07', info: { date: '2026-03-07', working: false, kind: 'weekend', source: 'library' } },
    { given: 'the 调休 Sunday before 国庆', date: '2026-09-20', info: { date: '2026-09-20', working: true, kind: 'adjusted_workday', name: '国庆节', source: 'library' } },
    { given: '中秋 on a Friday', date: '2026-09-25', info: { date: '2026-09-25', working: false, kind: 'holiday', name: '中秋', source: 'library' } },
    { given: '国庆 day 1', date: '2026-10-01', info: { date: '2026-10-01', working: false, kind: 'holiday', name: '国庆节', source: 'library' } },
    { given: 'the 调休 Saturday after 国庆', date: '2026-10-10', info: { date: '2026-10-10', working: true, kind: 'adjusted_workday', name: '国庆节', source: 'library' } },
    { given: '元旦 2035, a Monday (no schedule published: the statutory rule)', date: '2035-01-01', info: { date: '2035-01-01', working: false, kind: 'holiday', name: '元旦', source: 'statutory-rule', provisional: true } },
    { given: 'a Saturday of 2035', date: '2035-01-06', info: { date: '2035-01-06', working: false, kind: 'weekend', source: 'statutory-rule', provisional: true } },
    { given: 'a Tuesday of 2035', date: '2035-01-02', info: { date: '2035-01-02', working: true, kind: 'workday', source: 'statutory-rule', provisional: true } },
    { given: 'a Monday of 2003 (before the library and the amended 放假办法: Mon–Fri)', date: '2003-01-06', info: { date: '2003-01-06', working: true, kind: 'workday', source: 'weekday-rule' } },
  ];
  it.each(cases)('given $given ($date), when asked, then it is $info.kind', ({ date, info }) => {
    expect(cal.dayInfo(date)).toEqual(info);
    expect(cal.isWorkingDay(date)).toBe(info.working);
  });

  it('given the day objects handed out, when a caller tries to change one, then the calendar is unaffected', () => {
    const info = cal.dayInfo('2026-02-16');
    expect(() => { (info as { working: boolean }).working = true; }).toThrow(TypeError);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
  });
});

describe('the library agrees with the State Council notice for 2026', () => {
  it('given every day of 2026, when compared with the notice, then working flags agree', () => {
    const days = cal.year(2026);
    expect(days).toHaveLength(365);
    const disagreements = days.filter((d) => d.working !== officiallyWorking(d.date)).map((d) => d.date);
    expect(disagreements).toEqual([]);
  });

  it('given the notice’s rest periods and 上班 weekend days, when looked up, then they are holidays and adjusted working days', () => {
    for (const h of OFFICIAL_2026_HOLIDAYS) {
      for (const date of datesFromTo(h.first, h.last)) expect(cal.dayInfo(date).kind, date).toBe('holiday');
    }
    for (const w of OFFICIAL_2026_ADJUSTED_WORKDAYS) expect(cal.dayInfo(w.date).kind, w.date).toBe('adjusted_workday');
  });
});

describe('addWorkingDays', () => {
  const cases: Array<{ given: string; from: string; n: number; expected: string }> = [
    { given: 'the Friday before 春节, one day', from: '2026-02-13', n: 1, expected: '2026-02-14' },
    { given: 'the Friday before 春节, two days (across the holiday)', from: '2026-02-13', n: 2, expected: '2026-02-24' },
    { given: 'the 调休 Saturday, one day', from: '2026-02-14', n: 1, expected: '2026-02-24' },
    { given: 'a day inside 春节, one day', from: '2026-02-15', n: 1, expected: '2026-02-24' },
    { given: 'Thursday 02-12, ten days (a deadline spanning 春节 and both 调休 Saturdays)', from: '2026-02-12', n: 10, expected: '2026-03-04' },
    { given: 'the eve of 国庆, one day', from: '2026-09-30', n: 1, expected: '2026-10-08' },
    { given: 'the eve of 国庆, three days (Saturday 10-10 counts)', from: '2026-09-30', n: 3, expected: '2026-10-10' },
    { given: 'Friday 09-18, one day (Sunday 09-20 counts)', from: '2026-09-18', n: 1, expected: '2026-09-20' },
    { given: 'acceptance on Monday 09-28, the statutory 20 days', from: '2026-09-28', n: 20, expected: '2026-10-30' },
    { given: 'New Year’s Day 2026, 20 days (Sunday 01-04 counts)', from: '2026-01-01', n: 20, expected: '2026-01-29' },
    { given: 'the last day of 2026, one day (元旦 2027 by the statutory rule)', from: '2026-12-31', n: 1, expected: '2027-01-04' },
    { given: 'a Friday of 2035, one day', from: '2035-01-05', n: 1, expected: '2035-01-08' },
    { given: 'n = 0 on a working day', from: '2026-03-02', n: 0, expected: '2026-03-02' },
    { given: 'n = 0 on a holiday (the start itself, even if not working)', from: '2026-02-15', n: 0, expected: '2026-02-15' },
  ];
  it.each(cases)('given $given, when adding $n, then $expected', ({ from, n, expected }) => {
    expect(cal.addWorkingDays(from, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  const cases: Array<{ given: string; from: string; to: string; expected: number }> = [
    { given: 'across 春节', from: '2026-02-13', to: '2026-02-24', expected: 2 },
    { given: 'inside 春节 only', from: '2026-02-14', to: '2026-02-23', expected: 0 },
    { given: 'across 国庆 to the 调休 Saturday', from: '2026-09-30', to: '2026-10-10', expected: 3 },
    { given: 'across both holiday weeks', from: '2026-02-13', to: '2026-10-10', expected: 158 },
    { given: 'the whole of 2026', from: '2025-12-31', to: '2026-12-31', expected: 248 },
    { given: 'into 2027 (元旦 by the statutory rule)', from: '2026-12-31', to: '2027-01-04', expected: 1 },
    { given: 'the same day', from: '2026-03-02', to: '2026-03-02', expected: 0 },
    { given: 'to before from', from: '2026-10-10', to: '2026-02-13', expected: 0 },
    { given: 'to in an earlier year', from: '2027-01-04', to: '2026-12-31', expected: 0 },
  ];
  it.each(cases)('given $given ($from → $to), when counted, then $expected', ({ from, to, expected }) => {
    expect(cal.workingDaysBetween(from, to)).toBe(expected);
  });

  it('given a range across both holiday weeks, when counted, then it equals a naive count of the notice', () => {
    const naive = datesFromTo('2026-01-02', '2026-12-31').filter((d) => d <= '2026-11-15' && officiallyWorking(d)).length;
    expect(cal.workingDaysBetween('2026-01-01', '2026-11-15')).toBe(naive);
  });

  it('given whole years between the ends, when counted on a fresh calendar, then each such year counts exactly', () => {
    // 2025: 261 weekdays − 18 weekday holidays + 5 调休 days = 248; 2026: 261 − 19 + 6 = 248; 2027-01-01 is 元旦.
    expect(createWorkingCalendar().workingDaysBetween('2024-12-31', '2027-01-01')).toBe(248 + 248 + 0);
    const twoHolidaysOneSaturday = createWorkingCalendar([{ year: 2027, days: [
      { date: '2027-01-04', working: false }, { date: '2027-01-05', working: false }, { date: '2027-01-09', working: true },
    ] }]);
    // 2027 by the rule: 261 weekdays − 13 statutory days = 248; 2028-01-01 is a Saturday.
    expect(twoHolidaysOneSaturday.workingDaysBetween('2026-12-31', '2028-01-01')).toBe(248 - 2 + 1);
  });

  it('given a span of 8000 years, when counted, then it answers without building every year', () => {
    const span = createWorkingCalendar();
    const between = span.workingDaysBetween('2000-01-01', '9999-12-31');
    // Mon–Fri alone would give 5/7 of the days; each rule year (2027–9999) has 13 fewer, and the
    // library's years (2004–2026) move a few hundred.
    const days = (Date.UTC(9999, 11, 31) - Date.UTC(2000, 0, 1)) / 86_400_000;
    expect(Math.abs(between - ((days * 5) / 7 - 13 * (9999 - 2027 + 1)))).toBeLessThan(500);
    // 2027 by the rule: 261 weekdays − 13 = 248; 2028-01-01 is a Saturday.
    expect(span.workingDaysBetween('2026-12-31', '2028-01-01')).toBe(248);
  });
});

describe('year()', () => {
  it('given 2026, when listed, then 365 days from 01-01 with 248 working days, all from the library', () => {
    const days = cal.year(2026);
    expect(days[0]!.date).toBe('2026-01-01');
    expect(days[364]!.date).toBe('2026-12-31');
    expect(days.filter((d) => d.working)).toHaveLength(248);
    expect(new Set(days.map((d) => d.source))).toEqual(new Set(['library']));
  });

  it('given leap year 2028, rule year 2035 and fallback year 2003, when listed, then 366 days, Mon–Fri less 13, Mon–Fri', () => {
    expect(cal.year(2028)).toHaveLength(366);
    expect(cal.year(2035).filter((d) => d.working)).toHaveLength(261 - 13);
    expect(cal.year(2003).filter((d) => d.working)).toHaveLength(261);
  });

  it('given the list handed out, when the caller empties it, then the calendar keeps its days', () => {
    cal.year(2026).length = 0;
    expect(cal.year(2026)).toHaveLength(365);
  });
});

describe('overrides (corrections on top of 2027, a statutory-rule year)', () => {
  const override2027: CalendarOverrides = {
    year: 2027,
    days: [
      { date: '2027-01-04', working: false, name: '元旦' },
      { date: '2027-01-09', working: true, name: '元旦调休' },
    ],
  };
  const withOverrides = createWorkingCalendar([override2027]);

  it('given 2027-01-04 declared a holiday, when asked, then it is a named holiday from the override', () => {
    expect(withOverrides.dayInfo('2027-01-04')).toEqual({ date: '2027-01-04', working: false, kind: 'holiday', name: '元旦', source: 'override', provisional: true });
    expect(withOverrides.addWorkingDays('2027-01-01', 1)).toBe('2027-01-05');
  });

  it('given Saturday 2027-01-09 declared a working day, when asked, then it is an adjusted working day that counts', () => {
    expect(withOverrides.dayInfo('2027-01-09')).toEqual({ date: '2027-01-09', working: true, kind: 'adjusted_workday', name: '元旦调休', source: 'override', provisional: true });
    expect(withOverrides.addWorkingDays('2027-01-08', 1)).toBe('2027-01-09');
    expect(withOverrides.dayInfo('2027-01-05').source).toBe('statutory-rule');
  });

  it('given the overridden week, when counted with and without overrides, then the holiday is left out', () => {
    expect(cal.workingDaysBetween('2027-01-01', '2027-01-08')).toBe(5);
    expect(withOverrides.workingDaysBetween('2027-01-01', '2027-01-08')).toBe(4);
    expect(withOverrides.workingDaysBetween('2026-12-31', '2028-01-01')).toBe(cal.workingDaysBetween('2026-12-31', '2028-01-01'));
  });

  it('given overrides of library days, when asked, then the override wins', () => {
    const c = createWorkingCalendar([{ year: 2026, days: [
      { date: '2026-10-10', working: false },
      { date: '2026-10-08', working: false, name: '国庆节' },
      { date: '2026-10-05', working: true },
    ] }]);
    expect(c.dayInfo('2026-10-10')).toEqual({ date: '2026-10-10', working: false, kind: 'weekend', source: 'override' });
    expect(c.dayInfo('2026-10-08')).toEqual({ date: '2026-10-08', working: false, kind: 'holiday', name: '国庆节', source: 'override' });
    expect(c.dayInfo('2026-10-05')).toEqual({ date: '2026-10-05', working: true, kind: 'workday', source: 'override' });
    expect(c.addWorkingDays('2026-09-30', 1)).toBe('2026-10-05');
    expect(c.addWorkingDays('2026-09-30', 3)).toBe('2026-10-12');
  });

  it('given two documents setting the same date, when built, then the later one wins', () => {
    const c = createWorkingCalendar([override2027, { year: 2027, days: [{ date: '2027-01-04', working: true }] }]);
    expect(c.isWorkingDay('2027-01-04')).toBe(true);
    expect(c.isWorkingDay('2027-01-09')).toBe(true);
  });

  it('given a document with a date outside its year, when built, then a RangeError names the field', () => {
    const bad: CalendarOverrides = { year: 2027, days: [{ date: '2027-01-04', working: false }, { date: '2026-12-31', working: false }] };
    expect(() => createWorkingCalendar([override2027, bad])).toThrow(/^overrides\/1\/days\/1\/date: 2026-12-31 is not in 2027$/);
  });
});

describe('argument guards', () => {
  const cases: Array<{ given: string; call: () => unknown; message: RegExp }> = [
    { given: 'a date without zero padding', call: () => cal.addWorkingDays('2026-2-13', 1), message: /^from must be a calendar date YYYY-MM-DD, got "2026-2-13"$/ },
    { given: 'February 30', call: () => cal.addWorkingDays('2026-02-30', 1), message: /^from / },
    { given: '29 February of a common year', call: () => cal.isWorkingDay('2026-02-29'), message: /^date / },
    { given: 'a date-time instead of a date', call: () => cal.dayInfo('2026-02-13T00:00:00Z'), message: /^date / },
    { given: 'a bad `to`', call: () => cal.workingDaysBetween('2026-02-13', 'tomorrow'), message: /^to / },
    { given: 'n = -1', call: () => cal.addWorkingDays('2026-02-13', -1), message: /^n must be an integer from 0 to 3650, got -1$/ },
    { given: 'n = 1.5', call: () => cal.addWorkingDays('2026-02-13', 1.5), message: /^n / },
    { given: 'n = 3651', call: () => cal.addWorkingDays('2026-02-13', 3651), message: /^n / },
    { given: 'n = NaN', call: () => cal.addWorkingDays('2026-02-13', Number.NaN), message: /^n / },
    { given: 'n past year 9999', call: () => cal.addWorkingDays('9999-12-30', 5), message: /^n: .*beyond 9999-12-31/ },
    { given: 'year 1.5', call: () => cal.year(1.5), message: /^year must be an integer/ },
  ];
  it.each(cases)('given $given, when called, then a RangeError names the argument', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('given n = 3650 (the largest allowed), when added, then it answers about fourteen years on', () => {
    const far = cal.addWorkingDays('2026-02-13', 3650);
    expect(far > '2040-01-01' && far < '2041-01-01').toBe(true);
    expect(cal.workingDaysBetween('2026-02-13', far)).toBe(3650);
  });
});
