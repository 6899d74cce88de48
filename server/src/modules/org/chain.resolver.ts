import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { StarType } from './star-type.entity';
import { Department } from './department.entity';
import { ChainRole } from './org.enums';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

@ObjectType({ description: '责任链环节 One link of the accountability chain' })
export class ChainLink {
  @Field(() => ChainRole, { description: '环节 Role in the chain' })
  role!: ChainRole;

  @Field({ description: '职责 Duty (带头抓 / 具体抓 / 直接抓 / 包星 …)' })
  duty!: string;

  @Field({ description: '职责（英文）Duty in English (leads / in charge / directly in charge …)' })
  dutyEn!: string;

  @Field(() => Person, { nullable: true, description: '责任人（空缺时为空）Person; empty when the role was vacant' })
  person!: Person | null;

  @Field(() => Unit, { nullable: true, description: '所在单元 Unit where the role is held' })
  unit!: Unit | null;

  @Field(() => Department, { nullable: true, description: '牵头部门（专班环节）Lead department (task force link)' })
  department!: Department | null;

  @Field(() => String, { nullable: true, description: '任职起始日期 In this role since (YYYY-MM-DD)' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: '任职结束日期 Until (YYYY-MM-DD), if the term has an end' })
  until!: string | null;

  @Field(() => Boolean, { description: '空缺 Nobody held the role on that date' })
  get vacant(): boolean {
    return this.person === null;
  }
}

@ObjectType({ description: '工作责任链 Accountability chain for one branch and star, from the star owner up' })
export class AccountabilityChain {
  @Field(() => Unit, { description: '支部 Branch' })
  branch!: Unit;

  @Field(() => StarType, { description: '星类型 Star' })
  starType!: StarType;

  @Field({ description: '所依据的日期（上海时区）The Asia/Shanghai date the chain was answered for' })
  date!: string;

  @Field(() => [ChainLink], { description: '自下而上的责任环节 Links from the branch upwards' })
  links!: ChainLink[];
}

@Resolver()
export class ChainResolver {
  @Authorized()
  @Query(() => AccountabilityChain, {
    description:
      '工作责任链：谁为该支部的这颗星负责（可查询历史日期）Who answers for this star at this branch, today or at a past date',
  })
  async accountabilityChain(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('branchId', '支部 Branch id') branchId: number,
    @Arg('starCode', () => String, { description: '星类型编码 Star code' }) starCode: string,
    @Arg('at', () => Date, { nullable: true, description: '时间点（默认现在）Point in time (default now)' }) at?: Date,
  ): Promise<AccountabilityChain> {
    const data = await ctx.services.chain.chain(principal, branchId, starCode, at ?? ctx.now());
    return Object.assign(new AccountabilityChain(), {
      ...data,
      links: data.links.map((l) => Object.assign(new ChainLink(), l)),
    });
  }
}
