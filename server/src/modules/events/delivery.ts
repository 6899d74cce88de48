/**
 * Webhook delivery, as two tasks of the PostgreSQL job queue (graphile-worker). `events_fanout`
 * (queued by the event trigger in the writing transaction, one at a time) walks each enabled
 * webhook's cursor over the committed events and creates one delivery per visible event, each with
 * its `webhook_deliver` job in the same transaction. `webhook_deliver` checks visibility and the
 * target again, POSTs once, logs the attempt and schedules the next one itself (the retry schedule
 * is ours: WEBHOOK_RETRY_BASE_MS doubling), so a crash between attempts loses nothing.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook as Signer } from 'standardwebhooks';
import type { AppConfig } from '../../config';
import type { TaskDeps } from '../../graphql/module';
import { EventService, visibleEvents, type EventRules } from './events.service';
import { EVENT_COLUMNS, type EventRow } from './event.types';
import { checkTarget } from './webhook-target';
import { webhookReader } from './webhooks.service';

const FANOUT_BATCH = 500;
const ANSWER_CHARS = 1000;

interface HookRow {
  id: number;
  created_by_id: number;
  scope_unit_id: number;
  path: string;
  event_types: string[];
  cursor_txid: string;
  cursor_id: string;
}

export async function fanOut(t: TaskDeps, rules: EventRules): Promise<void> {
  const em = t.em();
  const events = new EventService(em, rules);
  const horizon = await events.horizon();
  const hooks = await em.execute<HookRow[]>(
    `select w.id, w.created_by_id, w.scope_unit_id, u.path, w.event_types, w.cursor_txid::text as cursor_txid, w.cursor_id::text as cursor_id
       from webhook w join unit u on u.id = w.scope_unit_id where w.enabled order by w.id`,
  );
  for (const w of hooks) {
    if (t.stopping()) return;
    const reader = webhookReader({
      id: w.id,
      createdById: w.created_by_id,
      scopeUnitId: w.scope_unit_id,
      scopePath: w.path,
    });
    let position = { txid: w.cursor_txid, id: w.cursor_id };
    for (;;) {
      const rows = await events.committedAfter(
        position,
        { types: w.event_types, withinPath: w.path },
        FANOUT_BATCH,
        horizon,
      );
      const visible = rows.length ? await visibleEvents(em, reader, rows, rules) : [];
      // Everything below the horizon has been seen once the batch is short: the cursor moves there.
      const next =
        rows.length === FANOUT_BATCH
          ? { txid: rows[rows.length - 1].txid, id: rows[rows.length - 1].id }
          : { txid: horizon, id: '0' };
      if (next.txid === position.txid && next.id === position.id && !rows.length) break;
      await em.transactional(async (tx) => {
        if (visible.length) {
          await tx.execute(
            `with d as (
               insert into webhook_delivery (webhook_id, event_id, created_at, next_attempt_at)
               select ?, e, ?, ? from unnest(?::bigint[]) e
               on conflict (webhook_id, event_id) do nothing returning id)
             select graphile_worker.add_job('webhook_deliver', json_build_object('deliveryId', id::text),
                                            job_key => 'webhook_delivery:' || id) from d`,
            [w.id, t.deps.now(), t.deps.now(), `{${visible.map((r) => r.id).join(',')}}`],
          );
        }
        // Never backwards: a cursor beyond this one (set by a concurrent run) stays.
        await tx.execute(
          `update webhook set cursor_txid = ?::text::xid8, cursor_id = ?::bigint
            where id = ? and (cursor_txid, cursor_id) < (?::text::xid8, ?::bigint)`,
          [next.txid, next.id, w.id, next.txid, next.id],
        );
      });
      position = next;
      if (rows.length < FANOUT_BATCH) break;
    }
  }
  // Events of transactions that were still running at the horizon: look again shortly.
  const [late] = await em.execute<{ late: boolean }[]>(
    `select exists (select 1 from event where txid >= ?::text::xid8) and exists (select 1 from webhook where enabled) as late`,
    [horizon],
  );
  if (late?.late) {
    await em.execute(
      `select graphile_worker.add_job('events_fanout', '{}'::json, queue_name => 'events_fanout', run_at => now() + interval '500 milliseconds')`,
    );
  }
}

interface DeliveryJobRow {
  delivery_id: string;
  status: string;
  attempts: number;
  webhook_id: number;
  url: string;
  enabled: boolean;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  created_by_id: number;
  scope_unit_id: number;
  scope_path: string;
}

/** The body a receiver gets: the event as the `events` feed shows it. */
export function deliveryBody(e: EventRow): string {
  return JSON.stringify({
    type: e.type,
    timestamp: new Date(e.committed_at).toISOString(),
    data: {
      id: e.id,
      type: e.type,
      resourceType: e.resource_type,
      resourceId: e.resource_id,
      unitPath: e.unit_path,
      payload: e.payload,
      committedAt: new Date(e.committed_at).toISOString(),
    },
  });
}

/** Both signatures while a rotated secret is still in its window (Standard Webhooks: space-separated). */
export function signatures(
  secret: string,
  previous: { secret: string | null; until: Date | null },
  msgId: string,
  at: Date,
  body: string,
): string {
  const sigs = [new Signer(secret).sign(msgId, at, body)];
  if (previous.secret && previous.until && previous.until > at)
    sigs.push(new Signer(previous.secret).sign(msgId, at, body));
  return sigs.join(' ');
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  answer: string | null;
  error: string | null;
  latencyMs: number;
}

