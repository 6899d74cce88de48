#!/usr/bin/env node
// `npm start`: compile what is out of date (the server with tsc, the admin console with Vite), then
// run the compiled server in this process. A fresh clone builds once (about a minute); later starts
// skip both builds unless sources changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.join(root, p);

function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach((p) => walk(rel(p)));
  return max;
}
const mtime = (p) => (fs.existsSync(rel(p)) ? fs.statSync(rel(p)).mtimeMs : 0);

function run(what, args) {
  console.log(`> ${what}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const serverOut = 'dist/server/src/main.js';
if (!fs.existsSync(rel(serverOut)) || newest(['server/src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) > mtime('dist/.tsbuildinfo')) {
  run('building the server (tsc)', [rel('node_modules/typescript/bin/tsc'), '-p', rel('tsconfig.build.json')]);
  fs.utimesSync(rel('dist/.tsbuildinfo'), new Date(), new Date());
}
if (newest(['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'schema.graphql']) > mtime('admin/dist/index.html')) {
  run('building the admin console (vite)', [rel('node_modules/vite/bin/vite.js'), 'build', '--config', rel('admin/vite.config.ts'), '--logLevel', 'warn']);
}

await import(rel(serverOut));
