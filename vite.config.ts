/// <reference types="vitest/config" />
/**
 * The browser apps' build: one multi-page Vite build, so the apps share their vendor chunks (a
 * clerk who opened the workbench has react and antd cached for the designer).
 *
 * | app         | page                              | served at      |
 * |-------------|-----------------------------------|----------------|
 * | portal      | runtime/web/portal/index.html     | /              |
 * | workbench   | runtime/web/workbench/index.html  | /workbench/    |
 * | supervision | runtime/web/supervision/index.html| /supervision/  |
 * | designer    | designer/index.html               | /designer/     |
 *
 * Each page is written to dist/web at its path from the repository root; every asset goes to
 * dist/web/assets and is served at /assets (runtime/server/web/static-apps.ts holds the table of
 * where each app's index.html is, from runtime/web/web-pages.ts). `npm start` runs this build only when it is missing or stale
 * (runtime/scripts/build-web.ts).
 *
 * Vendor chunks: react, @xyflow/react (with d3 and dagre) and ECharts as named groups; antd and
 * Formily are left to the bundler's own splitting, so each page loads only the antd components it
 * uses (one antd group chunk made every app's first load carry all of antd: 548 → 378 KB gzip for
 * the portal, 547 → 397 for the designer, measured by the statically imported files of each page).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { WEB_PAGES } from './runtime/web/web-pages';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const WEB_OUT_DIR = here('./dist/web');


export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    assetsDir: 'assets',
    // antd alone is ~1 MB raw; the warning would fire on every build without telling us anything new.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: Object.fromEntries(WEB_PAGES.map((p) => [p.name, here(`./${p.page}`)])),
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-is)[\\/]/, priority: 40 },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[^\\/]+|@dagrejs)[\\/]/, priority: 20 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
