/**
 * The admin's calendar overrides: merging an edit into the stored document of a year, and the
 * errors (JSON Pointers) when an edit is refused.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarOverrides, DayOverride } from '../../../schemas/types.generated.js';
import { applyOverride, validateOverrides } from '../../../runtime/calendar/calendar-overrides.js';
import { createWorkingCalendar } from '../../../runtime/calendar/working-calendar.js';
import { official2026Overrides } from './official-2026.js';

const stored: CalendarOverrides = {
  year: 2027,
  days: [
    { date: '2027-02-06', working: false, name: '春节' },
    { date: '2027-01-04', working: false, name: '元旦' },
  ],
  updatedBy: 'admin',
  updatedAt: '2026-11-20T10:00:00+08:00',
};

describe('applyOverride accepts', () => {
  it('given no stored document, when days are applied, then a new document of the year holds them', () => {
    const days: DayOverride[] = [{ date: '2027-01-09', working: true, name: '元旦调休' }];
    expect(applyOverride(undefined, days, 2027)).toEqual({ ok: true, value: { year: 2027, days } });
  });

  it('given a stored document, when a stored date and a new date are applied, then the stored one is replaced, others kept, sorted by date', () => {
    const result = applyOverride(stored, [
      { date: '2027-02-06', working: true },
      { date: '2027-01-09', working: true, name: '元旦调休' },
    ], 2027, { updatedBy: 'li', updatedAt: '2026-12-01T09:00:00+08:00' });
    expect(result).toEqual({
      ok: true,
      value: {
        year: 2027,
        days: [
          { date: '2027-01-04', working: false, name: '元旦' },
          { date: '2027-01-09', working: true, name: '元旦调休' },
          { date: '2027-02-06', working: true },
        ],
        updatedBy: 'li',
        updatedAt: '2026-12-01T09:00:00+08:00',
      },
    });
    expect(stored.days).toHaveLength(2);
    expect(stored.days[0]).toEqual({ date: '2027-02-06', working: false, name: '春节' });
  });

  it('given the official 2026 schedule, when applied and used, then the calendar follows it as overrides', () => {
    const result = applyOverride(undefined, official2026Overrides(), 2026);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.days).toHaveLength(33 + 6);
    const cal = createWorkingCalendar([result.value]);
    expect(cal.dayInfo('2026-02-14')).toEqual({ date: '2026-02-14', working: true, kind: 'adjusted_workday', name: '春节', source: 'override' });
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });
});

describe('applyOverride refuses', () => {
  const day = (date: string, working: unknown = false): DayOverride => ({ date, working } as DayOverride);
  const cases: Array<{ given: string; current?: CalendarOverrides; days: DayOverride[]; year: number; errors: Array<{ path: string; message: RegExp }> }> = [
    {
      given: 'a date outside the year at index 3',
      days: [day('2027-01-04'), day('2027-01-05'), day('2027-01-06'), day('2028-01-01')], year: 2027,
      errors: [{ path: '/days/3/date', message: /^2028-01-01 is not in 2027$/ }],
    },
    { given: 'a malformed date', days: [day('2027-1-4')], year: 2027, errors: [{ path: '/days/0/date', message: /YYYY-MM-DD/ }] },
    { given: 'an impossible date', days: [day('2027-02-29')], year: 2027, errors: [{ path: '/days/0/date', message: /YYYY-MM-DD/ }] },
    {
      given: 'the same date twice',
      days: [day('2027-01-04'), day('2027-01-05'), day('2027-01-04', true)], year: 2027,
      errors: [{ path: '/days/2/date', message: /already set at \/days\/0/ }],
    },
    { given: 'a non-boolean working flag', days: [day('2027-01-04', 'yes')], year: 2027, errors: [{ path: '/days/0/working', message: /true .* or false/ }] },
    { given: 'a year outside 2000–2100', days: [day('1999-01-04')], year: 1999, errors: [{ path: '/year', message: /2000 to 2100/ }] },
    { given: 'a stored document of another year', current: stored, days: [day('2028-01-03')], year: 2028, errors: [{ path: '/year', message: /for 2027, not 2028/ }] },
    {
      given: 'several bad days at once (all reported)',
      days: [day('2027-13-01'), day('2027-01-04', 1), day('2026-12-31')], year: 2027,
      errors: [
        { path: '/days/0/date', message: /YYYY-MM-DD/ },
        { path: '/days/1/working', message: /true/ },
        { path: '/days/2/date', message: /not in 2027/ },
      ],
    },
  ];
  it.each(cases)('given $given, when applied, then refused with the paths at fault', ({ current, days, year, errors }) => {
    const result = applyOverride(current, days, year);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(errors.map((e) => e.path));
    result.errors.forEach((e, i) => expect(e.message).toMatch(errors[i]!.message));
  });
});

describe('validateOverrides', () => {
  it('given a document with a bad day, when validated under a base path, then the path is prefixed', () => {
    expect(validateOverrides({ year: 2027, days: [{ date: '2027-01-04', working: false }, { date: '2026-01-04', working: false }] }, 'overrides/1'))
      .toEqual([{ path: 'overrides/1/days/1/date', message: '2026-01-04 is not in 2027' }]);
  });

  it('given a bad year and a bad date, when validated, then both are reported and the date is not judged against the year', () => {
    expect(validateOverrides({ year: 'next', days: [{ date: '2027-02-30', working: true }, { date: '2027-01-04', working: true }] }).map((e) => e.path))
      .toEqual(['/year', '/days/0/date']);
  });

  it('given something that is not a document, when validated, then one error at the root', () => {
    expect(validateOverrides(null)).toEqual([{ path: '/', message: 'must be an object { year, days }' }]);
    expect(validateOverrides({ year: 2027, days: 'none' })).toEqual([{ path: '/days', message: 'must be a list of days' }]);
  });
});
