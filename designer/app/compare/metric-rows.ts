/**
 * The metrics table of the compare view: which figures, in what order, and whether a change is an
 * improvement. Most figures are better smaller (steps, days, materials, visits); for online depth,
 * the deferrable / waivable / shared material counts and parallel forks a rise is the simplification.
 */
import type { ComparedMetric, CompareResponse } from './compare-api';

export const METRIC_ORDER: readonly ComparedMetric[] = [
  'steps',
  'criticalPathSteps',
  'criticalPathDays',
  'departments',
  'promisedDays',
  'statutoryDays',
  'onSiteVisits',
  'onlineDepth',
  'materials',
  'requiredMaterials',
  'conditionalMaterials',
  'optionalMaterials',
  'deferrableMaterials',
  'waivableMaterials',
  'sharedMaterials',
  'formFields',
  'parallelForks',
];

/** Rows shown indented under `materials`: the materials by kind. */
export const MATERIAL_KINDS: ReadonlySet<ComparedMetric> = new Set([
  'requiredMaterials', 'conditionalMaterials', 'optionalMaterials', 'deferrableMaterials', 'waivableMaterials', 'sharedMaterials',
]);

const HIGHER_IS_BETTER: ReadonlySet<ComparedMetric> = new Set(['onlineDepth', 'deferrableMaterials', 'waivableMaterials', 'sharedMaterials', 'parallelForks']);

export type Tone = 'better' | 'worse' | 'same';

/** Whether moving from `before` to `after` simplifies the matter. */
export function metricTone(key: ComparedMetric, before: number, after: number): Tone {
  if (before === after) return 'same';
  const fell = after < before;
  return fell !== HIGHER_IS_BETTER.has(key) ? 'better' : 'worse';
}

/** One row of the table. */
export interface MetricRow {
  key: ComparedMetric;
  before: number;
  after: number;
  change: number;
  reductionPercent: number | null;
  tone: Tone;
  indent: boolean;
}

/** The report's metrics as table rows, in METRIC_ORDER; unknown future metrics follow in report order. */
export function metricRows(metrics: CompareResponse['metrics']): MetricRow[] {
  const keys = [...METRIC_ORDER.filter((k) => k in metrics), ...(Object.keys(metrics) as ComparedMetric[]).filter((k) => !METRIC_ORDER.includes(k))];
  return keys.map((key) => {
    const m = metrics[key];
    return { key, ...m, tone: metricTone(key, m.before, m.after), indent: MATERIAL_KINDS.has(key) };
  });
}

/**
 * The change as the table prints it: `-65%` / `+50%` from the report's reduction (a reduction is
 * printed with a minus, as the summary does), `+3` when there was nothing before, `0%` when unchanged.
 */
export function changeText(row: Pick<MetricRow, 'before' | 'after' | 'change' | 'reductionPercent'>): string {
  if (row.change === 0) return '0%';
  if (row.reductionPercent === null) return `+${row.change}`;
  return `${row.reductionPercent > 0 ? '-' : '+'}${Math.abs(row.reductionPercent)}%`;
}
