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
import { daysBetween, shanghaiDate } from '../../common/dates';
import { parseId } from '../../common/ids';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import { prefetched, Unit, StarType } from '../org/public';
import { StoredFile } from '../files/public';
import { KeyTask } from './key-task.entity';
import {
  ApplicationAction,
  ApplicationStatus,
  BranchStarState,
  ObjectionAction,
  OPEN_STATUSES,
  StarEndKind,
  StarHistoryKind,
} from './rating.enums';
import {
  BranchPairing,
  BranchStar,
  StarApplication,
  StarApplicationItem,
  StarApplicationTransition,
  StarObjection,
} from './rating.entity';
import {
  ApplyForStarInput,
  PairBranchesInput,
  ResubmitStarApplicationInput,
  ReviewStarApplicationInput,
  StarApplicationFilterInput,
  StarObjectionFilterInput,
  checkLength,
  toApplication,
  toApplicationFilter,
  toObjectionFilter,
  toItems,
  toPairing,
} from './rating.inputs';
import { historyOf, starStates } from './rating.service';

export const StarApplicationPage = PageType(
  StarApplication,
  'StarApplicationPage',
  '创星申请分页 A page of star applications',
);

export const StarObjectionPage = PageType(StarObjection, 'StarObjectionPage', '异议分页 A page of objections');

@ObjectType({ description: '支部某颗星的年度状态 State of one star of a branch in a year' })
export class BranchStarStatus {
  @Field({ description: '星类型编码 Star code' }) starCode!: string;
  @Field(() => BranchStarState, { description: '状态 State' }) status!: BranchStarState;
  @Field(() => String, { nullable: true, description: '获得日期 Held since' }) since!: string | null;
  @Field(() => ID, { nullable: true, description: '该年度最近的申请 Latest application of the year' }) applicationId!:
    number | null;
  @Field(() => ApplicationStatus, { nullable: true, description: '申请状态 Its status' })
  applicationStatus!: ApplicationStatus | null;
}

@ObjectType({ description: '星级变动记录 Star history entry' })
export class StarHistoryEntryType {
  @Field({ description: '星类型编码 Star code' }) starCode!: string;
  @Field(() => StarHistoryKind, { description: '变动 Kind' }) kind!: StarHistoryKind;
  @Field({ description: '日期 Date (YYYY-MM-DD)' }) date!: string;
  @Field(() => String, { nullable: true, description: '原因 Reason' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: '操作人 By' }) by!: string | null;
  @Field(() => ID, { nullable: true, description: '命名所依据的申请 Application awarded' }) applicationId!:
    number | null;
}

