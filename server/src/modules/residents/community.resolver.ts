/** GraphQL of the volunteer and supervisor registers, activities and integrity pledges. */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { Person } from '../org/public';
import { CommunityActivity, CommunityMember, CommunityPledge } from './community.entity';
import {
  CommunityActivityInput,
  CommunityMemberInput,
  CommunityPledgeInput,
  toActivity,
  toMember,
  toPledge,
} from './residents.inputs';
import { CommunityMemberKind } from './residents.enums';
import { CommunityActivityMonth } from './residents.types';

export const CommunityMemberPage = PageType(
  CommunityMember,
  'CommunityMemberPage',
  '志愿者与监督员分页 A page of volunteers and supervisors',
);
export const CommunityActivityPage = PageType(
  CommunityActivity,
  'CommunityActivityPage',
  '活动分页 A page of activities',
);
export const CommunityPledgePage = PageType(CommunityPledge, 'CommunityPledgePage', '承诺分页 A page of pledges');

const optionalUnit = (unitId?: string | null) => (unitId ? parseId(unitId, 'unitId') : null);

@Resolver(() => CommunityMember)
export class CommunityMemberResolver {
  @Authorized()
  @Query(() => CommunityMemberPage, { description: '党员志愿者、廉情监督员名册 Volunteers and integrity supervisors' })
  communityMembers(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('unitId', () => ID, { nullable: true, description: '单元（含下级）Unit and below' }) unitId?: string | null,
    @Arg('kind', () => CommunityMemberKind, { nullable: true, description: '名册 Register' })
    kind?: CommunityMemberKind | null,
  ) {
    return ctx.services.community.listMembers(p, args, { unitId: optionalUnit(unitId), kind });
  }

  @Authorized()
  @Mutation(() => CommunityMember, {
    description: '登记志愿者或监督员 Add to a register (community or township staff)',
  })
  createCommunityMember(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CommunityMemberInput, { description: '人员 Member' }) input: CommunityMemberInput,
  ) {
    const data = toMember(input);
    return ctx.mutate('createCommunityMember', (s) => s.community.createMember(p, data));
  }

  @Authorized()
  @Mutation(() => CommunityMember, { description: '修改名册人员 Change a register entry' })
  updateCommunityMember(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => CommunityMemberInput, { description: '修改内容 Changes' }) input: CommunityMemberInput,
  ) {
    const data = toMember(input);
    return ctx.mutate('updateCommunityMember', (s) => s.community.updateMember(p, id, data));
  }

  @FieldResolver(() => ID, { description: '社区标识 Community id' })
  unitId(@Root() m: CommunityMember) {
    return m.unit.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: '对应人员标识 Person id, when a member' })
  personId(@Root() m: CommunityMember) {
    return m.person?.id ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: '对应人员 The person, when a member' })
  person(@Root() m: CommunityMember, @Ctx() ctx: Context) {
    return m.person ? ctx.loaders.person.load(m.person.id) : null;
  }
}

@Resolver(() => CommunityActivity)
export class CommunityActivityResolver {
  @Authorized()
  @Query(() => CommunityActivityPage, { description: '志愿服务与监督活动 Community activities' })
  communityActivities(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('unitId', () => ID, { nullable: true, description: '单元（含下级）Unit and below' }) unitId?: string | null,
    @Arg('from', () => String, { nullable: true, description: '起 From (YYYY-MM-DD)' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: '止 To (YYYY-MM-DD)' }) to?: string | null,
  ) {
    return ctx.services.community.listActivities(p, args, { unitId: optionalUnit(unitId), from, to });
  }

  @Authorized()
  @Query(() => [CommunityActivityMonth], { description: '活动月度统计 Activities by month' })
  communityActivityMonths(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('unitId', () => ID, { description: '单元 Unit' }) unitId: string,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
  ) {
    return ctx.services.community.monthlyActivity(p, parseId(unitId, 'unitId'), year);
  }

  @Authorized()
  @Mutation(() => CommunityActivity, { description: '记录活动 Record an activity' })
  createCommunityActivity(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CommunityActivityInput, { description: '活动 Activity' }) input: CommunityActivityInput,
  ) {
    const data = toActivity(input);
    return ctx.mutate('createCommunityActivity', (s) => s.community.createActivity(p, data));
  }

  @FieldResolver(() => ID, { description: '社区标识 Community id' })
  unitId(@Root() a: CommunityActivity) {
    return a.unit.id;
  }
}

@Resolver(() => CommunityPledge)
export class CommunityPledgeResolver {
  @Authorized()
  @Query(() => CommunityPledgePage, { description: '微权说廉承诺 Integrity pledges' })
  communityPledges(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('unitId', () => ID, { nullable: true, description: '单元（含下级）Unit and below' }) unitId?: string | null,
  ) {
    return ctx.services.community.listPledges(p, args, { unitId: optionalUnit(unitId) });
  }

  @Authorized()
  @Mutation(() => CommunityPledge, { description: '登记微权说廉承诺 Record a pledge (shown on the public page)' })
  createCommunityPledge(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CommunityPledgeInput, { description: '承诺 Pledge' }) input: CommunityPledgeInput,
  ) {
    const data = toPledge(input);
    return ctx.mutate('createCommunityPledge', (s) => s.community.createPledge(p, data));
  }

  @FieldResolver(() => ID, { description: '社区标识 Community id' })
  unitId(@Root() a: CommunityPledge) {
    return a.unit.id;
  }
}
