/**
 * Which years lack a published schedule (calendar-status.ts), and the daily log warning built on it
 * (runtime/server/calendar-watch.ts): once a China day per instance, on an injected clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarStatus, firstYearToWatch, type CalendarStatus } from '../../../runtime/calendar/calendar-status.js';
import { CalendarWatch, missingMessage } from '../../../runtime/server/calendar-watch.js';

const none = new Map<number, number>();

describe('calendarStatus', () => {
  const cases: Array<{ given: string; now: string; entered?: number[]; open?: Array<[number, number]>; missing: CalendarStatus['missingYears']; provisional: number[] }> = [
    { given: 'October 2026, nothing open in 2027', now: '2026-10-31T23:59:59+08:00', missing: [], provisional: [2027] },
    { given: '1 November 2026 (China date; still 31 October in UTC)', now: '2026-10-31T16:00:00Z', missing: [{ year: 2027, reason: 'upcoming' }], provisional: [2027] },
    { given: 'an open case due in 2027 in June 2026', now: '2026-06-01T09:00:00+08:00', open: [[2027, 1]], missing: [{ year: 2027, reason: 'open-cases', openCases: 1 }], provisional: [2027] },
    { given: 'open cases in 2027 and 2028 in December 2026', now: '2026-12-28T09:00:00+08:00', open: [[2028, 2], [2027, 40]], missing: [{ year: 2027, reason: 'open-cases', openCases: 40 }, { year: 2028, reason: 'open-cases', openCases: 2 }], provisional: [2027, 2028] },
    { given: '2027 entered, in November 2026', now: '2026-11-02T09:00:00+08:00', entered: [2027], missing: [], provisional: [] },
    { given: '2027 entered, open cases in 2028, in 2027 before November', now: '2027-03-01T09:00:00+08:00', entered: [2027], open: [[2028, 3]], missing: [{ year: 2028, reason: 'open-cases', openCases: 3 }], provisional: [2028] },
    { given: 'a year begun without a schedule (2027, nobody entered it)', now: '2027-01-04T09:00:00+08:00', missing: [{ year: 2027, reason: 'upcoming' }], provisional: [2027, 2028] },
    { given: 'open counts of zero, and a library year', now: '2026-06-01T09:00:00+08:00', open: [[2027, 0], [2026, 5]], missing: [], provisional: [2027] },
  ];
  it.each(cases)('given $given, when read, then missing $missing', ({ now, entered = [], open = [], missing, provisional }) => {
    const status = calendarStatus({ now, enteredYears: entered, openDueYears: new Map(open) });
    expect(status.missingYears).toEqual(missing);
    expect(status.provisionalYears).toEqual(provisional);
    expect(status.scheduleYears).toEqual(expect.arrayContaining([2025, 2026, ...entered]));
    expect(status.today).toBe(new Date(Date.parse(now) + 8 * 3_600_000).toISOString().slice(0, 10));
  });

  it('given entered years, when the first year to watch is asked, then it is the first without a schedule', () => {
    expect(firstYearToWatch([])).toBe(2027);
    expect(firstYearToWatch([2027, 2028, 2030])).toBe(2029);
  });
});

describe('CalendarWatch', () => {
  afterEach(() => vi.useRealTimers());
  const missing: CalendarStatus = { today: '2026-11-02', missingYears: [{ year: 2027, reason: 'open-cases', openCases: 3 }], provisionalYears: [2027], scheduleYears: [2026] };

  function watch(now: { t: Date }, status: (now: Date) => Promise<CalendarStatus>) {
    const warn = vi.fn();
    return { warn, watch: new CalendarWatch({ status, logger: { warn }, now: () => now.t }) };
  }

  it('given a year lacking a schedule, when checked all day, then it warns once that China day and again the next', async () => {
    const now = { t: new Date('2026-11-02T09:00:00+08:00') };
    const { warn, watch: w } = watch(now, async () => missing);
    expect(await w.check()).toBe(true);
    now.t = new Date('2026-11-02T23:59:00+08:00');
    expect(await w.check()).toBe(false);
    now.t = new Date('2026-11-03T00:00:00+08:00');
    expect(await w.check()).toBe(true);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toMatchObject({ missingYears: missing.missingYears });
    expect(warn.mock.calls[0]![1]).toBe('calendar: no holiday schedule for 2027 (3 open cases due in it); its days follow the statutory rule and due dates there are provisional until an admin enters the schedule');
  });

  it('given nothing missing, when checked, then nothing is logged', async () => {
    const { warn, watch: w } = watch({ t: new Date('2026-06-01T09:00:00+08:00') }, async () => ({ ...missing, missingYears: [] }));
    expect(await w.check()).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('given the status cannot be read, when checked, then the failure is logged once that day and the check never throws', async () => {
    const { warn, watch: w } = watch({ t: new Date('2026-11-02T09:00:00+08:00') }, async () => { throw new Error('database down'); });
    expect(await w.check()).toBe(true);
    expect(await w.check()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toEqual({ err: { message: 'database down' } });
  });

  it('given a started watch, when time passes, then it checks after the first delay and hourly, and stops on stop()', async () => {
    vi.useFakeTimers();
    const status = vi.fn(async () => missing);
    const now = { t: new Date('2026-11-02T09:00:00+08:00') };
    const w = new CalendarWatch({ status, logger: { warn: vi.fn() }, now: () => now.t, firstCheckAfterMs: 1000, checkEveryMs: 3_600_000 });
    w.start();
    w.start();
    await vi.advanceTimersByTimeAsync(999);
    expect(status).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(status).toHaveBeenCalledTimes(1);
    now.t = new Date('2026-11-03T09:00:00+08:00');
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(status).toHaveBeenCalledTimes(2);
    w.stop();
    now.t = new Date('2026-11-04T09:00:00+08:00');
    await vi.advanceTimersByTimeAsync(10 * 3_600_000);
    expect(status).toHaveBeenCalledTimes(2);
  });

  it('given several years, when worded, then each is named with its reason', () => {
    expect(missingMessage({ missingYears: [{ year: 2027, reason: 'open-cases', openCases: 1 }, { year: 2028, reason: 'upcoming' }] }))
      .toBe('calendar: no holiday schedule for 2027 (1 open case due in it), 2028 (upcoming); their days follow the statutory rule and due dates there are provisional until an admin enters the schedule');
  });
});