@Resolver(() => StarApplication)
export class StarApplicationResolver {
  @Authorized()
  @Query(() => StarApplicationPage, {
    description: '创星申请列表（专班只见本星）Star applications in your scope (task forces: their star)',
  })
  starApplications(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => StarApplicationFilterInput, { nullable: true, description: '筛选 Filter' })
    f?: StarApplicationFilterInput,
  ) {
    return ctx.services.ratings.list(principal, toApplicationFilter(f), args);
  }

  @Authorized()
  @Query(() => StarApplication, { description: '创星申请 One star application' })
  starApplication(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.ratings.get(principal, id);
  }

  @Authorized(UserRole.BRANCH_STAFF)
  @Mutation(() => StarApplication, {
    description: '申请创星（支部自评，每支部每星每年仅一个在办申请）Apply for a star: the branch self-assessment',
  })
  applyForStar(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => ApplyForStarInput, { description: '自评 Self-assessment' }) input: ApplyForStarInput,
  ) {
    const data = toApplication(input);
    return ctx.mutate('applyForStar', (s) => s.ratings.apply(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized(UserRole.BRANCH_STAFF)
  @Mutation(() => StarApplication, { description: '退回后修改并重新提交 Edit and resubmit a returned application' })
  resubmitStarApplication(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => ResubmitStarApplicationInput, { description: '自评 Self-assessment' })
    input: ResubmitStarApplicationInput,
  ) {
    const data = toItems(input.items);
    return ctx.mutate('resubmitStarApplication', (s) => s.ratings.resubmit(p, id, data, input.comment));
  }

  @Authorized()
  @Mutation(() => StarApplication, {
    description:
      '审核创星申请：乡镇初审 → 专班审核 → 区级审定 → 公示；不通过结束，退回由支部修改 Review: township → task force → district decision → public notice; REJECT ends, RETURN sends back',
  })
  reviewStarApplication(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => ReviewStarApplicationInput, { description: '审核意见 Review' })
    input: ReviewStarApplicationInput,
  ) {
    return ctx.mutate('reviewStarApplication', (s) => s.ratings.review(p, id, input.decision, input.comment));
  }

  @Authorized()
  @Mutation(() => StarObjection, {
    description: '公示期提出异议（范围内用户）File an objection during the public notice period',
  })
  fileObjection(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('applicationId', () => ID, { description: '创星申请 Application' }) applicationId: string,
    @Arg('reason', () => String, { description: '异议内容 Reason' }) reason: string,
  ) {
    checkLength(reason, 'reason', 4000);
    return ctx.mutate('fileObjection', (s) =>
      s.ratings.fileObjection(p, parseId(applicationId, 'applicationId'), reason),
    );
  }

  @Authorized(UserRole.DISTRICT_ADMIN, UserRole.LEADER)
  @Mutation(() => StarObjection, {
    description: '处理异议：成立则停止命名 Resolve an objection; upheld stops the award',
  })
  resolveObjection(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('id', '异议标识 Objection id') id: number,
    @Arg('upheld', () => Boolean, { description: '是否成立 Upheld' }) upheld: boolean,
    @Arg('comment', () => String, { nullable: true, description: '处理意见 Comment' }) comment?: string,
  ) {
    checkLength(comment, 'comment', 4000);
    return ctx.mutate('resolveObjection', (s) => s.ratings.resolveObjection(p, id, upheld, comment));
  }

  @Authorized(UserRole.DISTRICT_ADMIN, UserRole.LEADER)
  @Mutation(() => StarApplication, { description: '公示期满命名（无未处理或成立的异议）Award after the notice period' })
  finalizeStarAward(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('finalizeStarAward', (s) => s.ratings.finalize(p, id));
  }

  @FieldResolver(() => [ApplicationAction], { description: '当前用户现在可执行的操作 Actions you may take now' })
  async allowedActions(@Root() a: StarApplication, @Ctx() ctx: Context) {
    if (!ctx.principal) return [];
    const [branch, open] = await Promise.all([
      ctx.loaders.unit.load(a.branch.id),
      a.status === ApplicationStatus.PUBLIC_NOTICE ? ctx.loaders.openObjectionCount.load(a.id) : 0,
    ]);
    return branch ? ctx.services.ratings.allowedActions(ctx.principal, a, open, branch.path) : [];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '在当前环节已等待的天数（已结束的为空）Days in its current state (since its last step); null once awarded or rejected',
  })
  daysWaiting(@Root() a: StarApplication, @Ctx() ctx: Context) {
    if (!OPEN_STATUSES.includes(a.status)) return null;
    return daysBetween(shanghaiDate(a.updatedAt), ctx.services.ratings.today());
  }

  @FieldResolver(() => ID, { description: '支部标识 Branch id' })
  branchId(@Root() a: StarApplication) {
    return a.branch.id;
  }

  @FieldResolver(() => Unit, { description: '支部 Branch' })
  branch(@Root() a: StarApplication, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(a.branch.id);
  }

  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() a: StarApplication) {
    return a.starType.code;
  }

  @FieldResolver(() => StarType, { description: '星类型 Star type' })
  starType(@Root() a: StarApplication, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(a.starType.code);
  }

  @FieldResolver(() => [StarApplicationItem], { description: '自评条目 Self-assessment items' })
  items(@Root() a: StarApplication, @Ctx() ctx: Context) {
    return ctx.loaders.applicationItems.load(a.id);
  }

  @FieldResolver(() => [StarApplicationTransition], {
    description: '流转记录（谁、何时、意见）Transitions: who, when, comment',
  })
  transitions(@Root() a: StarApplication, @Ctx() ctx: Context) {
    return ctx.loaders.applicationTransitions.load(a.id);
  }

  @FieldResolver(() => [StarObjection], { description: '公示异议 Objections' })
  objections(@Root() a: StarApplication, @Ctx() ctx: Context) {
    return ctx.loaders.applicationObjections.load(a.id);
  }
}

