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
import { idsOf, parseId, parseIds, parseOptionalId } from '../../common/ids';
import { CurrentPrincipal } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import type { Services } from '../../graphql/services';
import { StoredFile } from '../files/public';
import type { Principal } from '../../common/principal';
import { ListArgs, PageType } from '../../graphql/pagination';
import { User } from '../auth/public';
import { Person, Unit } from '../org/public';
import { KeyTask } from '../stars/public';
import {
  Finding,
  Rectification,
  RectificationEvent,
  SpotCheck,
  SpotCheckScore,
  SupervisionTeam,
  type AuditPlacement,
} from './supervision.entity';
import {
  AssignRectificationInput,
  CompleteSpotCheckInput,
  CreateSupervisionTeamInput,
  FindingFilterInput,
  PlanSpotCheckInput,
  RecordFindingInput,
  RectificationFilterInput,
  SpotCheckFilterInput,
  StartSpotCheckInput,
  SubmitRectificationInput,
  SupervisionTeamFilterInput,
  UpdateSupervisionTeamInput,
  VerifyRectificationInput,
} from './supervision.inputs';

/**
 * Attach uploaded evidence files to a record created in this mutation (the record is flushed first
 * so it has an id). The files module checks each file and records the reference.
 */
async function withEvidence<T extends { id: number }>(
  s: Services,
  p: Principal,
  record: T,
  recordType: string,
  fileIds: number[],
): Promise<T> {
  if (!fileIds.length) return record;
  await s.em.flush();
  await s.files.attach(p, fileIds, { recordType, recordId: record.id });
  // The audit entries of the new file references follow the spot check's visibility too, or an
  // admin elsewhere could read in the trail that finding #n of a secret check has photos.
  const placement = (record as unknown as { auditPlacement?: () => AuditPlacement }).auditPlacement?.();
  if (placement) {
    for (const e of s.em.getUnitOfWork().getPersistStack()) {
      const ref = e as { recordType?: string; recordId?: number; auditPlacement?: () => AuditPlacement };
      if (ref.recordType === recordType && ref.recordId === record.id) ref.auditPlacement = () => placement;
    }
  }
  return record;
}

export const SupervisionTeamPage = PageType(
  SupervisionTeam,
  'SupervisionTeamPage',
  '督导组分页 A page of supervision teams',
);
export const SpotCheckPage = PageType(
  SpotCheck,
  'SpotCheckPage',
  '暗访分页 A page of spot checks (only those you may see)',
);
export const FindingPage = PageType(Finding, 'FindingPage', '问题分页 A page of findings');
export const RectificationPage = PageType(Rectification, 'RectificationPage', '整改分页 A page of rectifications');

