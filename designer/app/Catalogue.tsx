/**
 * The catalogue view: the matters the signed-in staff member may work on (an editor: their
 * department's; admin and supervisor: all), with status, live version and last change, filtered
 * on the client by name, code or pinyin. Editors and admins create matters here (新建事项) and start
 * a new draft from a live version.
 */
import { Alert, App as AntApp, Button, Card, Input, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { departments as fetchDepartments, startDraft, workspaceMatters, type Department, type MatterStatus, type SessionUser, type WorkspaceMatter } from './api';
import { NewMatterModal } from './NewMatterModal';
import { useI18n } from './i18n';
import { navigate } from './router';
import { loadPinyinSearch, matches, plainKeys, type PinyinSearch } from './matter-filter';

const STATUS_COLOR: Record<MatterStatus, string> = {
  draft: 'blue',
  in_review: 'gold',
  rejected: 'red',
  published: 'green',
  retired: 'default',
};

export function Catalogue({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [matters, setMatters] = useState<WorkspaceMatter[]>();
  const { message } = AntApp.useApp();
  const [departments, setDepartments] = useState<Department[]>([]);
  const departmentNames = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.name])), [departments]);
  const [creating, setCreating] = useState(false);
  const [starting, setStarting] = useState<string>();
  const canEdit = user.role === 'editor' || user.role === 'admin';
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [pinyin, setPinyin] = useState<PinyinSearch>();

  const load = useCallback(() => {
    setError(undefined);
    workspaceMatters()
      .then(setMatters)
      .catch((err: Error) => setError(err.message));
  }, []);

  useEffect(() => {
    load();
    fetchDepartments()
      .then(setDepartments)
      .catch(() => {});
    loadPinyinSearch()
      .then(setPinyin)
      .catch(() => {});
  }, [load]);

  const rows = useMemo(() => {
    const keyed = (matters ?? []).map((m) => ({ m, keys: pinyin ? pinyin.keysOf(m) : plainKeys(m) }));
    return keyed
      .filter(({ keys }) => matches(keys, query, pinyin?.normalize))
      .sort((a, b) => (a.keys.sortKey < b.keys.sortKey ? -1 : a.keys.sortKey > b.keys.sortKey ? 1 : 0))
      .map(({ m }) => m);
  }, [matters, pinyin, query]);

  const columns: TableColumnsType<WorkspaceMatter> = [
    {
      title: t('col.name'),
      dataIndex: 'name',
      render: (name: string, m) => (
        <a
          href={`/designer/matters/${encodeURIComponent(m.code)}`}
          data-testid="open-matter"
          onClick={(e) => {
            e.preventDefault();
            navigate(`/matters/${encodeURIComponent(m.code)}`);
          }}
        >
          <Typography.Text strong>{name}</Typography.Text>
        </a>
      ),
    },
    { title: t('col.code'), dataIndex: 'code', render: (code: string) => <Typography.Text type="secondary" copyable={{ text: code }}>{code}</Typography.Text> },
    ...(user.role === 'editor' || user.role === 'clerk'
      ? []
      : [{ title: t('col.department'), dataIndex: 'departmentId', render: (id: string) => departmentNames[id] ?? id }]),
    {
      title: t('col.status'),
      dataIndex: 'status',
      render: (status: MatterStatus) => (
        <Tag color={STATUS_COLOR[status]} data-status={status}>
          {t(`status.${status}`)}
        </Tag>
      ),
    },
    {
      title: t('col.liveVersion'),
      dataIndex: 'liveVersion',
      render: (n: number | null) => (n === null ? <Typography.Text type="secondary">{t('version.none')}</Typography.Text> : t('version.n', { n })),
    },
    {
      title: t('col.updatedAt'),
      dataIndex: 'updatedAt',
      render: (at: string, m) => (
        <span title={at}>
          {dayjs(at).format('YYYY-MM-DD HH:mm')}
          {m.draft?.author ? ` · ${m.draft.author}` : ''}
        </span>
      ),
    },
  ];

  const newDraft = async (code: string) => {
    setStarting(code);
    try {
      await startDraft(code);
      navigate(`/matters/${encodeURIComponent(code)}`);
    } catch (err) {
      message.error(t('error.generic', { message: (err as Error).message }));
      setStarting(undefined);
    }
  };
  if (canEdit)
    columns.push({
      title: t('col.actions'),
      key: 'actions',
      render: (_: unknown, m) =>
        m.draft === null && m.liveVersion !== null && m.status !== 'retired' ? (
          <Tooltip title={t('catalogue.newDraftTip', { n: m.liveVersion })}>
            <Button size="small" loading={starting === m.code} onClick={() => void newDraft(m.code)} data-testid="catalogue-new-draft">
              {t('matter.newDraft')}
            </Button>
          </Tooltip>
        ) : m.draft?.status === 'rejected' ? (
          <Tooltip title={m.draft.rejectReason}>
            <Typography.Text type="danger">{t('catalogue.rejectedSee')}</Typography.Text>
          </Tooltip>
        ) : null,
    });

  const scope = user.departmentId && (user.role === 'editor' || user.role === 'clerk') ? (departmentNames[user.departmentId] ?? user.departmentId) : t('catalogue.scope.all');

  return (
    <Card
      title={
        <Space>
          <span>{t('catalogue.title')}</span>
          <Typography.Text type="secondary" data-testid="catalogue-scope">
            {scope}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Input.Search allowClear placeholder={t('catalogue.search')} value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: 280 }} data-testid="catalogue-search" />
          <Button onClick={load}>{t('catalogue.reload')}</Button>
          {canEdit && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-matter">
              + {t('newMatter.title')}
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('error.generic', { message: error })} />}
      <Table<WorkspaceMatter>
        data-testid="catalogue-table"
        rowKey="code"
        size="middle"
        loading={matters === undefined && !error}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('catalogue.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('catalogue.count', { n }) }}
      />
      <NewMatterModal open={creating} onClose={() => setCreating(false)} user={user} departments={departments} existing={matters ?? []} />
    </Card>
  );
}