@Resolver(() => StarApplicationItem)
export class StarApplicationItemResolver {
  @FieldResolver(() => ID, { description: '重点任务标识 Key task id' })
  keyTaskId(@Root() i: StarApplicationItem) {
    return i.keyTask.id;
  }

  @FieldResolver(() => KeyTask, { nullable: true, description: '重点任务 Key task' })
  keyTask(@Root() i: StarApplicationItem, @Ctx() ctx: Context) {
    return ctx.loaders.keyTask.load(i.keyTask.id);
  }

  @FieldResolver(() => [StoredFile], { description: '佐证材料 Evidence files' })
  evidence(@Root() i: StarApplicationItem, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(`StarApplicationItem:${i.id}`);
  }
}

@Resolver(() => StarObjection)
export class StarObjectionResolver {
  @Authorized()
  @Query(() => StarObjectionPage, {
    description:
      '公示异议列表（可读申请的异议）；actionable: true 为待我处理 Objections of the applications you may read; actionable: true lists those you may resolve now',
  })
  starObjections(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => StarObjectionFilterInput, { nullable: true, description: '筛选 Filter' })
    f?: StarObjectionFilterInput,
  ) {
    return ctx.services.ratings.listObjections(principal, toObjectionFilter(f), args);
  }

  @FieldResolver(() => [ObjectionAction], {
    description:
      '当前用户现在可执行的操作（与服务端授权同一规则）Actions you may take now (the rule the server applies)',
  })
  async allowedActions(@Root() o: StarObjection, @Ctx() ctx: Context) {
    const p = ctx.principal;
    if (!p || p.tokenKind === 'API') return [];
    const app = await ctx.loaders.starApplication.load(o.application.id);
    const branch = app ? await ctx.loaders.unit.load(app.branch.id) : null;
    if (!branch) return [];
    return [ObjectionAction.UPHOLD, ObjectionAction.DISMISS].filter(
      (a) => ctx.services.ratings.objectionRefusal(p, o.status, branch.path, a) === null,
    );
  }

  @FieldResolver(() => StarApplication, { nullable: true, description: '创星申请 Application' })
  application(@Root() o: StarObjection, @Ctx() ctx: Context) {
    return ctx.loaders.starApplication.load(o.application.id);
  }

  @FieldResolver(() => ID, { description: '申请标识 Application id' })
  applicationId(@Root() o: StarObjection) {
    return o.application.id;
  }
}

