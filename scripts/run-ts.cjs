#!/usr/bin/env node
// Runs a TypeScript entry point with ts-node's swc transpiler (fast, emits decorator metadata,
// unlike esbuild-based runners). Usage: node scripts/run-ts.cjs file.ts [args…]
const path = require('node:path');
require('ts-node').register({
  swc: true,
  project: path.join(__dirname, '..', 'tsconfig.json'),
  transpileOnly: true,
});
const entry = path.resolve(process.argv[2]);
process.argv.splice(1, 2, entry);
// runMain makes `require.main === module` true in the entry, as with `node entry.js`.
require('node:module').runMain();
