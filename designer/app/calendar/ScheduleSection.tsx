/** The holiday and adjusted-working-day tables of the calendar page, each under its heading. */
import { Typography } from 'antd';
import type { PlacedErrors } from '../../calendar/schedule-errors';
import type { ScheduleDraft } from '../../calendar/year-schedule';
import { useI18n } from '../i18n';
import { HolidayTable, WorkdayTable } from './ScheduleTables';

export function ScheduleTables(props: { draft: ScheduleDraft; errors: PlacedErrors; readOnly: boolean; onChange(next: ScheduleDraft): void }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="cal-holidays-title">
        <Typography.Title level={5} id="cal-holidays-title">
          {t('calendar.holidays')}
        </Typography.Title>
        <HolidayTable {...props} />
      </section>
      <section aria-labelledby="cal-workdays-title">
        <Typography.Title level={5} id="cal-workdays-title">
          {t('calendar.workdays')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('calendar.workdays.help')}</Typography.Paragraph>
        <WorkdayTable {...props} />
      </section>
    </>
  );
}