@Resolver(() => BranchPairing)
export class BranchPairingResolver {
  @Authorized(UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF)
  @Mutation(() => BranchPairing, { description: '结对帮扶：强支部帮扶弱支部 Pair a stronger branch with a weaker one' })
  pairBranches(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => PairBranchesInput, { description: '结对 Pairing' }) input: PairBranchesInput,
  ) {
    return ctx.mutate('pairBranches', (s) => s.ratings.pair(p, toPairing(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized(UserRole.DISTRICT_ADMIN, UserRole.TOWNSHIP_STAFF)
  @Mutation(() => BranchPairing, { description: '结束结对 End a pairing' })
  endPairing(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('endPairing', (s) => s.ratings.endPairing(p, id));
  }

  @FieldResolver(() => Unit, { description: '帮扶支部 Stronger branch' })
  strongBranch(@Root() r: BranchPairing, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.strongBranch.id);
  }

  @FieldResolver(() => Unit, { description: '受帮扶支部 Weaker branch' })
  weakBranch(@Root() r: BranchPairing, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.weakBranch.id);
  }
}

@Resolver(() => BranchStar)
export class BranchStarResolver {
  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => BranchStar, {
    description: '降星（动态管理，区级管理员）Downgrade: take a star away (district admins)',
  })
  downgradeStar(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('branchId', () => ID, { description: '支部 Branch' }) branchId: string,
    @Arg('starCode', () => String, { description: '星类型编码 Star code' }) starCode: string,
    @Arg('reason', () => String, { description: '原因 Reason' }) reason: string,
  ) {
    return ctx.mutate('downgradeStar', (s) =>
      s.ratings.endStar(p, parseId(branchId, 'branchId'), starCode, reason, StarEndKind.DOWNGRADED),
    );
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => BranchStar, { description: '取消星级（区级管理员）Revoke a star (district admins)' })
  revokeStar(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('branchId', () => ID, { description: '支部 Branch' }) branchId: string,
    @Arg('starCode', () => String, { description: '星类型编码 Star code' }) starCode: string,
    @Arg('reason', () => String, { description: '原因 Reason' }) reason: string,
  ) {
    return ctx.mutate('revokeStar', (s) =>
      s.ratings.endStar(p, parseId(branchId, 'branchId'), starCode, reason, StarEndKind.REVOKED),
    );
  }

  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() b: BranchStar) {
    return b.starType.code;
  }

  @FieldResolver(() => ID, { description: '支部标识 Branch id' })
  branchId(@Root() b: BranchStar) {
    return b.branch.id;
  }
}

/** Star fields on branches (units at BRANCH level; other units answer 0 / empty). */
@Resolver(() => Unit)
export class BranchStarsResolver {
  @FieldResolver(() => Int, { description: '星级（当前持有星数 0–5）Star level: number of stars held now' })
  starLevel(@Root() u: Unit, @Ctx() ctx: Context): number | Promise<number> {
    if (u.level !== 'BRANCH') return 0;
    const held = prefetched.heldStars.get(u);
    return held ? held.length : ctx.loaders.heldStars.load(u.id).then((h) => h.length);
  }

  @FieldResolver(() => [BranchStarStatus], { description: '各星年度状态 Each star of the branch in a year' })
  async stars(
    @Root() u: Unit,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: '年度 Year' }) year: number,
  ) {
    if (u.level !== 'BRANCH') return [];
    const [types, held, apps] = await Promise.all([
      ctx.loaders.starTypesFor.load(u.category ?? 'ALL'),
      ctx.loaders.heldStars.load(u.id),
      ctx.loaders.branchApplications.load(u.id),
    ]);
    return starStates(
      types,
      held,
      apps.filter((a) => a.year === year),
    ).map((s) => ({ ...s, status: s.state }));
  }

  @FieldResolver(() => [StarHistoryEntryType], {
    description: '星级历史（命名、降星、取消）Star history: awards, downgrades, revocations',
  })
  async starHistory(@Root() u: Unit, @Ctx() ctx: Context) {
    if (u.level !== 'BRANCH') return [];
    return historyOf(await ctx.loaders.starRecords.load(u.id));
  }

  @FieldResolver(() => [BranchStar], { description: '当前持有的星 Stars held now' })
  heldStars(@Root() u: Unit, @Ctx() ctx: Context) {
    if (u.level !== 'BRANCH') return [];
    return prefetched.heldStars.get(u) ?? ctx.loaders.heldStars.load(u.id);
  }

  @FieldResolver(() => [BranchPairing], { description: '结对帮扶（作为帮扶方或受帮扶方）Pairings, on either side' })
  async pairings(@Root() u: Unit, @Ctx() ctx: Context) {
    if (u.level !== 'BRANCH') return [];
    return ctx.loaders.pairings.load(u.id);
  }
}
