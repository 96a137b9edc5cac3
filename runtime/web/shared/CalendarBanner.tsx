/**
 * The notice that a year's holiday schedule is missing (GET /api/calendar/status → missingYears):
 * due dates in it are the statutory rule's estimate until the State Council's schedule is entered.
 * Shared by the designer and the supervision app: each fetches the status and passes its own `t`
 * (with the keys CalendarBannerKey in its dictionary) and, for the admin, the link to 工作日历.
 * testid `calendar-banner`; the link is `calendar-banner-open`.
 */
import { Alert, Button } from 'antd';
import type { Lang, Params } from './i18n';

export type CalendarBannerKey = 'calendar.banner' | 'calendar.banner.year' | 'calendar.banner.openCases';

export interface MissingScheduleYear {
  year: number;
  /** Open cases whose due dates fall in the year. */
  openCases?: number;
}

/** The admin's link, for the first missing year: a page address (`href`) or an in-app navigation (`onClick`). */
export interface CalendarBannerLink {
  label: string;
  href?: string;
  onClick?(): void;
}

export function MissingScheduleBanner({
  missing,
  t,
  lang,
  link,
}: {
  missing: readonly MissingScheduleYear[];
  t(key: CalendarBannerKey, params?: Params): string;
  lang: Lang;
  /** The link for the first missing year; none shows no link. */
  link?: (year: number) => CalendarBannerLink | undefined;
}) {
  if (missing.length === 0) return null;
  const years = missing.map((m) => t('calendar.banner.year', { year: m.year })).join(lang === 'en' ? ', ' : '、');
  const openCases = missing.reduce((n, m) => n + (m.openCases ?? 0), 0);
  const open = link?.(missing[0]!.year);
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
        open ? (
          <Button size="small" type="link" href={open.href} onClick={open.onClick} data-testid="calendar-banner-open">
            {open.label}
          </Button>
        ) : undefined
      }
    />
  );
}
