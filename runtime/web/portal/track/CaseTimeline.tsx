/** The case's steps as a vertical timeline: done (green), current (blue), upcoming (grey), with due dates. */
import { Tag, Timeline, Typography } from 'antd';
import { useTrackWords, type TrackKey } from './messages';
import { timeline, type Progress, type TimelineEntry } from './progress';
import { formatChinaDateTime } from '../../shared/china-time';
import { TrackDueDate } from './TrackDueDate';

const COLOR = { done: 'green', current: 'blue', upcoming: 'gray' } as const;

export function CaseTimeline({ progress }: { progress: Progress }) {
  const { w } = useTrackWords();
  const title = (e: TimelineEntry) => (e.kind === 'step' ? e.name : w(`track.step.${e.kind}` as TrackKey));
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={timeline(progress).map((e, i) => ({
        key: i,
        color: COLOR[e.state],
        children: (
          <div data-testid="track-step" data-state={e.state}>
            <Typography.Text strong={e.state === 'current'}>{title(e)}</Typography.Text>{' '}
            <Tag color={e.state === 'done' ? 'green' : e.state === 'current' ? 'blue' : 'default'} style={{ marginLeft: 4 }}>
              {w(`track.state.${e.state}`)}
            </Tag>
            {e.action && <Tag>{w(`track.action.${e.action}` as TrackKey)}</Tag>}
            <div>
              {e.at && e.state !== 'upcoming' && <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 12 }}>{formatChinaDateTime(e.at)}</Typography.Text>}
              {e.dueDate && e.state !== 'done' && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {w('track.stepDueLabel')}<TrackDueDate date={e.dueDate} provisional={e.dueDateProvisional} />
                </Typography.Text>
              )}
            </div>
          </div>
        ),
      }))}
    />
  );
}
