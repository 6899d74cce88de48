import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertRole, assertRoleOver } from '../../common/access';
import { fail } from '../../common/reasons';
import { checkText } from '../../common/validate';
import { offset, orderBy, type ListArgs, type Page } from '../../graphql/pagination';
import { Unit, UnitReasons } from '../org/public';
import { TokenKind, UserRole } from '../../common/roles';
import { hashToken, type AuthSettings } from './auth.service';
import type { Principal } from '../../common/principal';
import { ApitokenReasons, ApiTokenReasons } from './auth.errors';
import { AuthToken, User } from './user.entity';

/** API tokens for integrators: created and revoked by district admins over their subtree. */
export class ApiTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
    private readonly now: () => Date,
  ) {}

  async list(p: Principal, args: ListArgs): Promise<Page<AuthToken>> {
    assertRole(p, [UserRole.DISTRICT_ADMIN], ApiTokenReasons.FORBIDDEN);
    const prefixes = p.grants.filter((g) => g.role === UserRole.DISTRICT_ADMIN).map((g) => g.unitPath);
    const [items, total] = await this.em.findAndCount(
      AuthToken,
      { kind: TokenKind.API, $or: prefixes.map((x) => ({ scopeUnit: { path: { $like: `${x}%` } } })) },
      {
        orderBy: orderBy(
          args,
          { id: 'id', name: 'name', createdAt: 'createdAt', expiresAt: 'expiresAt', lastUsedAt: 'lastUsedAt' },
          'id',
        ) as never,
        ...offset(args),
      },
    );
    return { items, total };
  }

  /** Create a token; the returned secret is shown this once and stored only as a hash. */
  async create(
    p: Principal,
    data: { name: string; unitId: number; expiresInDays?: number | null },
  ): Promise<{ token: string; apiToken: AuthToken }> {
    const unit = await this.em.findOne(Unit, { id: data.unitId });
    if (!unit || !p.canRead(unit.path)) throw fail(UnitReasons.NOT_FOUND, { code: 'BAD_USER_INPUT', field: 'unitId' });
    assertRoleOver(p, unit.path, ApitokenReasons, [UserRole.DISTRICT_ADMIN]);
    const days = data.expiresInDays ?? 365;
    if (days < 1 || days > this.settings.apiTokenMaxDays) {
      throw fail(ApiTokenReasons.BAD_LIFETIME, {
        field: 'expiresInDays',
        params: { maxDays: this.settings.apiTokenMaxDays },
      });
    }
    const token = `fs_${crypto.randomBytes(32).toString('base64url')}`;
    const apiToken = this.em.create(AuthToken, {
      user: this.em.getReference(User, p.userId),
      kind: TokenKind.API,
      tokenHash: hashToken(token),
      name: checkText(data.name, 'name', 100),
      scopeUnit: unit,
      expiresAt: new Date(this.now().getTime() + days * 86_400_000),
    });
    return { token, apiToken };
  }

  async revoke(p: Principal, id: number): Promise<AuthToken> {
    const t = await this.em.findOne(AuthToken, { id, kind: TokenKind.API }, { populate: ['scopeUnit'] });
    if (!t?.scopeUnit) throw fail(ApitokenReasons.NOT_FOUND);
    assertRoleOver(p, t.scopeUnit.path, ApitokenReasons, [UserRole.DISTRICT_ADMIN]);
    t.revokedAt ??= this.now();
    return t;
  }
}
