import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { User } from '../auth/public';

@ObjectType({ description: '登录会话 A sign-in session of yours' })
export class Session {
  @Field(() => ID, { description: '标识 Identifier' }) id!: string;
  @Field(() => String, { nullable: true, description: '设备（浏览器标识）Device: the User-Agent that signed in' })
  userAgent!: string | null;
  @Field(() => String, { nullable: true, description: '登录地址 Address that signed in' }) address!: string | null;
  @Field(() => Date, { description: '登录时间 Signed in at' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '最近使用 Last used (recorded at most once a minute)' })
  lastUsedAt!: Date | null;
  @Field(() => Date, { description: '过期时间 Expires at' }) expiresAt!: Date;
  @Field({ description: '当前会话（本次请求所用）The session of this request' }) current!: boolean;
}

@Resolver()
export class SessionResolver {
  @Authorized()
  @Mutation(() => User, {
    description: '修改本人密码：其他设备上的登录随之结束 Change your password; your sessions on other devices end',
  })
  changePassword(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('currentPassword', () => String, { description: '当前密码 Current password' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: '新密码 New password' }) newPassword: string,
  ) {
    return ctx.mutate('changePassword', (s) =>
      s.accounts.changePassword(p, currentPassword.slice(0, 1000), newPassword.slice(0, 1000)),
    );
  }

  @Authorized()
  @Query(() => [Session], { description: '我的登录会话 Your sign-in sessions still open' })
  async mySessions(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal): Promise<Session[]> {
    const tokens = await ctx.services.accounts.mySessions(p);
    return tokens.map((t) =>
      Object.assign(new Session(), {
        id: String(t.id),
        userAgent: t.userAgent,
        address: t.address,
        createdAt: t.createdAt,
        lastUsedAt: t.lastUsedAt,
        expiresAt: t.expiresAt,
        current: t.id === p.tokenId,
      }),
    );
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: '结束一个登录会话（退出其他设备）End one of your sessions (sign out another device)',
  })
  revokeSession(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('revokeSession', async (s) => ({ ok: await s.accounts.revokeSession(p, id) })).then((r) => r.ok);
  }
}
