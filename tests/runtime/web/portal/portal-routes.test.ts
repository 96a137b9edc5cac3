import { describe, expect, it } from 'vitest';
import { guidePath, routeOf } from '../../../../runtime/web/portal/portal-routes.js';

const CODE = '11619900MB1532046T-XK-0001';

describe('portal routes', () => {
  const table: Array<[string, ReturnType<typeof routeOf>]> = [
    ['/', { page: 'catalogue' }],
    ['/?q=spjy&page=2', { page: 'catalogue' }],
    [`/matters/${CODE}`, { page: 'guide', code: CODE }],
    [`/matters/${CODE}/`, { page: 'guide', code: CODE }],
    [`/matters/${CODE}/apply`, { page: 'apply', code: CODE }],
    ['/track?caseNo=MF1&queryCode=abc', { page: 'track' }],
    ['/complaint', { page: 'complaint' }],
    ['/matters', { page: 'not-found' }],
    [`/matters/${CODE}/edit`, { page: 'not-found' }],
    ['/matters/%E0%A4%A', { page: 'not-found' }],
    ['/workbench', { page: 'not-found' }],
  ];
  for (const [path, route] of table) it(`${path} → ${route.page}`, () => expect(routeOf(path)).toEqual(route));

  it('builds guide and apply paths that route back to the same code', () => {
    for (const code of [CODE, 'a b/c']) {
      expect(routeOf(guidePath(code))).toEqual({ page: 'guide', code });
      expect(routeOf(guidePath(code, true))).toEqual({ page: 'apply', code });
    }
  });
});
