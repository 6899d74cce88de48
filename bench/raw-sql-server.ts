/**
 * The hand-written-SQL contender: the benchmark's answers from node-postgres, one named (prepared)
 * statement each, no GraphQL, no ORM — the floor our API is measured against. Run by bench/run.ts:
 *   node scripts/run-ts.cjs bench/raw-sql-server.ts <url> <port>
 */
import http from 'node:http';
import { Pool } from 'pg';
import { campaignStatsSql } from '../server/src/modules/stats/stats.service';
import { RAW_SQL } from './workloads';

const [url, port] = process.argv.slice(2);
const pool = new Pool({ connectionString: url, max: 10 });
const statsSql = campaignStatsSql(['$1', '$2', '$3', '$4', '$5'], 'upper');
const statsAboveSql = campaignStatsSql(['$1', '$2', '$3', '$4', '$5'], 'above');

function body(req: http.IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => {
      try {
        resolve(s ? JSON.parse(s) : {});
      } catch (e) {
        reject(e);
      }
    });
  });
}

http
  .createServer(async (req, res) => {
    try {
      const b = await body(req);
      const route = (req.url ?? '').split('?')[0];
      let rows;
      // Named statements, as a careful hand-written server would: planned once per connection.
      if (route === '/stats') rows = (await pool.query({ name: 'stats', text: statsSql, values: b.params })).rows;
      else if (route === '/stats-above')
        rows = (await pool.query({ name: 'stats_above', text: statsAboveSql, values: b.params })).rows;
      else if (RAW_SQL[route])
        rows = (await pool.query({ name: route.slice(1), text: RAW_SQL[route], values: b.params ?? [] })).rows;
      else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(e) }));
    }
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`READY ${port}`));
