/** A due date on the tracking page; 预计 with its tooltip when the count crosses a day of a year whose holidays are not yet published. */
import { Tag, Tooltip } from 'antd';
import { useTrackWords } from './messages';

export function TrackDueDate({ date, provisional }: { date: string; provisional?: boolean }) {
  const { w } = useTrackWords();
  return (
    <span data-testid="track-due-date" data-provisional={provisional ? 'true' : 'false'}>
      {date}
      {provisional && (
        <Tooltip title={w('track.provisionalHint')}>
          <Tag color="purple" style={{ marginInlineStart: 4 }} tabIndex={0} aria-label={w('track.provisionalHint')} data-testid="track-provisional">
            {w('track.provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
