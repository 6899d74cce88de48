/**
 * 待办 and notifications of the signed-in user, and the districts' reminder rules.
 *
 * myTasks joins every module's kinds (`inbox` in their manifests) into ONE statement whatever their
 * number and size: each kind is a select over the same two relations (`me`: user_id, person_id, today,
 * horizon, now, session, team_ids; `g`: role, path, star, unit_id of each grant), their union is
 * counted by kind and its first items returned as one JSON value.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../common/reasons';
import { addDays, shanghaiDate } from '../../common/dates';
import type { Principal } from '../../common/principal';
import { TokenKind, UserRole } from '../../common/roles';
import type { InboxKind, ModuleManifest } from '../../graphql/module';
import type { ServiceDeps } from '../../graphql/services';
import { Unit, UnitLevel, UnitReasons } from '../org/public';
import { ReminderKind } from './inbox.enums';
import { NotificationReasons, ReminderRuleReasons } from './inbox.errors';
import { REMINDER_DEFAULTS, ReminderRule } from './reminder-rule.entity';

export interface TaskItemData {
  kind: string;
  recordType: string;
  recordId: number;
  unitId: number;
  title: string;
  due: string | null;
  link: string;
}

export interface MyTasksData {
  today: string;
  horizon: string;
  total: number;
  kinds: { kind: string; label: string; labelEn: string; count: number }[];
  items: TaskItemData[];
}

export interface NotificationData {
  id: string;
  createdAt: Date;
  kind: string;
  step: string;
  recordType: string;
  recordId: number;
  unitId: number;
  title: string;
  reasonZh: string;
  reasonEn: string;
  link: string;
  readAt: Date | null;
}

export interface ReminderRuleData {
  enabled: boolean;
  daysBefore: number;
  atHour: number;
  townshipAfterDays: number | null;
  districtAfterDays: number | null;
}

const NOTIFICATION_COLUMNS = `n.id::text as id, n.created_at, n.kind, n.step, n.record_type, n.record_id, n.unit_id,
  n.title, n.reason_zh, n.reason_en, n.link, n.read_at`;

interface NotificationRow {
  id: string;
  created_at: string | Date;
  kind: string;
  step: string;
  record_type: string;
  record_id: number;
  unit_id: number;
  title: string;
  reason_zh: string;
  reason_en: string;
  link: string;
  read_at: string | Date | null;
}

const toNotification = (r: NotificationRow): NotificationData => ({
  id: r.id,
  // Raw rows carry timestamps as text.
  createdAt: new Date(r.created_at),
  kind: r.kind,
  step: r.step,
  recordType: r.record_type,
  recordId: r.record_id,
  unitId: r.unit_id,
  title: r.title,
  reasonZh: r.reason_zh,
  reasonEn: r.reason_en,
  link: r.link,
  readAt: r.read_at === null ? null : new Date(r.read_at),
});

/** The statement of myTasks for these kinds (built once per process: it depends only on the modules). */
export function myTasksSql(kinds: readonly InboxKind[]): string {
  const union = kinds.length
    ? kinds
        .map(
          (k) =>
            `select '${k.kind}'::text as kind, q.record_type::text, q.record_id::int, q.unit_id::int, q.title::text, q.due::date, q.link::text from (${k.sql}) q`,
        )
        .join('\n union all \n')
    : `select null::text as kind, null::text as record_type, null::int as record_id, null::int as unit_id, null::text as title, null::date as due, null::text as link where false`;
  return `
    with me as (
      select ?::int as user_id, (select person_id from app_user where id = ?) as person_id, ?::date as today,
             ?::date as horizon, ?::timestamptz as now, ?::boolean as session,
             array(select m.team_id from supervision_team_member m join supervision_team t on t.id = m.team_id
                    where m.user_id = ? and t.active and ?) as team_ids
    ),
    g as (select * from jsonb_to_recordset(?::jsonb) as x(role text, path text, star text, unit_id int)),
    t as (${union}),
    k as (select kind, count(*)::int as n from t group by kind),
    top as (select * from t order by due nulls last, kind, record_id limit ?)
    select (select coalesce(json_agg(k), '[]'::json) from k) as counts,
           (select coalesce(json_agg(top), '[]'::json) from top) as items`;
}

