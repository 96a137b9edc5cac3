/**
 * The browser apps: where each one's page is in the repository (and so, after the build, under
 * dist/web) and where the server serves it. One table for the build (vite.config.ts), the
 * staleness check (runtime/scripts/build-web.ts) and the server (runtime/server/web/static-apps.ts).
 * Order matters to the server: the portal's `/` is the catch-all, so it comes last.
 */
export interface WebPage {
  name: string;
  /** The page's path from the repository root, and from dist/web after the build. */
  page: string;
  /** Where the server serves it ('/' for the portal). */
  base: string;
}

export const WEB_PAGES: readonly WebPage[] = [
  { name: 'designer', page: 'designer/index.html', base: '/designer' },
  { name: 'workbench', page: 'runtime/web/workbench/index.html', base: '/workbench' },
  { name: 'supervision', page: 'runtime/web/supervision/index.html', base: '/supervision' },
  { name: 'portal', page: 'runtime/web/portal/index.html', base: '/' },
];
