/** GraphQL of spot checks, their scores and findings. */
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { parseId, parseOptionalId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StoredFile } from '../files/public';
import { Person, Unit } from '../org/public';
import { KeyTask } from '../stars/public';
import {
  FINDING_ACTIONS,
  SPOT_CHECK_ACTIONS,
  allowed,
  findingRefusal,
  spotCheckRefusal,
  type CheckFacts,
} from './actions';
import { Finding, Rectification, SpotCheck, SpotCheckScore, SupervisionTeam } from './supervision.entity';
import { FindingAction, SpotCheckAction } from './supervision.enums';
import {
  CompleteSpotCheckInput,
  FindingFilterInput,
  PlanSpotCheckInput,
  RecordFindingInput,
  SpotCheckFilterInput,
  StartSpotCheckInput,
  UpdateFindingInput,
  toCompletion,
  toFinding,
  toFindingChanges,
  toFindingFilter,
  toSpotCheckFilter,
  toSpotCheckPlan,
} from './supervision.inputs';

export const SpotCheckPage = PageType(
  SpotCheck,
  'SpotCheckPage',
  '暗访分页 A page of spot checks (only those you may see)',
);
export const FindingPage = PageType(Finding, 'FindingPage', '问题分页 A page of findings');

/** The facts of a spot check for the rules of actions.ts, through the request's loaders (no query per row). */
export async function checkFactsOf(ctx: Context, sc: SpotCheck): Promise<CheckFacts | null> {
  const target = await ctx.loaders.unit.load(sc.targetUnit.id);
  return target ? { status: sc.status, teamId: sc.team.id, targetPath: target.path } : null;
}

async function teamIds(ctx: Context): Promise<number[]> {
  return ctx.principal ? ctx.loaders.teamIdsOf.load(ctx.principal) : [];
}

