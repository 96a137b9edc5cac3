/** /designer/review: the matters whose drafts wait for the admin's review, oldest submission first. */
import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { departments as fetchDepartments } from '../api';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { reviewQueue, type QueueMatter } from './review-api';
import { queueOrder, shortTime } from './review-logic';

export function ReviewQueue() {
  const { t } = useI18n();
  const [matters, setMatters] = useState<QueueMatter[]>();
  const [error, setError] = useState<string>();
  const [departmentNames, setDepartmentNames] = useState<Record<string, string>>({});

  const load = useCallback(() => {
    setError(undefined);
    setMatters(undefined);
    reviewQueue()
      .then((ms) => setMatters(queueOrder(ms)))
      .catch((err: Error) => setError(err.message));
  }, []);

  useEffect(() => {
    load();
    fetchDepartments()
      .then((ds) => setDepartmentNames(Object.fromEntries(ds.map((d) => [d.id, d.name]))))
      .catch(() => {});
  }, [load]);

  const open = (code: string) => navigate(`/review/${encodeURIComponent(code)}`);

  return (
    <Card
      title={t('review.title')}
      extra={
        <Space>
          {matters && <Typography.Text type="secondary" data-testid="review-count">{t('review.count', { n: matters.length })}</Typography.Text>}
          <Button onClick={load} data-testid="review-reload">
            {t('review.reload')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={t('review.failed', { message: error })} style={{ marginBottom: 12 }} />}
      <Table<QueueMatter>
        data-testid="review-queue"
        rowKey="code"
        loading={matters === undefined && !error}
        dataSource={matters ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={<span data-testid="review-empty">{t('review.empty')}</span>} /> }}
        onRow={(m) => ({ 'data-testid': `review-row-${m.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('review.col.name'),
            key: 'name',
            render: (m: QueueMatter) => (
              <a
                href={`/designer/review/${encodeURIComponent(m.code)}`}
                data-testid="review-open"
                onClick={(e) => {
                  e.preventDefault();
                  open(m.code);
                }}
              >
                {m.name}
              </a>
            ),
          },
          { title: t('review.col.department'), key: 'department', render: (m: QueueMatter) => departmentNames[m.departmentId] ?? m.departmentId },
          { title: t('review.col.author'), key: 'author', render: (m: QueueMatter) => m.draft?.author ?? t('review.unknown') },
          { title: t('review.col.submittedAt'), key: 'submittedAt', render: (m: QueueMatter) => shortTime(m.draft?.submittedAt ?? m.draft?.updatedAt) },
          {
            title: t('review.col.summary'),
            key: 'summary',
            render: (m: QueueMatter) => (
              <Typography.Paragraph style={{ margin: 0, maxWidth: 480 }} ellipsis={{ rows: 2, tooltip: m.draft?.changeSummary }}>
                {m.draft?.changeSummary ?? t('review.unknown')}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
