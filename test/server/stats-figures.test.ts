/**
 * Figures contributed by modules (migration stats_module_figures): a module's registered SQL
 * function gives each unit's own counts; campaignStats adds them up for the subtree and for each
 * child, through the live path and through the rollups, and follows changes its triggers report.
 * The module here is a probe defined by the test: a table of things per unit, counted two ways.
 */
import { Client } from 'pg';
import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { defineModule } from '../../server/src/graphql/module';
import { modules } from '../../server/src/modules';
import { StatsFigures } from '../../server/src/modules/stats/public';
import { refreshStats } from '../../server/src/modules/stats/stats.service';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';
import { urlFor } from '../helpers/db';

@ObjectType()
class ProbeFigures {
  @Field(() => Int) things!: number;
  @Field(() => Int) heavy!: number;
  @Field(() => Int) other!: number;
}

@Resolver(() => StatsFigures)
class ProbeFiguresResolver {
  @FieldResolver(() => ProbeFigures)
  probe(@Root() f: StatsFigures): ProbeFigures {
    return { things: f.extra.probe_things ?? 0, heavy: f.extra.probe_heavy ?? 0, other: f.extra.other_n ?? 0 };
  }
}

const withProbe = [...modules, defineModule({ name: 'probe', resolvers: [ProbeFiguresResolver] })];

const STATS = `query ($u: ID!, $y: Int!) {
  campaignStats(unitId: $u, year: $y) {
    figures { branches probe { things heavy other } }
    byChild { unitId figures { probe { things heavy other } } }
  }
}`;
interface Answer {
  campaignStats: {
    figures: { branches: number; probe: { things: number; heavy: number; other: number } };
    byChild: { unitId: string; figures: { probe: { things: number; heavy: number; other: number } } }[];
  };
}

