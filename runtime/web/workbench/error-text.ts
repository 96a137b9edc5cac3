/** An API error in the clerk's words: the 409 of a stale version, sign-in, network, or the server's message. */
import { ApiError } from '../shared/http';

import type { T } from './i18n';

export function errorText(t: T, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 409) return t('error.conflict');
    if (err.status === 0) return t('error.network');
    if (err.status === 401) return t('error.signedOut');
    if (err.status === 403) return t('error.forbidden', { message: err.message });
    const details = err.details.map((d) => d.message).join('；');
    return t('error.generic', { message: details ? `${err.message}（${details}）` : err.message });
  }
  return t('error.generic', { message: err instanceof Error ? err.message : String(err) });
}

export function isConflict(err: unknown): boolean {
  return err instanceof ApiError && err.status === 409;
}