/** One POST to the checked address (no redirects: a 3xx is an answer like any other, and a failure). */
function post(
  url: string,
  address: string,
  family: 4 | 6,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
) {
  const started = process.hrtime.bigint();
  const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const lookup: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all)
      (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else cb(null, address, family);
  };
  return new Promise<Outcome>((resolve) => {
    const u = new URL(url);
    const client = u.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (o: Omit<Outcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...o, latencyMs: elapsed() });
    };
    const req = client.request(
      u,
      {
        method: 'POST',
        lookup,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'fivestar-webhooks/1',
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < ANSWER_CHARS) text += chunk;
          else res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? 0;
          done({
            ok: status >= 200 && status < 300,
            statusCode: status,
            answer: text.slice(0, ANSWER_CHARS),
            error: status >= 300 && status < 400 ? 'redirect not followed' : null,
          });
        };
        res.on('end', finish);
        res.on('close', finish);
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (e) => done({ ok: false, statusCode: null, answer: null, error: e.message.slice(0, 300) }));
    req.end(body);
  });
}

export async function deliver(
  payload: { deliveryId?: string; redeliver?: boolean },
  t: TaskDeps,
  rules: EventRules,
  settings: AppConfig['webhooks'],
): Promise<void> {
  const deliveryId = String(payload.deliveryId ?? '');
  if (!/^\d{1,18}$/.test(deliveryId)) return;
  const em = t.em();
  const [row] = await em.execute<DeliveryJobRow[]>(
    `select d.id::text as delivery_id, d.status, d.attempts, w.id as webhook_id, w.url, w.enabled, w.secret, w.previous_secret,
            w.previous_secret_until, w.created_by_id, w.scope_unit_id, u.path as scope_path
       from webhook_delivery d join webhook w on w.id = d.webhook_id join unit u on u.id = w.scope_unit_id
      where d.id = ?::bigint`,
    [deliveryId],
  );
  // Re-enabling the webhook queues what is still pending.
  if (!row || !row.enabled || (row.status !== 'PENDING' && !payload.redeliver)) return;
  const [event] = await em.execute<EventRow[]>(
    `select ${EVENT_COLUMNS} from event where id = (select event_id from webhook_delivery where id = ?::bigint)`,
    [deliveryId],
  );
  if (!event) return;
  const reader = webhookReader({
    id: row.webhook_id,
    createdById: row.created_by_id,
    scopeUnitId: row.scope_unit_id,
    scopePath: row.scope_path,
  });
  if (!(await visibleEvents(em, reader, [event], rules)).length) {
    await em.execute(`update webhook_delivery set status = 'WITHHELD', next_attempt_at = null where id = ?::bigint`, [
      deliveryId,
    ]);
    return;
  }
  const body = deliveryBody(event);
  const msgId = `evt_${event.id}`;
  const at = new Date();
  const target = await checkTarget(row.url, settings.allowedHosts);
  const outcome: Outcome = target.ok
    ? await post(
        row.url,
        target.address,
        target.family,
        {
          'webhook-id': msgId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signatures(
            row.secret,
            {
              secret: row.previous_secret,
              until: row.previous_secret_until ? new Date(row.previous_secret_until) : null,
            },
            msgId,
            at,
            body,
          ),
        },
        body,
        settings.timeoutMs,
      )
    : { ok: false, statusCode: null, answer: null, error: target.reason, latencyMs: 0 };
  const now = t.deps.now();
  await em.transactional(async (tx) => {
    await tx.execute(
      `insert into webhook_attempt (delivery_id, at, ok, status_code, latency_ms, error, answer) values (?::bigint, ?, ?, ?, ?, ?, ?)`,
      [deliveryId, now, outcome.ok, outcome.statusCode, outcome.latencyMs, outcome.error, outcome.answer],
    );
    if (outcome.ok) {
      await tx.execute(
        `update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, last_status_code = ?, delivered_at = ?, next_attempt_at = null where id = ?::bigint`,
        [now, outcome.statusCode, now, deliveryId],
      );
      await tx.execute(`update webhook set consecutive_failures = 0 where id = ? and consecutive_failures <> 0`, [
        row.webhook_id,
      ]);
      return;
    }
    const [d] = await tx.execute<{ attempts: number }[]>(
      `update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?, last_status_code = ? where id = ?::bigint returning attempts`,
      [now, outcome.statusCode, deliveryId],
    );
    const [w] = await tx.execute<{ consecutive_failures: number }[]>(
      `update webhook set consecutive_failures = consecutive_failures + 1 where id = ? returning consecutive_failures`,
      [row.webhook_id],
    );
    if (w.consecutive_failures >= settings.disableAfterFailures) {
      await tx.execute(
        `update webhook set enabled = false, disabled_at = ?, version = version + 1, disabled_reason = ? where id = ? and enabled`,
        [
          now,
          `连续 ${w.consecutive_failures} 次推送失败，已自动停用 Disabled after ${w.consecutive_failures} failed attempts in a row (last: ${outcome.error ?? `HTTP ${outcome.statusCode}`})`.slice(
            0,
            500,
          ),
          row.webhook_id,
        ],
      );
    }
    if (d.attempts >= settings.maxAttempts) {
      await tx.execute(`update webhook_delivery set status = 'FAILED', next_attempt_at = null where id = ?::bigint`, [
        deliveryId,
      ]);
      return;
    }
    const waitMs = settings.retryBaseMs * 2 ** (d.attempts - 1);
    await tx.execute(`update webhook_delivery set status = 'PENDING', next_attempt_at = ? where id = ?::bigint`, [
      new Date(now.getTime() + waitMs),
      deliveryId,
    ]);
    await tx.execute(
      `select graphile_worker.add_job('webhook_deliver', json_build_object('deliveryId', ?::text),
              run_at => now() + (? * interval '1 millisecond'), job_key => 'webhook_delivery:' || ?::text)`,
      [deliveryId, waitMs, deliveryId],
    );
  });
}
