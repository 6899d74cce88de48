import { startTestApp, type TestApp } from '../helpers/app';
import { withAdmin } from '../helpers/db';

interface Readiness {
  status: string;
  checks: { database: string; migrations: string; draining: boolean };
  errors?: { message: string; extensions: { code: string; reason: string } }[];
}

const readyz = async (t: TestApp) => {
  const res = await fetch(`${t.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Readiness };
};

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
    const notReady = await readyz(t);
    expect([notReady.status, notReady.body.status, notReady.body.errors?.[0].extensions.reason]).toEqual([
      503,
      'not_ready',
      'SERVER.DATABASE_UNAVAILABLE',
    ]);
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

  it('/readyz: ready while the database answers, every migration is applied and the app is not draining', async () => {
    expect(await readyz(t)).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', draining: false } },
    });
  });

  it('/readyz: 503 SERVER.MIGRATIONS_PENDING while the database lacks a migration of this code', async () => {
    const em = t.orm.em.fork();
    const [last] = await em.execute<{ id: number; name: string; executed_at: Date }[]>(
      'select id, name, executed_at from mikro_orm_migrations order by id desc limit 1',
    );
    await em.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const r = await readyz(t);
      expect(r.status).toBe(503);
      expect(r.body.checks).toEqual({ database: 'ok', migrations: '1 pending', draining: false });
      expect(r.body.errors?.[0]).toEqual({
        message: '数据库结构尚未升级到当前版本（迁移未完成） (the database has migrations still to apply)',
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SERVER.MIGRATIONS_PENDING' },
      });
      // Alive all the same: a restart would not help, migrating would.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await em.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [
        last.id,
        last.name,
        last.executed_at,
      ]);
    }
    expect((await readyz(t)).status).toBe(200);
  });

  it('/readyz: 503 SERVER.DRAINING once the app drains (before stopping), while it still answers', async () => {
    t.app.drain();
    const r = await readyz(t);
    expect([r.status, r.body.checks.draining, r.body.errors?.[0].extensions.reason]).toEqual([
      503,
      true,
      'SERVER.DRAINING',
    ]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
