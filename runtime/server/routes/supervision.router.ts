/**
 * 电子监察: supervision figures, the performance score and its weights, and the audit chain check,
 * for supervisors and the admin (the weights are the admin's to set).
 */
import { BadRequestError, ValidationError } from '../../../schemas/errors.js';
import { chinaDateOfEpochMs, chinaDayStart } from '../../calendar/china-time.js';
import { caseSql } from '../../supervision/case-sql.js';
import { checkWeights, INDICATORS, MAX_WEIGHT, performanceScore, type ScoreWeights } from '../../supervision/performance-score.js';
import { defaultGranularity, denseSeries, periodsOf, type Granularity } from '../../supervision/period-series.js';
import { readWeights, writeWeights } from '../../supervision/score-weights.store.js';
import { acceptanceCounts, acceptorFigures, attentionList, statusByPeriod, supplementCounts, type CohortQuery } from '../../supervision/supervision-queries.js';
import { windowFigures } from '../../supervision/window-figures.js';
import { deskCredit } from '../../supervision/desk-credit.js';
import type { SupervisionFigures } from '../../cases/storage/supervision-stats.js';
import { ApiRoutes, type QueryParamDoc } from '../http/api-routes.js';
import { bodyObject, queryEnum, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import type { Request } from 'express';

const DAY = 86_400_000;
/** Longest window a query may span (about three years): the series and the scan stay bounded. */
const MAX_WINDOW_DAYS = 1100;

const WINDOW_QUERY: QueryParamDoc[] = [
  { name: 'from', description: 'YYYY-MM-DD, China date (default: 30 days before today)', schema: { type: 'string', format: 'date' } },
  { name: 'to', description: 'YYYY-MM-DD, exclusive (default: tomorrow)', schema: { type: 'string', format: 'date' } },
];

const WEIGHTS_SCHEMA = {
  type: 'object',
  required: [...INDICATORS],
  additionalProperties: false,
  properties: Object.fromEntries(INDICATORS.map((i) => [i, { type: 'number', minimum: 0, maximum: MAX_WEIGHT }])),
  description: 'Relative weights (any scale, sum > 0): on-time rate, satisfaction, complaints (fewer is better), supplement rate (fewer is better)',
};

export function supervisionRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const sql = () => caseSql(deps.caseStore);

  api.add(
    {
      method: 'get',
      path: '/supervision/overview',
      tag: 'supervision',
      access: 'staff',
      summary: 'Counts by status, warnings, overdue, on-time rate, average working days used vs promised, satisfaction, complaints, supplement notices — overall, by department and by matter, for cases received in [from, to); cases by status per day or week; the warning and overdue lists; acceptance: applications not yet accepted and their 受理期限 (art. 32) at 预警 / 超期, apart from the decision warnings',
      query: [
        ...WINDOW_QUERY,
        { name: 'department', description: 'department id', schema: { type: 'string' } },
        { name: 'matter', description: 'matter code', schema: { type: 'string' } },
        { name: 'granularity', description: 'periods of the status series: day | week (default: day up to 62 days, else week)', schema: { enum: ['day', 'week'] } },
      ],
      response: { type: 'object' },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      const window = windowParams(req);
      const granularity: Granularity = queryEnum(req, 'granularity', ['day', 'week'] as const) ?? defaultGranularity(window.fromDay, window.toDay);
      const q: CohortQuery = { from: window.from, to: window.to, departmentId: queryString(req, 'department', 64), matterCode: queryString(req, 'matter', 64) };
      const client = sql();
      const now = deps.clock();
      const [stats, rows, supplements, warningList, overdueList, acceptance] = await Promise.all([
        deps.caseStore.supervisionStats({ from: q.from, to: q.to, departmentId: q.departmentId, matterCode: q.matterCode, now: now.toISOString() }),
        statusByPeriod(client, q, granularity),
        supplementCounts(client, q),
        attentionList(client, q, 'yellow', now),
        attentionList(client, q, 'red', now),
        acceptanceCounts(client, q, now),
      ]);
      res.json({
        window: { from: window.fromDay, to: window.toDay },
        total: { ...stats.total, supplemented: supplements.total },
        byDepartment: stats.byDepartment.map((d) => ({ ...d, supplemented: supplements.byDepartment.get(d.departmentId) ?? 0 })),
        byMatter: stats.byMatter.map((m) => ({ ...m, supplemented: supplements.byMatter.get(m.matterCode) ?? 0 })),
        series: { granularity, points: denseSeries(periodsOf(window.fromDay, window.toDay, granularity), rows) },
        warningList,
        overdueList,
        acceptance,
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/supervision/score',
      tag: 'supervision',
      access: 'staff',
      summary: 'Performance score (0–100) of the centre, of each accepting department and of each hall window (窗口: the window that accepted the case, a front desk’s when it accepted for another department; windowId null gathers a department’s cases not accepted or accepted without a window) over cases received in [from, to), explained: each indicator’s value, normalised value, weight, share and contribution',
      query: WINDOW_QUERY,
      response: { type: 'object' },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      const window = windowParams(req);
      const client = sql();
      const [stats, supplements, stored, byClerk, accounts, departments] = await Promise.all([
        deps.caseStore.supervisionStats({ from: window.from, to: window.to }),
        supplementCounts(client, { from: window.from, to: window.to }),
        readWeights(client),
        acceptorFigures(client, { from: window.from, to: window.to }),
        deps.store.listAccounts(),
        deps.store.listDepartments(),
      ]);
      const windows = windowFigures(byClerk, {
        windowOf: new Map(accounts.flatMap((a) => (a.windowId ? [[a.username, a.windowId] as const] : []))),
        windowsOf: new Map(departments.map((d) => [d.id, new Map((d.windows ?? []).map((w) => [w.id, w.name] as const))])),
      });
      const scored = (f: SupervisionFigures, supplemented: number) => {
        const figures = { cases: f.cases, timed: f.timed, onTime: f.onTime, satisfactionAverage: f.satisfaction.average, complaints: f.complaints, supplemented };
        return { figures, ...performanceScore(figures, stored.weights) };
      };
      res.json({
        window: { from: window.fromDay, to: window.toDay },
        weights: stored.weights,
        centre: scored(stats.total, supplements.total),
        departments: stats.byDepartment
          .filter((d) => d.departmentId !== null)
          .map((d) => ({ departmentId: d.departmentId, ...scored(d, supplements.byDepartment.get(d.departmentId) ?? 0) })),
        windows: windows.map((w) => ({ departmentId: w.departmentId, windowId: w.windowId, windowName: w.windowName, figures: w.figures, ...performanceScore(w.figures, stored.weights) })),
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/supervision/credit',
      tag: 'supervision',
      access: 'staff',
      summary: '一窗受理 credit over cases received in [from, to): by department — received (the receiving window’s department, else the matter’s), accepted (the accepting department, a front desk’s when it accepted), decided / granted / denied (the department of the deciding step) — and by window, received and accepted',
      query: WINDOW_QUERY,
      response: {
        type: 'object',
        properties: {
          window: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
          departments: {
            type: 'array',
            items: { type: 'object', properties: { departmentId: { type: 'string' }, name: { type: 'string' }, received: { type: 'integer' }, accepted: { type: 'integer' }, decided: { type: 'integer' }, granted: { type: 'integer' }, denied: { type: 'integer' } } },
          },
          windows: { type: 'array', items: { type: 'object', properties: { windowId: { type: 'string' }, departmentId: { type: 'string' }, name: { type: 'string' }, received: { type: 'integer' }, accepted: { type: 'integer' } } } },
        },
      },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      const window = windowParams(req);
      const [credit, departments] = await Promise.all([deskCredit(sql(), { from: window.from, to: window.to }), deps.store.listDepartments()]);
      const byId = new Map(departments.map((d) => [d.id, d]));
      res.json({
        window: { from: window.fromDay, to: window.toDay },
        departments: credit.departments.map((d) => ({ departmentId: d.departmentId, name: byId.get(d.departmentId)?.name ?? d.departmentId, received: d.received, accepted: d.accepted, decided: d.decided, granted: d.granted, denied: d.denied })),
        windows: credit.windows.map((w) => ({ ...w, name: byId.get(w.departmentId)?.windows?.find((x) => x.id === w.windowId)?.name ?? w.windowId })),
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/supervision/score-weights',
      tag: 'supervision',
      access: 'staff',
      summary: 'The weights of the performance score in force (supervisor, admin)',
      response: { type: 'object', properties: { weights: WEIGHTS_SCHEMA, updatedAt: { type: 'string' }, updatedBy: { type: 'string' } } },
    },
    async (req, res) => {
      requireActor(req, 'supervisor', 'admin');
      res.json(await readWeights(sql()));
    },
  );

  api.add(
    {
      method: 'put',
      path: '/supervision/score-weights',
      tag: 'supervision',
      access: 'admin',
      summary: 'Set the weights of the performance score (admin only); 422 names each bad weight',
      body: WEIGHTS_SCHEMA,
      response: { type: 'object', properties: { weights: WEIGHTS_SCHEMA, updatedAt: { type: 'string' }, updatedBy: { type: 'string' } } },
    },
    async (req, res) => {
      const actor = requireActor(req, 'admin');
      const body = bodyObject(req);
      const problems = checkWeights(body);
      if (problems.length > 0) {
        throw new ValidationError(
          `bad weights: ${problems.map((p) => (p.indicator ? `${p.indicator} ${p.message}` : p.message)).join('; ')}`,
          problems.map((p) => ({ path: `/${p.indicator}`, message: p.message })),
        );
      }
      res.json(await writeWeights(sql(), body as unknown as ScoreWeights, actor.username, new Date()));
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

interface Window {
  /** China dates, `to` exclusive. */
  fromDay: string;
  toDay: string;
  /** The same as ISO instants. */
  from: string;
  to: string;
}

/** `from` / `to` as China dates (defaults: the last 30 days and today), checked: from before to, at most MAX_WINDOW_DAYS apart. */
function windowParams(req: Request): Window {
  const today = chinaDateOfEpochMs(Date.now());
  const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  const fromDay = dateParam(queryString(req, 'from', 10), 'from') ?? shift(today, -30);
  const toDay = dateParam(queryString(req, 'to', 10), 'to') ?? shift(today, 1);
  const days = (Date.parse(toDay) - Date.parse(fromDay)) / DAY;
  if (days <= 0) throw new BadRequestError('to must be after from', [{ path: '?to', message: `must be after from (${fromDay})` }]);
  if (days > MAX_WINDOW_DAYS) throw new BadRequestError(`the window spans at most ${MAX_WINDOW_DAYS} days`, [{ path: '?from', message: `at most ${MAX_WINDOW_DAYS} days before to` }]);
  return { fromDay, toDay, from: chinaDayStart(fromDay).toISOString(), to: chinaDayStart(toDay).toISOString() };
}

function dateParam(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) && new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
  if (!ok) throw new BadRequestError(`${name} must be a date YYYY-MM-DD`, [{ path: `?${name}`, message: 'must be a date YYYY-MM-DD' }]);
  return raw;
}
