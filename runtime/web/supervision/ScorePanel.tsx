/**
 * 绩效评分: the weights, then each department's score over the window, best first, with the
 * centre's for reference — or, switched to 按窗口, each hall window's (the window of the clerk who
 * accepted the case; 未指定窗口 for a department's other cases). A row opens its explanation.
 */
import { Alert, Card, Radio, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../shared/http';
import { apiFilters, type FilterState } from './filters';
import { useI18n } from './i18n';
import { ScoreTable } from './ScoreTable';
import { fetchScore, fetchWeights, type ScoreReport, type StoredWeights } from './supervision-api';
import type { CatalogNames } from './useCatalogNames';
import { WeightsEditor } from './WeightsEditor';

type DepartmentRow = ScoreReport['departments'][number];
type WindowRow = ScoreReport['windows'][number];

/** A window row's id in test ids: `<departmentId>-<windowId>`, `none` for 未指定窗口. */
export const windowRowId = (w: Pick<WindowRow, 'departmentId' | 'windowId'>) => `${w.departmentId}-${w.windowId ?? 'none'}`;

export function ScorePanel({ filters, names, canEdit }: { filters: FilterState; names: CatalogNames; canEdit: boolean }) {
  const { t } = useI18n();
  const [report, setReport] = useState<ScoreReport>();
  const [stored, setStored] = useState<StoredWeights>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<'departments' | 'windows'>('departments');

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
  const byWindow = view === 'windows';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <WeightsEditor stored={stored} canEdit={canEdit} onSaved={load} />
      <Card
        size="small"
        title={
          <Space wrap>
            {t(byWindow ? 'score.windowsTitle' : 'score.title')}
            <Radio.Group size="small" value={view} onChange={(e) => setView(e.target.value as typeof view)} optionType="button">
              <Radio.Button value="departments">
                <span data-testid="sup-score-view-departments">{t('score.byDepartment')}</span>
              </Radio.Button>
              <Radio.Button value="windows">
                <span data-testid="sup-score-view-windows">{t('score.byWindow')}</span>
              </Radio.Button>
            </Radio.Group>
          </Space>
        }
        extra={<Typography.Text type="secondary">{t('filter.window', { from: report.window.from, to: filters.to })}</Typography.Text>}
      >
        <Typography.Paragraph type="secondary">
          {t('score.help')}
          {byWindow ? ` ${t('score.windowsHelp')}` : ''}
        </Typography.Paragraph>
        {byWindow ? (
          <ScoreTable<WindowRow>
            testid="sup-score-windows"
            rowPrefix="sup-score-window"
            rows={report.windows}
            idOf={windowRowId}
            leading={[
              { title: t('score.department'), key: 'department', render: (_, w) => names.department(w.departmentId) },
              {
                title: t('score.window'),
                key: 'window',
                render: (_, w) => (w.windowId === null ? <Typography.Text type="secondary">{t('score.noWindow')}</Typography.Text> : (w.windowName ?? w.windowId)),
              },
            ]}
          />
        ) : (
          <ScoreTable<DepartmentRow>
            testid="sup-score-table"
            rowPrefix="sup-score-row"
            rows={report.departments}
            idOf={(d) => d.departmentId}
            leading={[{ title: t('score.department'), key: 'department', render: (_, d) => names.department(d.departmentId) }]}
            summary={(lead) => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={lead}>
                  <strong>{t('score.centre')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={lead} align="right">
                  {report.centre.figures.cases}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={lead + 1}>
                  <span data-testid="sup-score-centre">{report.centre.score === null ? '—' : report.centre.score.toFixed(1)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={lead + 2} colSpan={5} />
              </Table.Summary.Row>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
