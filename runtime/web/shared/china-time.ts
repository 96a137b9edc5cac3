/**
 * Times as the offices and applicants read them: China Standard Time (UTC+8, no daylight
 * saving since 1991), whatever zone the browser's computer is set to. Plain arithmetic on the
 * instant, so the text is the same in every browser and locale: `2026-11-25 14:03`.
 */
import { CHINA_UTC_OFFSET_MS } from '../../calendar/china-time.js';

function chinaIso(at: string | number | Date): string | undefined {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) return undefined;
  return new Date(ms + CHINA_UTC_OFFSET_MS).toISOString();
}

/** `YYYY-MM-DD HH:mm` in China time; an unreadable value is shown as given. */
export function formatChinaDateTime(at: string | number | Date): string {
  const iso = chinaIso(at);
  return iso === undefined ? String(at) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** `YYYY-MM-DD HH:mm:ss` in China time, for a clock or a record to the second. */
export function formatChinaDateTimeSeconds(at: string | number | Date): string {
  const iso = chinaIso(at);
  return iso === undefined ? String(at) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** `YYYY-MM-DD` of the China day the instant falls on; a plain date (`2026-11-25`) stays itself. */
export function formatChinaDate(at: string | number | Date): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const iso = chinaIso(at);
  return iso === undefined ? String(at) : iso.slice(0, 10);
}
