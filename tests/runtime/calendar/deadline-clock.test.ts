/**
 * The legal clock on the real 2026 calendar. Times are Beijing time (+08:00) unless marked Z.
 *
 * March 2026:  Mo Tu We Th Fr | Sa Su
 *               2  3  4  5  6 |  7  8
 *               9 10 11 12 13 | 14 15
 *              16 17 18 19 20 | 21 22
 * A clock started on Mon 03-02 with 10 days is due Mon 03-16 (03-02 itself does not count).
 */
import { describe, expect, it } from 'vitest';
import { dueDateAfter, dueDateInfo, readClock, type ClockInput, type ClockReading } from '../../../runtime/calendar/deadline-clock.js';
import { createWorkingCalendar } from '../../../runtime/calendar/working-calendar.js';

const cal = createWorkingCalendar();
const at = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;
const MAR2 = at('2026-03-02', '09:00:00');

describe('due dates', () => {
  const cases: Array<{ given: string; input: Omit<ClockInput, 'now'>; dueDate: string }> = [
    { given: '10 days from Monday 03-02, no suspension', input: { start: MAR2, limitDays: 10, suspensions: [] }, dueDate: '2026-03-16' },
    { given: '5 days from Thursday 02-12 (spanning 春节, Saturday 02-14 counts)', input: { start: at('2026-02-12'), limitDays: 5, suspensions: [] }, dueDate: '2026-02-26' },
    { given: 'the statutory 20 days from Monday 09-28 (spanning 国庆)', input: { start: at('2026-09-28'), limitDays: 20, suspensions: [] }, dueDate: '2026-10-30' },
    {
      given: 'a suspension from 03-04 15:00 to 03-09 10:00 (stops 03-05, 03-06, 03-09)',
      input: { start: MAR2, limitDays: 10, suspensions: [{ from: at('2026-03-04', '15:00:00'), to: at('2026-03-09') }] },
      dueDate: '2026-03-19',
    },
    {
      given: 'two overlapping suspensions 03-04→03-09 and 03-05→03-10 (each day discounted once)',
      input: { start: MAR2, limitDays: 10, suspensions: [{ from: at('2026-03-05'), to: at('2026-03-10') }, { from: at('2026-03-04'), to: at('2026-03-09') }] },
      dueDate: '2026-03-20',
    },
    {
      given: 'a suspension started and ended the same day (whole days: nothing stops)',
      input: { start: MAR2, limitDays: 10, suspensions: [{ from: at('2026-03-04', '09:00:00'), to: at('2026-03-04', '17:00:00') }] },
      dueDate: '2026-03-16',
    },
    {
      given: 'a suspension wholly before the start (a supplement before acceptance)',
      input: { start: MAR2, limitDays: 10, suspensions: [{ from: at('2026-02-24'), to: at('2026-03-02', '08:00:00') }] },
      dueDate: '2026-03-16',
    },
    {
      given: 'a suspension from 02-11 to 02-25 across 春节 (holidays are not discounted twice)',
      input: { start: at('2026-02-09'), limitDays: 5, suspensions: [{ from: at('2026-02-11'), to: at('2026-02-25') }] },
      dueDate: '2026-02-28',
    },
    {
      given: 'a suspension after the original due date',
      input: { start: MAR2, limitDays: 3, suspensions: [{ from: at('2026-03-09'), to: at('2026-03-12') }] },
      dueDate: '2026-03-05',
    },
    { given: 'a limit of 0 days', input: { start: MAR2, limitDays: 0, suspensions: [] }, dueDate: '2026-03-02' },
  ];

  it.each(cases)('given $given, when read, then due $dueDate', ({ input, dueDate }) => {
    expect(readClock({ ...input, now: at('2026-12-31') }, cal).dueDate).toBe(dueDate);
    expect(dueDateAfter(input.start, input.limitDays, input.suspensions, cal)).toBe(dueDate);
  });

  it('given a start at 17:00Z (01:00 next day in Beijing), when read, then the clock starts on the Beijing date', () => {
    expect(dueDateAfter('2026-03-01T17:00:00Z', 10, [], cal)).toBe('2026-03-16');
    expect(dueDateAfter('2026-03-01T15:59:59Z', 10, [], cal)).toBe('2026-03-13');
  });
});

