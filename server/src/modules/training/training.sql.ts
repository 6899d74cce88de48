/**
 * Results of a test session below a unit, in one statement each (a province-wide session of 50,000
 * takers included: bench/training.ts). Parameters: session id, now, the unit's path prefix, and for
 * resultsSql the position of the child's id in a path (the unit's depth + 2).
 *
 * Takers are the expected ones (training_expected on the test date); their score is the one that
 * counts (training_counted: best or last, an overdue attempt scored from its saved answers).
 */
export const resultsSql = `
with s as (select id, pass_mark, audience_roles, audience_unit_ids, test_date from test_session where id = ?),
c as (select c.* from s, training_counted(s.id, ?::timestamptz) c),
r as (
  select e.person_id, e.unit_id, u.path, c.score, c.score >= s.pass_mark as passed
  from s cross join lateral training_expected(s.audience_roles, s.audience_unit_ids, s.test_date) e
  join unit u on u.id = e.unit_id left join c on c.person_id = e.person_id
  where u.path like ?),
byc as (
  select nullif(split_part(r.path, '.', ?), '')::int as id, count(*)::int as expected, count(r.score)::int as took,
         count(*) filter (where r.passed)::int as passed, round(avg(r.score)::numeric, 2)::float8 as average
  from r group by 1)
select json_build_object(
  'expected', (select count(*) from r),
  'took', (select count(score) from r),
  'passed', (select count(*) filter (where passed) from r),
  'average', (select round(avg(score)::numeric, 2)::float8 from r),
  'distribution', (select json_agg(n order by b) from (
      select b, (select count(*) from r where r.score is not null and least(floor(r.score / 10), 9) = b)::int as n
      from generate_series(0, 9) b) d),
  'byChild', (select coalesce(json_agg(json_build_object('unitId', byc.id, 'expected', expected, 'took', took,
                'passed', passed, 'average', average) order by u.sort_order, byc.id), '[]')
              from byc join unit u on u.id = byc.id),
  'takers', (select coalesce(json_agg(json_build_object('personId', t.person_id, 'name', pe.name, 'unitId', t.unit_id,
                'score', t.score, 'passed', t.passed) order by t.path, pe.name), '[]')
             from (select * from r order by path, person_id limit 1000) t join person pe on pe.id = t.person_id)
) as result`;

/**
 * Per question of the session (over ended attempts below the unit): facility = share answered
 * correctly; discrimination = point-biserial correlation of being right with the attempt's score.
 */
export const itemStatsSql = `
with a as (
  select ta.id, coalesce(ta.score, (select (100.0 * count(*) filter (where i.correct) / nullif(ta.question_count, 0))
                                    from attempt_item i where i.attempt_id = ta.id)) as score
  from test_attempt ta join unit u on u.id = ta.unit_id
  where ta.session_id = ? and ta.status <> 'PAPER' and (ta.status <> 'IN_PROGRESS' or ta.deadline <= ?) and u.path like ?)
select v.question_id, min(q.stem) as stem, count(*)::int as answered,
       round(avg(coalesce(i.correct, false)::int)::numeric, 3)::float8 as facility,
       round(corr(coalesce(i.correct, false)::int, a.score)::numeric, 3)::float8 as discrimination
from a join attempt_item i on i.attempt_id = a.id join question_version v on v.id = i.question_version_id
join question q on q.id = v.question_id
group by v.question_id order by v.question_id`;
