/**
 * 待办 of the training module: tests to take — sessions whose window is open now, where the user's
 * person is an expected taker (the rule of SQL `training_expected`: one of the audience roles in an
 * audience unit's subtree on the test date, written here from the person's own positions so that it is
 * an index lookup), who has not passed yet and has attempts left (an attempt in progress counts as
 * not finished: it is resumed from 我的测试).
 */
import type { InboxKind } from '../../graphql/module';

export const trainingInboxKinds: InboxKind[] = [
  {
    kind: 'TEST_TO_TAKE',
    label: { zh: '待参加的测试', en: 'Tests to take' },
    sql: `
      select 'TestSession' as record_type, s.id as record_id, s.organizer_unit_id as unit_id, s.title as title,
             (s.closes_at at time zone 'Asia/Shanghai')::date as due, '/my-tests' as link
        from test_session s
       where s.opens_at <= (select now from me) and s.closes_at > (select now from me)
         and exists (select 1 from position pos join unit su on su.id = pos.scope_unit_id
                      where pos.person_id = (select person_id from me) and pos.role = any (s.audience_roles)
                        and pos.start_date <= s.test_date and (pos.end_date is null or pos.end_date >= s.test_date)
                        and exists (select 1 from unit a where a.id = any (s.audience_unit_ids) and su.path like a.path || '%'))
         and not exists (select 1 from test_attempt a where a.session_id = s.id and a.person_id = (select person_id from me)
                          and a.score >= s.pass_mark)
         and (select count(*) from test_attempt a where a.session_id = s.id and a.person_id = (select person_id from me)
               and (a.status <> 'IN_PROGRESS' or a.deadline <= (select now from me))) < s.attempts_allowed`,
  },
];
