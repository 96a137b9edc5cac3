/**
 * 监察概览: the figures of the cases received in the chosen window — key figures, cases by status
 * over time, on-time rate and working days per department or matter, satisfaction, complaints and
 * supplements, the sortable table and the warning / overdue lists. The key figures: kpi-tiles.ts.
 */
import { Alert, Card, Col, Empty, Row, Segmented, Space, Statistic, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../shared/http';
import { AttentionTable } from './AttentionTable';
import { CreditPanel } from './CreditPanel';
import { complaintsChart, daysChart, groupRows, onTimeChart, satisfactionChart, statusSeriesChart, type BuiltChart } from './chart-options';
import { EChart } from './EChart';
import { apiFilters, type FilterState } from './filters';
import { GroupTable } from './GroupTable';
import { useI18n, type MessageKey } from './i18n';
import { kpiTiles } from './kpi-tiles';
import { fetchOverview, type Overview } from './supervision-api';
import type { CatalogNames } from './useCatalogNames';

function ChartCard({ title, name, built, height, empty }: { title: string; name: string; built: BuiltChart; height?: number; empty: string }) {
  return (
    <Card size="small" title={title} styles={{ body: { position: 'relative' } }}>
      <EChart testId={`sup-chart-${name}`} option={built.option} height={height} ariaLabel={title} data={{ 'data-series-count': built.seriesWithData, 'data-total': built.total }} />
      {built.seriesWithData === 0 && (
        <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        </div>
      )}
    </Card>
  );
}

export function Dashboard({ filters, names }: { filters: FilterState; names: CatalogNames }) {
  const { t } = useI18n();
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();
  const [groupBy, setGroupBy] = useState<'department' | 'matter'>('department');

  useEffect(() => {
    let live = true;
    setError(undefined);
    fetchOverview(apiFilters(filters)).then(
      (o) => live && setOverview(o),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [filters]);

  const charts = useMemo(() => {
    if (!overview) return undefined;
    const rows = groupRows(overview, groupBy, (k) => (groupBy === 'department' ? names.department(k) : names.matter(k ?? '')));
    return {
      rows,
      status: statusSeriesChart(overview.series.points, (s) => t(`status.${s}` as MessageKey)),
      onTime: onTimeChart(rows, t('chart.onTime')),
      days: daysChart(rows, { used: t('chart.daysUsed'), promised: t('chart.daysPromised') }),
      satisfaction: satisfactionChart(overview.total.satisfaction.distribution, (n) => t('chart.score', { n }), t('chart.ratings')),
      complaints: complaintsChart(rows, { complaints: t('chart.complaintsSeries'), supplemented: t('chart.supplementedSeries') }),
    };
  }, [overview, groupBy, names, t]);

  if (error) return <Alert type="error" showIcon message={t('error.load', { message: error })} data-testid="sup-error" />;
  if (!overview || !charts) return <Card loading />;
  const total = overview.total;
  const empty = t('chart.empty');
  const kpis = kpiTiles(overview);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="sup-dashboard">
      <Typography.Text type="secondary" data-testid="sup-window">
        {t('filter.window', { from: overview.window.from, to: filters.to })}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        {kpis.map(([id, key, value, color]) => (
          <Col key={id} xs={12} sm={8} md={6} xl={3}>
            <Card size="small" data-testid={`sup-kpi-${id}`}>
              <Statistic title={t(key)} value={value} valueStyle={color && Number(value) > 0 ? { color } : undefined} />
              {id === 'satisfaction' && <Typography.Text type="secondary">{t('kpi.ratedCount', { n: total.satisfaction.count })}</Typography.Text>}
            </Card>
          </Col>
        ))}
      </Row>
      <ChartCard title={t('chart.status')} name="status" built={charts.status} height={320} empty={empty} />
      <Segmented
        data-testid="sup-filter-groupby"
        value={groupBy}
        onChange={(v) => setGroupBy(v as 'department' | 'matter')}
        options={[
          { value: 'department', label: t('filter.byDepartment') },
          { value: 'matter', label: t('filter.byMatter') },
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <ChartCard title={t('chart.onTime')} name="on-time" built={charts.onTime} height={Math.max(240, charts.rows.length * 32 + 40)} empty={empty} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('chart.days')} name="days" built={charts.days} height={Math.max(240, charts.rows.length * 32 + 40)} empty={empty} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('chart.satisfaction')} name="satisfaction" built={charts.satisfaction} height={260} empty={empty} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('chart.complaints')} name="complaints" built={charts.complaints} height={260} empty={empty} />
        </Col>
      </Row>
      <Card size="small" title={t('table.title')}>
        <GroupTable rows={charts.rows} />
      </Card>
      <CreditPanel filters={filters} names={names} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <AttentionTable kind="overdue" cases={overview.overdueList} names={names} />
        </Col>
        <Col xs={24} xl={12}>
          <AttentionTable kind="warning" cases={overview.warningList} names={names} />
        </Col>
      </Row>
    </Space>
  );
}
