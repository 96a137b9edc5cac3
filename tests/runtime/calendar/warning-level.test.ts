/**
 * The one warning rule: yellow when less than 20 % of the allowed working time is left, working
 * time counted in whole working days of 24 h (China time) after the start day, suspended days not
 * counted; red once today is past the due date. Times are Beijing time (+08:00) unless marked Z.
 *
 * March 2026:  Mo Tu We Th Fr | Sa Su
 *               2  3  4  5  6 |  7  8
 *               9 10 11 12 13 | 14 15
 *              16 17 18 19 20 | 21 22
 *              23 24 25 26 27 | 28 29
 */
import { describe, expect, it } from 'vitest';
import { toChinaDate } from '../../../runtime/calendar/china-time.js';
import { dueDateAfter } from '../../../runtime/calendar/deadline-clock.js';
import type { SuspensionInput } from '../../../runtime/calendar/stopped-spans.js';
import { warningLevel, warnInstant } from '../../../runtime/calendar/warning-level.js';
import { createWorkingCalendar } from '../../../runtime/calendar/working-calendar.js';

const cal = createWorkingCalendar();
const at = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;
const china = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().replace('Z', '+08:00').replace('.000', '');

describe('warnInstant', () => {
  const cases: Array<{ given: string; start: string; limitDays: number; suspensions?: SuspensionInput[]; warnAt: string | undefined; due: string }> = [
    { given: 'a one-day step opened Monday morning: 19:12 on its due day (0.8 of its day)', start: at('2026-03-02', '09:00:00'), limitDays: 1, warnAt: '2026-03-03T19:12:00+08:00', due: '2026-03-03' },
    { given: 'a one-day step opened late on Friday: due Monday, at 19:12', start: at('2026-03-06', '17:30:00'), limitDays: 1, warnAt: '2026-03-09T19:12:00+08:00', due: '2026-03-09' },
    { given: 'a one-day step opened at 23:59 China time (15:59Z) counts from that China date', start: '2026-03-02T15:59:00Z', limitDays: 1, warnAt: '2026-03-03T19:12:00+08:00', due: '2026-03-03' },
    { given: '5 days: 4 whole days used → the start of day 5', start: at('2026-03-02'), limitDays: 5, warnAt: '2026-03-09T00:00:00+08:00', due: '2026-03-09' },
    { given: '7 days: 5.6 → day 6 at 14:24', start: at('2026-03-02'), limitDays: 7, warnAt: '2026-03-10T14:24:00+08:00', due: '2026-03-11' },
    { given: '20 days: 16 → the start of day 17', start: at('2026-03-02'), limitDays: 20, warnAt: '2026-03-25T00:00:00+08:00', due: '2026-03-30' },
    { given: '2 days across 国庆 2026: 1.6 → day 2 (10-08) at 14:24', start: at('2026-09-29'), limitDays: 2, warnAt: '2026-10-08T14:24:00+08:00', due: '2026-10-08' },
    { given: '3 days across the weekend and 春节 2027 by the rule: 2.4 → day 3 (Mon 02-15) at 09:36', start: at('2027-02-04'), limitDays: 3, warnAt: '2027-02-15T09:36:00+08:00', due: '2027-02-15' },
    { given: 'the 调休 Saturday 2026-02-14 counts as a working day', start: at('2026-02-13'), limitDays: 1, warnAt: '2026-02-14T19:12:00+08:00', due: '2026-02-14' },
    {
      given: '10 days with a closed suspension 03-04 15:00 → 03-09 (03-05, 03-06, 03-09 not counted): 8 → day 9 (03-18)',
      start: at('2026-03-02', '09:00:00'), limitDays: 10, suspensions: [{ from: at('2026-03-04', '15:00:00'), to: at('2026-03-09') }],
      warnAt: '2026-03-18T00:00:00+08:00', due: '2026-03-19',
    },
    {
      given: 'a suspension after the warning: it moves nothing before it',
      start: at('2026-03-02'), limitDays: 5, suspensions: [{ from: at('2026-03-10'), to: at('2026-03-12') }],
      warnAt: '2026-03-09T00:00:00+08:00', due: '2026-03-09',
    },
    { given: 'a limit of 0: no warning', start: at('2026-03-02'), limitDays: 0, warnAt: undefined, due: '2026-03-02' },
  ];
  it.each(cases)('given $given, when computed, then $warnAt', ({ start, limitDays, suspensions = [], warnAt, due }) => {
    const got = warnInstant(start, limitDays, suspensions, cal);
    expect(got === undefined ? undefined : china(got)).toBe(warnAt);
    expect(dueDateAfter(start, limitDays, suspensions, cal)).toBe(due);
    // On a counted working day after the start day, never after the due date.
    if (got !== undefined) {
      expect(toChinaDate(got) <= due).toBe(true);
      expect(toChinaDate(got) > toChinaDate(start)).toBe(true);
      expect(cal.isWorkingDay(toChinaDate(got))).toBe(true);
    }
  });

  it('given a suspension still open, when computed, then there is no warning while the clock stands still', () => {
    expect(warnInstant(at('2026-03-02'), 10, [{ from: at('2026-03-04') }], cal)).toBeUndefined();
  });

  it('given bad arguments, when computed, then a RangeError names them', () => {
    expect(() => warnInstant(at('2026-03-02'), -1, [], cal)).toThrow(/^limitDays must be an integer/);
    expect(() => warnInstant(at('2026-03-02'), 1.5, [], cal)).toThrow(/^limitDays /);
    expect(() => warnInstant('2026-03-02T10:00:00', 1, [], cal)).toThrow(/^startInstant must be/);
    expect(() => warnInstant(at('2026-03-02'), 1, [{ from: at('2026-03-05'), to: at('2026-03-04') }], cal)).toThrow(/^suspensions\[0\]\.to is before/);
  });
});

describe('warningLevel', () => {
  // The one-day step opened Monday 03-02 09:00: due 03-03, warning at 19:12 that day.
  const oneDay = { warnAt: warnInstant(at('2026-03-02', '09:00:00'), 1, [], cal)!, dueDate: '2026-03-03' };
  const cases: Array<{ now: string; level: 'none' | 'yellow' | 'red' }> = [
    { now: at('2026-03-02', '09:05:00'), level: 'none' },
    { now: at('2026-03-02', '23:59:59'), level: 'none' },
    { now: at('2026-03-03', '09:00:00'), level: 'none' },
    { now: at('2026-03-03', '19:11:59'), level: 'none' },
    { now: at('2026-03-03', '19:12:00'), level: 'yellow' },
    { now: '2026-03-03T11:12:00Z', level: 'yellow' },
    { now: at('2026-03-03', '23:59:59'), level: 'yellow' },
    { now: at('2026-03-04', '00:00:00'), level: 'red' },
    { now: '2026-03-03T16:00:00Z', level: 'red' },
  ];
  it.each(cases)('given a one-day step opened 03-02, when read at $now, then $level', ({ now, level }) => {
    expect(warningLevel(oneDay, now)).toBe(level);
    expect(warningLevel(oneDay, new Date(Date.parse(now)))).toBe(level);
  });

  it('given a clock without warnAt or without a due date, when read, then it is never yellow or never red', () => {
    expect(warningLevel({ dueDate: '2026-03-03' }, at('2026-03-03', '23:00:00'))).toBe('none');
    expect(warningLevel({ dueDate: '2026-03-03' }, at('2026-03-04'))).toBe('red');
    expect(warningLevel({ warnAt: oneDay.warnAt }, at('2026-12-31'))).toBe('yellow');
    expect(warningLevel({}, at('2026-12-31'))).toBe('none');
  });
});
