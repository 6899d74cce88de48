import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { parseId } from '../../common/ids';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { UnitLevel, Person, Unit, StarType } from '../org/public';
import { StoredFile } from '../files/public';
import { KeyTask } from '../stars/public';
import { Plan, PlanItem, PlanMilestone, PlanStar } from './plan.entity';
import {
  CreatePlanInput,
  CreatePlanItemInput,
  MilestoneInput,
  PlanFilterInput,
  PlanItemFilterInput,
  UpdateMilestoneInput,
  UpdatePlanInput,
  UpdatePlanItemInput,
  checkYear,
  toPlanChanges,
  toPlanData,
  toPlanFilter,
  toPlanItemChanges,
  toPlanItemData,
  toPlanItemFilter,
} from './plans.inputs';

export const PlanPage = PageType(Plan, 'PlanPage', '规划分页 A page of plans');
export const PlanItemPage = PageType(PlanItem, 'PlanItemPage', '规划任务分页 A page of plan items');

@ObjectType({
  description: '规划汇总（本级及下级同年度规划）Roll-up of a plan: its items and those of the same year below it',
})
export class PlanRollupType {
  @Field(() => Int, { description: '任务总数 Items' }) total!: number;
  @Field(() => Int, { description: '未开始 Not started' }) notStarted!: number;
  @Field(() => Int, { description: '进行中 In progress' }) inProgress!: number;
  @Field(() => Int, { description: '已完成 Done' }) done!: number;
  @Field(() => Int, { description: '逾期 Overdue' }) overdue!: number;
  @Field(() => Float, { description: '平均进度（%）Average progress, percent' }) completion!: number;
  @Field(() => Int, { description: '汇总的规划数 Plans rolled up (this one included)' }) units!: number;
}

@ObjectType({ description: '作战图一行：一个下级单元 Battle map row: one child unit' })
export class BattleMapRow {
  @Field(() => ID, { description: '单元标识 Unit id' }) unitId!: number;
  @Field({ description: '单元名称 Unit name' }) unitName!: string;
  @Field(() => UnitLevel, { description: '单元层级 Unit level' }) unitLevel!: UnitLevel;
  @Field(() => Int, { description: '任务总数 Items (whole subtree, by responsible unit)' }) total!: number;
  @Field(() => Int, { description: '未开始 Not started' }) notStarted!: number;
  @Field(() => Int, { description: '进行中 In progress' }) inProgress!: number;
  @Field(() => Int, { description: '已完成 Done' }) done!: number;
  @Field(() => Int, { description: '逾期 Overdue' }) overdue!: number;
  @Field(() => String, {
    nullable: true,
    description: '最近截止日期（今天及以后、未完成）Next upcoming deadline (today or later) of an unfinished item',
  })
  nextDeadline!: string | null;
  @Field(() => Float, { description: '完成度（平均进度 %）Completion: average progress' }) completion!: number;
  @Field(() => Int, { nullable: true, description: '星级（仅支部）Star level (branches only)' }) starLevel!:
    number | null;
  @Field(() => Int, { description: '下辖支部数 Branches in the subtree' }) branches!: number;
  @Field(() => [Int], { description: '各星级支部数（0–5 星）Branches by star level, 0 to 5' })
  branchesByLevel!: number[];
  @Field(() => Int, { description: '保星数 Stars to keep (保)' }) keepStars!: number;
  @Field(() => Int, { description: '冲星数 Target stars (冲)' }) targetStars!: number;
  @Field(() => Int, { description: '争星数 Stretch stars (争)' }) striveStars!: number;
}

@ObjectType({ description: '挂图作战 Battle map of a unit for a year' })
export class BattleMap {
  @Field(() => Unit, { description: '单元 The unit' }) unit!: Unit;
  @Field(() => Int, { description: '年度 Year' }) year!: number;
  @Field(() => String, { description: '统计日期（上海）As of (Asia/Shanghai date)' }) asOf!: string;
  @Field(() => [BattleMapRow], { description: '各下级单元 Child units' }) rows!: BattleMapRow[];
}

@Resolver(() => Plan)
export class PlanResolver {
  @Authorized()
  @Query(() => PlanPage, { description: '创建规划列表 Plans in your scope' })
  plans(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => PlanFilterInput, { nullable: true, description: '筛选 Filter' }) filter?: PlanFilterInput,
  ) {
    return ctx.services.plans.list(principal, toPlanFilter(filter), args);
  }

  @Authorized()
  @Query(() => Plan, { description: '创建规划 One plan' })
  plan(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.plans.get(principal, id);
  }

  @Authorized()
  @Mutation(() => Plan, { description: '新建规划（区、乡镇、支部工作人员在本级及下级）Create a plan' })
  createPlan(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreatePlanInput, { description: '规划数据 Plan data' }) input: CreatePlanInput,
  ) {
    return ctx.mutate('createPlan', (s) => s.plans.create(p, toPlanData(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Plan, { description: '修改规划 Update a plan' })
  updatePlan(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdatePlanInput, { description: '修改内容 Changes' }) input: UpdatePlanInput,
  ) {
    const { version } = input;
    return ctx.mutate('updatePlan', (s) => s.plans.update(p, parseId(id), toPlanChanges(input), version ?? undefined), {
      record: { entity: Plan, id: parseId(id), version },
    });
  }

  @Authorized()
  @Query(() => BattleMap, {
    description: '挂图作战：每个下级单元的任务状态、逾期、最近截止、完成度、星级与目标 Battle map of the child units',
  })
  async battleMap(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('unitId', () => ID, { description: '单元 Unit' }) unitId: string,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
  ) {
    checkYear(year);
    const { unit, rows } = await ctx.services.plans.battleMap(principal, parseId(unitId, 'unitId'), year);
    return { unit, year, asOf: ctx.services.plans.today(), rows };
  }

  @FieldResolver(() => ID, { description: '单元标识 Unit id' })
  unitId(@Root() p: Plan) {
    return p.unit.id;
  }

  @FieldResolver(() => Unit, { description: '单元 Unit' })
  unit(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.unit.id);
  }

  @FieldResolver(() => [PlanStar], { description: '星目标（保/冲/争）Star goals' })
  stars(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planStars.load(p.id);
  }

  @FieldResolver(() => PlanRollupType, {
    description:
      '汇总（乡镇汇总支部，区汇总乡镇）Roll-up: a township over its branches, the district over its townships',
  })
  rollup(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planRollup.load(p.id);
  }
}

