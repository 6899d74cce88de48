import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CurrentPrincipal } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { Person, Unit, StarType } from '../org/public';
import { UserRole } from '../../common/roles';
import { RoleAssignment, User } from './user.entity';

@ObjectType({ description: '登录结果 Result of signing in' })
export class LoginPayload {
  @Field({ description: '访问令牌：请求时放在 Authorization: Bearer 之后 Bearer token for the Authorization header' })
  token!: string;

  @Field(() => Date, { description: '过期时间 When the token expires' })
  expiresAt!: Date;

  @Field(() => User, { description: '当前用户 The signed-in user' })
  user!: User;
}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: '登录：用户名和密码换取访问令牌；连续失败会被限制 Sign in; repeated failures are throttled',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('username', () => String, { description: '用户名 Username' }) username: string,
    @Arg('password', () => String, { description: '密码 Password' }) password: string,
  ): Promise<LoginPayload> {
    // Not in ctx.mutate: a failed attempt must be recorded even though the call fails.
    const r = await ctx.services.auth.login(
      username.slice(0, 200),
      password.slice(0, 1000),
      ctx.address,
      ctx.userAgent,
    );
    return Object.assign(new LoginPayload(), r);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '退出登录：吊销当前令牌 Sign out: revoke the token of this request' })
  logout(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return ctx.services.auth.logout(principal, ctx.address);
  }

  @Authorized()
  @Query(() => User, { description: '当前用户 The signed-in user, with roles and scopes' })
  me(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: principal.userId });
  }

  @FieldResolver(() => [UserRole], { description: '角色 Roles' })
  async roles(@Root() user: User, @Ctx() ctx: Context): Promise<UserRole[]> {
    return [...new Set((await ctx.loaders.roleAssignmentsOfUser.load(user.id)).map((r) => r.role))];
  }

  @FieldResolver(() => [RoleAssignment], {
    description: '角色授权（角色与范围）Role assignments: role and the unit subtree it covers',
  })
  grants(@Root() user: User, @Ctx() ctx: Context): Promise<RoleAssignment[]> {
    return ctx.loaders.roleAssignmentsOfUser.load(user.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: '对应人员 The person this account belongs to' })
  person(@Root() user: User, @Ctx() ctx: Context) {
    return user.person ? ctx.loaders.person.load(user.person.id) : null;
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => ID, { description: '范围单元标识 Unit id of the scope' })
  unitId(@Root() r: RoleAssignment) {
    return r.unit.id;
  }

  @FieldResolver(() => Unit, { description: '范围单元（含全部下级）Unit whose subtree the role covers' })
  unit(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.unit.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '限定的星（专班）Star the role is limited to (task forces)',
  })
  starCode(@Root() r: RoleAssignment) {
    return r.starType?.code ?? null;
  }

  @FieldResolver(() => StarType, { nullable: true, description: '限定的星 Star type' })
  starType(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return r.starType ? ctx.loaders.starType.load(r.starType.code) : null;
  }
}
