/**
 * The department inbox: open tasks most urgent first, coloured by deadline (green / yellow / red)
 * with a count per colour (a click filters by it), filters for matter, case status, step and
 * overdue-only, and a sort order. Supervisors and admins choose the department to look at. A front
 * desk also sees the cases it received (DeskCases), to follow them after acceptance.
 */
import { Alert, Badge, Button, Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { SessionUser } from '../../shared/http';
import { api } from '../api';
import { useT, type T } from '../i18n';
import { href, navigate } from '../router';
import { chinaToday, daysLeft, DUE_TONES, TONE_COLORS, type DueTone } from './due-tone';
import { DeskCases } from './DeskCases';
import { DueDate } from '../DueDate';
import { filterRows, inboxRows, options, sortRows, toneCounts, type InboxFilter, type InboxRow, type InboxSort } from './inbox-model';
import { useInbox } from './use-inbox';
import { errorText } from '../error-text';
import { formatChinaDateTime } from '../../shared/china-time';

export function Inbox({ user }: { user: SessionUser }) {
  const t = useT();
  const wide = user.role === 'admin' || user.role === 'supervisor';
  const [department, setDepartment] = useState<string | undefined>(wide ? undefined : user.departmentId);
  const [departments, setDepartments] = useState<Array<{ id: string; name: string; frontDesk?: boolean }>>([]);
  useEffect(() => {
    api.departments().then(
      (list) => {
        setDepartments(list.map((d) => ({ id: d.id, name: d.name, frontDesk: d.frontDesk })));
        if (wide) setDepartment((d) => d ?? list[0]?.id);
      },
      () => undefined,
    );
  }, [wide]);
  const { data, error, loading, reload } = useInbox(wide ? department : undefined);
  const [filter, setFilter] = useState<InboxFilter>({});
  const [sort, setSort] = useState<InboxSort>('urgency');
  const today = chinaToday();
  const all = useMemo(() => (data ? inboxRows(data.tasks, data.cases, data.matterNames) : []), [data]);
  const frontDesk = !wide && departments.some((d) => d.id === user.departmentId && d.frontDesk);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  const counts = toneCounts(all);
  const opts = options(all);
  const deptName = departments.find((d) => d.id === (department ?? user.departmentId))?.name;

  const columns = [
    {
      title: t('inbox.col.due'),
      key: 'due',
      width: 150,
      render: (_: unknown, r: InboxRow) => (
        <Space direction="vertical" size={0}>
          <Tag color={TONE_COLORS[r.tone]} data-testid="inbox-tone">
            {t(`tone.${r.tone}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.task.dueDate ? (
              <>
                <DueDate date={r.task.dueDate} provisional={r.task.dueDateProvisional} /> · {dueWords(t, daysLeft(r.task.dueDate, today))}
              </>
            ) : (
              t('inbox.noDue')
            )}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('inbox.col.case'),
      key: 'case',
      render: (_: unknown, r: InboxRow) => (
        <Space direction="vertical" size={0}>
          <a
            href={href(`/cases/${encodeURIComponent(r.task.caseNo)}`)}
            data-testid="inbox-open"
            onClick={(e) => {
              e.preventDefault();
              navigate(`/cases/${encodeURIComponent(r.task.caseNo)}`);
            }}
          >
            {r.task.caseNo}
          </a>
          <Typography.Text>{r.matterName ?? r.case?.matterCode ?? '—'}</Typography.Text>
        </Space>
      ),
    },
    { title: t('inbox.col.applicant'), key: 'applicant', render: (_: unknown, r: InboxRow) => r.case?.applicantName ?? '—' },
    { title: t('inbox.col.step'), key: 'step', render: (_: unknown, r: InboxRow) => r.task.stepName },
    { title: t('inbox.col.status'), key: 'status', render: (_: unknown, r: InboxRow) => (r.case ? t(`status.${r.case.status}`) : '—') },
    { title: t('inbox.col.received'), key: 'received', render: (_: unknown, r: InboxRow) => (r.case?.receivedAt ? formatChinaDateTime(r.case.receivedAt) : '—') },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
    <Card
      title={
        <Space>
          {t('inbox.title')}
          {deptName && <Typography.Text type="secondary">{deptName}</Typography.Text>}
        </Space>
      }
      extra={
        <Space wrap>
          {wide && (
            <Select
              data-testid="inbox-filter-department"
              style={{ width: 220 }}
              value={department}
              onChange={setDepartment}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              placeholder={t('inbox.department')}
            />
          )}
          <Button onClick={reload} data-testid="inbox-reload">
            {t('inbox.reload')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} data-testid="inbox-counts">
        {DUE_TONES.map((tone) => (
          <Button
            key={tone}
            data-testid={`inbox-count-${tone}`}
            data-count={counts[tone]}
            type={filter.tone === tone ? 'primary' : 'default'}
            onClick={() => setFilter((f) => ({ ...f, tone: f.tone === tone ? undefined : tone }))}
          >
            <Badge color={TONE_COLORS[tone]} text={`${t(`tone.${tone}`)} ${counts[tone]}`} />
          </Button>
        ))}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          data-testid="inbox-filter-matter"
          allowClear
          style={{ width: 260 }}
          placeholder={t('inbox.filter.matter')}
          value={filter.matter}
          onChange={(v?: string) => setFilter((f) => ({ ...f, matter: v }))}
          options={opts.matters.map((m) => ({ value: m.code, label: m.name }))}
        />
        <Select
          data-testid="inbox-filter-status"
          allowClear
          style={{ width: 160 }}
          placeholder={t('inbox.filter.status')}
          value={filter.status}
          onChange={(v?: string) => setFilter((f) => ({ ...f, status: v }))}
          options={opts.statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          data-testid="inbox-filter-step"
          allowClear
          style={{ width: 180 }}
          placeholder={t('inbox.filter.step')}
          value={filter.step}
          onChange={(v?: string) => setFilter((f) => ({ ...f, step: v }))}
          options={opts.steps.map((s) => ({ value: s, label: s }))}
        />
        <Checkbox data-testid="inbox-filter-overdue" checked={!!filter.overdueOnly} onChange={(e) => setFilter((f) => ({ ...f, overdueOnly: e.target.checked }))}>
          {t('inbox.filter.overdue')}
        </Checkbox>
        <Select
          data-testid="inbox-sort"
          style={{ width: 180 }}
          value={sort}
          onChange={setSort}
          options={(['urgency', 'opened', 'received'] as const).map((s) => ({ value: s, label: t(`inbox.sort.${s}`) }))}
        />
      </Space>
      {error !== undefined && <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} />}
      <Table<InboxRow>
        rowKey={(r) => r.task.id}
        loading={loading}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('inbox.empty') }}
        onRow={(r) => ({ 'data-testid': 'inbox-row', 'data-case-no': r.task.caseNo, 'data-tone': r.tone, style: { boxShadow: `inset 4px 0 0 ${TONE_COLORS[r.tone]}` } }) as never}
      />
    </Card>
    {frontDesk && <DeskCases matterNames={data?.matterNames ?? new Map()} />}
    </Space>
  );
}

function dueWords(t: T, left: number): string {
  return left < 0 ? t('inbox.overdueBy', { n: -left }) : left === 0 ? t('inbox.dueToday') : t('inbox.daysLeft', { n: left });
}

export type { DueTone };
