import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { Unit } from '../org/public';
import { UserRole } from '../../common/roles';
import { CreateApiTokenInput, toApiTokenCreate } from './api-token.inputs';
import { AuthToken, User } from './user.entity';

export const ApiTokenPage = PageType(AuthToken, 'ApiTokenPage', '接口令牌分页 A page of API tokens');

@ObjectType({ description: '新建的接口令牌：令牌只显示这一次 A new API token: the secret is shown this once' })
export class CreatedApiToken {
  @Field({
    description:
      '令牌（请妥善保存，之后无法再次查看）The secret, for `Authorization: Bearer`; it cannot be shown again',
  })
  token!: string;
  @Field(() => AuthToken, { description: '令牌记录 The token record' }) apiToken!: AuthToken;
}

@Resolver(() => AuthToken)
export class ApiTokenResolver {
  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => ApiTokenPage, { description: '接口令牌列表（区级管理员）API tokens of your subtree (district admins)' })
  apiTokens(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @Args() args: ListArgs) {
    return ctx.services.apiTokens.list(principal, args);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => CreatedApiToken, {
    description: '新建接口令牌：只读，限定单元范围 Create a read-only API token scoped to a unit subtree',
  })
  async createApiToken(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateApiTokenInput, { description: '令牌数据 Token data' }) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const r = await ctx.mutate('createApiToken', (s) => s.apiTokens.create(p, toApiTokenCreate(input)));
    return Object.assign(new CreatedApiToken(), r);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => AuthToken, { description: '吊销接口令牌 Revoke an API token' })
  revokeApiToken(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('revokeApiToken', (s) => s.apiTokens.revoke(p, id));
  }

  @FieldResolver(() => Unit, { description: '可读取的单元范围 Unit whose subtree the token reads' })
  scopeUnit(@Root() t: AuthToken, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(t.scopeUnit!.id);
  }

  @FieldResolver(() => User, { description: '创建人 Created by' })
  createdBy(@Root() t: AuthToken, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(t.user.id);
  }

  @FieldResolver(() => Boolean, { description: '可用（未过期、未吊销）Usable: neither expired nor revoked' })
  active(@Root() t: AuthToken, @Ctx() ctx: Context) {
    return !t.revokedAt && t.expiresAt > ctx.now();
  }
}