describe('due dates with their provisional flag', () => {
  const cases: Array<{ given: string; start: string; limitDays: number; suspensions?: ClockInput['suspensions']; expected: { dueDate: string; provisional: boolean } }> = [
    { given: 'inside 2026 (the library’s schedule)', start: MAR2, limitDays: 10, expected: { dueDate: '2026-03-16', provisional: false } },
    { given: 'ending on 2026-12-31', start: at('2026-12-29'), limitDays: 2, expected: { dueDate: '2026-12-31', provisional: false } },
    { given: 'into 2027 (statutory rule): 元旦 skipped, 预计', start: at('2026-12-30'), limitDays: 3, expected: { dueDate: '2027-01-05', provisional: true } },
    { given: 'a start on 2026-12-31 late in the day', start: '2026-12-31T15:00:00Z', limitDays: 1, expected: { dueDate: '2027-01-04', provisional: true } },
    { given: 'a limit of 0 on the last day of 2026', start: at('2026-12-31'), limitDays: 0, expected: { dueDate: '2026-12-31', provisional: false } },
    {
      given: 'pushed into 2027 by a suspension',
      start: at('2026-12-01'), limitDays: 20, suspensions: [{ from: at('2026-12-10'), to: at('2026-12-24') }],
      expected: { dueDate: '2027-01-13', provisional: true },
    },
  ];
  it.each(cases)('given a count $given, when read, then $expected', ({ start, limitDays, suspensions = [], expected }) => {
    expect(dueDateInfo(start, limitDays, suspensions, cal)).toEqual(expected);
  });
});

describe('readings during the clock', () => {
  const base = { start: MAR2, limitDays: 10, suspensions: [] };
  const cases: Array<{ given: string; input: ClockInput; reading: ClockReading }> = [
    {
      given: 'the start day itself',
      input: { ...base, now: at('2026-03-02', '18:00:00') },
      reading: { dueDate: '2026-03-16', usedDays: 0, remainingDays: 10, ratio: 0, level: 'none', suspended: false },
    },
    {
      given: 'now before the start',
      input: { ...base, now: at('2026-02-27') },
      reading: { dueDate: '2026-03-16', usedDays: 0, remainingDays: 10, ratio: 0, level: 'none', suspended: false },
    },
    {
      given: 'a closed suspension before now',
      input: { ...base, suspensions: [{ from: at('2026-03-04', '15:00:00'), to: at('2026-03-09') }], now: at('2026-03-12') },
      reading: { dueDate: '2026-03-19', usedDays: 5, remainingDays: 5, ratio: 0.5, level: 'none', suspended: false },
    },
    {
      given: 'an open suspension since 03-04 (due date moves with each suspended day)',
      input: { ...base, suspensions: [{ from: at('2026-03-04', '15:00:00') }], now: at('2026-03-06') },
      reading: { dueDate: '2026-03-18', usedDays: 2, remainingDays: 8, ratio: 0.2, level: 'none', suspended: true },
    },
    {
      given: 'an open suspension started earlier today',
      input: { ...base, suspensions: [{ from: at('2026-03-06', '09:00:00') }], now: at('2026-03-06') },
      reading: { dueDate: '2026-03-16', usedDays: 4, remainingDays: 6, ratio: 0.4, level: 'none', suspended: true },
    },
    {
      given: 'a suspension recorded as ending after now (known only up to now)',
      input: { ...base, suspensions: [{ from: at('2026-03-04', '15:00:00'), to: at('2026-03-20') }], now: at('2026-03-06') },
      reading: { dueDate: '2026-03-18', usedDays: 2, remainingDays: 8, ratio: 0.2, level: 'none', suspended: true },
    },
    {
      given: 'a suspension that starts after now',
      input: { ...base, suspensions: [{ from: at('2026-03-10'), to: at('2026-03-12') }], now: at('2026-03-06') },
      reading: { dueDate: '2026-03-16', usedDays: 4, remainingDays: 6, ratio: 0.4, level: 'none', suspended: false },
    },
    {
      given: 'the instant a suspension ends',
      input: { ...base, suspensions: [{ from: at('2026-03-04'), to: at('2026-03-09') }], now: at('2026-03-09') },
      reading: { dueDate: '2026-03-19', usedDays: 2, remainingDays: 8, ratio: 0.2, level: 'none', suspended: false },
    },
  ];
  it.each(cases)('given $given, when read, then $reading.usedDays used, $reading.level', ({ input, reading }) => {
    expect(readClock(input, cal)).toEqual(reading);
  });
});

