// Compile what is out of date: the server (tsc → dist/) and the admin console (Vite → admin/dist/).
// Used by `npm start` and by the test setup (browser tests need the built console).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
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

function run(what, args, quiet) {
  if (!quiet) console.log(`> ${what}`);
  // Vite warns that a TypeScript config in a CommonJS package will need another loader one day;
  // the layout keeps admin/vite.config.ts, so that notice is noise here.
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed${quiet ? `:\n${r.stdout}\n${r.stderr}` : ''}`);
}

function buildServerIfStale({ quiet = false } = {}) {
  const stamp = 'dist/.tsbuildinfo';
  if (
    fs.existsSync(rel('dist/server/src/main.js')) &&
    newest(['server/src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) <= mtime(stamp)
  )
    return false;
  run('building the server (tsc)', [rel('node_modules/typescript/bin/tsc'), '-p', rel('tsconfig.build.json')], quiet);
  fs.utimesSync(rel(stamp), new Date(), new Date());
  return true;
}

function buildAdminIfStale({ quiet = false } = {}) {
  if (
    newest(['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'schema.graphql']) <=
    mtime('admin/dist/index.html')
  )
    return false;
  run(
    'building the admin console (vite)',
    [rel('node_modules/vite/bin/vite.js'), 'build', '--config', rel('admin/vite.config.ts'), '--logLevel', 'warn'],
    quiet,
  );
  return true;
}

module.exports = { buildServerIfStale, buildAdminIfStale, root };
