/**
 * Instants ↔ local dates in China. China keeps one time zone, UTC+8, all year, with no daylight
 * saving time (since 1992), so the conversion is a fixed shift: no tz database, and the answer does
 * not depend on the zone of the host (a server in UTC, a browser abroad).
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { formatIsoDate, fromDayNumber, parseIsoDate, requireIsoDate, toDayNumber } from './iso-date.js';

/** An instant: a `Date`, an RFC 3339 date-time with a zone (`Z` or `±hh:mm`), or an IsoDate (its start in China). */
export type Instant = Date | string;

export const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Date-time with a mandatory zone designator. A string without one would be read in the host's zone
 * by `Date.parse`, so the same record would give different dates on different machines: refused.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

/**
 * Milliseconds since the epoch of an instant; a RangeError names `argName` when it is not one.
 * A bare IsoDate means the start of that day in China, so tests and callers holding only a date
 * still get a well-defined instant. Strings are decoded by hand rather than by `Date.parse`, whose
 * leniency differs between engines (some roll 2026-02-30 over to March, some refuse `+08:00`
 * without seconds): server and browser must agree.
 */
export function parseInstant(instant: Instant, argName = 'instant'): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`${argName} is an invalid Date`);
    return ms;
  }
  if (typeof instant === 'string') {
    const date = parseIsoDate(instant);
    if (date !== undefined) return toDayNumber(date.year, date.month, date.day) * DAY_MS - CHINA_UTC_OFFSET_MS;
    const m = DATE_TIME.exec(instant);
    const day = m === null ? undefined : parseIsoDate(m[1]);
    if (m !== null && day !== undefined) {
      const clock = (Number(m[2]) * 60 + Number(m[3])) * 60_000 + Number(m[4] ?? 0) * 1000
        + Math.floor(Number(m[5] ?? 0) * 1000);
      const offset = m[6] !== undefined ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000;
      return toDayNumber(day.year, day.month, day.day) * DAY_MS + clock - offset;
    }
  }
  throw new RangeError(`${argName} must be a Date or an RFC 3339 date-time with a zone (Z or ±hh:mm), got ${
    typeof instant === 'string' ? JSON.stringify(instant.slice(0, 40)) : typeof instant}`);
}

/** The date in China at `epochMs` (milliseconds since the epoch). */
export function chinaDateOfEpochMs(epochMs: number): IsoDate {
  const p = fromDayNumber(Math.floor((epochMs + CHINA_UTC_OFFSET_MS) / DAY_MS));
  if (p.year < 0 || p.year > 9999) throw new RangeError(`instant ${epochMs} is outside years 0000–9999`);
  return formatIsoDate(p.year, p.month, p.day);
}

/**
 * The local date in China of an instant.
 * @example toChinaDate('2026-03-01T16:30:00Z') // '2026-03-02' (00:30 in Beijing)
 */
export function toChinaDate(instant: Instant): IsoDate {
  return chinaDateOfEpochMs(parseInstant(instant));
}

/** The instant a China date begins (00:00 UTC+8). */
export function chinaDayStart(date: IsoDate): Date {
  const p = requireIsoDate(date, 'date');
  return new Date(toDayNumber(p.year, p.month, p.day) * DAY_MS - CHINA_UTC_OFFSET_MS);
}

/** The instant a China date ends, exclusive: the start of the next day, so a day is `[start, end)`. */
export function chinaDayEnd(date: IsoDate): Date {
  return new Date(chinaDayStart(date).getTime() + DAY_MS);
}
