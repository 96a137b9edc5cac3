/**
 * The admin's corrections to the working calendar (CalendarOverrides, one document per year):
 * checking them and merging an edit into the stored document. The State Council publishes next
 * year's schedule late each year, often after the holiday library's release, so the admin keys it in.
 *
 * Errors are JSON Pointers into the documents (`/days/3/date`), the same shape as the ajv layer's
 * `FieldError`, so the API returns them unchanged.
 */
import type { CalendarOverrides, DayOverride, IsoDate } from '../../schemas/types.generated.js';
import type { FieldError, ValidationResult } from '../../schemas/validator.js';
import { parseIsoDate } from './iso-date.js';

/** Years an override document may cover (calendar.schema.json). */
export const OVERRIDE_YEARS = { min: 2000, max: 2100 } as const;
const MAX_DAYS = 366;
const MAX_NAME = 100;

/** Who made an edit and when; stamped on the merged document. */
export interface OverrideStamp {
  updatedBy?: string;
  updatedAt?: string;
}

/**
 * Every problem of a list of day overrides meant for `year`: not a list, a bad date, a date outside
 * the year, the same date twice, a non-boolean `working`, a bad name.
 * @param year The year every date must fall in; undefined skips that check (the year itself is bad).
 * @param basePath JSON Pointer of the document holding `days` ('' for the document itself).
 */
export function checkOverrideDays(days: unknown, year: number | undefined, basePath = ''): FieldError[] {
  const at = `${basePath}/days`;
  if (!Array.isArray(days)) return [{ path: at, message: 'must be a list of days' }];
  const errors: FieldError[] = [];
  if (days.length > MAX_DAYS) errors.push({ path: at, message: `must list at most ${MAX_DAYS} days` });
  const firstIndexOf = new Map<IsoDate, number>();
  days.forEach((day: unknown, i) => {
    const path = `${at}/${i}`;
    if (typeof day !== 'object' || day === null || Array.isArray(day)) {
      errors.push({ path, message: 'must be an object { date, working, name? }' });
      return;
    }
    const { date, working, name } = day as Record<string, unknown>;
    const parts = parseIsoDate(date);
    if (parts === undefined) {
      errors.push({ path: `${path}/date`, message: 'must be a calendar date YYYY-MM-DD' });
    } else if (year !== undefined && parts.year !== year) {
      errors.push({ path: `${path}/date`, message: `${String(date)} is not in ${year}` });
    } else {
      const first = firstIndexOf.get(date as IsoDate);
      if (first !== undefined) errors.push({ path: `${path}/date`, message: `${String(date)} is already set at ${at}/${first}` });
      else firstIndexOf.set(date as IsoDate, i);
    }
    if (typeof working !== 'boolean') errors.push({ path: `${path}/working`, message: 'must be true (working day) or false (holiday)' });
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME)) {
      errors.push({ path: `${path}/name`, message: `must be text of at most ${MAX_NAME} characters` });
    }
  });
  return errors;
}

/** Every problem of one override document; paths are prefixed by `basePath`. */
export function validateOverrides(doc: unknown, basePath = ''): FieldError[] {
  if (typeof doc !== 'object' || doc === null) return [{ path: basePath || '/', message: 'must be an object { year, days }' }];
  const { year, days, schedule } = doc as Record<string, unknown>;
  const scheduleErrors: FieldError[] = schedule === undefined || typeof schedule === 'boolean'
    ? [] : [{ path: `${basePath}/schedule`, message: 'must be true (the year\'s whole schedule) or false' }];
  const yearError = checkYear(year, basePath);
  if (yearError) return [yearError, ...checkOverrideDays(days, undefined, basePath), ...scheduleErrors];
  return [...checkOverrideDays(days, year as number, basePath), ...scheduleErrors];
}

/**
 * Merges an edit into the stored overrides of `year`: each given day replaces the stored one of the
 * same date, the others stay; days come out sorted by date. Refuses the whole edit (nothing
 * half-applied) when a day is bad or outside the year, or `current` belongs to another year. A
 * stored schedule (`schedule: true`) stays one: the edit corrects days of the entered schedule.
 *
 * @example
 * applyOverride(stored2027, [{ date: '2027-01-04', working: false, name: '元旦' }], 2027)
 * // { ok: true, value: { year: 2027, days: [...] } }
 * applyOverride(undefined, [{ date: '2026-12-31', working: false }], 2027)
 * // { ok: false, errors: [{ path: '/days/0/date', message: '2026-12-31 is not in 2027' }] }
 */
export function applyOverride(
  current: CalendarOverrides | undefined,
  days: DayOverride[],
  year: number,
  stamp: OverrideStamp = {},
): ValidationResult<CalendarOverrides> {
  const yearError = checkYear(year, '');
  if (yearError) return { ok: false, errors: [yearError] };
  if (current !== undefined && current.year !== year) {
    return { ok: false, errors: [{ path: '/year', message: `the stored overrides are for ${current.year}, not ${year}` }] };
  }
  const errors = checkOverrideDays(days, year);
  if (errors.length > 0) return { ok: false, errors };
  const byDate = new Map<IsoDate, DayOverride>();
  for (const day of current?.days ?? []) byDate.set(day.date, day);
  for (const day of days) byDate.set(day.date, { ...day });
  const merged = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const value: CalendarOverrides = { year, days: merged };
  if (current?.schedule === true) value.schedule = true;
  if (stamp.updatedBy !== undefined) value.updatedBy = stamp.updatedBy;
  if (stamp.updatedAt !== undefined) value.updatedAt = stamp.updatedAt;
  return { ok: true, value };
}

function checkYear(year: unknown, basePath: string): FieldError | undefined {
  if (typeof year === 'number' && Number.isInteger(year) && year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max) return undefined;
  return { path: `${basePath}/year`, message: `must be a year from ${OVERRIDE_YEARS.min} to ${OVERRIDE_YEARS.max}` };
}
