// The peer contender: PostGraphile 4 serving the public schema of the benchmark database, with
// its production settings (no query log, no GraphiQL). Run by bench/run.ts: node postgraphile-server.cjs <url> <port>
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const [url, port] = process.argv.slice(2);
const pool = new Pool({ connectionString: url, max: 10 });
const handler = postgraphile(pool, 'public', {
  disableQueryLog: true,
  dynamicJson: true,
  graphiql: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
});
http.createServer(handler).listen(Number(port), '127.0.0.1', () => console.log(`READY ${port}`));
