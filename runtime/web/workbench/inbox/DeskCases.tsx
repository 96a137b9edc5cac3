/**
 * 本窗口收件: the cases the signed-in front desk received or accepted (GET /api/cases?scope=desk),
 * so the desk follows them after acceptance (前台综合受理、后台分类审批) until it issues the result.
 */
import { Alert, Button, Card, Table, Tag } from 'antd';
import type { Case } from '../../../../schemas/types.generated.js';
import { formatChinaDateTime } from '../../shared/china-time';
import { api } from '../api';
import { DueDate } from '../DueDate';
import { errorText } from '../error-text';
import { useT } from '../i18n';
import { href, navigate } from '../router';
import { useLoaded } from '../use-loaded';
import { deskDue, type DeskCase } from './desk-due';
import { TONE_COLORS } from './due-tone';

export function DeskCases({ matterNames }: { matterNames: ReadonlyMap<string, string> }) {
  const t = useT();
  const { data, error, loading, reload } = useLoaded('desk', () => api.deskCases());
  const rows: DeskCase[] = data?.items ?? [];
  const columns = [
    {
      title: t('inbox.col.case'),
      key: 'case',
      render: (_: unknown, c: Case) => (
        <a
          href={href(`/cases/${encodeURIComponent(c.caseNo)}`)}
          data-testid="desk-open"
          onClick={(e) => {
            e.preventDefault();
            navigate(`/cases/${encodeURIComponent(c.caseNo)}`);
          }}
        >
          {c.caseNo}
        </a>
      ),
    },
    { title: t('desk.col.matter'), key: 'matter', render: (_: unknown, c: Case) => matterNames.get(c.matterCode) ?? c.matterCode },
    { title: t('inbox.col.applicant'), key: 'applicant', render: (_: unknown, c: Case) => c.applicant.name },
    { title: t('inbox.col.status'), key: 'status', render: (_: unknown, c: Case) => t(`status.${c.status}`) },
    {
      title: t('inbox.col.due'),
      key: 'due',
      render: (_: unknown, c: DeskCase) => {
        const due = deskDue(c);
        if (!due) return '—';
        return due.kind === 'decision' ? (
          <Tag color={TONE_COLORS[due.tone]} data-testid="desk-due" data-tone={due.tone}>
            <DueDate date={due.date} provisional={due.provisional} />
          </Tag>
        ) : (
          <Tag color={TONE_COLORS[due.tone]} data-testid="desk-accept-due" data-tone={due.tone}>
            {t('desk.acceptBy', { date: due.date })}
          </Tag>
        );
      },
    },
    { title: t('inbox.col.received'), key: 'received', render: (_: unknown, c: Case) => formatChinaDateTime(c.receivedAt) },
  ];
  return (
    <Card title={t('desk.casesTitle')} size="small" data-testid="desk-cases" extra={<Button onClick={reload}>{t('inbox.reload')}</Button>}>
      {error !== undefined && <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 12 }} />}
      <Table<DeskCase>
        rowKey="caseNo"
        size="small"
        loading={loading}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('desk.none') }}
        onRow={(c) => ({ 'data-testid': 'desk-row', 'data-case-no': c.caseNo, 'data-status': c.status }) as never}
      />
    </Card>
  );
}
