/**
 * Stopping the application closes every connection it opened itself before `stop()` resolves: the
 * job queue's pool and the LISTEN connections. A connection still closing after stop (graphile-worker
 * ends a pool it made without waiting, its error listeners already removed) was ended by the database
 * when it was dropped or restarted right after, and that unheard 'error' event ended the process.
 */
import pg from 'pg';
import { startTestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

const OWN = ['fivestar-job-queue', 'fivestar-auth-listener', 'fivestar-events-listener'];

it('closes the job queue and the listeners before stop() resolves', async () => {
  const t = await startTestApp();
  const db = new pg.Client({ connectionString: urlFor(t.database) });
  await db.connect();
  const open = async () =>
    (
      await db.query<{ application_name: string }>(
        `select application_name from pg_stat_activity
          where datname = current_database() and application_name = any($1) order by 1`,
        [OWN],
      )
    ).rows.map((r) => r.application_name);
  try {
    // Running: the queue (its LISTEN client at least) and both listeners are connected.
    const deadline = Date.now() + 30_000;
    let running = await open();
    while (new Set(running).size < OWN.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      running = await open();
    }
    expect(new Set(running)).toEqual(new Set(OWN));
    await t.app.stop();
    expect(await open()).toEqual([]);
  } finally {
    await db.end();
    await t.close();
  }
});
