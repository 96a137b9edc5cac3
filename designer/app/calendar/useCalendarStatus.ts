/**
 * The calendar status (GET /api/calendar/status) shared by the banner and the calendar page: asked
 * once per page load, and again whenever a schedule is saved (`refreshCalendarStatus`), so the
 * banner goes the moment the missing year is entered.
 */
import { useEffect, useState } from 'react';
import { calendarStatus, type CalendarStatus } from './calendar-api';

type Listener = (status: CalendarStatus | undefined) => void;
const listeners = new Set<Listener>();
let latest: CalendarStatus | undefined;
let pending: Promise<void> | undefined;

/** Asks the server again and tells every hook. A failed ask keeps what was known (the banner is advice, not a gate). */
export function refreshCalendarStatus(): Promise<void> {
  pending = calendarStatus().then(
    (s) => {
      latest = s;
      for (const l of listeners) l(s);
    },
    () => undefined,
  );
  return pending;
}

export function useCalendarStatus(enabled: boolean): CalendarStatus | undefined {
  const [status, setStatus] = useState(latest);
  useEffect(() => {
    if (!enabled) return;
    listeners.add(setStatus);
    if (!pending) void refreshCalendarStatus();
    else if (latest) setStatus(latest);
    return () => {
      listeners.delete(setStatus);
    };
  }, [enabled]);
  return enabled ? status : undefined;
}
