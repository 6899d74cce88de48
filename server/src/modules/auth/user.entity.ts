import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Opt,
  Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person, Unit, StarType } from '../org/public';
import { TokenKind, UserRole } from '../../common/roles';

@ObjectType({ description: '用户 User account' })
@Entity({ tableName: 'app_user' })
// Usernames are unique whatever their case and surrounding spaces; sign-in matches the same way.
@Unique({
  name: 'app_user_username_ci_unique',
  expression: 'create unique index "app_user_username_ci_unique" on "app_user" (lower(trim("username")))',
})
export class User extends BaseEntity {
  @Field({ description: '用户名 Username (sign-in name)' })
  @Property({ length: 60, unique: true })
  username!: string;

  @Field({ description: '显示名称 Display name' })
  @Property({ length: 60 })
  displayName!: string;

  /** argon2id hash; never exposed. */
  @Property({ type: 'text', lazy: true })
  passwordHash!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  person: Rel<Person> | null = null;

  @Field(() => Boolean, { description: '启用 Active (inactive users cannot sign in)' })
  @Property({ default: true })
  active: Opt<boolean> = true;

  @Field(() => Date, { nullable: true, description: '最近登录 Last sign-in' })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /**
   * The unit the account belongs to: with its grants, the place that decides who manages it
   * (an account is managed by whoever's scope holds its unit and every unit it has a role over).
   */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict', index: true })
  unit: Rel<Unit> | null = null;

  @Field(() => Boolean, {
    description: '须修改密码：临时密码登录后只能修改密码 Must change the password (signed in with a temporary one)',
  })
  @Property({ default: false })
  mustChangePassword: Opt<boolean> = false;

  @OneToMany(() => RoleAssignment, (r) => r.user)
  roleAssignments = new Collection<RoleAssignment>(this);
}

/** A role granted over a unit subtree (and, for task forces, one star). */
@ObjectType({ description: '角色授权 Role assignment: a role over a unit subtree' })
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Field(() => UserRole, { description: '角色 Role' })
  @Enum({ items: () => UserRole })
  role!: UserRole;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @ManyToOne(() => StarType, { nullable: true, deleteRule: 'restrict' })
  starType: Rel<StarType> | null = null;
}

/**
 * Bearer tokens: sign-in sessions, and API tokens for integrators (read-only, scoped to a unit
 * subtree, created by a district admin). Only a SHA-256 of the token is stored; the token itself is
 * shown once. Exposed in GraphQL as ApiToken (API tokens only).
 */
@ObjectType('ApiToken', { description: '接口令牌 API token of an integrator: read-only, scoped to a unit subtree' })
@Entity({ tableName: 'auth_token' })
export class AuthToken extends BaseEntity {
  /** The session's user; for API tokens, the district admin who created it. */
  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Enum({ items: () => TokenKind })
  kind!: TokenKind;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Field(() => String, { nullable: true, description: '名称（用途）Name: which system uses it' })
  @Property({ type: 'string', length: 100, nullable: true })
  name: string | null = null;

  /** API tokens: the subtree the token may read. */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  scopeUnit: Rel<Unit> | null = null;

  @Field(() => Date, { description: '过期时间 Expires at' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: '吊销时间 Revoked at' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '最近使用 Last used (recorded at most once a minute)' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  /** Sessions: the browser or app that signed in (its User-Agent, cut to 300 characters). */
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  /** Sessions: the address that signed in. */
  @Property({ type: 'string', length: 64, nullable: true })
  address: string | null = null;
}

/** Sign-in attempts, kept for throttling and for the audit of who tried what. */
@Entity({ tableName: 'login_attempt' })
export class LoginAttempt {
  [OptionalProps]?: 'at' | 'address';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ length: 200, index: true })
  username!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  address: string | null = null;

  @Property()
  succeeded!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  at: Date = new Date();
}
