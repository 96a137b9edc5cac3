/**
 * Properties of the working calendar on random dates, offsets and overrides: counting and adding
 * are inverse, the result of adding is the first date that reaches the count, and counts agree with
 * a naive day-by-day walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarOverrides, DayOverride } from '../../../schemas/types.generated.js';
import { createWorkingCalendar, type WorkingCalendar } from '../../../runtime/calendar/working-calendar.js';

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dayBefore = (date: string): string => iso(Date.parse(`${date}T00:00:00Z`) - DAY_MS);

/** Dates 2003–2040: before, inside and after the library's years. */
const dateArb = fc.integer({ min: Date.UTC(2003, 0, 1) / DAY_MS, max: Date.UTC(2040, 11, 31) / DAY_MS }).map((d) => iso(d * DAY_MS));

/** Random override documents for 2026–2028: up to 60 distinct days each, working or not. */
const overridesArb: fc.Arbitrary<CalendarOverrides[]> = fc.array(
  fc.integer({ min: 2026, max: 2028 }).chain((year) =>
    fc.uniqueArray(
      fc.record({
        date: fc.integer({ min: 0, max: 364 }).map((d) => iso(Date.UTC(year, 0, 1) + d * DAY_MS)),
        working: fc.boolean(),
      }),
      { maxLength: 60, selector: (d: DayOverride) => d.date },
    ).map((days) => ({ year, days }))),
  { maxLength: 3 },
);

const calendarArb: fc.Arbitrary<WorkingCalendar> = overridesArb.map((docs) => createWorkingCalendar(docs));

describe('working calendar properties', () => {
  it('given any date and n, when adding n then counting back, then the count is n and the result is the first day that reaches it', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 0, max: 3650 }), (cal, from, n) => {
        const result = cal.addWorkingDays(from, n);
        expect(cal.workingDaysBetween(from, result)).toBe(n);
        if (n > 0) {
          expect(cal.isWorkingDay(result)).toBe(true);
          expect(cal.workingDaysBetween(from, dayBefore(result))).toBe(n - 1);
        } else {
          expect(result).toBe(from);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('given any two dates up to two years apart, when counted, then the count equals a naive day-by-day walk', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: -30, max: 800 }), (cal, from, span) => {
        const to = iso(Date.parse(`${from}T00:00:00Z`) + span * DAY_MS);
        let naive = 0;
        for (let t = Date.parse(`${from}T00:00:00Z`) + DAY_MS; t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
          if (cal.isWorkingDay(iso(t))) naive++;
        }
        expect(cal.workingDaysBetween(from, to)).toBe(naive);
      }),
      { numRuns: 300 },
    );
  });

  it('given any override day, when the calendar is asked, then it reports the override', () => {
    fc.assert(
      fc.property(overridesArb, (docs) => {
        const cal = createWorkingCalendar(docs);
        const last = new Map(docs.flatMap((d) => d.days).map((d) => [d.date, d.working]));
        for (const [date, working] of last) {
          expect(cal.dayInfo(date).source).toBe('override');
          expect(cal.isWorkingDay(date)).toBe(working);
        }
      }),
      { numRuns: 100 },
    );
  });
});
