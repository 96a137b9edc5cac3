/**
 * 受理与决定归属: who did what in the window — acceptance credited to the desk that accepted (a
 * centre front desk accepting for another department counts under the front desk), the decision to
 * the department of the deciding step — by department, and 收件 / 受理 by hall window. All figures
 * are the server's (GET /api/supervision/credit); nothing is derived here.
 * testids sup-credit, sup-credit-departments (rows sup-credit-row-<departmentId>), sup-credit-windows
 * (rows sup-credit-window-<departmentId>-<windowId|none>).
 */
import { Alert, Card, Col, Row, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { apiFilters, type FilterState } from './filters';
import { useI18n } from './i18n';
import { fetchCredit, type CreditReport } from './supervision-api';
import type { CatalogNames } from './useCatalogNames';

type DepartmentCredit = CreditReport['departments'][number];
type WindowCredit = CreditReport['windows'][number];

const testRow = (id: string) => ({ 'data-testid': id }) as HTMLAttributes<HTMLElement>;

/** A right-aligned, sortable count column of `key`. */
function countColumn<R>(title: string, key: keyof R & string): ColumnType<R> {
  return { title, key, align: 'right', sorter: (a, b) => Number(a[key]) - Number(b[key]), render: (_, r) => Number(r[key]) };
}

export function CreditPanel({ filters, names }: { filters: FilterState; names: CatalogNames }) {
  const { t } = useI18n();
  const [report, setReport] = useState<CreditReport>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    const f = apiFilters(filters);
    fetchCredit({ from: f.from, to: f.to }).then(
      (r) => live && setReport(r),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [filters]);

  return (
    <Card size="small" title={t('credit.title')} data-testid="sup-credit">
      <Typography.Paragraph type="secondary">{t('credit.help')}</Typography.Paragraph>
      {failed && <Alert type="error" showIcon message={t('credit.failed')} />}
      {!failed && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={14}>
            <Table<DepartmentCredit>
              data-testid="sup-credit-departments"
              size="small"
              loading={!report}
              rowKey="departmentId"
              dataSource={report?.departments ?? []}
              pagination={false}
              onRow={(d) => testRow(`sup-credit-row-${d.departmentId}`)}
              title={() => t('credit.byDepartment')}
              columns={[
                { title: t('score.department'), key: 'department', render: (_, d) => (names.department(d.departmentId) === d.departmentId && d.name ? d.name : names.department(d.departmentId)) },
                countColumn<DepartmentCredit>(t('credit.received'), 'received'),
                countColumn<DepartmentCredit>(t('credit.accepted'), 'accepted'),
                countColumn<DepartmentCredit>(t('credit.decided'), 'decided'),
                countColumn<DepartmentCredit>(t('credit.granted'), 'granted'),
                countColumn<DepartmentCredit>(t('credit.denied'), 'denied'),
              ]}
            />
          </Col>
          <Col xs={24} xl={10}>
            <Table<WindowCredit>
              data-testid="sup-credit-windows"
              size="small"
              loading={!report}
              rowKey={(w) => `${w.departmentId}-${w.windowId ?? 'none'}`}
              dataSource={report?.windows ?? []}
              pagination={false}
              onRow={(w) => testRow(`sup-credit-window-${w.departmentId}-${w.windowId ?? 'none'}`)}
              title={() => t('credit.byWindow')}
              columns={[
                { title: t('score.department'), key: 'department', render: (_, w) => names.department(w.departmentId) },
                {
                  title: t('score.window'),
                  key: 'window',
                  render: (_, w) => (w.windowId === null ? <Typography.Text type="secondary">{t('score.noWindow')}</Typography.Text> : (w.name ?? names.window(w.departmentId, w.windowId))),
                },
                countColumn<WindowCredit>(t('credit.received'), 'received'),
                countColumn<WindowCredit>(t('credit.accepted'), 'accepted'),
              ]}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