@ObjectType({
  description: '督导统计（仅计入你可见的暗访）Supervision figures, counting only the spot checks you may see',
})
export class SupervisionStats {
  @Field(() => Int, { description: '已计划 Planned' }) planned!: number;
  @Field(() => Int, { description: '进行中 In progress' }) inProgress!: number;
  @Field(() => Int, { description: '已完成 Completed' }) completed!: number;
  @Field(() => Int, { description: '问题数 Findings' }) findings!: number;
  @Field(() => Int, { description: '未销号整改 Open rectifications' }) openRectifications!: number;
  @Field(() => Int, {
    description: '逾期整改：期限已过未销号（含待验收）Overdue: deadline passed, not closed (waiting ones included)',
  })
  overdueRectifications!: number;
  @Field(() => Int, {
    description: '逾期未提交（责任单位）Late: deadline passed, not submitted by the responsible unit',
  })
  lateRectifications!: number;
  @Field(() => Int, { description: '待督导组验收 Submitted, waiting for the team’s verification' })
  awaitingVerification!: number;
  @Field(() => Int, { description: '已销号整改 Closed rectifications' }) closedRectifications!: number;
}

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @Authorized()
  @Query(() => SpotCheckPage, {
    description:
      '暗访列表：计划中的暗访只对本督导组和区级管理员、领导可见 Spot checks; planned ones exist only for their team, district admins and leaders',
  })
  spotChecks(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => SpotCheckFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: SpotCheckFilterInput,
  ) {
    return ctx.services.spotChecks.listSpotChecks(principal, toSpotCheckFilter(filter), args);
  }

  @Authorized()
  @Query(() => SpotCheck, { description: '暗访 One spot check (NOT_FOUND when you may not see it)' })
  spotCheck(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.spotChecks.getSpotCheck(principal, id);
  }

  @Authorized()
  @Query(() => SupervisionStats, {
    description: '督导统计（只计可见的暗访）Supervision figures over the spot checks you may see',
  })
  async supervisionStats(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('withinId', () => ID, { nullable: true, description: "限定在该单元之下 Only inside this unit's subtree" })
    withinId?: string | null,
  ) {
    return Object.assign(
      new SupervisionStats(),
      await ctx.services.spotChecks.stats(principal, parseOptionalId(withinId, 'withinId')),
    );
  }

  @Authorized()
  @Mutation(() => SpotCheck, {
    description:
      '计划暗访（督导组成员）：完成前对被检单位保密 Plan a spot check (team members); secret from the target until completed',
  })
  planSpotCheck(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => PlanSpotCheckInput, { description: '计划 Plan' }) input: PlanSpotCheckInput,
  ) {
    const plan = toSpotCheckPlan(input);
    return ctx.mutate('planSpotCheck', (s) => s.spotChecks.planSpotCheck(p, plan), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => SpotCheck, { description: '开始暗访（到达现场）Start a spot check on site' })
  startSpotCheck(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '暗访标识 Spot check id' }) id: string,
    @Arg('input', () => StartSpotCheckInput, { description: '现场信息 On-site data' }) input: StartSpotCheckInput,
  ) {
    const sid = parseId(id);
    return ctx.mutate('startSpotCheck', (s) => s.spotChecks.startSpotCheck(p, sid, input), {
      clientMutationId: input.clientMutationId,
      input: { id: sid, ...input },
    });
  }

  @Authorized()
  @Mutation(() => Finding, {
    description: '记录问题（现场）Record a finding on site; retries with the same clientMutationId record it once',
  })
  recordFinding(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('spotCheckId', () => ID, { description: '暗访标识 Spot check id' }) spotCheckId: string,
    @Arg('input', () => RecordFindingInput, { description: '问题 Finding' }) input: RecordFindingInput,
  ) {
    const sid = parseId(spotCheckId, 'spotCheckId');
    const { data, evidenceFileIds } = toFinding(input);
    return ctx.mutate('recordFinding', (s) => s.spotChecks.recordFinding(p, sid, data, evidenceFileIds), {
      clientMutationId: input.clientMutationId,
      input: { spotCheckId: sid, ...input },
    });
  }

  @Authorized()
  @Mutation(() => SpotCheck, {
    description:
      '完成暗访：确认“四不两直”并评分；完成后对被检单位及其乡镇可见 Complete a spot check, attesting the method; it then becomes visible to the target and its township',
  })
  completeSpotCheck(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '暗访标识 Spot check id' }) id: string,
    @Arg('input', () => CompleteSpotCheckInput, { description: '小结与评分 Summary and scores' })
    input: CompleteSpotCheckInput,
  ) {
    const sid = parseId(id);
    const data = toCompletion(input);
    return ctx.mutate('completeSpotCheck', (s) => s.spotChecks.completeSpotCheck(p, sid, data), {
      clientMutationId: input.clientMutationId,
      input: { id: sid, ...input },
    });
  }

  @FieldResolver(() => [SpotCheckAction], {
    description:
      '当前用户现在可执行的操作（与服务端授权同一规则）Actions you may take now (the rule the server applies)',
  })
  async allowedActions(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    const p = ctx.principal;
    const [facts, teams] = await Promise.all([checkFactsOf(ctx, sc), teamIds(ctx)]);
    if (!p || !facts) return [];
    return allowed(p, SPOT_CHECK_ACTIONS, (a) => spotCheckRefusal(p, teams, facts, a));
  }

  @FieldResolver(() => SupervisionTeam, { description: '督导组 Team' })
  team(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.supervisionTeam.load(sc.team.id);
  }

  @FieldResolver(() => ID, { description: '督导组标识 Team id' })
  teamId(@Root() sc: SpotCheck) {
    return sc.team.id;
  }

  @FieldResolver(() => Unit, { description: '被检单位 Target unit' })
  targetUnit(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(sc.targetUnit.id);
  }

  @FieldResolver(() => ID, { description: '被检单位标识 Target unit id' })
  targetUnitId(@Root() sc: SpotCheck) {
    return sc.targetUnit.id;
  }

  @FieldResolver(() => [Finding], { description: '发现的问题 Findings' })
  findings(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.findingsOfSpotCheck.load(sc.id);
  }

  @FieldResolver(() => Int, { description: '问题数（不含已撤回）Number of findings, withdrawn ones left out' })
  async findingCount(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return (await ctx.loaders.findingsOfSpotCheck.load(sc.id)).filter((f) => !f.withdrawnAt).length;
  }

  @FieldResolver(() => [SpotCheckScore], { description: '各重点任务得分 Per-key-task scores' })
  scores(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.scoresOfSpotCheck.load(sc.id);
  }
}

