/**
 * 待办 of the plans module: plan items and milestones not done and due by the horizon (overdue ones
 * included) — those naming the user as responsible, and those without a responsible person of a unit
 * the user plans for directly (an editor's grant on that very unit, not everything below it).
 */
import type { InboxKind } from '../../graphql/module';
import { PLAN_EDITORS } from './plans.service';
import { PlanItemStatus } from './plans.enums';

const editors = PLAN_EDITORS.map((r) => `'${r}'`).join(', ');
// Written so that each arm is an index lookup (open items by responsible person, migration
// inbox_plan_indexes; by unit and status): an `exists` over g's paths here scanned every open item.
const mine = (pi: string) => `(${pi}.responsible_person_id = (select person_id from me)
  or (${pi}.responsible_person_id is null and ${pi}.unit_id = any (array(select g.unit_id from g where g.role in (${editors})))))`;

export const planInboxKinds: InboxKind[] = [
  {
    kind: 'PLAN_ITEM_DUE',
    label: { zh: '即将到期的任务', en: 'Plan items due soon' },
    sql: `
      select 'PlanItem' as record_type, pi.id as record_id, u.id as unit_id, u.name || '：' || pi.title as title,
             pi.deadline as due, '/planItems/' || pi.id || '/show' as link
        from plan_item pi join unit u on u.id = pi.unit_id
       where pi.status <> '${PlanItemStatus.DONE}' and pi.deadline <= (select horizon from me) and ${mine('pi')}`,
  },
  {
    kind: 'PLAN_MILESTONE_DUE',
    label: { zh: '即将到期的节点', en: 'Milestones due soon' },
    sql: `
      select 'PlanItem' as record_type, pi.id as record_id, u.id as unit_id,
             u.name || '：' || pi.title || ' · ' || m.title as title, m.due_date as due,
             '/planItems/' || pi.id || '/show' as link
        from plan_milestone m join plan_item pi on pi.id = m.item_id join unit u on u.id = pi.unit_id
       where m.done_on is null and m.due_date <= (select horizon from me) and pi.status <> '${PlanItemStatus.DONE}'
         and ${mine('pi')}`,
  },
];
