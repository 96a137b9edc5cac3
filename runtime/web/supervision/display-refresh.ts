/** How often the hall display fetches its figures: every 30 s, or `?refresh=<seconds>` clamped to 5–600. Pure. */
export const DISPLAY_REFRESH_MS = 30_000;

export function refreshMs(search: string): number {
  const raw = Number(new URLSearchParams(search).get('refresh'));
  return Number.isFinite(raw) && raw > 0 ? Math.min(600, Math.max(5, raw)) * 1000 : DISPLAY_REFRESH_MS;
}
