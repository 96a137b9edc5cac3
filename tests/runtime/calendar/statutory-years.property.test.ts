/**
 * Properties over every year 2026–2040 (2026 the library's, the others the statutory rule's):
 * no due date lands on a statutory holiday, a working-day count and its inverse agree, provisional
 * flags appear exactly when a count crosses a provisional day, 春节 is always four days from 除夕,
 * and every holiday day on a weekend (or on another holiday) is made up on a working day.
 */
import fc from 'fast-check';
import { SolarDay } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { dueDateInfo } from '../../../runtime/calendar/deadline-clock.js';
import { STATUTORY_HOLIDAY_DAYS, statutoryFestivals, statutoryHolidays } from '../../../runtime/calendar/statutory-holidays.js';
import { createWorkingCalendar, isProvisionalYear, provisionalYears } from '../../../runtime/calendar/working-calendar.js';

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const next = (date: string, days = 1): string => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const weekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;
const YEARS = Array.from({ length: 15 }, (_, i) => 2026 + i);

const cal = createWorkingCalendar();
const dateArb = fc.integer({ min: Date.UTC(2026, 0, 1) / DAY_MS, max: Date.UTC(2040, 11, 31) / DAY_MS }).map((d) => iso(d * DAY_MS));

describe('every year 2026–2040', () => {
  it('given any date and n, when adding n working days, then the result is no statutory holiday and counting back gives n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (from, n) => {
        const due = cal.addWorkingDays(from, n);
        expect(cal.workingDaysBetween(from, due)).toBe(n);
        if (n > 0) {
          const year = Number(due.slice(0, 4));
          if (year <= 2040) expect(statutoryHolidays(year).has(due), due).toBe(false);
          expect(cal.isWorkingDay(due)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('given any count, when its due date is read, then it is provisional exactly when a day in (from, due] is', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 9, 1) / DAY_MS, max: Date.UTC(2028, 2, 1) / DAY_MS }).map((d) => iso(d * DAY_MS)), fc.integer({ min: 0, max: 400 }), (from, n) => {
        const due = cal.addWorkingDays(from, n);
        let naive = false;
        for (let d = next(from); d <= due && !naive; d = next(d)) naive = cal.dayInfo(d).provisional === true;
        expect(cal.crossesProvisional(from, due)).toBe(naive);
        expect(dueDateInfo(`${from}T10:00:00+08:00`, n, [], cal)).toEqual({ dueDate: due, provisional: naive });
      }),
      { numRuns: 400 },
    );
  });

  it('given two dates, when crossesProvisional is asked, then it agrees with the years the span touches', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const touched = new Set<number>();
        if (b > a) for (let y = Number(next(a).slice(0, 4)); y <= Number(b.slice(0, 4)); y++) touched.add(y);
        expect(cal.crossesProvisional(a, b)).toBe([...touched].some((y) => isProvisionalYear(cal, y)));
      }),
      { numRuns: 300 },
    );
  });

  it('given a fresh calendar, when counting across 2027–2040 at once (years in between not built), then it equals the years’ own counts', () => {
    const total = YEARS.slice(1).reduce((n, y) => n + cal.year(y).filter((d) => d.working).length, 0);
    expect(createWorkingCalendar().workingDaysBetween('2026-12-31', '2040-12-31')).toBe(total);
  });

  it('given the years, when listed, then 2026 has its schedule and 2027–2040 are provisional', () => {
    expect(provisionalYears(cal, 2026, 2040)).toEqual(YEARS.slice(1));
  });

  it.each(YEARS)('given %i, when 春节 is computed, then it is four consecutive days from 除夕 (the last day of 腊月)', (year) => {
    const spring = statutoryFestivals(year).find((f) => f.name === '春节')!;
    expect(spring.days).toEqual([0, 1, 2, 3].map((i) => next(spring.days[0]!, i)));
    const [y, m, d] = spring.days[0]!.split('-').map(Number) as [number, number, number];
    const eve = SolarDay.fromYmd(y, m, d).getLunarDay();
    expect(eve.getLunarMonth().getMonthWithLeap()).toBe(12);
    expect(eve.getLunarMonth().getDayCount()).toBe(eve.getDay());
    const newYear = eve.next(1);
    expect([newYear.getLunarMonth().getMonthWithLeap(), newYear.getDay()]).toEqual([1, 1]);
  });

  it.each(YEARS)('given %i, when computed, then each holiday day on a weekend or another holiday is made up on a later weekday', (year) => {
    const festivals = statutoryFestivals(year);
    const holidayDays = new Set(festivals.flatMap((f) => f.days));
    const seen = new Set<string>();
    const madeUpAll: string[] = [];
    for (const f of festivals) {
      const owed = f.days.filter((d) => {
        const was = seen.has(d);
        seen.add(d);
        return weekend(d) || was;
      }).length;
      expect(f.madeUp, f.name).toHaveLength(owed);
      for (const d of f.madeUp) {
        expect(weekend(d), d).toBe(false);
        expect(holidayDays.has(d), d).toBe(false);
        expect(d > f.days[f.days.length - 1]!, d).toBe(true);
        expect(d.startsWith(String(year)), d).toBe(true);
      }
      madeUpAll.push(...f.madeUp);
    }
    expect(new Set(madeUpAll).size).toBe(madeUpAll.length);
    // 13 days of holiday, each costs one working day.
    expect(festivals.reduce((n, f) => n + f.days.length, 0)).toBe(STATUTORY_HOLIDAY_DAYS);
    if (year > 2026) {
      let weekdays = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = next(d)) if (!weekend(d)) weekdays++;
      expect(cal.year(year).filter((d) => d.working)).toHaveLength(weekdays - STATUTORY_HOLIDAY_DAYS);
      expect(cal.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(weekdays - STATUTORY_HOLIDAY_DAYS);
    }
  });

  it.each(YEARS)('given %i, when the rule and the calendar are compared, then each of the rule’s days rests', (year) => {
    for (const [date, name] of statutoryHolidays(year)) {
      const info = cal.dayInfo(date);
      expect(info.working, date).toBe(false);
      if (year > 2026) expect(info.name, date).toBe(name);
    }
  });
});
