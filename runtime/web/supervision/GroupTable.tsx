/** The figures of every department or matter, sortable by each column. */
import { Table } from 'antd';
import type { GroupRow } from './chart-options';
import { useI18n } from './i18n';

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const num = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));
/** Sort order with the unknowns (null) last. */
const by = (f: (r: GroupRow) => number | null) => (a: GroupRow, b: GroupRow) => (f(a) ?? -Infinity) - (f(b) ?? -Infinity);
const rate = (n: number, d: number) => (d === 0 ? null : n / d);

export function GroupTable({ rows }: { rows: GroupRow[] }) {
  const { t } = useI18n();
  return (
    <Table<GroupRow>
      data-testid="sup-group-table"
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, size: 'small' } : false}
      scroll={{ x: 900 }}
      columns={[
        { title: t('table.name'), dataIndex: 'label', fixed: 'left', width: 200, ellipsis: true, sorter: (a, b) => a.label.localeCompare(b.label, 'zh-CN') },
        { title: t('table.cases'), key: 'cases', align: 'right', sorter: by((r) => r.figures.cases), defaultSortOrder: 'descend', render: (_, r) => r.figures.cases },
        { title: t('table.concluded'), key: 'concluded', align: 'right', sorter: by((r) => r.figures.concluded), render: (_, r) => r.figures.concluded },
        { title: t('table.onTimeRate'), key: 'onTime', align: 'right', sorter: by((r) => r.figures.onTimeRate), render: (_, r) => pct(r.figures.onTimeRate) },
        { title: t('table.avgUsed'), key: 'used', align: 'right', sorter: by((r) => r.figures.avgWorkingDaysUsed), render: (_, r) => num(r.figures.avgWorkingDaysUsed) },
        { title: t('table.avgPromised'), key: 'promised', align: 'right', sorter: by((r) => r.figures.avgPromisedDays), render: (_, r) => num(r.figures.avgPromisedDays) },
        { title: t('table.satisfaction'), key: 'sat', align: 'right', sorter: by((r) => r.figures.satisfaction.average), render: (_, r) => num(r.figures.satisfaction.average, 2) },
        { title: t('table.complaints'), key: 'complaints', align: 'right', sorter: by((r) => r.figures.complaints), render: (_, r) => r.figures.complaints },
        { title: t('table.supplementRate'), key: 'sup', align: 'right', sorter: by((r) => rate(r.figures.supplemented, r.figures.cases)), render: (_, r) => pct(rate(r.figures.supplemented, r.figures.cases)) },
        { title: t('table.warnings'), key: 'warn', align: 'right', sorter: by((r) => r.figures.warnings), render: (_, r) => r.figures.warnings },
        { title: t('table.overdue'), key: 'overdue', align: 'right', sorter: by((r) => r.figures.overdue), render: (_, r) => r.figures.overdue },
      ]}
    />
  );
}
