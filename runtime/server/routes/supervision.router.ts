/** 电子监察: supervision figures and the audit chain check, for supervisors and the admin. */
import { BadRequestError } from '../../../schemas/errors.js';
import { ApiRoutes } from '../http/api-routes.js';
import { queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';

export function supervisionRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/supervision/overview',
      tag: 'supervision',
      access: 'staff',
      summary: 'Counts by status, warnings, overdue, on-time rate, average working days used vs promised, satisfaction, complaints — overall, by department and by matter, for cases received in [from, to)',
      query: [
        { name: 'from', description: 'YYYY-MM-DD (default: 30 days ago)', schema: { type: 'string', format: 'date' } },
        { name: 'to', description: 'YYYY-MM-DD, exclusive (default: tomorrow)', schema: { type: 'string', format: 'date' } },
        { name: 'department', description: 'department id', schema: { type: 'string' } },
        { name: 'matter', description: 'matter code', schema: { type: 'string' } },
      ],
      response: { type: 'object' },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      const day = 86_400_000;
      const from = dateParam(queryString(req, 'from', 10), 'from') ?? new Date(Date.now() - 30 * day).toISOString();
      const to = dateParam(queryString(req, 'to', 10), 'to') ?? new Date(Date.now() + day).toISOString();
      res.json(
        await deps.caseStore.supervisionStats({
          from,
          to,
          departmentId: queryString(req, 'department', 64),
          matterCode: queryString(req, 'matter', 64),
        }),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/audit/verify',
      tag: 'supervision',
      access: 'staff',
      summary: 'Recomputes the audit hash chain and names the first altered or missing event (supervisor, admin)',
      response: { type: 'object', properties: { ok: { type: 'boolean' }, checked: { type: 'integer' }, broken: { type: 'object' } } },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      res.json(await deps.caseStore.verifyAudit());
    },
  );
}

function dateParam(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00+08:00`))) {
    throw new BadRequestError(`${name} must be a date YYYY-MM-DD`, [{ path: `?${name}`, message: 'must be a date YYYY-MM-DD' }]);
  }
  return new Date(`${raw}T00:00:00+08:00`).toISOString();
}
