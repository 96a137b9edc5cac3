/**
 * Instants ↔ China dates (UTC+8 all year, no DST), and the plain date arithmetic under them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDayEnd, chinaDayStart, parseInstant, toChinaDate } from '../../../runtime/calendar/china-time.js';
import {
  addCalendarDays, formatChineseDate, fromDayNumber, isIsoDate, toDayNumber, weekdayOfDayNumber,
} from '../../../runtime/calendar/iso-date.js';

describe('toChinaDate', () => {
  const cases: Array<{ given: string; instant: string | Date; date: string }> = [
    { given: '15:59:59Z, the last second of the Beijing day', instant: '2026-03-01T15:59:59Z', date: '2026-03-01' },
    { given: '16:00Z, Beijing midnight', instant: '2026-03-01T16:00:00Z', date: '2026-03-02' },
    { given: 'Beijing midnight written +08:00', instant: '2026-03-02T00:00:00+08:00', date: '2026-03-02' },
    { given: 'the last millisecond before Beijing midnight', instant: '2026-03-01T23:59:59.999+08:00', date: '2026-03-01' },
    { given: 'an instant written in Tokyo time', instant: '2026-03-02T01:00:00+09:00', date: '2026-03-02' },
    { given: 'an evening in New York', instant: '2026-03-01T20:00:00-05:00', date: '2026-03-02' },
    { given: 'New Year’s Eve 16:00Z', instant: '2026-12-31T16:00:00Z', date: '2027-01-01' },
    { given: 'a space separator, lower-case z, microseconds', instant: '2026-03-02 08:00:00.123456z', date: '2026-03-02' },
    { given: 'hours and minutes only', instant: '2026-03-01T16:00+00:00', date: '2026-03-02' },
    { given: 'a Date object', instant: new Date(Date.UTC(2026, 1, 14, 16)), date: '2026-02-15' },
    { given: 'a bare date (its start in China)', instant: '2026-03-02', date: '2026-03-02' },
    { given: 'a leap day', instant: '2028-02-29T12:00:00+08:00', date: '2028-02-29' },
  ];
  it.each(cases)('given $given, when converted, then $date', ({ instant, date }) => {
    expect(toChinaDate(instant)).toBe(date);
  });

  const bad: Array<{ given: string; instant: unknown }> = [
    { given: 'no zone (would depend on the host)', instant: '2026-03-02T09:00:00' },
    { given: 'February 30', instant: '2026-02-30T00:00:00Z' },
    { given: 'hour 24', instant: '2026-03-02T24:00:00Z' },
    { given: 'words', instant: 'yesterday' },
    { given: 'an invalid Date', instant: new Date(Number.NaN) },
    { given: 'a number', instant: 1_700_000_000_000 },
  ];
  it.each(bad)('given $given, when converted, then a RangeError', ({ instant }) => {
    expect(() => toChinaDate(instant as string)).toThrow(RangeError);
  });

  it('given a named argument, when it is bad, then the message names it', () => {
    expect(() => parseInstant('2026-03-02T09:00:00', 'acceptedAt')).toThrow(/^acceptedAt must be a Date or an RFC 3339 date-time/);
  });

  it('given any instant written as ISO Z or as +08:00, when parsed, then it is the same millisecond as Date knows', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
      const z = new Date(ms).toISOString();
      const beijing = `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`;
      expect(parseInstant(z)).toBe(ms);
      expect(parseInstant(beijing)).toBe(ms);
      expect(toChinaDate(z)).toBe(beijing.slice(0, 10));
    }));
  });
});

describe('China day bounds', () => {
  it('given 2026-03-02, when its bounds are asked, then [16:00Z the day before, 16:00Z that day)', () => {
    expect(chinaDayStart('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(chinaDayEnd('2026-03-02').toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(toChinaDate(chinaDayStart('2026-03-02'))).toBe('2026-03-02');
    expect(toChinaDate(new Date(chinaDayEnd('2026-03-02').getTime() - 1))).toBe('2026-03-02');
  });

  it('given a bad date, when its start is asked, then a RangeError names date', () => {
    expect(() => chinaDayStart('2026-02-29')).toThrow(/^date must be a calendar date/);
  });
});

describe('plain date arithmetic', () => {
  it('given any day number, when converted to a date and back, then it agrees with Date.UTC and getUTCDay', () => {
    fc.assert(fc.property(fc.integer({ min: -719_000, max: 2_900_000 }), (n) => {
      const d = new Date(n * 86_400_000);
      expect(fromDayNumber(n)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      expect(toDayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(n);
      expect(weekdayOfDayNumber(n)).toBe(d.getUTCDay());
    }));
  });

  const dates: Array<{ value: unknown; valid: boolean }> = [
    { value: '2000-02-29', valid: true },
    { value: '2100-02-29', valid: false },
    { value: '2026-02-29', valid: false },
    { value: '2026-04-31', valid: false },
    { value: '2026-12-31', valid: true },
    { value: '2026-00-10', valid: false },
    { value: '2026-2-03', valid: false },
    { value: '2026/02/03', valid: false },
    { value: '２０２６-02-03', valid: false },
    { value: 20260203, valid: false },
  ];
  it.each(dates)('given $value, when checked, then valid = $valid', ({ value, valid }) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('given dates, when moved or written in Chinese, then across month, year and leap day', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(formatChineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(formatChineseDate('2026-10-10')).toBe('2026年10月10日');
  });
});