@Resolver(() => PlanStar)
export class PlanStarResolver {
  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() s: PlanStar) {
    return s.starType.code;
  }

  @FieldResolver(() => StarType, { description: '星类型 Star type' })
  starType(@Root() s: PlanStar, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(s.starType.code);
  }

  @FieldResolver(() => ID, { nullable: true, description: '包星责任人标识 Owner id' })
  ownerId(@Root() s: PlanStar) {
    return s.owner?.id ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: '包星责任人 Owner' })
  owner(@Root() s: PlanStar, @Ctx() ctx: Context) {
    return s.owner ? ctx.loaders.person.load(s.owner.id) : null;
  }
}

@Resolver(() => PlanItem)
export class PlanItemResolver {
  @Authorized()
  @Query(() => PlanItemPage, { description: '规划任务列表（可按逾期筛选）Plan items in your scope; filter by overdue' })
  planItems(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => PlanItemFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: PlanItemFilterInput,
  ) {
    return ctx.services.plans.listItems(principal, toPlanItemFilter(filter), args);
  }

  @Authorized()
  @Query(() => PlanItem, { description: '规划任务 One plan item' })
  planItem(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.plans.getItem(principal, id);
  }

  @Authorized()
  @Mutation(() => PlanItem, {
    description:
      '新建规划任务（节点按截止日期倒排生成）Create a plan item; milestones scheduled backwards from the deadline',
  })
  createPlanItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreatePlanItemInput, { description: '任务数据 Item data' }) input: CreatePlanItemInput,
  ) {
    return ctx.mutate('createPlanItem', (s) => s.plans.createItem(p, toPlanItemData(input), input.evidenceFileIds), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => PlanItem, {
    description: '修改规划任务（状态、进度、佐证）Update a plan item: status, progress, evidence',
  })
  updatePlanItem(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdatePlanItemInput, { description: '修改内容 Changes' }) input: UpdatePlanItemInput,
  ) {
    const { version } = input;
    return ctx.mutate(
      'updatePlanItem',
      (s) => s.plans.updateItem(p, parseId(id), toPlanItemChanges(input), version ?? undefined, input.evidenceFileIds),
      { record: { entity: PlanItem, id: parseId(id), version } },
    );
  }

  @Authorized()
  @Mutation(() => PlanMilestone, { description: '修改节点（日期、完成）Update a milestone' })
  updatePlanMilestone(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateMilestoneInput, { description: '修改内容 Changes' }) input: UpdateMilestoneInput,
  ) {
    return ctx.mutate('updatePlanMilestone', (s) => s.plans.updateMilestone(p, id, input));
  }

  @Authorized()
  @Mutation(() => PlanMilestone, { description: '增加节点 Add a milestone to a plan item' })
  addPlanMilestone(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('itemId', () => ID, { description: '规划任务 Plan item' }) itemId: string,
    @Arg('input', () => MilestoneInput, { description: '节点 Milestone' }) input: MilestoneInput,
  ) {
    return ctx.mutate('addPlanMilestone', (s) => s.plans.addMilestone(p, parseId(itemId, 'itemId'), input));
  }

  @FieldResolver(() => Boolean, {
    description: '是否逾期（截止日已过且未完成，上海日期）Overdue: deadline passed (Asia/Shanghai) and not DONE',
  })
  overdue(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return i.status !== 'DONE' && i.deadline < ctx.services.plans.today();
  }

  @FieldResolver(() => ID, { description: '规划标识 Plan id' })
  planId(@Root() i: PlanItem) {
    return i.plan.id;
  }

  @FieldResolver(() => Plan, { description: '规划 Plan' })
  plan(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(i.plan.id);
  }

  @FieldResolver(() => ID, { description: '责任单位标识 Responsible unit id' })
  unitId(@Root() i: PlanItem) {
    return i.unit.id;
  }

  @FieldResolver(() => Unit, { description: '责任单位 Responsible unit' })
  unit(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(i.unit.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: '重点任务标识 Key task id' })
  keyTaskId(@Root() i: PlanItem) {
    return i.keyTask?.id ?? null;
  }

  @FieldResolver(() => KeyTask, { nullable: true, description: '重点任务 Key task' })
  keyTask(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return i.keyTask ? ctx.loaders.keyTask.load(i.keyTask.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: '责任人标识 Responsible person id' })
  responsiblePersonId(@Root() i: PlanItem) {
    return i.responsiblePerson?.id ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: '责任人 Responsible person' })
  responsiblePerson(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return i.responsiblePerson ? ctx.loaders.person.load(i.responsiblePerson.id) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '佐证材料 Evidence files' })
  evidence(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`PlanItem:${i.id}`);
  }

  @FieldResolver(() => [PlanMilestone], { description: '节点（倒排工期）Milestones' })
  milestones(@Root() i: PlanItem, @Ctx() ctx: Context) {
    return ctx.loaders.milestones.load(i.id);
  }
}
