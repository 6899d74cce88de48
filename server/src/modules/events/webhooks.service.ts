import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertRole, assertRoleOver } from '../../common/access';
import { Principal } from '../../common/principal';
import { fail } from '../../common/reasons';
import { TokenKind, UserRole } from '../../common/roles';
import { offset, orderBy, type ListArgs, type Page } from '../../graphql/pagination';
import { User } from '../auth/public';
import { Unit, UnitReasons } from '../org/public';
import { DeliveryReasons, WebhookReasons } from './events.errors';
import { checkTypes } from './events.service';
import { hostAllowed, parseTarget } from './webhook-target';
import { Webhook } from './webhook.entity';
import { WebhookAttempt, WebhookDelivery, type DeliveryRow } from './webhook-delivery.types';

export interface WebhookSettings {
  allowedHosts: readonly string[];
  rotationHours: number;
}

/** Standard Webhooks secrets: `whsec_` and 24 random bytes in base64. */
export const newSecret = () => `whsec_${crypto.randomBytes(24).toString('base64')}`;

/** Whom a webhook reads as: an API token scoped to its unit (INTEGRATOR there, never a team member). */
export function webhookReader(w: {
  id: number;
  createdById: number;
  scopeUnitId: number;
  scopePath: string;
}): Principal {
  return new Principal(
    w.createdById,
    `webhook:${w.id}`,
    `webhook ${w.id}`,
    [{ role: UserRole.INTEGRATOR, unitId: w.scopeUnitId, unitPath: w.scopePath, starCode: null }],
    TokenKind.API,
    0,
  );
}

const DELIVERY_COLUMNS = `d.id::text as id, d.webhook_id, d.event_id::text as event_id, e.type as event_type, d.status, d.attempts,
  d.created_at, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.delivered_at`;

