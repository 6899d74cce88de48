/**
 * Admin console build. Run from the repository root:
 *   npm run build:admin   → admin/dist (served by the API server at /admin)
 *   npm run dev:admin     → dev server; /graphql is proxied to ADMIN_API_URL (default http://localhost:4100)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vendor chunks by package. Charts (recharts and its d3 parts) are not listed: they go with the
 * lazily loaded pages that import them, so the sign-in page and the lists never download them.
 */
const VENDOR_CHUNKS: [string, RegExp][] = [
  ['vendor-react', /^(react|react-dom|scheduler|react-router|react-router-dom|@remix-run\/router)$/],
  ['vendor-mui', /^(@mui\/|@emotion\/|@popperjs\/|react-transition-group|stylis|clsx)/],
  [
    'vendor-ra',
    /^(react-admin|ra-core|ra-ui-materialui|ra-i18n-polyglot|ra-language-english|@tanstack\/|react-hook-form|@hookform\/|lodash|query-string|react-dropzone|node-polyglot|inflection|jsonexport|date-fns|react-is|dompurify|react-error-boundary|attr-accept|file-selector)/,
  ],
  [
    'vendor-graphql',
    /^(@apollo\/|graphql|ra-data-graphql|@wry\/|optimism|zen-observable|ts-invariant|symbol-observable)/,
  ],
];

/**
 * Writes `.br` and `.gz` beside every built script and stylesheet: the server sends them to browsers
 * that accept them (a phone on site downloads ~0.5 MB instead of ~1.8 MB) without compressing per
 * request.
 */
function precompress(outDir: () => string): Plugin {
  return {
    name: 'fivestar-precompress',
    apply: 'build',
    closeBundle() {
      const assets = path.join(outDir(), 'assets');
      if (!fs.existsSync(assets)) return;
      for (const name of fs.readdirSync(assets)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const raw = fs.readFileSync(path.join(assets, name));
        fs.writeFileSync(
          path.join(assets, `${name}.br`),
          zlib.brotliCompressSync(raw, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          }),
        );
        fs.writeFileSync(path.join(assets, `${name}.gz`), zlib.gzipSync(raw, { level: 9 }));
      }
    },
  };
}

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
    plugins: [react(), precompress(() => path.join(adminDir, 'dist'))],
    // Apollo Client 3 checks globalThis.__DEV__ at run time; false drops its development checks.
    define: production ? { 'process.env.NODE_ENV': JSON.stringify('production'), 'globalThis.__DEV__': 'false' } : {},
    build: {
      outDir: path.join(adminDir, 'dist'),
      emptyOutDir: true,
      sourcemap: false,
      // Libraries in chunks of their own: they change less often than our code, so a release
      // re-downloads only the console's own chunk; charts load with the pages that draw them.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        output: {
          manualChunks(id: string) {
            if (!id.includes('node_modules')) return undefined;
            const pkg = id
              .split('node_modules/')
              .pop()!
              .split('/')
              .slice(0, id.split('node_modules/').pop()!.startsWith('@') ? 2 : 1)
              .join('/');
            for (const [chunk, test] of VENDOR_CHUNKS) if (test.test(pkg)) return chunk;
            return undefined;
          },
        },
      },
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
