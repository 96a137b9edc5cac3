/** The warning or overdue list: open cases past their 80 % line or their due date, each linking to the workbench. */
import { Card, Table, Tag, Typography } from 'antd';
import type { AttentionCase } from './supervision-api';
import { useI18n, type MessageKey } from './i18n';
import type { CatalogNames } from './useCatalogNames';

const LIMIT = 200;

export function AttentionTable({ kind, cases, names }: { kind: 'warning' | 'overdue'; cases: AttentionCase[]; names: CatalogNames }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={
        <span>
          <Tag color={kind === 'overdue' ? 'red' : 'gold'}>{cases.length}</Tag>
          {t(kind === 'overdue' ? 'list.overdue' : 'list.warning')}
        </span>
      }
      extra={cases.length >= LIMIT ? <Typography.Text type="secondary">{t('list.truncated', { n: LIMIT })}</Typography.Text> : null}
    >
      <Table<AttentionCase>
        data-testid={`sup-${kind}-list`}
        size="small"
        rowKey="caseNo"
        dataSource={cases}
        pagination={cases.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('list.empty') }}
        onRow={(c) => ({ 'data-testid': `sup-${kind}-${c.caseNo}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('list.caseNo'), dataIndex: 'caseNo', render: (no: string) => <a href={`/workbench/cases/${encodeURIComponent(no)}`}>{no}</a> },
          { title: t('list.matter'), dataIndex: 'matterCode', render: (code: string) => names.matter(code), ellipsis: true },
          { title: t('list.department'), dataIndex: 'departmentId', render: (id: string | null) => names.department(id) },
          { title: t('list.status'), dataIndex: 'status', render: (s: string) => t(`status.${s}` as MessageKey) },
          { title: t('list.dueDate'), dataIndex: 'dueDate', render: (d: string | null) => <Typography.Text type={kind === 'overdue' ? 'danger' : 'warning'}>{d ?? t('common.none')}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
