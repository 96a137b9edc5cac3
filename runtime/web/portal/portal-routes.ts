/**
 * Which page a portal path shows: `/` catalogue, `/matters/<code>` guide, `/matters/<code>/apply`,
 * `/track`, `/complaint`; anything else is not found. Pure, so the table is tested without a browser.
 */
import { pathOf } from '../shared/router';

export type PortalRoute =
  | { page: 'catalogue' }
  | { page: 'guide'; code: string }
  | { page: 'apply'; code: string }
  | { page: 'track' }
  | { page: 'complaint' }
  | { page: 'not-found' };

/** @example routeOf('/matters/11619900MB1532046T-XK-0001/apply?x=1') // { page: 'apply', code: '11619900MB1532046T-XK-0001' } */
export function routeOf(pathWithQuery: string): PortalRoute {
  const path = pathOf(pathWithQuery).replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'catalogue' };
  if (path === '/track') return { page: 'track' };
  if (path === '/complaint') return { page: 'complaint' };
  const m = /^\/matters\/([^/]+)(\/apply)?$/.exec(path);
  if (m) {
    let code: string;
    try {
      code = decodeURIComponent(m[1]!);
    } catch {
      return { page: 'not-found' };
    }
    return m[2] ? { page: 'apply', code } : { page: 'guide', code };
  }
  return { page: 'not-found' };
}

/** The path of a matter's guide (and, with `apply`, of its application). */
export function guidePath(code: string, apply = false): string {
  return `/matters/${encodeURIComponent(code)}${apply ? '/apply' : ''}`;
}
