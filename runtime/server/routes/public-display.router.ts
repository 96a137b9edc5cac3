/**
 * The service hall's public screen (大厅显示屏): aggregates only, no sign-in. Counts of published
 * matters, of cases received, accepted and concluded today, and the on-time rate of the last 30
 * days, overall and per department (by name). Never a case number, a person, an account or a query
 * code: only counts and department names, which the catalogue publishes anyway.
 *
 * The screen polls every 30 s and anyone may call this, so an answer is reused for CACHE_MS: one
 * query per few seconds whatever the number of screens.
 */
import type { MatterSummary } from '../../../catalog/storage/catalog.store.js';
import { chinaDateOfEpochMs, chinaDayEnd, chinaDayStart } from '../../calendar/china-time.js';
import { caseSql } from '../../supervision/case-sql.js';
import { displayFigures } from '../../supervision/supervision-queries.js';
import { ApiRoutes } from '../http/api-routes.js';
import type { ServerDeps } from '../server-deps.js';

const CACHE_MS = 5_000;
const ON_TIME_DAYS = 30;
const DAY = 86_400_000;

export interface DisplayCounts {
  receivedToday: number;
  acceptedToday: number;
  concludedToday: number;
  /** Of the cases concluded in the last 30 days that had a due date; null when none. */
  onTimeRate: number | null;
  /** Open cases at 预警 (yellow) and 超期 (red) now: the same rule and counts as the inbox and supervision. */
  warnings: number;
  overdue: number;
}

export interface PublicDisplay extends DisplayCounts {
  /** China date of "today". */
  date: string;
  generatedAt: string;
  publishedMatters: number;
  departments: (DisplayCounts & { name: string; publishedMatters: number })[];
}

const COUNTS_SCHEMA = {
  receivedToday: { type: 'integer' },
  acceptedToday: { type: 'integer' },
  concludedToday: { type: 'integer' },
  onTimeRate: { type: ['number', 'null'] },
  warnings: { type: 'integer' },
  overdue: { type: 'integer' },
};

export function publicDisplayRoutes(api: ApiRoutes, deps: ServerDeps): void {
  let cached: { at: number; body: PublicDisplay } | undefined;

  api.add(
    {
      method: 'get',
      path: '/public/display',
      tag: 'supervision',
      access: 'public',
      summary: "The hall screen's figures: published matters, today's received / accepted / concluded cases, the 30-day on-time rate, and the open cases at 预警 / 超期 now, overall and by department name — aggregates only, no personal data",
      response: {
        type: 'object',
        properties: {
          date: { type: 'string', format: 'date' },
          generatedAt: { type: 'string' },
          publishedMatters: { type: 'integer' },
          ...COUNTS_SCHEMA,
          departments: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, publishedMatters: { type: 'integer' }, ...COUNTS_SCHEMA } } },
        },
      },
    },
    async (_req, res) => {
      const now = deps.clock().getTime();
      if (!cached || Math.abs(now - cached.at) > CACHE_MS) cached = { at: now, body: await build(deps, now) };
      res.set('Cache-Control', 'no-store').json(cached.body);
    },
  );
}

async function build(deps: ServerDeps, now: number): Promise<PublicDisplay> {
  const date = chinaDateOfEpochMs(now);
  const since = chinaDateOfEpochMs(now - (ON_TIME_DAYS - 1) * DAY);
  const [figures, departments, matters] = await Promise.all([
    displayFigures(caseSql(deps.caseStore), { start: chinaDayStart(date).toISOString(), end: chinaDayEnd(date).toISOString(), date }, since, new Date(now)),
    deps.store.listDepartments(),
    publishedMatters(deps),
  ]);
  const counts = (f: (typeof figures)[number] | undefined): DisplayCounts => ({
    receivedToday: f?.receivedToday ?? 0,
    acceptedToday: f?.acceptedToday ?? 0,
    concludedToday: f?.concludedToday ?? 0,
    onTimeRate: f && f.timed > 0 ? f.onTime / f.timed : null,
    warnings: f?.warnings ?? 0,
    overdue: f?.overdue ?? 0,
  });
  const perDepartment = new Map<string, number>();
  for (const m of matters) perDepartment.set(m.departmentId, (perDepartment.get(m.departmentId) ?? 0) + 1);
  return {
    date,
    generatedAt: new Date(now).toISOString(),
    publishedMatters: matters.length,
    ...counts(figures[0]),
    departments: departments
      .map((d) => ({ name: d.name, publishedMatters: perDepartment.get(d.id) ?? 0, ...counts(figures.find((f) => f.departmentId === d.id)) }))
      .filter((d) => d.publishedMatters > 0 || d.receivedToday + d.acceptedToday + d.concludedToday > 0),
  };
}

/** Every live matter of the public catalogue (pages of 100). */
async function publishedMatters(deps: ServerDeps): Promise<MatterSummary[]> {
  const all: MatterSummary[] = [];
  for (let page = 1; page <= 1000; page++) {
    const { items, total } = await deps.catalog.search({ page, pageSize: 100 });
    all.push(...items);
    if (items.length === 0 || all.length >= total) break;
  }
  return all;
}
