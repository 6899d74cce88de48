import { startTestApp, type TestApp } from '../helpers/app';
import { withAdmin } from '../helpers/db';

describe('GET /healthz', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 ok while the database answers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database does not, and recovers when it is back', async () => {
    // Forbid new connections to this test database and cut the open ones: the pool cannot reach it.
    await withAdmin(async (c) => {
      await c.query(`alter database "${t.database}" with allow_connections false`);
      await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [t.database]);
    });
    const down = await fetch(`${t.url}/healthz`);
    expect(down.status).toBe(503);
    expect((await down.json()).status).toBe('unavailable');
    // The process survived the killed connections; let the database back in.
    await withAdmin((c) => c.query(`alter database "${t.database}" with allow_connections true`));
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${t.url}/healthz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });

  it('serves the admin console shell or says how to build it', async () => {
    const res = await fetch(`${t.url}/admin/`);
    expect([200, 503]).toContain(res.status);
    if (res.status === 200) expect(await res.text()).toContain('<div id="root">');
    else expect(await res.text()).toContain('npm run build:admin');
  });
});