/** Webhooks are district admins' business, over their own subtree (like API tokens). */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: WebhookSettings,
    private readonly now: () => Date,
  ) {}

  private adminPrefixes(p: Principal): string[] {
    return p.grants.filter((g) => g.role === UserRole.DISTRICT_ADMIN).map((g) => g.unitPath);
  }

  checkUrl(url: string): string {
    const u = parseTarget(url.trim());
    if (!u) throw fail(WebhookReasons.BAD_URL, { field: 'url' });
    if (!hostAllowed(u.hostname, this.settings.allowedHosts)) {
      throw fail(WebhookReasons.HOST_NOT_ALLOWED, { field: 'url', params: { host: u.hostname } });
    }
    return u.toString();
  }

  private checkEventTypes(types: readonly string[]): string[] {
    if (types.length > 50) throw fail(WebhookReasons.TOO_MANY_TYPES, { field: 'eventTypes' });
    return checkTypes(types, 'eventTypes');
  }

  async list(p: Principal, args: ListArgs): Promise<Page<Webhook>> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], WebhookReasons.FORBIDDEN);
    const [items, total] = await this.em.findAndCount(
      Webhook,
      { $or: this.adminPrefixes(p).map((x) => ({ scopeUnit: { path: { $like: `${x}%` } } })) },
      { orderBy: orderBy(args, { id: 'id', url: 'url', createdAt: 'createdAt' }, 'id') as never, ...offset(args) },
    );
    return { items, total };
  }

  /** A webhook over the caller's subtree; anything else is the NOT_FOUND of a missing one. */
  async get(p: Principal, id: number): Promise<Webhook> {
    const w = await this.em.findOne(Webhook, { id }, { populate: ['scopeUnit'] });
    if (!w || !p.hasRoleOver(w.scopeUnit.path, UserRole.DISTRICT_ADMIN)) {
      if (w && p.canRead(w.scopeUnit.path)) throw fail(WebhookReasons.FORBIDDEN);
      throw fail(WebhookReasons.NOT_FOUND);
    }
    return w;
  }

  async create(
    p: Principal,
    data: { url: string; eventTypes?: string[] | null; withinId: number },
  ): Promise<{ secret: string; webhook: Webhook }> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], WebhookReasons.FORBIDDEN);
    const unit = await this.em.findOne(Unit, { id: data.withinId });
    if (!unit || !p.canRead(unit.path))
      throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'withinId' });
    assertRoleOver(p, unit.path, WebhookReasons, [UserRole.DISTRICT_ADMIN]);
    const url = this.checkUrl(data.url);
    const secret = newSecret();
    const webhook = this.em.create(Webhook, {
      url,
      eventTypes: this.checkEventTypes(data.eventTypes ?? []),
      scopeUnit: unit,
      createdBy: this.em.getReference(User, p.userId),
      secret,
    });
    return { secret, webhook };
  }

  async update(
    p: Principal,
    id: number,
    data: { url?: string | null; eventTypes?: string[] | null; enabled?: boolean | null },
  ): Promise<Webhook> {
    const w = await this.get(p, id);
    if (data.url != null) w.url = this.checkUrl(data.url);
    if (data.eventTypes != null) w.eventTypes = this.checkEventTypes(data.eventTypes);
    if (data.enabled === false && w.enabled) {
      w.enabled = false;
      w.disabledAt = this.now();
      w.disabledReason = '管理员停用 Disabled by an administrator';
    }
    if (data.enabled === true && !w.enabled) {
      // Re-enabled: what waited while it was off is sent (fanned out and retried from now).
      w.enabled = true;
      w.disabledAt = null;
      w.disabledReason = null;
      w.consecutiveFailures = 0;
      await this.em.execute(
        `select graphile_worker.add_job('webhook_deliver', json_build_object('deliveryId', d.id::text), job_key => 'webhook_delivery:' || d.id)
           from webhook_delivery d where d.webhook_id = ? and d.status = 'PENDING'`,
        [w.id],
      );
      await this.em.execute(
        `select graphile_worker.add_job('events_fanout', '{}'::json, queue_name => 'events_fanout', job_key => 'events_fanout')`,
      );
    }
    return w;
  }

  /** A new secret (shown once); the old one keeps signing beside it for the rotation window. */
  async rotateSecret(p: Principal, id: number): Promise<{ secret: string; webhook: Webhook }> {
    const w = await this.get(p, id);
    const secret = newSecret();
    w.previousSecret = w.secret;
    w.previousSecretUntil = new Date(this.now().getTime() + this.settings.rotationHours * 3_600_000);
    w.secret = secret;
    return { secret, webhook: w };
  }

  async remove(p: Principal, id: number): Promise<Webhook> {
    const w = await this.get(p, id);
    this.em.remove(w);
    return Object.assign(Object.create(Webhook.prototype) as Webhook, w);
  }

  async deliveries(p: Principal, webhookId: number, args: ListArgs): Promise<Page<WebhookDelivery>> {
    const w = await this.get(p, webhookId);
    const sort = orderBy(args, { id: 'id', createdAt: 'createdAt' }, 'id') as Record<string, string>;
    const [field, dir] = Object.entries(sort)[0];
    const column = field === 'createdAt' ? 'd.created_at' : 'd.id';
    const { limit, offset: skip } = offset(args);
    const rows = await this.em.execute<DeliveryRow[]>(
      `select ${DELIVERY_COLUMNS}, count(*) over () as total
         from webhook_delivery d join event e on e.id = d.event_id
        where d.webhook_id = ? order by ${column} ${dir === 'desc' ? 'desc' : 'asc'}, d.id ${dir === 'desc' ? 'desc' : 'asc'}
        limit ? offset ?`,
      [w.id, limit, skip],
    );
    const total = rows.length ? Number((rows[0] as DeliveryRow & { total: string }).total) : 0;
    const items = rows.map((r) => WebhookDelivery.from(r));
    if (items.length) {
      const attempts = await this.em.execute<
        {
          delivery_id: string;
          id: string;
          at: Date;
          ok: boolean;
          status_code: number | null;
          latency_ms: number;
          error: string | null;
          answer: string | null;
        }[]
      >(
        `select delivery_id::text as delivery_id, id::text as id, at, ok, status_code, latency_ms, error, answer
           from webhook_attempt where delivery_id = any(?::bigint[]) order by id`,
        [`{${items.map((d) => d.id).join(',')}}`],
      );
      const byDelivery = new Map(items.map((d) => [d.id, d]));
      for (const a of attempts) byDelivery.get(a.delivery_id)?.attemptLog.push(WebhookAttempt.from(a));
    }
    return { items, total };
  }

  /** Send a delivery again (same `webhook-id`), whatever became of it. */
  async redeliver(p: Principal, deliveryId: string): Promise<WebhookDelivery> {
    if (!/^\d{1,18}$/.test(deliveryId))
      throw fail(DeliveryReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'deliveryId' });
    assertRole(p, [UserRole.DISTRICT_ADMIN], DeliveryReasons.FORBIDDEN);
    const [row] = await this.em.execute<{ webhook_id: number; path: string }[]>(
      `select d.webhook_id, u.path from webhook_delivery d join webhook w on w.id = d.webhook_id join unit u on u.id = w.scope_unit_id where d.id = ?::bigint`,
      [deliveryId],
    );
    if (!row || !p.hasRoleOver(row.path, UserRole.DISTRICT_ADMIN)) throw fail(DeliveryReasons.NOT_FOUND);
    const [updated] = await this.em.execute<DeliveryRow[]>(
      `with d as (update webhook_delivery set status = 'PENDING', next_attempt_at = ? where id = ?::bigint returning *)
       select ${DELIVERY_COLUMNS} from d join event e on e.id = d.event_id`,
      [this.now(), deliveryId],
    );
    await this.em.execute(
      `select graphile_worker.add_job('webhook_deliver', json_build_object('deliveryId', ?::text, 'redeliver', true), job_key => 'webhook_delivery:' || ?::text)`,
      [deliveryId, deliveryId],
    );
    return WebhookDelivery.from(updated);
  }
}