export class InboxService {
  private readonly kinds: readonly InboxKind[];
  private readonly sql: string;

  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date,
    deps: ServiceDeps,
  ) {
    ({ kinds: this.kinds, sql: this.sql } = compiled(deps.modules));
  }

  /** Everything awaiting the principal's action now (API tokens act on nothing). */
  async myTasks(p: Principal, dueWithinDays: number, limit: number): Promise<MyTasksData> {
    if (!Number.isInteger(dueWithinDays) || dueWithinDays < 0 || dueWithinDays > 90)
      throw fail(NotificationReasons.HORIZON, { field: 'dueWithinDays' });
    const today = shanghaiDate(this.now());
    const horizon = addDays(today, dueWithinDays);
    const empty: MyTasksData = {
      today,
      horizon,
      total: 0,
      kinds: this.kinds.map((k) => ({ kind: k.kind, label: k.label.zh, labelEn: k.label.en, count: 0 })),
      items: [],
    };
    if (p.tokenKind === TokenKind.API || !p.grants.length) return empty;
    const grants = JSON.stringify(
      p.grants.map((g) => ({ role: g.role, path: g.unitPath, star: g.starCode, unit_id: g.unitId })),
    );
    const session = p.tokenKind === TokenKind.SESSION;
    const [row] = await this.em.execute<
      {
        counts: { kind: string; n: number }[];
        items: {
          kind: string;
          record_type: string;
          record_id: number;
          unit_id: number;
          title: string;
          due: string | null;
          link: string;
        }[];
      }[]
    >(this.sql, [p.userId, p.userId, today, horizon, this.now(), session, p.userId, session, grants, limit]);
    const counts = new Map(row.counts.map((c) => [c.kind, c.n]));
    const kinds = empty.kinds.map((k) => ({ ...k, count: counts.get(k.kind) ?? 0 }));
    return {
      today,
      horizon,
      total: kinds.reduce((s, k) => s + k.count, 0),
      kinds,
      items: row.items.map((i) => ({
        kind: i.kind,
        recordType: i.record_type,
        recordId: i.record_id,
        unitId: i.unit_id,
        title: i.title,
        due: i.due,
        link: i.link,
      })),
    };
  }

  /** The principal's own notifications, newest first (nobody reads another's). */
  async notifications(
    p: Principal,
    unreadOnly: boolean,
    first: number,
    offset: number,
  ): Promise<{ items: NotificationData[]; total: number; unread: number }> {
    const [counts] = await this.em.execute<{ total: number; unread: number }[]>(
      `select count(*)::int as total, (count(*) filter (where read_at is null))::int as unread
         from notification where recipient_user_id = ?`,
      [p.userId],
    );
    const rows = await this.em.execute<NotificationRow[]>(
      `select ${NOTIFICATION_COLUMNS} from notification n
        where n.recipient_user_id = ? ${unreadOnly ? 'and n.read_at is null' : ''}
        order by n.id desc limit ? offset ?`,
      [p.userId, first, offset],
    );
    return {
      items: rows.map(toNotification),
      total: unreadOnly ? counts.unread : counts.total,
      unread: counts.unread,
    };
  }

  async unreadCount(p: Principal): Promise<number> {
    const [r] = await this.em.execute<{ n: number }[]>(
      'select count(*)::int as n from notification where recipient_user_id = ? and read_at is null',
      [p.userId],
    );
    return r.n;
  }

  /** Marks the principal's own notifications read (others' ids are ignored, as if missing); all when `ids` is null. */
  async markRead(p: Principal, ids: number[] | null): Promise<number> {
    if (ids && ids.length > 500) throw fail(NotificationReasons.TOO_MANY, { field: 'ids' });
    const rows = await this.em.execute<{ id: string }[]>(
      `update notification set read_at = ? where recipient_user_id = ? and read_at is null
         ${ids?.length ? 'and id = any(array[?]::bigint[])' : ids ? 'and false' : ''} returning id`,
      ids?.length ? [this.now(), p.userId, ids] : [this.now(), p.userId],
    );
    return rows.length;
  }

  // ---- rules ----

  private async district(p: Principal, districtId: number): Promise<Unit> {
    const d = await this.em.findOne(Unit, { id: districtId });
    if (!d || d.level !== UnitLevel.DISTRICT || !p.canReadDistrictLevel(d.path)) throw fail(UnitReasons.NOT_FOUND);
    return d;
  }

  /** The district's rules, one per kind (defaults where none was set: id 0). */
  async rules(p: Principal, districtId: number): Promise<ReminderRule[]> {
    const d = await this.district(p, districtId);
    const rows = await this.em.find(ReminderRule, { district: d });
    return Object.values(ReminderKind).map(
      (kind) =>
        rows.find((r) => r.kind === kind) ??
        Object.assign(new ReminderRule(), {
          id: 0,
          district: d,
          kind,
          enabled: true,
          ...REMINDER_DEFAULTS[kind],
          version: 0,
          createdAt: this.now(),
          updatedAt: this.now(),
        }),
    );
  }

  async setRule(p: Principal, districtId: number, kind: ReminderKind, data: ReminderRuleData): Promise<ReminderRule> {
    const d = await this.district(p, districtId);
    if (!p.hasRoleOver(d.path, UserRole.DISTRICT_ADMIN)) throw fail(ReminderRuleReasons.FORBIDDEN);
    if (!Number.isInteger(data.daysBefore) || data.daysBefore < 0 || data.daysBefore > 60)
      throw fail(ReminderRuleReasons.BAD_DAYS, { field: 'daysBefore' });
    if (!Number.isInteger(data.atHour) || data.atHour < 0 || data.atHour > 23)
      throw fail(ReminderRuleReasons.BAD_HOUR, { field: 'atHour' });
    const bad = (n: number | null) => n !== null && (!Number.isInteger(n) || n < 0 || n > 365);
    if (bad(data.townshipAfterDays)) throw fail(ReminderRuleReasons.BAD_ESCALATION, { field: 'townshipAfterDays' });
    if (
      bad(data.districtAfterDays) ||
      (data.districtAfterDays !== null &&
        data.townshipAfterDays !== null &&
        data.districtAfterDays < data.townshipAfterDays)
    )
      throw fail(ReminderRuleReasons.BAD_ESCALATION, { field: 'districtAfterDays' });
    const row =
      (await this.em.findOne(ReminderRule, { district: d, kind })) ??
      this.em.create(ReminderRule, { district: d, kind, ...REMINDER_DEFAULTS[kind] });
    Object.assign(row, data);
    return row;
  }
}

// The statement depends only on the modules: built once per module list, not per request.
const sqlCache = new WeakMap<object, { kinds: readonly InboxKind[]; sql: string }>();

function compiled(modules: ServiceDeps['modules']): { kinds: readonly InboxKind[]; sql: string } {
  let hit = sqlCache.get(modules);
  if (!hit) {
    const kinds = (modules as readonly ModuleManifest[]).flatMap((m) => m.inbox ?? []);
    hit = { kinds, sql: myTasksSql(kinds) };
    sqlCache.set(modules, hit);
  }
  return hit;
}
