/**
 * Live events for subscriptions in this process. The event trigger NOTIFYs `fivestar_events` with
 * an id range (ids only, far below PostgreSQL's 8,000-byte limit) when the writing transaction
 * commits; the hub, on its own direct connection (LISTEN does not survive a pooler in transaction
 * mode), reads those events once and hands each subscriber the ones its principal may read now.
 * Every process has its own hub, so subscribers on any process hear writes made on any other.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Principal } from '../../common/principal';
import type { ServiceDeps } from '../../graphql/services';
import { EventService, typeMatches, visibleEvents, type EventRules } from './events.service';
import { toEvent, type DomainEvent, type EventRow } from './event.types';

export const EVENTS_CHANNEL = 'fivestar_events';
/** Events kept for a subscriber that reads slower than they come; beyond this it is ended. */
const BUFFER_MAX = 10_000;

interface Subscriber {
  principal: Principal;
  types: readonly string[];
  withinPath: string | null;
  push(e: DomainEvent): void;
  end(): void;
}

const hubs = new WeakMap<ServiceDeps, EventHub>();

/** The hub of the application these services belong to. */
export function hubOf(deps: ServiceDeps): EventHub | undefined {
  return hubs.get(deps);
}

/** Principals with equal keys see the same events: same user, same kind of token, same grants. */
function principalKey(p: Principal): string {
  const grants = p.grants.map((g) => `${g.role}:${g.unitPath}:${g.starCode ?? ''}`).sort();
  return `${p.userId}|${p.tokenKind}|${grants.join(',')}`;
}

export class EventHub {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly subscribers = new Set<Subscriber>();
  private line: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: () => EntityManager,
    private readonly rules: EventRules,
    private readonly log: { warn(msg: string, meta?: unknown): void },
  ) {}

  register(deps: ServiceDeps): void {
    hubs.set(deps, this);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async listen(connectionString: string, backoffMs = 1000): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString, application_name: 'fivestar-events-listener' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn('event subscriptions paused until the database is back', why);
      this.retry = setTimeout(() => void this.listen(connectionString, Math.min(backoffMs * 2, 30_000)), backoffMs);
      this.retry.unref();
    };
    this.client = client;
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('listening connection closed'));
    client.on('notification', (n) => {
      const m = /^(\d+)-(\d+)$/.exec(n.payload ?? '');
      // In order, one range at a time: subscribers receive events in commit order.
      if (m)
        this.line = this.line
          .then(() => this.dispatch(m[1], m[2]))
          .catch((e: unknown) => this.log.warn('event dispatch failed', String(e)));
    });
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
    } catch (e) {
      lost((e as Error).message);
    }
  }

  private async dispatch(from: string, to: string): Promise<void> {
    if (!this.subscribers.size) return;
    const em = this.em();
    const rows: EventRow[] = await new EventService(em, this.rules).byIdRange(from, to);
    // What a principal may read does not depend on which of its subscriptions asks: the visibility
    // rules run once per principal (its user, token kind and grants) over the union of what its
    // subscriptions want, not once per subscription: ten consoles of one user cost one query.
    const groups = new Map<string, { principal: Principal; subs: { s: Subscriber; wanted: EventRow[] }[] }>();
    for (const s of [...this.subscribers]) {
      const wanted = rows.filter(
        (r) => typeMatches(s.types, r.type) && (!s.withinPath || (r.unit_path ?? '').startsWith(s.withinPath)),
      );
      if (!wanted.length) continue;
      const key = principalKey(s.principal);
      const g = groups.get(key) ?? { principal: s.principal, subs: [] };
      g.subs.push({ s, wanted });
      groups.set(key, g);
    }
    const events = new Map<EventRow, DomainEvent>();
    const event = (r: EventRow) => events.get(r) ?? events.set(r, toEvent(r)).get(r)!;
    for (const g of groups.values()) {
      const union = new Set(g.subs.flatMap((x) => x.wanted));
      const visible = new Set(await visibleEvents(em, g.principal, [...union], this.rules));
      for (const { s, wanted } of g.subs) for (const r of wanted) if (visible.has(r)) s.push(event(r));
    }
  }

  /** Events from now on, as `principal` may read them when each arrives. */
  subscribe(
    principal: Principal,
    types: readonly string[],
    withinPath: string | null,
  ): AsyncIterableIterator<DomainEvent> {
    const buffer: DomainEvent[] = [];
    let wake: ((r: IteratorResult<DomainEvent>) => void) | null = null;
    let ended = false;
    const finish = () => {
      ended = true;
      this.subscribers.delete(sub);
      buffer.length = 0;
      const w = wake;
      wake = null;
      w?.({ value: undefined, done: true });
    };
    const sub: Subscriber = {
      principal,
      types,
      withinPath,
      push: (e) => {
        if (ended) return;
        if (wake) {
          const w = wake;
          wake = null;
          w({ value: e, done: false });
        } else if (buffer.length < BUFFER_MAX) buffer.push(e);
        else finish();
      },
      end: finish,
    };
    this.subscribers.add(sub);
    const it: AsyncIterableIterator<DomainEvent> = {
      next: () =>
        buffer.length
          ? Promise.resolve({ value: buffer.shift()!, done: false })
          : ended
            ? Promise.resolve({ value: undefined, done: true })
            : new Promise((resolve) => (wake = resolve)),
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (e: unknown) => {
        finish();
        return Promise.reject(e);
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    for (const s of [...this.subscribers]) s.end();
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
    await this.line;
  }
}
