/**
 * Sessions resolved recently, so that a request usually costs no authentication statement.
 *
 * Correctness comes first: an entry is used only while this process listens on the
 * `fivestar_auth` channel, which database triggers notify whenever a token is revoked or deleted,
 * a user is deactivated or renamed, a role is granted or withdrawn, or a unit moves (grants hold
 * unit paths) — see Migration20261128100000_auth_notify. A notification empties the cache of every
 * process; a lost listening connection empties and bypasses it until it is back. Writes in this
 * process empty it at once as well (`clear()`), so its own next request never sees a stale session.
 * Entries also expire after `ttlMs` whatever happens, and expiry of the token itself is checked on
 * every use (against the application clock). Unknown or unusable tokens are never cached.
 *
 * The same notifications (and the same rules) guard a second, smaller cache of rows that are read
 * on hot paths and change rarely: units and the star catalog (`catalogGet`), which the triggers of
 * Migration20261208020000_catalog_notify also notify about.
 */
import pg from 'pg';

export interface SessionRow {
  token_id: number;
  kind: string;
  expires_at: Date | string;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
  token_name: string | null;
  scope_unit_id: number | null;
  scope_path: string | null;
  user_id: number;
  username: string;
  display_name: string;
  active: boolean;
  must_change_password: boolean;
  grants: unknown[] | null;
}

export const AUTH_CHANNEL = 'fivestar_auth';

export class PrincipalCache {
  private readonly entries = new Map<string, { row: SessionRow; until: number }>();
  private readonly catalog = new Map<string, { value: unknown; until: number }>();
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {}

  get(tokenHash: string): SessionRow | undefined {
    if (!this.listening) return undefined;
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.row;
  }

  set(tokenHash: string, row: SessionRow): void {
    if (!this.listening || this.ttlMs === 0) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { row, until: Date.now() + this.ttlMs });
  }

  /** A unit or star-catalog row cached under `key` (see the header), while listening and fresh. */
  catalogGet<T>(key: string): T | undefined {
    if (!this.listening) return undefined;
    const e = this.catalog.get(key);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.catalog.delete(key);
      return undefined;
    }
    return e.value as T;
  }

  catalogSet(key: string, value: unknown): void {
    if (!this.listening || this.ttlMs === 0) return;
    if (this.catalog.size >= this.max) this.catalog.delete(this.catalog.keys().next().value!);
    this.catalog.set(key, { value, until: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
    this.catalog.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Called on every notification (open subscriptions re-check their tokens); returns the unwatch. */
  onChange(fn: () => void): () => void {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  /** Listen for changes; reconnects with back-off, the cache bypassed meanwhile. */
  async listen(
    connectionString: string,
    log: { warn(msg: string, meta?: unknown): void },
    backoffMs = 1000,
  ): Promise<void> {
    if (this.closed || this.ttlMs === 0) return;
    const client = new pg.Client({ connectionString, application_name: 'fivestar-auth-listener' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.listening = false;
      this.client = null;
      this.clear();
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.closed) return;
      log.warn('session cache off until the database is back', why);
      this.retry = setTimeout(
        () => void this.listen(connectionString, log, Math.min(backoffMs * 2, 30_000)),
        backoffMs,
      );
      this.retry.unref();
    };
    this.client = client;
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('listening connection closed'));
    client.on('notification', () => {
      this.clear();
      for (const fn of this.watchers) fn();
    });
    try {
      await client.connect();
      await client.query(`listen ${AUTH_CHANNEL}`);
      if (this.client !== client) return;
      // Anything that changed before LISTEN took effect is not in the cache: it was empty.
      this.clear();
      this.listening = true;
    } catch (e) {
      lost((e as Error).message);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.listening = false;
    this.clear();
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
