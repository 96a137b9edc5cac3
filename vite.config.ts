/// <reference types="vitest/config" />
/**
 * The browser apps' build. One app for now: the designer (`designer/index.html`, entry
 * `designer/app/main.tsx`), served by the express server at /designer from `dist/web/designer`.
 * `npm start` runs this build only when it is missing or stale (runtime/scripts/build-web.ts).
 *
 * Vendor chunks: react, antd (with its rc-* and @ant-design parts), Formily, @xyflow/react. The antd
 * group has a higher priority than Formily's, or antd lands inside the Formily chunk (stack.md).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const WEB_OUT_DIR = here('./dist/web');

export default defineConfig({
  root: here('./designer'),
  base: '/designer/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./dist/web/designer'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // antd alone is ~1 MB raw; the warning would fire on every build without telling us anything new.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-is)[\\/]/, priority: 40 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component|dayjs)[\\/]/, priority: 30 },
            { name: 'formily', test: /node_modules[\\/]@formily[\\/]/, priority: 20 },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[^\\/]+|@dagrejs)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
