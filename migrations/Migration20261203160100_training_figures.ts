import { Migration } from '@mikro-orm/migrations';

/**
 * The training module's campaign figures (stats_figure_source): per unit, its own expected takers,
 * those who took and passed the year's tests held by p_asof, and expected and attended at the year's
 * training sessions. Rates are computed at read time from the subtree sums.
 */
export class Migration20261203160100_training_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function fs_training_figures(p_units int[], p_year int, p_asof date, p_today date)
returns table (unit_id int, training_expected int, training_took int, training_passed int,
               training_attendance_expected int, training_attended int)
language sql stable as $$
  with s as (
    select id, pass_mark, audience_roles, audience_unit_ids, test_date from test_session
    where test_date between make_date(p_year, 1, 1) and least(p_asof, make_date(p_year, 12, 31))),
  c as (select s.id as session_id, c.person_id, c.score from s cross join lateral training_counted(s.id, now()) c),
  t as (
    select e.unit_id, count(*)::int as expected, count(c.score)::int as took,
           count(*) filter (where c.score >= s.pass_mark)::int as passed
    from s cross join lateral training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
    left join c on c.session_id = s.id and c.person_id = e.person_id
    where e.unit_id = any (p_units) group by e.unit_id),
  a as (
    select e.unit_id, count(*)::int as expected, count(ta.id)::int as attended
    from training_session ts
    cross join lateral training_expected(ts.audience_roles, ts.audience_unit_ids, ts.held_on) e
    left join training_attendance ta on ta.session_id = ts.id and ta.person_id = e.person_id
    where ts.held_on between make_date(p_year, 1, 1) and least(p_asof, make_date(p_year, 12, 31))
      and e.unit_id = any (p_units)
    group by e.unit_id)
  select coalesce(t.unit_id, a.unit_id), coalesce(t.expected, 0), coalesce(t.took, 0), coalesce(t.passed, 0),
         coalesce(a.expected, 0), coalesce(a.attended, 0)
  from t full join a on a.unit_id = t.unit_id
$$;`);
    this.addSql(`insert into stats_figure_source (name, fn) values ('training', 'fs_training_figures');`);
    // The rollups notice: attempts and attendance at their unit; a session's audience at every unit
    // below it; a position at its place (it may move someone into or out of an audience).
    this.addSql(`create function fs_training_touch() returns trigger language plpgsql as $$
declare
  ids int[];
begin
  if TG_TABLE_NAME in ('test_attempt', 'training_attendance') then
    ids := array_remove(array[case when TG_OP <> 'INSERT' then OLD.unit_id end, case when TG_OP <> 'DELETE' then NEW.unit_id end], null);
  elsif TG_TABLE_NAME = 'position' then
    ids := array_remove(array[case when TG_OP <> 'INSERT' then OLD.scope_unit_id end, case when TG_OP <> 'DELETE' then NEW.scope_unit_id end,
                              case when TG_OP <> 'INSERT' then OLD.unit_id end, case when TG_OP <> 'DELETE' then NEW.unit_id end], null);
  else
    select array_agg(u.id) into ids from unit u join unit a on u.path like a.path || '%'
    where a.id = any ((case when TG_OP <> 'INSERT' then OLD.audience_unit_ids else '{}' end)
                      || (case when TG_OP <> 'DELETE' then NEW.audience_unit_ids else '{}' end));
  end if;
  if ids is not null and cardinality(ids) > 0 then
    perform fs_stats_touch_units(ids);
  end if;
  return null;
end $$;`);
    for (const t of ['test_attempt', 'training_attendance', 'test_session', 'training_session', 'position'])
      this.addSql(
        `create trigger fs_training_touch after insert or update or delete on "${t}" for each row execute function fs_training_touch();`,
      );
  }

  override async down(): Promise<void> {
    for (const t of ['test_attempt', 'training_attendance', 'test_session', 'training_session', 'position'])
      this.addSql(`drop trigger if exists fs_training_touch on "${t}";`);
    this.addSql(`drop function if exists fs_training_touch();`);
    this.addSql(`delete from stats_figure_source where name = 'training';`);
    this.addSql(`drop function if exists fs_training_figures(int[], int, date, date);`);
  }
}