@Resolver(() => SpotCheckScore)
export class SpotCheckScoreResolver {
  @FieldResolver(() => ID, { description: '重点任务标识 Key task id' })
  keyTaskId(@Root() s: SpotCheckScore) {
    return s.keyTask.id;
  }

  @FieldResolver(() => KeyTask, { nullable: true, description: '重点任务 Key task' })
  keyTask(@Root() s: SpotCheckScore, @Ctx() ctx: Context) {
    return ctx.loaders.keyTask.load(s.keyTask.id);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized()
  @Query(() => FindingPage, { description: '问题列表（仅可见暗访的问题）Findings of the spot checks you may see' })
  findings(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => FindingFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: FindingFilterInput,
  ) {
    return ctx.services.spotChecks.listFindings(principal, toFindingFilter(filter), args);
  }

  @Authorized()
  @Query(() => Finding, { description: '问题 One finding' })
  finding(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.spotChecks.getFinding(principal, id);
  }

  @Authorized()
  @Mutation(() => Finding, {
    description:
      '更正问题（本督导组，暗访进行中）；审计记录保留原内容 Correct a finding (its team, while the check is in progress); the audit trail keeps what it said',
  })
  updateFinding(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('id', '问题标识 Finding id') id: number,
    @Arg('input', () => UpdateFindingInput, { description: '更正内容 Corrections' }) input: UpdateFindingInput,
  ) {
    const changes = toFindingChanges(input);
    const version = input.version ?? undefined;
    return ctx.mutate('updateFinding', (s) => s.spotChecks.updateFinding(p, id, changes, version), {
      record: { entity: Finding, id, version },
    });
  }

  @Authorized()
  @Mutation(() => Finding, {
    description:
      '撤回问题并说明原因（本督导组，暗访进行中）：保留并标为已撤回，不计入统计、不交办整改 Withdraw a finding with a reason (its team, while the check is in progress): kept and shown as withdrawn, counted nowhere, never rectified',
  })
  withdrawFinding(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('id', '问题标识 Finding id') id: number,
    @Arg('reason', () => String, { description: '撤回原因 Reason' }) reason: string,
  ) {
    return ctx.mutate('withdrawFinding', (s) => s.spotChecks.withdrawFinding(p, id, reason), {
      input: { id, reason },
    });
  }

  @FieldResolver(() => Boolean, { description: '已撤回 Withdrawn' })
  withdrawn(@Root() f: Finding) {
    return f.withdrawnAt !== null;
  }

  @FieldResolver(() => [FindingAction], {
    description:
      '当前用户现在可执行的操作（与服务端授权同一规则）Actions you may take now (the rule the server applies)',
  })
  async allowedActions(@Root() f: Finding, @Ctx() ctx: Context) {
    const p = ctx.principal;
    const sc = await ctx.loaders.spotCheck.load(f.spotCheck.id);
    const [check, teams, rect] = await Promise.all([
      sc ? checkFactsOf(ctx, sc) : null,
      teamIds(ctx),
      ctx.loaders.rectificationOfFinding.load(f.id),
    ]);
    if (!p || !check) return [];
    const facts = { check, withdrawn: f.withdrawnAt !== null, hasRectification: rect !== null };
    return allowed(p, FINDING_ACTIONS, (a) => findingRefusal(p, teams, facts, a));
  }

  @FieldResolver(() => ID, { description: '暗访标识 Spot check id' })
  spotCheckId(@Root() f: Finding) {
    return f.spotCheck.id;
  }

  @FieldResolver(() => SpotCheck, { description: '暗访 Spot check' })
  spotCheck(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.spotCheck.load(f.spotCheck.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: '重点任务标识 Key task id' })
  keyTaskId(@Root() f: Finding) {
    return f.keyTask?.id ?? null;
  }

  @FieldResolver(() => KeyTask, { nullable: true, description: '重点任务 Key task' })
  keyTask(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.keyTask ? ctx.loaders.keyTask.load(f.keyTask.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: '现场认领人 Claimed on site by' })
  claimedBy(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.claimedBy ? ctx.loaders.person.load(f.claimedBy.id) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '佐证照片/文件 Evidence files' })
  evidence(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`Finding:${f.id}`);
  }

  @FieldResolver(() => Rectification, { nullable: true, description: '整改 Rectification' })
  rectification(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.rectificationOfFinding.load(f.id);
  }
}
