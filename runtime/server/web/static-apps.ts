/**
 * Serves the built browser apps (runtime/scripts/build-web.ts → dist/web), each at its base from
 * runtime/web/web-pages.ts: the designer at /designer, the workbench at /workbench, supervision at
 * /supervision and the portal at /. Their hashed assets (`/assets/*-<hash>.js|css`, shared by the
 * apps) are cached for a year as immutable; a page is `no-cache`, so a new build is picked up on
 * the next load. Any other path under an app's base that is not a file is the single-page app's
 * own route: it gets the app's page. Mount after /api, which the portal's catch-all must not shadow.
 *
 * CSP: helmet's default policy applies unchanged (script-src 'self', no 'unsafe-inline', no
 * 'unsafe-eval'): the Vite build has no inline script, antd's injected <style> elements are covered by
 * the default style-src 'unsafe-inline', and no app uses Formily's `{{ }}` expression reactions
 * (which would need `new Function`, i.e. 'unsafe-eval'): reactions are built as functions.
 */
import express, { type Express, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_PAGES } from '../../web/web-pages.js';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticAppsOptions {
  /** The folder holding the built apps; default dist/web. */
  webDir?: string;
}

export function mountStaticApps(app: Express, opts: StaticAppsOptions = {}): void {
  const webDir = opts.webDir ?? DEFAULT_WEB_DIR;
  app.use(
    '/assets',
    express.static(join(webDir, 'assets'), { index: false, redirect: false, fallthrough: true, setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE) }),
  );
  // A missing asset is a 404 (an old page asking for a replaced hash), never the HTML page.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('not found\n');
  });
  for (const page of WEB_PAGES) mountApp(app, page.base, join(webDir, page.page));
}

function mountApp(app: Express, base: string, indexFile: string): void {
  const sendIndex = (res: Response) => {
    if (!existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .set('Cache-Control', 'no-store')
        .send('The web apps are not built: run `npm run build:web` (npm start builds them when missing).\n前端尚未构建：请运行 npm run build:web。\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexFile);
  };

  if (base === '/') {
    // The portal: every remaining GET that names no file is one of its pages.
    app.get('/{*route}', (req, res, next) => {
      if (/\.[a-z0-9]+$/i.test(req.path) || req.path.startsWith('/api/')) return next();
      sendIndex(res);
    });
    return;
  }
  // Express matches `/designer` and `/designer/` alike; the app's routes are below the slash.
  app.get(base, (req, res) => {
    const [path, search] = splitUrl(req.originalUrl);
    if (!path.endsWith('/')) return res.redirect(301, `${path}/${search}`);
    sendIndex(res);
  });
  // Client-side routes: pages, not files.
  app.get(`${base}/{*route}`, (req, res, next) => {
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    sendIndex(res);
  });
}

function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}
