/**
 * ECharts options of the dashboards, built from the API's figures: pure (no React, no echarts
 * runtime), so the data a chart shows is unit-tested. Each builder returns the option and the
 * count of series holding data, which the page exposes as `data-series-count` for tests.
 */
import type { CaseStatus, Figures, Overview } from './supervision-api';
import { CASE_STATUSES } from './supervision-api';

/** The ECharts option object (typed loosely here: the wrapper hands it to `setOption`). */
export type ChartOption = Record<string, unknown>;

export interface BuiltChart {
  option: ChartOption;
  /** Series with at least one non-zero value. */
  seriesWithData: number;
  /** Sum of the plotted values of the first series kind (cases, ratings…), for tests. */
  total: number;
}

export const STATUS_COLORS: Record<CaseStatus, string> = {
  submitted: '#1f5fbf',
  supplement_requested: '#fa8c16',
  in_progress: '#13a8a8',
  suspended: '#722ed1',
  granted: '#52c41a',
  denied: '#f5222d',
  refused: '#d4380d',
  withdrawn: '#8c8c8c',
};

const GRID = { left: 48, right: 24, top: 40, bottom: 48, containLabel: true };

/** Stacked bars: cases received per period, by their current status. */
export function statusSeriesChart(points: Overview['series']['points'], statusLabel: (s: CaseStatus) => string): BuiltChart {
  const series = CASE_STATUSES.map((s) => ({
    name: statusLabel(s),
    type: 'bar',
    stack: 'cases',
    barMaxWidth: 28,
    itemStyle: { color: STATUS_COLORS[s] },
    emphasis: { focus: 'series' },
    data: points.map((p) => p.byStatus[s] ?? 0),
  }));
  return {
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: GRID,
      xAxis: { type: 'category', data: points.map((p) => p.period.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    },
    seriesWithData: series.filter((s) => s.data.some((v) => v > 0)).length,
    total: points.reduce((n, p) => n + p.cases, 0),
  };
}

export interface GroupRow {
  key: string;
  label: string;
  figures: Figures;
}

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Horizontal bars: on-time rate (%) per group; groups with nothing timed show no bar. */
export function onTimeChart(rows: readonly GroupRow[], seriesName: string): BuiltChart {
  const data = rows.map((r) => pct(r.figures.onTimeRate));
  return {
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
      grid: { ...GRID, top: 16 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
      series: [{ name: seriesName, type: 'bar', barMaxWidth: 18, itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right', formatter: '{c}%' }, data }],
    },
    seriesWithData: data.some((v) => v !== null) ? 1 : 0,
    total: rows.reduce((n, r) => n + r.figures.timed, 0),
  };
}

/** Grouped bars: average working days used vs promised per group. */
export function daysChart(rows: readonly GroupRow[], names: { used: string; promised: string }): BuiltChart {
  const used = rows.map((r) => round1(r.figures.avgWorkingDaysUsed));
  const promised = rows.map((r) => round1(r.figures.avgPromisedDays));
  return {
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: GRID,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', name: '', minInterval: 1 },
      series: [
        { name: names.used, type: 'bar', barMaxWidth: 22, itemStyle: { color: '#13a8a8' }, data: used },
        { name: names.promised, type: 'bar', barMaxWidth: 22, itemStyle: { color: '#bfbfbf' }, data: promised },
      ],
    },
    seriesWithData: [used, promised].filter((d) => d.some((v) => v !== null && v > 0)).length,
    total: rows.reduce((n, r) => n + r.figures.concluded, 0),
  };
}

/** Bars of the 1–5 score distribution. */
export function satisfactionChart(distribution: readonly number[], scoreLabel: (score: number) => string, seriesName: string): BuiltChart {
  const colors = ['#f5222d', '#fa8c16', '#fadb14', '#a0d911', '#52c41a'];
  return {
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { ...GRID, top: 16 },
      xAxis: { type: 'category', data: [1, 2, 3, 4, 5].map(scoreLabel) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: seriesName, type: 'bar', barMaxWidth: 36, data: distribution.map((v, i) => ({ value: v, itemStyle: { color: colors[i] } })) }],
    },
    seriesWithData: distribution.some((v) => v > 0) ? 1 : 0,
    total: distribution.reduce((n, v) => n + v, 0),
  };
}

/** Bars per group: complaints and supplement notices. */
export function complaintsChart(rows: readonly GroupRow[], names: { complaints: string; supplemented: string }): BuiltChart {
  const complaints = rows.map((r) => r.figures.complaints);
  const supplemented = rows.map((r) => r.figures.supplemented);
  return {
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: GRID,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: names.complaints, type: 'bar', barMaxWidth: 22, itemStyle: { color: '#f5222d' }, data: complaints },
        { name: names.supplemented, type: 'bar', barMaxWidth: 22, itemStyle: { color: '#fa8c16' }, data: supplemented },
      ],
    },
    seriesWithData: [complaints, supplemented].filter((d) => d.some((v) => v > 0)).length,
    total: complaints.reduce((n, v) => n + v, 0),
  };
}

/** The rows of a grouping (department or matter) with their display labels, busiest first. */
export function groupRows(overview: Overview, by: 'department' | 'matter', label: (key: string | null) => string): GroupRow[] {
  const rows: GroupRow[] =
    by === 'department'
      ? overview.byDepartment.map((d) => ({ key: d.departmentId ?? '', label: label(d.departmentId), figures: d }))
      : overview.byMatter.map((m) => ({ key: m.matterCode, label: label(m.matterCode), figures: m }));
  return rows.sort((a, b) => b.figures.cases - a.figures.cases || (a.label < b.label ? -1 : 1));
}
