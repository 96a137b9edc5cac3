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
 * Vendor chunks: react, antd (with its rc-* and @ant-design parts), Formily, @xyflow/react, ECharts.
 * The antd group has a higher priority than Formily's, or antd lands inside the Formily chunk (stack.md).
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
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component|dayjs)[\\/]/, priority: 30 },
            { name: 'formily', test: /node_modules[\\/]@formily[\\/]/, priority: 20 },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[^\\/]+|@dagrejs)[\\/]/, priority: 20 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
