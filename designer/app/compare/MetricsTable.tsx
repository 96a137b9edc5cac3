/** The metrics of a compare report: figure, before, after, change (green when it simplifies, red when it does not). */
import { Table } from 'antd';
import { useI18n } from '../i18n';
import type { CompareResponse } from './compare-api';
import { changeText, metricRows, type MetricRow } from './metric-rows';

const TONE_COLORS = { better: '#389e0d', worse: '#cf1322', same: '#8c8c8c' } as const;

/** `single`: one version only (a new matter): the figure and its value. */
export function MetricsTable({ metrics, single = false }: { metrics: CompareResponse['metrics']; single?: boolean }) {
  const { t } = useI18n();
  const rows = metricRows(metrics);
  const name = {
    title: t('compare.col.metric'),
    key: 'metric',
    render: (r: MetricRow) => <span style={r.indent ? { paddingLeft: 20, color: '#595959' } : { fontWeight: 500 }}>{t(`compare.metric.${r.key}`)}</span>,
  };
  const cell = (r: MetricRow, which: 'before' | 'after') => <span data-testid={`compare-metric-${r.key}-${which}`}>{r[which]}</span>;
  const columns = single
    ? [name, { title: t('compare.col.value'), key: 'after', align: 'right' as const, render: (r: MetricRow) => cell(r, 'after') }]
    : [
        name,
        { title: t('compare.col.before'), key: 'before', align: 'right' as const, render: (r: MetricRow) => cell(r, 'before') },
        { title: t('compare.col.after'), key: 'after', align: 'right' as const, render: (r: MetricRow) => cell(r, 'after') },
        {
          title: t('compare.col.change'),
          key: 'reduction',
          align: 'right' as const,
          render: (r: MetricRow) => (
            <span
              data-testid={`compare-metric-${r.key}-reduction`}
              data-reduction={r.reductionPercent ?? ''}
              data-tone={r.tone}
              style={{ color: TONE_COLORS[r.tone], fontWeight: r.tone === 'same' ? 400 : 600 }}
            >
              {changeText(r)}
            </span>
          ),
        },
      ];
  return (
    <Table<MetricRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={columns}
      onRow={(r) => ({ 'data-testid': `compare-metric-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
      data-testid="compare-metrics"
    />
  );
}
