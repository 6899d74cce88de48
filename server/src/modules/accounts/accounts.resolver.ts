import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType, wantsTotal } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import { User } from '../auth/public';
import { Unit } from '../org/public';
import {
  CreateUserInput,
  RoleGrantInput,
  toRoleSpec,
  toUserCreate,
  toUserFilter,
  toUserUpdate,
  UpdateUserInput,
  UserFilterInput,
} from './accounts.inputs';

export const UserPage = PageType(User, 'UserPage', '账号分页 A page of user accounts');

@ObjectType({
  description: '账号与临时密码：临时密码只显示这一次 An account with its temporary password, shown this once',
})
export class UserWithTemporaryPassword {
  @Field(() => User, { description: '账号 The account' })
  user!: User;

  @Field({
    description:
      '临时密码（只显示这一次；首次登录后须修改）Temporary password: shown this once, to be changed at the next sign-in',
  })
  temporaryPassword!: string;
}

/** Who manages accounts: district admins, and township staff for their branches' accounts. */
const MANAGERS = [UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF];

@Resolver(() => User)
export class AccountResolver {
  @Authorized(...MANAGERS)
  @Query(() => UserPage, {
    description:
      '账号列表：区级管理员看本辖区，乡镇工作人员看本乡镇支部的账号 Accounts you manage (district admins: their subtree; township staff: their branches)',
  })
  users(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => UserFilterInput, { nullable: true, description: '筛选 Filter' })
    filter: UserFilterInput | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.accounts.list(p, toUserFilter(filter), args, wantsTotal(info));
  }

  @Authorized(...MANAGERS)
  @Query(() => User, { description: '账号 One account you manage' })
  user(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.accounts.get(p, id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => UserWithTemporaryPassword, {
    description: '新建账号：返回只显示一次的临时密码 Create an account; answers its temporary password, shown once',
  })
  async createUser(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateUserInput, { description: '账号数据 Account data' }) input: CreateUserInput,
  ): Promise<UserWithTemporaryPassword> {
    const r = await ctx.mutate('createUser', (s) => s.accounts.create(p, toUserCreate(input)));
    return Object.assign(new UserWithTemporaryPassword(), r);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => User, { description: '修改账号（区级管理员）Change an account (district admins)' })
  updateUser(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateUserInput, { description: '修改内容 Changes' }) input: UpdateUserInput,
  ) {
    const { version } = input;
    return ctx.mutate('updateUser', (s) => s.accounts.update(p, id, toUserUpdate(input), version ?? undefined), {
      record: { entity: User, id, version },
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => User, { description: '停用账号：立即结束其全部登录 Deactivate an account; its sessions end at once' })
  deactivateUser(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('deactivateUser', (s) => s.accounts.deactivate(p, id));
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => User, { description: '重新启用账号（区级管理员）Reactivate an account (district admins)' })
  reactivateUser(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('reactivateUser', (s) => s.accounts.reactivate(p, id));
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => User, {
    description: '授予角色：该账号的登录立即结束 Grant a role; the account’s sessions end at once',
  })
  grantRole(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('userId', '账号 Account') userId: number,
    @Arg('input', () => RoleGrantInput, { description: '角色授权 The grant' }) input: RoleGrantInput,
  ) {
    return ctx.mutate('grantRole', (s) => s.accounts.grantRole(p, userId, toRoleSpec(input)));
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => User, {
    description: '撤销角色授权：该账号的登录立即结束 Withdraw a role; the account’s sessions end at once',
  })
  revokeRole(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('roleAssignmentId', '角色授权 Role assignment') roleAssignmentId: number,
  ) {
    return ctx.mutate('revokeRole', (s) => s.accounts.revokeRole(p, roleAssignmentId));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => UserWithTemporaryPassword, {
    description:
      '重置密码：返回只显示一次的临时密码，下次登录须修改；其登录立即结束 Reset a password: answers a temporary one, shown once and to be changed at the next sign-in; sessions end',
  })
  async resetPassword(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('userId', '账号 Account') userId: number,
  ): Promise<UserWithTemporaryPassword> {
    const r = await ctx.mutate('resetPassword', (s) => s.accounts.resetPassword(p, userId));
    return Object.assign(new UserWithTemporaryPassword(), r);
  }

  @FieldResolver(() => ID, { nullable: true, description: '所属单元标识 Id of the unit the account belongs to' })
  unitId(@Root() user: User) {
    return user.unit?.id ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: '所属单元 Unit the account belongs to' })
  unit(@Root() user: User, @Ctx() ctx: Context) {
    return user.unit ? ctx.loaders.unit.load(user.unit.id) : null;
  }
}
