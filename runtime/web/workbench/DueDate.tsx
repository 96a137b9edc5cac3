/**
 * A due date as the workbench prints it: the date, and when its count crosses a day of a year whose
 * holiday schedule is not yet published, a 预计 mark whose tooltip says so ("预计，待公布放假安排后确认").
 */
import { Tag, Tooltip } from 'antd';
import { useT } from './i18n';

export function DueDate({ date, provisional }: { date: string; provisional?: boolean }) {
  const t = useT();
  return (
    <span data-testid="due-date" data-provisional={provisional ? 'true' : 'false'}>
      {date}
      {provisional && (
        <Tooltip title={t('due.provisionalHint')}>
          <Tag color="purple" style={{ marginInlineStart: 4, marginInlineEnd: 0 }} data-testid="due-provisional" tabIndex={0} aria-label={t('due.provisionalHint')}>
            {t('due.provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
