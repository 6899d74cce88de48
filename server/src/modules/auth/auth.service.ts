import crypto from 'node:crypto';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors';
import { errorArgs, fail } from '../../common/reasons';
import { AuthReasons } from './auth.errors';
import { appendAudit, type AuditInput } from '../audit/public';
import { hitRateLimit, type RateLimits } from './rate-limit';
import { TokenKind, UserRole } from '../../common/roles';
import { Principal, type Grant } from '../../common/principal';
import { AuthToken, LoginAttempt, User } from './user.entity';
import type { PrincipalCache, SessionRow } from './principal-cache';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~40 ms here, slow enough for guessing. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export type TokenProblem = 'INVALID' | 'EXPIRED' | 'REVOKED' | 'INACTIVE';

export interface AuthSettings {
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  rateLimits: RateLimits;
  apiTokenMaxDays: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Thrown when sign-in is throttled; the HTTP layer turns `retryAfterSeconds` into 429 + Retry-After. */
export class ThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ...errorArgs(AuthReasons.TOO_MANY_ATTEMPTS, {
        params: { minutes: Math.ceil(retryAfterSeconds / 60) },
        extra: {
          retryAfterSeconds,
          http: { status: 429, headers: new Map([['Retry-After', String(retryAfterSeconds)]]) },
        },
      }),
    );
  }
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
    private readonly now: () => Date,
    private readonly sessions?: PrincipalCache,
  ) {}

  /**
   * Check the password and open a session. Failures for one username within the window are counted;
   * past the limit every attempt (right or wrong) is refused until the oldest failure leaves the window.
   */
  async login(
    usernameRaw: string,
    password: string,
    address: string | null,
    userAgent: string | null = null,
  ): Promise<LoginResult> {
    const username = usernameRaw.trim().toLowerCase();
    const now = this.now();
    // Per address first: one address guessing across many usernames is throttled too.
    if (address)
      await hitRateLimit(
        this.em,
        `login-addr:${address}`,
        this.settings.rateLimits.loginPerAddressPerMinute,
        60,
        now,
        'address',
      );
    const windowStart = new Date(now.getTime() - this.settings.loginWindowMinutes * 60_000);
    const [row] = await this.em.execute<{ failures: string; oldest: Date | null }[]>(
      `select count(*) as failures, min(at) as oldest from login_attempt
        where username = ? and not succeeded and at > ?
          and at > coalesce((select max(at) from login_attempt where username = ? and succeeded), '-infinity')`,
      [username, windowStart, username],
    );
    const event = (action: string, user: User | null): AuditInput => ({
      at: now,
      userId: user?.id ?? null,
      username: username.slice(0, 200),
      operation: 'login',
      targetType: 'User',
      targetId: user ? String(user.id) : null,
      action,
      changes: {},
      address,
      scopePath: null,
    });
    if (Number(row.failures) >= this.settings.loginMaxFailures) {
      const until = new Date(row.oldest!).getTime() + this.settings.loginWindowMinutes * 60_000;
      await this.em.transactional((tx) => appendAudit(tx, [event('LOGIN_THROTTLED', null)]));
      throw new ThrottledError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
    }
    // Usernames match regardless of case and surrounding spaces, as their unique index does.
    const [found] = await this.em.execute<{ id: number }[]>('select id from app_user where lower(trim(username)) = ?', [
      username,
    ]);
    const user = found ? await this.em.findOne(User, { id: found.id }, { populate: ['passwordHash'] }) : null;
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
    const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash()), password).catch(() => false);
    const succeeded = Boolean(user && ok && user.active);
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlHours * 3_600_000);
    // The attempt is recorded (and audited) whether or not it succeeds: one transaction each way.
    await this.em.transactional(async (tx) => {
      tx.create(LoginAttempt, { username: username.slice(0, 200), address, succeeded, at: now });
      if (succeeded) {
        tx.create(AuthToken, {
          user: user!,
          kind: TokenKind.SESSION,
          tokenHash: hashToken(token),
          expiresAt,
          address,
          userAgent: userAgent?.slice(0, 300) || null,
        });
      }
      await tx.flush();
      if (succeeded) await tx.nativeUpdate(User, { id: user!.id }, { lastLoginAt: now });
      await appendAudit(tx, [event(succeeded ? 'LOGIN_SUCCEEDED' : 'LOGIN_FAILED', succeeded ? user : null)]);
    });
    if (user && succeeded) user.lastLoginAt = now;
    if (!succeeded) throw fail(AuthReasons.INVALID_CREDENTIALS);
    return { token, expiresAt, user: user! };
  }

  /** Revoke the session of this token. API tokens do not sign out: an administrator revokes them. */
  async logout(p: Principal, address: string | null): Promise<boolean> {
    if (p.tokenKind === TokenKind.API) throw fail(AuthReasons.READ_ONLY_TOKEN);
    const now = this.now();
    return this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(AuthToken, { id: p.tokenId, revokedAt: null }, { revokedAt: now });
      this.sessions?.clear();
      await appendAudit(tx, [
        {
          at: now,
          userId: p.userId,
          username: p.username,
          operation: 'logout',
          targetType: 'User',
          targetId: String(p.userId),
          action: 'LOGOUT',
          changes: {},
          address,
          scopePath: null,
        },
      ]);
      return n > 0;
    });
  }

  /**
   * Resolve a bearer token to a principal in one statement (this runs on every request).
   * Returns the reason instead when the token is unusable. `fresh` skips this process's session
   * cache (a write must not act on a session that another process has just ended).
   */
  async authenticate(token: string, fresh = false): Promise<Principal | TokenProblem> {
    if (token.length < 20 || token.length > 200) return 'INVALID';
    const hash = hashToken(token);
    let r: SessionRow | undefined = fresh ? undefined : this.sessions?.get(hash);
    const cached = r !== undefined;
    if (!r) {
      [r] = await this.em.execute<SessionRow[]>(
        `select t.id as token_id, t.kind, t.expires_at, t.revoked_at, t.last_used_at, t.name as token_name,
                t.scope_unit_id, (select path from unit where id = t.scope_unit_id) as scope_path,
                u.id as user_id, u.username, u.display_name, u.active, u.must_change_password,
                (select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitPath', un.path, 'starCode', r.star_type_code))
                   from role_assignment r join unit un on un.id = r.unit_id where r.user_id = u.id) as grants
           from auth_token t join app_user u on u.id = t.user_id
          where t.token_hash = ?`,
        [hash],
      );
      if (r && !r.revoked_at && r.active) this.sessions?.set(hash, r);
    }
    if (!r) return 'INVALID';
    if (r.revoked_at) return 'REVOKED';
    const now = this.now();
    if (new Date(r.expires_at) <= now) return 'EXPIRED';
    if (!r.active) return 'INACTIVE';
    // Record use at most once a minute: a write per request would cost more than the request.
    if (!r.last_used_at || now.getTime() - new Date(r.last_used_at).getTime() > 60_000) {
      await this.em.execute('update auth_token set last_used_at = ? where id = ?', [now, r.token_id]);
      r.last_used_at = now;
    }
    if (r.kind === TokenKind.API) {
      // An API token reads its own subtree as INTEGRATOR, whatever its creator may do.
      const grants: Grant[] = r.scope_path
        ? [{ role: UserRole.INTEGRATOR, unitId: r.scope_unit_id!, unitPath: r.scope_path, starCode: null }]
        : [];
      const api = new Principal(
        r.user_id,
        `api-token:${r.token_id}`,
        r.token_name ?? 'API',
        grants,
        r.kind,
        r.token_id,
      );
      api.cached = cached;
      return api;
    }
    const principal = new Principal(
      r.user_id,
      r.username,
      r.display_name,
      (r.grants ?? []) as Grant[],
      r.kind as TokenKind,
      r.token_id,
      r.must_change_password,
    );
    principal.cached = cached;
    return principal;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  return dummy;
}

const TOKEN_PROBLEMS = {
  INVALID: AuthReasons.TOKEN_INVALID,
  EXPIRED: AuthReasons.TOKEN_EXPIRED,
  REVOKED: AuthReasons.TOKEN_REVOKED,
  INACTIVE: AuthReasons.TOKEN_INACTIVE,
} satisfies Record<TokenProblem, unknown>;

export function tokenProblemError(problem: TokenProblem): AppError {
  return fail(TOKEN_PROBLEMS[problem]);
}

export { UserRole };
