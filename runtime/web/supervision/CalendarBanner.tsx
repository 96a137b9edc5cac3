/**
 * The notice that a year's holiday schedule is missing (GET /api/calendar/status → missingYears):
 * due dates in it are estimates until the admin enters the schedule in the designer's 工作日历
 * (linked for the admin). Advice only: a failed status call shows nothing. testid `calendar-banner`.
 */
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from './i18n';
import { fetchCalendarStatus, type CalendarStatus } from './supervision-api';

export function CalendarBanner({ isAdmin }: { isAdmin: boolean }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<CalendarStatus>();
  useEffect(() => {
    fetchCalendarStatus().then(setStatus, () => undefined);
  }, []);
  const missing = status?.missingYears ?? [];
  if (missing.length === 0) return null;
  const years = missing.map((m) => t('calendar.banner.year', { year: m.year })).join(lang === 'en' ? ', ' : '、');
  const openCases = missing.reduce((n, m) => n + (m.openCases ?? 0), 0);
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="calendar-banner"
      data-years={missing.map((m) => m.year).join(',')}
      message={
        <>
          {t('calendar.banner', { years })}
          {openCases > 0 && t('calendar.banner.openCases', { n: openCases })}
        </>
      }
      action={
        isAdmin ? (
          <Button size="small" type="link" href={`/designer/calendar?year=${missing[0]!.year}`} data-testid="calendar-banner-open">
            {t('calendar.open')}
          </Button>
        ) : undefined
      }
    />
  );
}