describe('figures contributed by modules', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let district: { id: number; path: string };
  let branches: { id: number; path: string }[];
  const year = () => Number(t.clock.now().toISOString().slice(0, 4));

  beforeAll(async () => {
    t = await startTestApp({ modules: withProbe });
    db = new Client({ connectionString: urlFor(t.database) });
    await db.connect();
    admin = await t.login('admin');
    district = (await db.query(`select id, path from unit where level = 'DISTRICT' order by id limit 1`)).rows[0];
    branches = (
      await db.query(`select id, path from unit where level = 'BRANCH' and path like $1 order by id`, [
        `${district.path}%`,
      ])
    ).rows;
    await db.query(`
      create table probe_thing (id serial primary key, unit_id int not null references unit (id), weight int not null);
      create function fs_probe_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, probe_things int, probe_heavy int) language sql stable as $$
          select t.unit_id, count(*)::int, (count(*) filter (where t.weight >= 10))::int
          from probe_thing t where t.unit_id = any(p_units) group by t.unit_id
        $$;
      create function fs_probe_touch() returns trigger language plpgsql as $$
      begin
        perform fs_stats_touch_units(array[(case when TG_OP = 'DELETE' then OLD.unit_id else NEW.unit_id end)]);
        return null;
      end $$;
      create trigger fs_probe_touch after insert or update or delete on probe_thing for each row execute function fs_probe_touch();`);
    // Things in every third branch before the source is registered.
    for (const [i, b] of branches.entries())
      if (i % 3 === 0) await db.query(`insert into probe_thing (unit_id, weight) values ($1, 1), ($1, 12)`, [b.id]);
    // Fresh rollup rows first: registering the source must make them stale.
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    await db.query(`insert into stats_figure_source (name, fn) values ('probe', 'fs_probe_figures')`);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** The probe's figures per child of the district and in all, counted here without the rollups. */
  async function expected() {
    const rows = (
      await db.query(
        `select c.id::text as child, count(p.id)::int as things, (count(p.id) filter (where p.weight >= 10))::int as heavy
         from unit c left join unit u on u.path like c.path || '%' left join probe_thing p on p.unit_id = u.id
         where c.parent_id = $1 group by c.id`,
        [district.id],
      )
    ).rows as { child: string; things: number; heavy: number }[];
    const total = rows.reduce((a, r) => ({ things: a.things + r.things, heavy: a.heavy + r.heavy }), {
      things: 0,
      heavy: 0,
    });
    return { total, byChild: new Map(rows.map((r) => [r.child, { things: r.things, heavy: r.heavy }])) };
  }

  async function check() {
    const got = dataOf(await t.gql<Answer>(STATS, { u: String(district.id), y: year() }, admin)).campaignStats;
    const want = await expected();
    expect(want.total.things).toBeGreaterThan(0);
    expect(got.figures.probe).toEqual({ ...want.total, other: 0 });
    for (const c of got.byChild)
      expect(c.figures.probe).toEqual({ ...(want.byChild.get(c.unitId) ?? { things: 0, heavy: 0 }), other: 0 });
    return got;
  }

  it('makes every rollup row stale when a source is registered, so the first answer already counts it', async () => {
    const stale = (
      await db.query(`select count(*)::int as n from stats_unit where computed <> touched or computed = -1`)
    ).rows[0].n;
    expect(stale).toBeGreaterThan(0);
    await check();
  });

  it('gives the same sums from the rollups once refreshed, and stores them per unit', async () => {
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    const stored = (await db.query(`select extra from stats_unit where unit_id = $1`, [branches[0].id])).rows[0].extra;
    // Other modules' figures (the demo's) sit beside the probe's in the same object.
    const probe = Object.fromEntries(Object.entries(stored as object).filter(([k]) => k.startsWith('probe_')));
    expect(probe).toEqual({ probe_things: 2, probe_heavy: 1 });
    await check();
  });

  it('follows a change its trigger reports, before and after the refresher', async () => {
    await db.query(`insert into probe_thing (unit_id, weight) values ($1, 50), ($1, 60), ($1, 1)`, [branches[1].id]);
    const got = await check();
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    expect((await check()).figures.probe.things).toBe(got.figures.probe.things);
    await db.query(`delete from probe_thing where unit_id = $1`, [branches[0].id]);
    await check();
  });

  it('merges the columns of several sources, a key missing on a unit counting 0', async () => {
    await db.query(`
      create function fs_other_figures(p_units int[], p_year int, p_asof date, p_today date)
        returns table (unit_id int, other_n int) language sql stable as $$
          select u, 7 from unnest(p_units) u where u = ${branches[2].id}
        $$;
      insert into stats_figure_source (name, fn) values ('other', 'fs_other_figures');`);
    const got = dataOf(await t.gql<Answer>(STATS, { u: String(district.id), y: year() }, admin)).campaignStats;
    expect(got.figures.probe.other).toBe(7);
    expect(got.figures.probe.things).toBe((await expected()).total.things);
    while ((await refreshStats(t.orm.em.fork(), t.clock.now())) > 0);
    const again = dataOf(await t.gql<Answer>(STATS, { u: String(district.id), y: year() }, admin)).campaignStats;
    expect(again.figures.probe).toEqual(got.figures.probe);
    await db.query(`delete from stats_figure_source where name = 'other'`);
    expect(
      dataOf(await t.gql<Answer>(STATS, { u: String(district.id), y: year() }, admin)).campaignStats.figures.probe
        .other,
    ).toBe(0);
  });

  it('refuses to register a function that does not exist, changing nothing', async () => {
    // The application's own modules register sources too (warnings): the probe's is one of them.
    const sources = (await db.query(`select name from stats_figure_source order by name`)).rows;
    expect(sources).toContainEqual({ name: 'probe' });
    await expect(
      db.query(`insert into stats_figure_source (name, fn) values ('ghost', 'fs_no_such_figures')`),
    ).rejects.toThrow(/no function fs_no_such_figures/);
    const names = (await db.query(`select name from stats_figure_source order by name`)).rows.map((r) => r.name);
    expect(names).toEqual(sources.map((r) => r.name));
    await check();
  });
});
