/**
 * The dashboard's key figures, in order: [test id, message key, value, colour when above zero].
 * 受理期限预警 / 超期 count applications not yet accepted by their acceptance deadline (art. 32),
 * apart from 预警 / 超期 of the decision (GET /api/supervision/overview `acceptance`).
 */
import type { MessageKey } from './i18n';
import type { Overview } from './supervision-api';

export type KpiTile = [id: string, key: MessageKey, value: string | number, color?: string];

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function kpiTiles(overview: Overview): KpiTile[] {
  const total = overview.total;
  return [
    ['cases', 'kpi.cases', total.cases],
    ['open', 'kpi.open', total.open],
    ['warnings', 'kpi.warnings', total.warnings, '#d48806'],
    ['overdue', 'kpi.overdue', total.overdue, '#cf1322'],
    ['accept-warnings', 'kpi.acceptWarnings', overview.acceptance.yellow, '#d48806'],
    ['accept-overdue', 'kpi.acceptOverdue', overview.acceptance.red, '#cf1322'],
    ['on-time', 'kpi.onTimeRate', pct(total.onTimeRate)],
    ['satisfaction', 'kpi.satisfaction', total.satisfaction.average === null ? '—' : total.satisfaction.average.toFixed(2)],
    ['complaints', 'kpi.complaints', total.complaints],
    ['supplement-rate', 'kpi.supplementRate', pct(total.cases === 0 ? null : total.supplemented / total.cases)],
  ];
}
