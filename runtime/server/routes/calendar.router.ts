/**
 * The working-day calendar over HTTP: each day's status for a year, "N working days after a date",
 * and the admin's overrides (the State Council publishes next year's schedule late each year).
 */
import { ValidationError } from '../../../schemas/errors.js';
import { applyOverride } from '../../calendar/calendar-overrides.js';
import { MAX_WORKING_DAYS } from '../../calendar/working-calendar.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, pathInt, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { BadRequestError } from '../../../schemas/errors.js';

const DAY_INFO = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date' },
    working: { type: 'boolean' },
    kind: { enum: ['workday', 'weekend', 'holiday', 'adjusted_workday'] },
    name: { type: 'string' },
    source: { enum: ['library', 'override', 'weekday-rule'] },
  },
};

export function calendarRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/calendar',
      tag: 'calendar',
      access: 'public',
      summary: "Every day of a year: working day, weekend, holiday or adjusted working day (调休), and where that comes from",
      query: [{ name: 'year', description: 'e.g. 2026 (default: this year)', schema: { type: 'integer', minimum: 2000, maximum: 2100 } }],
      response: { type: 'object', properties: { year: { type: 'integer' }, workingDays: { type: 'integer' }, days: { type: 'array', items: DAY_INFO } } },
    },
    async (req, res) => {
      const year = queryInt(req, 'year', { min: 2000, max: 2100, default: new Date().getUTCFullYear() })!;
      const days = (await deps.calendar.current()).year(year);
      res.json({ year, workingDays: days.filter((d) => d.working).length, days });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/calendar/due',
      tag: 'calendar',
      access: 'public',
      summary: 'The date N working days after `from` (`from` itself not counted)',
      query: [
        { name: 'from', description: 'YYYY-MM-DD', schema: { type: 'string', format: 'date' }, required: true },
        { name: 'days', description: `0–${MAX_WORKING_DAYS}`, schema: { type: 'integer', minimum: 0, maximum: MAX_WORKING_DAYS }, required: true },
      ],
      response: { type: 'object', properties: { from: { type: 'string' }, days: { type: 'integer' }, due: { type: 'string', format: 'date' } } },
    },
    async (req, res) => {
      const from = queryString(req, 'from', 10);
      if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || new Date(`${from}T00:00:00Z`).toISOString().slice(0, 10) !== from) {
        throw new BadRequestError('from must be a date YYYY-MM-DD', [{ path: '?from', message: 'must be a date YYYY-MM-DD' }]);
      }
      const days = queryInt(req, 'days', { min: 0, max: MAX_WORKING_DAYS });
      if (days === undefined) throw new BadRequestError('days is required', [{ path: '?days', message: 'is required' }]);
      res.json({ from, days, due: (await deps.calendar.current()).addWorkingDays(from, days) });
    },
  );

  api.add(
    {
      method: 'put',
      path: '/calendar/:year',
      tag: 'calendar',
      access: 'admin',
      summary: 'Set days of a year as working days or holidays (merged into the stored overrides)',
      body: { type: 'object', required: ['days'], properties: { days: { type: 'array', items: ref('CalendarOverrides/$defs/dayOverride') } } },
      response: ref('CalendarOverrides'),
    },
    async (req, res) => {
      const actor = requireActor(req, 'admin');
      const year = pathInt(String(req.params.year), 'year');
      const body = bodyObject(req);
      const current = await deps.store.getCalendar(year);
      const result = applyOverride(current, body.days as never, year, { updatedBy: actor.username, updatedAt: new Date().toISOString() });
      if (!result.ok) throw new ValidationError('the calendar overrides are not valid', result.errors);
      await deps.store.putCalendar(result.value);
      deps.calendar.invalidate();
      res.json(result.value);
    },
  );
}
