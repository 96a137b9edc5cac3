/** The client check of a schedule: each problem at the JSON Pointer the server names; the JSON import; the server's 422 kept at its paths. */
import { describe, expect, it } from 'vitest';
import { checkSchedule, parseScheduleJson, serverErrors } from '../../../designer/calendar/schedule-check.js';
import type { YearSchedule } from '../../../designer/calendar/year-schedule.js';

const ok: YearSchedule = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
    { name: '春节', from: '2027-02-05', to: '2027-02-11' },
  ],
  workdays: [{ date: '2027-02-13', name: '春节调休' }],
};

describe('checkSchedule', () => {
  it('accepts a good schedule', () => {
    expect(checkSchedule(ok)).toEqual([]);
  });

  it.each([
    ['overlapping holidays', { holidays: [ok.holidays[0]!, { name: '春节', from: '2027-01-01', to: '2027-01-02' }] }, [{ path: '/holidays/1/from', problem: 'overlap', other: 0 }]],
    ['a date outside the year', { holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }] }, [{ path: '/holidays/0/from', problem: 'outsideYear' }]],
    ['from after to', { holidays: [{ name: '春节', from: '2027-02-11', to: '2027-02-05' }] }, [{ path: '/holidays/0/from', problem: 'fromAfterTo' }]],
    ['not a date', { holidays: [{ name: '春节', from: '2027-02-30', to: '2027-03-01' }] }, [{ path: '/holidays/0/from', problem: 'badDate' }]],
    ['a blank row', { holidays: [{ name: '', from: '', to: '' }] }, [{ path: '/holidays/0/name', problem: 'required' }, { path: '/holidays/0/from', problem: 'required' }, { path: '/holidays/0/to', problem: 'required' }]],
    ['a workday inside a holiday', { workdays: [{ date: '2027-02-06' }] }, [{ path: '/workdays/0/date', problem: 'workdayInHoliday', other: 1 }]],
    ['a workday twice', { workdays: [{ date: '2027-02-13' }, { date: '2027-02-13' }] }, [{ path: '/workdays/1/date', problem: 'duplicate', other: 0 }]],
    ['a weekday as 调休', { workdays: [{ date: '2027-02-15' }] }, [{ path: '/workdays/0/date', problem: 'workdayNotWeekend' }]],
  ] as const)('%s', (_, patch, expected) => {
    expect(checkSchedule({ ...ok, ...patch } as unknown as YearSchedule)).toEqual(expected);
  });
});

describe('parseScheduleJson', () => {
  it('reads a schedule file, taking the page year when it has none, and bare date strings as workdays', () => {
    const r = parseScheduleJson(JSON.stringify({ holidays: ok.holidays, workdays: ['2027-02-13'] }), 2027);
    expect(r.errors).toEqual([]);
    expect(r.schedule).toEqual({ ...ok, workdays: [{ date: '2027-02-13' }] });
  });

  it('names the fields of a bad file', () => {
    const r = parseScheduleJson(JSON.stringify({ year: 2027, holidays: [ok.holidays[0], { name: '春节', from: '2027-01-01', to: '2027-01-03' }], workdays: 3 }), 2027);
    expect(r.errors).toEqual([
      { path: '/workdays', problem: 'badShape' },
      { path: '/holidays/1/from', problem: 'overlap', other: 0 },
    ]);
  });

  it('refuses a file for another year, and one that is not JSON', () => {
    expect(parseScheduleJson('{"year":2028}', 2027)).toEqual({ errors: [{ path: '/year', problem: 'yearMismatch' }] });
    expect(parseScheduleJson('{', 2027)).toEqual({ errors: [{ path: '', problem: 'badJson' }] });
    expect(parseScheduleJson('[]', 2027)).toEqual({ errors: [{ path: '', problem: 'badShape' }] });
  });
});

describe('serverErrors', () => {
  it('keeps the paths of a 422, with the row a clash is with, and words for the rest', () => {
    expect(
      serverErrors([
        { path: '/holidays/1/from', message: 'overlaps /holidays/0 (2027-01-01 to 2027-01-03)' },
        { path: '/workdays/2/date', message: 'falls inside the holiday /holidays/1 (2027-02-05 to 2027-02-11)' },
        { path: '/workdays/3/date', message: 'is already listed at /workdays/0' },
        { path: '/workdays/4/date', message: 'must be a Saturday or Sunday: Monday to Friday work anyway' },
        { path: '/holidays/2/to', message: '2028-01-01 is not in 2027' },
        { path: '/holidays/3/from', message: 'must not be after to (2027-01-01)' },
        { path: '/year', message: 'must be 2027, the year of the address' },
        { path: '/workdays/0/date', message: 'something else' },
      ]),
    ).toEqual([
      { path: '/holidays/1/from', problem: 'overlap', other: 0 },
      { path: '/workdays/2/date', problem: 'workdayInHoliday', other: 1 },
      { path: '/workdays/3/date', problem: 'duplicate', other: 0 },
      { path: '/workdays/4/date', problem: 'workdayNotWeekend' },
      { path: '/holidays/2/to', problem: 'outsideYear' },
      { path: '/holidays/3/from', problem: 'fromAfterTo' },
      { path: '/year', problem: 'yearMismatch' },
      { path: '/workdays/0/date', problem: 'invalid' },
    ]);
  });
});
