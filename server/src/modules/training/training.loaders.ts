import DataLoader from 'dataloader';
import type { LoaderScope } from '../../graphql/loaders';

/** Batch loaders of the training module: one statement per list page, whatever its length. */
export function trainingLoaders({ em }: LoaderScope) {
  return {
    /** Expected takers per test session (training_expected on each session's test date). */
    testExpected: new DataLoader<number, number>(async (ids) => {
      const rows = await em.execute<{ id: number; n: number }[]>(
        `select s.id, (select count(*)::int from training_expected(s.audience_roles, s.audience_unit_ids, s.test_date)) as n
         from test_session s where s.id = any (?::int[])`,
        [`{${ids.join(',')}}`],
      );
      const m = new Map(rows.map((r) => [Number(r.id), r.n]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    /** Expected and attended per training session. */
    trainingTotals: new DataLoader<number, { expected: number; attended: number }>(async (ids) => {
      const rows = await em.execute<{ id: number; expected: number; attended: number }[]>(
        `select s.id, count(e.person_id)::int as expected, count(a.id)::int as attended
         from training_session s
         left join lateral training_expected(s.audience_roles, s.audience_unit_ids, s.held_on) e on true
         left join training_attendance a on a.session_id = s.id and a.person_id = e.person_id
         where s.id = any (?::int[]) group by s.id`,
        [`{${ids.join(',')}}`],
      );
      const m = new Map(rows.map((r) => [Number(r.id), { expected: r.expected, attended: r.attended }]));
      return ids.map((id) => m.get(id) ?? { expected: 0, attended: 0 });
    }),
  };
}
