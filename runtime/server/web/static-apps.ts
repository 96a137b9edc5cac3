/**
 * Serves the built browser apps (runtime/scripts/build-web.ts → dist/web): the designer at
 * /designer. Hashed assets (`assets/*-<hash>.js|css`) are cached for a year as immutable;
 * index.html is `no-cache`, so a new build is picked up on the next load. Any other path under
 * /designer/ that is not a file is the single-page app's own route: it gets index.html.
 *
 * CSP: helmet's default policy applies unchanged (script-src 'self', no 'unsafe-inline', no
 * 'unsafe-eval'): the Vite build has no inline script, antd's injected <style> elements are covered by
 * the default style-src 'unsafe-inline', and the designer never uses Formily's `{{ }}` expression
 * reactions (which would need `new Function`, i.e. 'unsafe-eval'): reactions are built as functions.
 */
import express, { type Express, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticAppsOptions {
  /** The folder holding the built apps (`designer/` inside); default dist/web. */
  webDir?: string;
}

export function mountStaticApps(app: Express, opts: StaticAppsOptions = {}): void {
  const webDir = opts.webDir ?? DEFAULT_WEB_DIR;
  mountApp(app, '/designer', join(webDir, 'designer'));
}

function mountApp(app: Express, base: string, dir: string): void {
  const indexFile = join(dir, 'index.html');
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

  // Express matches `/designer` and `/designer/` alike; the page's relative URLs need the slash.
  app.get(base, (req, res) => {
    const [path, search] = splitUrl(req.originalUrl);
    if (!path.endsWith('/')) return res.redirect(301, `${path}/${search}`);
    sendIndex(res);
  });
  app.use(
    base,
    express.static(dir, {
      index: false,
      redirect: false,
      fallthrough: true,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  // A missing asset is a 404 (an old page asking for a replaced hash), never the HTML page.
  app.use(`${base}/assets`, (_req, res) => {
    res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('not found\n');
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
