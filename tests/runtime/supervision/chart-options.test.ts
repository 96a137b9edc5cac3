import { describe, expect, it } from 'vitest';
import { complaintsChart, daysChart, groupRows, onTimeChart, satisfactionChart, statusSeriesChart } from '../../../runtime/web/supervision/chart-options.js';
import { apiFilters, chinaToday, lastDays } from '../../../runtime/web/supervision/filters.js';
import type { Figures, Overview } from '../../../runtime/web/supervision/supervision-api.js';
import { kpiTiles } from '../../../runtime/web/supervision/kpi-tiles.js';

const zero = { submitted: 0, supplement_requested: 0, refused: 0, in_progress: 0, suspended: 0, granted: 0, denied: 0, withdrawn: 0 };
function figures(over: Partial<Figures> = {}): Figures {
  return {
    cases: 0, byStatus: { ...zero }, open: 0, warnings: 0, overdue: 0, concluded: 0, timed: 0, onTime: 0, onTimeRate: null,
    avgWorkingDaysUsed: null, avgPromisedDays: null, satisfaction: { count: 0, average: null, distribution: [0, 0, 0, 0, 0] }, complaints: 0, supplemented: 0, ...over,
  };
}
const overview: Overview = {
  window: { from: '2026-11-24', to: '2026-11-26' },
  total: figures({ cases: 5 }),
  byDepartment: [
    { departmentId: 'wjw', ...figures({ cases: 1, timed: 1, onTime: 1, onTimeRate: 1, concluded: 1, avgWorkingDaysUsed: 2, avgPromisedDays: 5 }) },
    { departmentId: 'scjg', ...figures({ cases: 4, timed: 4, onTime: 3, onTimeRate: 0.75, complaints: 2, supplemented: 1 }) },
    { departmentId: null, ...figures({ complaints: 1 }) },
  ],
  byMatter: [{ matterCode: 'M1', ...figures({ cases: 5 }) }],
  series: {
    granularity: 'day',
    points: [
      { period: '2026-11-24', cases: 0, byStatus: { ...zero } },
      { period: '2026-11-25', cases: 5, byStatus: { ...zero, granted: 2, submitted: 3 } },
    ],
  },
  warningList: [],
  overdueList: [],
  acceptance: { open: 3, yellow: 1, red: 2 },
};
const names: Record<string, string> = { scjg: '市场监督管理局', wjw: '卫生健康委员会', M1: '食品经营许可' };
const label = (k: string | null) => (k === null ? '（未受理）' : names[k] ?? k);

describe('chart options', () => {
  it('status series: one stacked series per status, one point per period, counts only the statuses with data', () => {
    const built = statusSeriesChart(overview.series.points, (s) => `S:${s}`);
    const series = built.option.series as Array<{ name: string; stack: string; data: number[] }>;
    expect(series).toHaveLength(8);
    expect(series.every((s) => s.stack === 'cases' && s.data.length === 2)).toBe(true);
    expect(series.find((s) => s.name === 'S:granted')!.data).toEqual([0, 2]);
    expect((built.option.xAxis as { data: string[] }).data).toEqual(['11-24', '11-25']);
    expect(built.seriesWithData).toBe(2);
    expect(built.total).toBe(5);
  });

  it('groups busiest first with labels; on-time bars in per cent, null where nothing was timed', () => {
    const rows = groupRows(overview, 'department', label);
    expect(rows.map((r) => r.label)).toEqual(['市场监督管理局', '卫生健康委员会', '（未受理）']);
    const built = onTimeChart(rows, 'rate');
    expect((built.option.series as Array<{ data: unknown[] }>)[0]!.data).toEqual([75, 100, null]);
    expect(built.seriesWithData).toBe(1);
    expect(groupRows(overview, 'matter', label).map((r) => r.label)).toEqual(['食品经营许可']);
  });

  it('days used vs promised, satisfaction distribution, complaints and supplements', () => {
    const rows = groupRows(overview, 'department', label);
    const days = daysChart(rows, { used: 'u', promised: 'p' });
    expect((days.option.series as Array<{ data: unknown[] }>).map((s) => s.data)).toEqual([[null, 2, null], [null, 5, null]]);
    expect(days.seriesWithData).toBe(2);
    const sat = satisfactionChart([0, 0, 1, 3, 6], (n) => `${n}分`, 'n');
    expect(sat.total).toBe(10);
    expect((sat.option.xAxis as { data: string[] }).data).toEqual(['1分', '2分', '3分', '4分', '5分']);
    const c = complaintsChart(rows, { complaints: 'c', supplemented: 's' });
    expect((c.option.series as Array<{ data: number[] }>).map((s) => s.data)).toEqual([[2, 0, 1], [1, 0, 0]]);
    expect(c.total).toBe(3);
    expect(complaintsChart([], { complaints: 'c', supplemented: 's' }).seriesWithData).toBe(0);
  });
});

describe('filters', () => {
  it('today is the China date: 20:00 UTC is already tomorrow in China', () => {
    expect(chinaToday(Date.parse('2026-11-25T20:00:00Z'))).toBe('2026-11-26');
    expect(chinaToday(Date.parse('2026-11-25T10:00:00Z'))).toBe('2026-11-25');
  });

  it('shows the window inclusive, asks the API exclusive, swaps a reversed window', () => {
    expect(lastDays(7, '2026-11-25')).toEqual({ from: '2026-11-19', to: '2026-11-25' });
    expect(apiFilters({ from: '2026-11-19', to: '2026-11-25', department: 'scjg' })).toEqual({ from: '2026-11-19', to: '2026-11-26', department: 'scjg', matter: undefined, granularity: undefined });
    expect(apiFilters({ from: '2026-12-01', to: '2026-11-30' })).toMatchObject({ from: '2026-11-30', to: '2026-12-02' });
  });
});

describe('display refresh', () => {
  it('is 30 s unless ?refresh= says otherwise, within 5–600 s', async () => {
    const { refreshMs } = await import('../../../runtime/web/supervision/display-refresh.js');
    expect(refreshMs('')).toBe(30_000);
    expect(refreshMs('?refresh=10')).toBe(10_000);
    expect(refreshMs('?refresh=1')).toBe(5_000);
    expect(refreshMs('?refresh=99999')).toBe(600_000);
    expect(refreshMs('?refresh=abc')).toBe(30_000);
  });
});

describe('key figures', () => {
  it('show 受理期限预警 / 超期 apart from the decision\'s 预警 / 超期', () => {
    const tiles = new Map(kpiTiles({ ...overview, total: figures({ warnings: 4, overdue: 5 }) }).map(([id, key, value]) => [id, [key, value]]));
    expect(tiles.get('warnings')).toEqual(['kpi.warnings', 4]);
    expect(tiles.get('overdue')).toEqual(['kpi.overdue', 5]);
    expect(tiles.get('accept-warnings')).toEqual(['kpi.acceptWarnings', 1]);
    expect(tiles.get('accept-overdue')).toEqual(['kpi.acceptOverdue', 2]);
  });
});
