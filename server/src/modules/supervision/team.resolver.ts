/** GraphQL of supervision teams. */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { User } from '../auth/public';
import { Unit } from '../org/public';
import { SupervisionTeam } from './supervision.entity';
import {
  CreateSupervisionTeamInput,
  SupervisionTeamFilterInput,
  UpdateSupervisionTeamInput,
  toTeamChanges,
  toTeamData,
  toTeamFilter,
} from './supervision.inputs';

export const SupervisionTeamPage = PageType(
  SupervisionTeam,
  'SupervisionTeamPage',
  '督导组分页 A page of supervision teams',
);

@Resolver(() => SupervisionTeam)
export class SupervisionTeamResolver {
  @Authorized()
  @Query(() => SupervisionTeamPage, {
    description: '督导组列表 Supervision teams (district admins, leaders, supervisors)',
  })
  supervisionTeams(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => SupervisionTeamFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: SupervisionTeamFilterInput,
  ) {
    return ctx.services.supervisionTeams.listTeams(principal, args, toTeamFilter(filter));
  }

  @Authorized()
  @Query(() => SupervisionTeam, { description: '督导组 One supervision team' })
  supervisionTeam(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.supervisionTeams.getTeam(principal, id);
  }

  @Authorized()
  @Query(() => [User], {
    description:
      '督导员名单：在该单元范围内持有督导员角色的用户（区级管理员）Users with the SUPERVISOR role over or inside this unit: candidates for its teams (district admins)',
  })
  supervisors(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('unitId', () => ID, { description: '单元 Unit' }) unitId: string,
  ) {
    return ctx.services.supervisionTeams.supervisorsFor(principal, parseId(unitId, 'unitId'));
  }

  @Authorized()
  @Mutation(() => SupervisionTeam, { description: '组建督导组（区级管理员）Form a supervision team (district admins)' })
  createSupervisionTeam(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateSupervisionTeamInput, { description: '督导组数据 Team data' })
    input: CreateSupervisionTeamInput,
  ) {
    const data = toTeamData(input);
    return ctx.mutate('createSupervisionTeam', (s) => s.supervisionTeams.createTeam(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => SupervisionTeam, {
    description: '修改督导组（区级管理员）Update a supervision team (district admins)',
  })
  updateSupervisionTeam(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateSupervisionTeamInput, { description: '修改内容 Changes' })
    input: UpdateSupervisionTeamInput,
  ) {
    const data = toTeamChanges(input);
    return ctx.mutate('updateSupervisionTeam', (s) => s.supervisionTeams.updateTeam(p, id, data));
  }

  @FieldResolver(() => Unit, { description: '督导范围 Scope unit' })
  scopeUnit(@Root() t: SupervisionTeam, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(t.scopeUnit.id);
  }

  @FieldResolver(() => ID, { description: '督导范围标识 Scope unit id' })
  scopeUnitId(@Root() t: SupervisionTeam) {
    return t.scopeUnit.id;
  }

  @FieldResolver(() => User, { description: '组长 Leader' })
  leader(@Root() t: SupervisionTeam, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(t.leader.id);
  }

  @FieldResolver(() => ID, { description: '组长标识 Leader user id' })
  leaderUserId(@Root() t: SupervisionTeam) {
    return t.leader.id;
  }

  @FieldResolver(() => [User], { description: '成员（含组长）Members, the leader included' })
  async members(@Root() t: SupervisionTeam, @Ctx() ctx: Context) {
    return (await ctx.loaders.teamMembers.load(t.id)).map((m) => m.user);
  }

  @FieldResolver(() => [ID], { description: '成员标识 Member user ids' })
  async memberUserIds(@Root() t: SupervisionTeam, @Ctx() ctx: Context) {
    return (await ctx.loaders.teamMembers.load(t.id)).map((m) => m.user.id);
  }
}
