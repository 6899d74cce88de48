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
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The console as an installable app that opens without a network after one visit: Workbox precaches
 * the built shell (scripts, styles, the page, icons; never the .br/.gz copies, which the browser
 * asks for by Accept-Encoding anyway) and answers every /admin/ navigation with the cached page.
 * API calls (/graphql, /files) are not cached here: the on-site form keeps what it needs in
 * IndexedDB (src/offline), per signed-in user, and clears it on sign-out.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: false,
  scope: '/admin/',
  base: '/admin/',
  // The icons are in the precache by globPatterns already.
  includeManifestIcons: false,
  manifest: {
    id: '/admin/',
    name: '五星支部创建监督平台',
    short_name: '五星支部',
    description: '五星支部创建监督平台（离线可用的现场暗访） Five-Star branch creation and supervision',
    lang: 'zh-CN',
    start_url: '/admin/#/',
    scope: '/admin/',
    display: 'standalone',
    theme_color: '#b71c1c',
    background_color: '#ffffff',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/admin/index.html',
    navigateFallbackAllowlist: [/^\/admin\/?(index\.html)?$/],
    // Everything else under /admin/ and the API stay network-only.
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
});

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
    plugins: [react(), pwa, precompress(() => path.join(adminDir, 'dist'))],
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
        // ws: subscriptions (eventAdded) use the same path over WebSocket.
        '/graphql': { target: process.env.ADMIN_API_URL || 'http://localhost:4100', changeOrigin: true, ws: true },
      },
      // schema.graphql lives in the repository root, outside the Vite root.
      fs: { allow: [projectRoot] },
    },
    preview: { port: Number(process.env.ADMIN_PREVIEW_PORT || 4173) },
  };
});