@ObjectType({
  description: '督导统计（仅计入你可见的暗访）Supervision figures, counting only the spot checks you may see',
})
export class SupervisionStats {
  @Field(() => Int, { description: '已计划 Planned' }) planned!: number;
  @Field(() => Int, { description: '进行中 In progress' }) inProgress!: number;
  @Field(() => Int, { description: '已完成 Completed' }) completed!: number;
  @Field(() => Int, { description: '问题数 Findings' }) findings!: number;
  @Field(() => Int, { description: '未销号整改 Open rectifications' }) openRectifications!: number;
  @Field(() => Int, { description: '逾期整改 Overdue rectifications' }) overdueRectifications!: number;
  @Field(() => Int, { description: '已销号整改 Closed rectifications' }) closedRectifications!: number;
}

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
    return ctx.services.supervision.listTeams(principal, args, { ids: idsOf(filter?.ids) });
  }

  @Authorized()
  @Query(() => SupervisionTeam, { description: '督导组 One supervision team' })
  supervisionTeam(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
  ) {
    return ctx.services.supervision.getTeam(principal, parseId(id));
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
    return ctx.services.supervision.supervisorsFor(principal, parseId(unitId, 'unitId'));
  }

  @Authorized()
  @Mutation(() => SupervisionTeam, { description: '组建督导组（区级管理员）Form a supervision team (district admins)' })
  createSupervisionTeam(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateSupervisionTeamInput, { description: '督导组数据 Team data' })
    input: CreateSupervisionTeamInput,
  ) {
    const data = {
      name: input.name,
      scopeUnitId: parseId(input.scopeUnitId, 'scopeUnitId'),
      leaderUserId: parseId(input.leaderUserId, 'leaderUserId'),
      memberUserIds: parseIds(input.memberUserIds ?? [], 'memberUserIds'),
      starCodes: input.starCodes ?? [],
    };
    return ctx.mutate('createSupervisionTeam', (s) => s.supervision.createTeam(p, data), {
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
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdateSupervisionTeamInput, { description: '修改内容 Changes' })
    input: UpdateSupervisionTeamInput,
  ) {
    const data = {
      name: input.name,
      leaderUserId: parseOptionalId(input.leaderUserId, 'leaderUserId') ?? undefined,
      memberUserIds: input.memberUserIds ? parseIds(input.memberUserIds, 'memberUserIds') : undefined,
      starCodes: input.starCodes ?? undefined,
      active: input.active ?? undefined,
    };
    return ctx.mutate('updateSupervisionTeam', (s) => s.supervision.updateTeam(p, parseId(id), data));
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
    return ctx.services.supervision.listSpotChecks(
      principal,
      {
        status: filter?.status,
        teamId: parseOptionalId(filter?.teamId, 'filter.teamId'),
        withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
        ids: idsOf(filter?.ids),
      },
      args,
    );
  }

  @Authorized()
  @Query(() => SpotCheck, { description: '暗访 One spot check (NOT_FOUND when you may not see it)' })
  spotCheck(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
  ) {
    return ctx.services.supervision.getSpotCheck(principal, parseId(id));
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
      await ctx.services.supervision.stats(principal, parseOptionalId(withinId, 'withinId')),
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
    const plan = {
      teamId: parseId(input.teamId, 'teamId'),
      targetUnitId: parseId(input.targetUnitId, 'targetUnitId'),
      plannedFor: input.plannedFor,
      keyTaskIds: input.keyTaskIds ? parseIds(input.keyTaskIds, 'keyTaskIds') : [],
      starCodes: input.starCodes,
      note: input.note,
    };
    return ctx.mutate('planSpotCheck', (s) => s.supervision.planSpotCheck(p, plan), {
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
    return ctx.mutate('startSpotCheck', (s) => s.supervision.startSpotCheck(p, sid, input), {
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
    const data = {
      ...input,
      keyTaskId: parseOptionalId(input.keyTaskId, 'keyTaskId'),
      claimedByPersonId: parseOptionalId(input.claimedByPersonId, 'claimedByPersonId'),
    };
    const files = input.evidenceFileIds ? parseIds(input.evidenceFileIds, 'evidenceFileIds') : [];
    return ctx.mutate(
      'recordFinding',
      async (s) => withEvidence(s, p, await s.supervision.recordFinding(p, sid, data), 'Finding', files),
      { clientMutationId: input.clientMutationId, input: { spotCheckId: sid, ...input } },
    );
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
    const data = {
      summary: input.summary,
      methodAttested: input.methodAttested,
      scores: (input.scores ?? []).map((x, i) => ({ ...x, keyTaskId: parseId(x.keyTaskId, `scores[${i}].keyTaskId`) })),
    };
    return ctx.mutate('completeSpotCheck', (s) => s.supervision.completeSpotCheck(p, sid, data), {
      clientMutationId: input.clientMutationId,
      input: { id: sid, ...input },
    });
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

  @FieldResolver(() => Int, { description: '问题数 Number of findings' })
  async findingCount(@Root() sc: SpotCheck, @Ctx() ctx: Context) {
    return (await ctx.loaders.findingsOfSpotCheck.load(sc.id)).length;
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
    return ctx.services.supervision.listFindings(
      principal,
      { spotCheckId: parseOptionalId(filter?.spotCheckId, 'filter.spotCheckId'), ids: idsOf(filter?.ids) },
      args,
    );
  }

  @Authorized()
  @Query(() => Finding, { description: '问题 One finding' })
  finding(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
  ) {
    return ctx.services.supervision.getFinding(principal, parseId(id));
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

@Resolver(() => Rectification)
export class RectificationResolver {
  @Authorized()
  @Query(() => RectificationPage, {
    description: '整改列表；overdue: true 为逾期通报清单 Rectifications; filter overdue: true for the escalation list',
  })
  rectifications(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => RectificationFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: RectificationFilterInput,
  ) {
    return ctx.services.supervision.listRectifications(
      principal,
      {
        status: filter?.status,
        overdue: filter?.overdue,
        spotCheckId: parseOptionalId(filter?.spotCheckId, 'filter.spotCheckId'),
        withinId: parseOptionalId(filter?.withinId, 'filter.withinId'),
        ids: idsOf(filter?.ids),
      },
      args,
    );
  }

  @Authorized()
  @Query(() => Rectification, { description: '整改 One rectification' })
  rectification(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
  ) {
    return ctx.services.supervision.getRectification(principal, parseId(id));
  }

  @Authorized()
  @Mutation(() => Rectification, { description: '交办整改（督导组）Assign a rectification for a finding (the team)' })
  assignRectification(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('findingId', () => ID, { description: '问题标识 Finding id' }) findingId: string,
    @Arg('input', () => AssignRectificationInput, { description: '交办内容 Assignment' })
    input: AssignRectificationInput,
  ) {
    const fid = parseId(findingId, 'findingId');
    const data = {
      responsibleUnitId: parseId(input.responsibleUnitId, 'responsibleUnitId'),
      responsiblePersonId: parseOptionalId(input.responsiblePersonId, 'responsiblePersonId'),
      measures: input.measures,
      deadline: input.deadline,
    };
    return ctx.mutate('assignRectification', (s) => s.supervision.assignRectification(p, fid, data), {
      clientMutationId: input.clientMutationId,
      input: { findingId: fid, ...input },
    });
  }

  @Authorized()
  @Mutation(() => Rectification, {
    description: '提交整改（责任单位）Submit rectification evidence (the responsible unit)',
  })
  submitRectification(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '整改标识 Rectification id' }) id: string,
    @Arg('input', () => SubmitRectificationInput, { description: '整改材料 Submission' })
    input: SubmitRectificationInput,
  ) {
    const rid = parseId(id);
    const files = input.evidenceFileIds ? parseIds(input.evidenceFileIds, 'evidenceFileIds') : [];
    return ctx.mutate(
      'submitRectification',
      async (s) =>
        withEvidence(
          s,
          p,
          await s.supervision.submitRectification(p, rid, { note: input.note }),
          'Rectification',
          files,
        ),
      { clientMutationId: input.clientMutationId, input: { id: rid, ...input } },
    );
  }

  @Authorized()
  @Mutation(() => Rectification, {
    description:
      '验收整改：通过即销号，退回则重新整改 Verify: accept closes it, reject sends it back (reopen count +1)',
  })
  verifyRectification(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '整改标识 Rectification id' }) id: string,
    @Arg('input', () => VerifyRectificationInput, { description: '验收意见 Verdict' }) input: VerifyRectificationInput,
  ) {
    const rid = parseId(id);
    return ctx.mutate('verifyRectification', (s) => s.supervision.verifyRectification(p, rid, input), {
      clientMutationId: input.clientMutationId,
      input: { id: rid, ...input },
    });
  }

  @FieldResolver(() => Boolean, { description: '逾期：期限已过且未销号 Overdue: deadline passed and not closed' })
  overdue(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.services.supervision.isOverdue(r);
  }

  @FieldResolver(() => ID, { description: '问题标识 Finding id' })
  findingId(@Root() r: Rectification) {
    return r.finding.id;
  }

  @FieldResolver(() => Finding, { description: '问题 Finding' })
  finding(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.loaders.finding.load(r.finding.id);
  }

  @FieldResolver(() => ID, { description: '暗访标识 Spot check id' })
  spotCheckId(@Root() r: Rectification) {
    return r.spotCheck.id;
  }

  @FieldResolver(() => ID, { description: '责任单位标识 Responsible unit id' })
  responsibleUnitId(@Root() r: Rectification) {
    return r.responsibleUnit.id;
  }

  @FieldResolver(() => Unit, { description: '责任单位 Responsible unit' })
  responsibleUnit(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.responsibleUnit.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: '责任人 Responsible person' })
  responsiblePerson(@Root() r: Rectification, @Ctx() ctx: Context) {
    return r.responsiblePerson ? ctx.loaders.person.load(r.responsiblePerson.id) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '整改佐证文件（各次提交）Evidence files of the submissions' })
  evidence(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`Rectification:${r.id}`);
  }

  @FieldResolver(() => [RectificationEvent], { description: '流转记录 History of transitions' })
  events(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.loaders.eventsOfRectification.load(r.id);
  }
}
