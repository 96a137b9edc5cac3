/**
 * The designer's missing-schedule notice (runtime/web/shared/CalendarBanner.tsx) on the shared
 * calendar status; the admin gets a link to 工作日历 except on that page.
 */
import { MissingScheduleBanner } from '../../../runtime/web/shared/CalendarBanner';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useCalendarStatus } from './useCalendarStatus';

export function CalendarBanner({ isAdmin, onCalendarPage }: { isAdmin: boolean; onCalendarPage: boolean }) {
  const { t, lang } = useI18n();
  const status = useCalendarStatus(true);
  return (
    <MissingScheduleBanner
      missing={status?.missingYears ?? []}
      t={t}
      lang={lang}
      link={isAdmin && !onCalendarPage ? (year) => ({ label: t('nav.calendar'), onClick: () => navigate(`/calendar?year=${year}`) }) : undefined}
    />
  );
}
