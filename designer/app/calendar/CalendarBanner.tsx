/**
 * The notice that a year's holiday schedule is missing (GET /api/calendar/status → missingYears):
 * due dates in it are the statutory rule's estimate until the State Council's schedule is entered.
 * The admin gets a link to 工作日历. testid `calendar-banner`.
 */
import { Alert, Button } from 'antd';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useCalendarStatus } from './useCalendarStatus';

export function CalendarBanner({ isAdmin, onCalendarPage }: { isAdmin: boolean; onCalendarPage: boolean }) {
  const { t, lang } = useI18n();
  const status = useCalendarStatus(true);
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
        isAdmin && !onCalendarPage ? (
          <Button size="small" type="link" data-testid="calendar-banner-open" onClick={() => navigate(`/calendar?year=${missing[0]!.year}`)}>
            {t('nav.calendar')}
          </Button>
        ) : undefined
      }
    />
  );
}
