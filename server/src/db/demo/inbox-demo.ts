/**
 * Demo data of reminders and early warnings: the demo district's rules written out (the values the
 * sweep would use anyway, so that 提醒规则 and 预警规则 show rows to edit). No notification is
 * seeded: the running server's sweep sends them from the demo's deadlines within minutes of start.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export async function seedInboxDemo(tx: EntityManager, districtId: number): Promise<void> {
  await tx.execute(
    `insert into reminder_rule (created_at, updated_at, district_id, kind, enabled, days_before, at_hour, township_after_days, district_after_days)
     values (now(), now(), ?, 'RECTIFICATION_DEADLINE', true, 3, 17, 3, 7),
            (now(), now(), ?, 'PLAN_ITEM_DEADLINE', true, 3, 17, 7, 14),
            (now(), now(), ?, 'DAILY_REPORT', true, 0, 17, null, null)`,
    [districtId, districtId, districtId],
  );
  await tx.execute(`insert into warning_rule (created_at, updated_at, district_id) values (now(), now(), ?)`, [
    districtId,
  ]);
}