describe('warning (less than 20 % of the working time left) and overdue', () => {
  // From Mon 03-02: counted working days 03-03 (1) … 03-06 (4), 03-09 (5) … 03-13 (9), 03-16 (10) … 03-24 (16), 03-25 (17).
  const cases: Array<{ limitDays: number; now: string; usedDays: number; level: ClockReading['level'] }> = [
    { limitDays: 10, now: at('2026-03-12', '23:59:59'), usedDays: 8, level: 'none' },
    { limitDays: 10, now: at('2026-03-13', '00:00:00'), usedDays: 9, level: 'yellow' },
    { limitDays: 7, now: at('2026-03-10', '14:23:59'), usedDays: 6, level: 'none' },
    { limitDays: 7, now: at('2026-03-10', '14:24:00'), usedDays: 6, level: 'yellow' },
    { limitDays: 5, now: at('2026-03-06', '23:00:00'), usedDays: 4, level: 'none' },
    { limitDays: 5, now: at('2026-03-09', '00:00:00'), usedDays: 5, level: 'yellow' },
    { limitDays: 1, now: at('2026-03-03', '19:11:59'), usedDays: 1, level: 'none' },
    { limitDays: 1, now: at('2026-03-03', '19:12:00'), usedDays: 1, level: 'yellow' },
    { limitDays: 20, now: at('2026-03-24'), usedDays: 16, level: 'none' },
    { limitDays: 20, now: at('2026-03-25', '00:00:00'), usedDays: 17, level: 'yellow' },
    { limitDays: 10, now: at('2026-03-14'), usedDays: 9, level: 'yellow' },
    { limitDays: 10, now: at('2026-03-16', '23:59:59'), usedDays: 10, level: 'yellow' },
    { limitDays: 10, now: at('2026-03-17', '00:00:00'), usedDays: 11, level: 'red' },
    { limitDays: 10, now: '2026-03-16T16:30:00Z', usedDays: 11, level: 'red' },
    { limitDays: 10, now: '2026-03-16T15:59:59Z', usedDays: 10, level: 'yellow' },
    { limitDays: 4, now: at('2026-03-07'), usedDays: 4, level: 'red' },
    { limitDays: 0, now: at('2026-03-02', '20:00:00'), usedDays: 0, level: 'none' },
    { limitDays: 0, now: at('2026-03-03'), usedDays: 1, level: 'red' },
  ];
  it.each(cases)('given $limitDays days from 03-02, when read at $now, then $usedDays used and $level', ({ limitDays, now, usedDays, level }) => {
    const reading = readClock({ start: MAR2, limitDays, suspensions: [], now }, cal);
    expect(reading.usedDays).toBe(usedDays);
    expect(reading.remainingDays).toBe(limitDays - usedDays);
    expect(reading.level).toBe(level);
  });

  it('given a due date on the 调休 Saturday 02-14, when read on the 春节 Sunday after, then red with no day over', () => {
    const reading = readClock({ start: at('2026-02-09'), limitDays: 5, suspensions: [], now: at('2026-02-15') }, cal);
    expect(reading).toEqual({ dueDate: '2026-02-14', usedDays: 5, remainingDays: 0, ratio: 1, level: 'red', suspended: false });
  });

  it('given a clock already overdue, when a suspension starts, then it stays red', () => {
    const reading = readClock({ start: MAR2, limitDays: 3, suspensions: [{ from: at('2026-03-09') }], now: at('2026-03-11') }, cal);
    expect(reading.dueDate).toBe('2026-03-05');
    expect(reading.level).toBe('red');
    expect(reading.suspended).toBe(true);
  });
});

describe('guards', () => {
  const good: ClockInput = { start: MAR2, limitDays: 10, suspensions: [], now: at('2026-03-10') };
  const cases: Array<{ given: string; input: ClockInput; message: RegExp }> = [
    { given: 'a negative limit', input: { ...good, limitDays: -1 }, message: /^limitDays must be an integer from 0 to 3650/ },
    { given: 'a fractional limit', input: { ...good, limitDays: 2.5 }, message: /^limitDays / },
    { given: 'a limit of 3651', input: { ...good, limitDays: 3651 }, message: /^limitDays / },
    { given: 'a start that is not an instant', input: { ...good, start: 'last Monday' }, message: /^start must be/ },
    { given: 'a now without a zone', input: { ...good, now: '2026-03-10T10:00:00' }, message: /^now must be/ },
    { given: 'a suspension ending before it starts', input: { ...good, suspensions: [{ from: at('2026-03-05'), to: at('2026-03-04') }] }, message: /^suspensions\[0\]\.to is before/ },
    { given: 'a suspension with a bad from', input: { ...good, suspensions: [{ from: '2026-03-32T00:00:00Z' }] }, message: /^suspensions\[0\]\.from must be/ },
  ];
  it.each(cases)('given $given, when read, then a RangeError names the field', ({ input, message }) => {
    expect(() => readClock(input, cal)).toThrow(RangeError);
    expect(() => readClock(input, cal)).toThrow(message);
  });

  it('given an open suspension and no now, when the due date is asked, then a RangeError says it is open', () => {
    expect(() => dueDateAfter(MAR2, 10, [{ from: at('2026-03-04') }], cal)).toThrow(/^suspensions\[0\]\.to: the suspension is still open/);
    expect(dueDateAfter(MAR2, 10, [{ from: at('2026-03-04', '15:00:00') }], cal, at('2026-03-06'))).toBe('2026-03-18');
  });
});
