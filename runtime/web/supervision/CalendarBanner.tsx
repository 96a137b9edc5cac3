/**
 * The supervision app's missing-schedule notice (runtime/web/shared/CalendarBanner.tsx): due dates
 * are estimates until the admin enters the schedule in the designer's 工作日历 (linked for the
 * admin). Advice only: a failed status call shows nothing.
 */
import { useEffect, useState } from 'react';
import { MissingScheduleBanner } from '../shared/CalendarBanner';
import { useI18n } from './i18n';
import { fetchCalendarStatus, type CalendarStatus } from './supervision-api';

export function CalendarBanner({ isAdmin }: { isAdmin: boolean }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<CalendarStatus>();
  useEffect(() => {
    fetchCalendarStatus().then(setStatus, () => undefined);
  }, []);
  return (
    <MissingScheduleBanner
      missing={status?.missingYears ?? []}
      t={t}
      lang={lang}
      link={isAdmin ? (year) => ({ label: t('calendar.open'), href: `/designer/calendar?year=${year}` }) : undefined}
    />
  );
}
