/**
 * 绩效评分: each department's score over the window, best first, with the centre's for reference;
 * a row opens its explanation (each indicator's value, scaled value, weight, share and points).
 */
import { Alert, Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../shared/http';
import { apiFilters, type FilterState } from './filters';
import { useI18n, type MessageKey } from './i18n';
import { fetchScore, fetchWeights, type IndicatorExplanation, type ScoreReport, type Scored, type StoredWeights } from './supervision-api';
import type { CatalogNames } from './useCatalogNames';
import { WeightsEditor } from './WeightsEditor';

type Row = Scored & { departmentId: string };

const fmtValue = (i: IndicatorExplanation) => {
  if (i.value === null) return '—';
  if (i.indicator === 'satisfaction') return i.value.toFixed(2);
  if (i.indicator === 'complaints') return i.value.toFixed(3);
  return `${(i.value * 100).toFixed(1)}%`;
};

function Explanation({ scored, id }: { scored: Scored; id: string }) {
  const { t } = useI18n();
  return (
    <Table<IndicatorExplanation>
      data-testid={`sup-score-explain-${id}`}
      size="small"
      rowKey="indicator"
      pagination={false}
      dataSource={scored.indicators}
      onRow={(i) => ({ 'data-testid': `sup-score-explain-${id}-${i.indicator}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('score.indicator'),
          dataIndex: 'indicator',
          render: (k: string) => (
            <span>
              {t(`indicator.${k}` as MessageKey)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`score.formula.${k}` as MessageKey)}
              </Typography.Text>
            </span>
          ),
        },
        { title: t('score.value'), key: 'value', align: 'right', render: (_, i) => fmtValue(i) },
        { title: t('score.normalised'), key: 'normalised', align: 'right', render: (_, i) => (i.normalised === null ? <Typography.Text type="secondary">{t('score.excluded')}</Typography.Text> : i.normalised.toFixed(1)) },
        { title: t('score.weight'), dataIndex: 'weight', align: 'right' },
        { title: t('score.share'), key: 'share', align: 'right', render: (_, i) => `${(i.share * 100).toFixed(1)}%` },
        { title: t('score.contribution'), key: 'contribution', align: 'right', render: (_, i) => <strong>{i.contribution.toFixed(1)}</strong> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5}>
            {t('score.score')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <strong>{scored.score === null ? '—' : scored.score.toFixed(1)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

const scoreColor = (s: number) => (s >= 85 ? '#52c41a' : s >= 70 ? '#1f5fbf' : s >= 60 ? '#faad14' : '#f5222d');

export function ScorePanel({ filters, names, canEdit }: { filters: FilterState; names: CatalogNames; canEdit: boolean }) {
  const { t } = useI18n();
  const [report, setReport] = useState<ScoreReport>();
  const [stored, setStored] = useState<StoredWeights>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<string[]>([]);

  const load = useCallback(() => {
    setError(undefined);
    const f = apiFilters(filters);
    Promise.all([fetchScore({ from: f.from, to: f.to }), fetchWeights()]).then(
      ([r, w]) => {
        setReport(r);
        setStored(w);
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    );
  }, [filters]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon message={t('error.load', { message: error })} />;
  if (!report || !stored) return <Card loading />;
  const rows: Row[] = [...report.departments].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const toggle = (id: string) => setOpen((o) => (o.includes(id) ? o.filter((x) => x !== id) : [...o, id]));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <WeightsEditor stored={stored} canEdit={canEdit} onSaved={load} />
      <Card size="small" title={t('score.title')} extra={<Typography.Text type="secondary">{t('filter.window', { from: report.window.from, to: filters.to })}</Typography.Text>}>
        <Typography.Paragraph type="secondary">{t('score.help')}</Typography.Paragraph>
        <Table<Row>
          data-testid="sup-score-table"
          size="small"
          rowKey="departmentId"
          dataSource={rows}
          pagination={false}
          onRow={(r) => ({ 'data-testid': `sup-score-row-${r.departmentId}`, 'data-score': r.score === null ? '' : r.score.toFixed(2) }) as React.HTMLAttributes<HTMLElement>}
          expandable={{
            expandedRowKeys: open,
            showExpandColumn: false,
            expandedRowRender: (r) => <Explanation scored={r} id={r.departmentId} />,
          }}
          columns={[
            { title: t('score.department'), dataIndex: 'departmentId', render: (id: string) => names.department(id) },
            { title: t('score.cases'), key: 'cases', align: 'right', render: (_, r) => r.figures.cases },
            {
              title: t('score.score'),
              key: 'score',
              width: 260,
              render: (_, r) =>
                r.score === null ? (
                  <Typography.Text type="secondary">{t('score.noScore')}</Typography.Text>
                ) : (
                  <Progress percent={Math.round(r.score * 10) / 10} strokeColor={scoreColor(r.score)} format={(p) => `${p}`} data-testid={`sup-score-value-${r.departmentId}`} />
                ),
            },
            ...(['onTimeRate', 'satisfaction', 'complaints', 'supplementRate'] as const).map((k) => ({
              title: t(`indicator.${k}` as MessageKey),
              key: k,
              align: 'right' as const,
              render: (_: unknown, r: Row) => {
                const i = r.indicators.find((x) => x.indicator === k)!;
                return i.normalised === null ? '—' : i.normalised.toFixed(0);
              },
            })),
            {
              title: '',
              key: 'explain',
              render: (_, r) => (
                <Button size="small" type="link" onClick={() => toggle(r.departmentId)} data-testid={`sup-score-expand-${r.departmentId}`}>
                  {t('score.explain')}
                </Button>
              ),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('score.centre')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {report.centre.figures.cases}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2}>
                <span data-testid="sup-score-centre">{report.centre.score === null ? '—' : report.centre.score.toFixed(1)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} colSpan={5} />
            </Table.Summary.Row>
          )}
        />
      </Card>
    </Space>
  );
}
