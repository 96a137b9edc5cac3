/**
 * What saving a schedule would move (POST …/preview): how many open cases and tasks get new dates,
 * and the first 200 cases — due date before → after, and each task's. testid `cal-preview`, rows
 * `cal-move-<caseNo>`.
 */
import { Alert, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../i18n';
import type { ScheduleMove, SchedulePreview } from './calendar-api';

const arrow = (from?: string, to?: string) => (from === undefined ? '—' : from === to ? from : `${from} → ${to}`);

export function MovesPreview({ preview }: { preview: SchedulePreview }) {
  const { t } = useI18n();
  // Without `moved`, every case counted is one whose dates move.
  const moved = preview.moved ?? preview.cases;
  const confirmed = preview.cases - moved;
  return (
    <div data-testid="cal-preview" data-cases={preview.cases} data-moved={moved} data-tasks={preview.tasks}>
      <Alert
        type={moved + preview.tasks > 0 ? 'info' : 'success'}
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="cal-preview-summary"
        message={
          <>
            {moved + preview.tasks > 0 ? t('calendar.preview.summary', { cases: moved, tasks: preview.tasks }) : t('calendar.preview.nothing')}
            {confirmed > 0 && t('calendar.preview.confirmed', { n: confirmed })}
          </>
        }
        description={preview.moves.length < preview.cases ? t('calendar.preview.first', { n: preview.moves.length }) : undefined}
      />
      {preview.moves.length > 0 && (
        <Table<ScheduleMove>
          size="small"
          rowKey="caseNo"
          dataSource={preview.moves}
          pagination={preview.moves.length > 20 ? { pageSize: 20, size: 'small' } : false}
          onRow={(m) => ({ 'data-testid': `cal-move-${m.caseNo}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('calendar.preview.caseNo'), dataIndex: 'caseNo', width: 200 },
            {
              title: t('calendar.preview.due'),
              key: 'due',
              width: 260,
              render: (_, m) => (
                <>
                  {arrow(m.dueDate?.from, m.dueDate?.to)}
                  {m.acceptDueDate && (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t('calendar.preview.acceptDue')}：{arrow(m.acceptDueDate.from, m.acceptDueDate.to)}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('calendar.preview.tasks'),
              key: 'tasks',
              render: (_, m) =>
                m.tasks?.length ? (
                  m.tasks.map((task) => (
                    <Typography.Text key={task.taskId} style={{ display: 'block' }}>
                      {task.stepName}：{arrow(task.from, task.to)}
                    </Typography.Text>
                  ))
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
