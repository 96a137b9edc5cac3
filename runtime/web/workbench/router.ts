/** The workbench's client-side routes: / (inbox), /intake (窗口收件), /cases/<caseNo>, /cases/<caseNo>/notices/<kind>. */
import { createRouter } from '../shared/router';

export const { navigate, usePath, href } = createRouter('/workbench');

export type Route = { page: 'inbox' } | { page: 'intake' } | { page: 'case'; caseNo: string } | { page: 'notice'; caseNo: string; kind: string } | { page: 'missing' };

export function routeOf(path: string): Route {
  const parts = path.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'inbox' };
  if (parts[0] === 'intake' && parts.length === 1) return { page: 'intake' };
  if (parts[0] === 'cases' && parts.length === 2) return { page: 'case', caseNo: parts[1]! };
  if (parts[0] === 'cases' && parts.length === 4 && parts[2] === 'notices') return { page: 'notice', caseNo: parts[1]!, kind: parts[3]! };
  return { page: 'missing' };
}
