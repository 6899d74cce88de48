/**
 * Admin console build. Run from the repository root:
 *   npm run build:admin   → admin/dist (served by the API server at /admin)
 *   npm run dev:admin     → dev server; /graphql is proxied to ADMIN_API_URL (default http://localhost:4100)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const adminDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(adminDir, '..');

export default defineConfig(({ command, mode }) => {
  const production = command === 'build' && mode === 'production';
  // A build started from a test run inherits NODE_ENV=test, which would otherwise ship React's and
  // MUI's development code (+70 kB and dev-only warnings): a production build is production.
  if (production) process.env.NODE_ENV = 'production';
  return {
    root: adminDir,
    base: '/admin/',
    plugins: [react()],
    // Apollo Client 3 checks globalThis.__DEV__ at run time; false drops its development checks.
    define: production ? { 'process.env.NODE_ENV': JSON.stringify('production'), 'globalThis.__DEV__': 'false' } : {},
    build: {
      outDir: path.join(adminDir, 'dist'),
      emptyOutDir: true,
      sourcemap: false,
      // One bundle for an intranet console; react-admin + MUI alone are ~1 MB before gzip.
      chunkSizeWarningLimit: 2500,
    },
    server: {
      port: Number(process.env.ADMIN_DEV_PORT || 5173),
      proxy: {
        '/graphql': { target: process.env.ADMIN_API_URL || 'http://localhost:4100', changeOrigin: true },
      },
      // schema.graphql lives in the repository root, outside the Vite root.
      fs: { allow: [projectRoot] },
    },
    preview: { port: Number(process.env.ADMIN_PREVIEW_PORT || 4173) },
  };
});
