#!/usr/bin/env node
// `npm start`: compile what is out of date (the server with tsc, the admin console with Vite), then
// run the compiled server in this process. A fresh clone builds once (about a minute); later starts
// skip both builds unless sources changed.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { buildServerIfStale, buildAdminIfStale, root } = require('./build-if-stale.cjs');

try {
  buildServerIfStale();
  buildAdminIfStale();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
await import(path.join(root, 'dist/server/src/main.js'));
