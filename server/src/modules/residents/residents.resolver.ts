/** GraphQL of resident requests, consultation meetings and the rates. */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { shanghaiDate } from '../../common/dates';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { Unit } from '../org/public';
import { hitRateLimit } from '../auth/public';
import { maskAddress, maskName, maskPhone } from './masking';
import { ResidentMeeting, ResidentRequest, ResidentRequestEvent } from './resident.entity';
import {
  CreateResidentMeetingInput,
  RegisterResidentRequestInput,
  ResidentRequestFilterInput,
  SubmitResidentRequestInput,
  toMeeting,
  toRegister,
  toRequestFilter,
  toSubmit,
} from './residents.inputs';
import { ResidentCategory, ResidentEvaluation } from './residents.enums';
import { handles, OPEN_STAGES } from './residents.service';
import { ResidentRateFigures, ResidentRates, ResidentRequestTracking } from './residents.types';
import { trackingOf, trackingOfNew } from './tracking';

export const ResidentRequestPage = PageType(
  ResidentRequest,
  'ResidentRequestPage',
  '居民诉求分页 A page of resident requests',
);
export const ResidentMeetingPage = PageType(
  ResidentMeeting,
  'ResidentMeetingPage',
  '社区半月谈分页 A page of consultation meetings',
);

/** Public submissions per address and hour, counted in PostgreSQL (every process shares the budget). */
export async function countSubmission(ctx: Context): Promise<void> {
  const limit = ctx.services.deps.residents?.submissionsPerAddressPerHour ?? 10;
  await hitRateLimit(ctx.em.fork(), `resident-form:${ctx.address ?? 'unknown'}`, limit, 3600, ctx.now(), 'address');
}

@Resolver(() => ResidentRequest)
export class ResidentRequestResolver {
  @Authorized()
  @Query(() => ResidentRequestPage, {
    description:
      '居民诉求列表（个人信息仅对办理人员显示）Resident requests; personal data only to the staff handling each',
  })
  residentRequests(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => ResidentRequestFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: ResidentRequestFilterInput,
  ) {
    return ctx.services.residentRequests.list(p, args, toRequestFilter(filter));
  }

  @Authorized()
  @Query(() => ResidentRequest, { description: '居民诉求 One resident request' })
  residentRequest(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.residentRequests.get(p, id);
  }

  @Query(() => ResidentRequestTracking, {
    description:
      '凭查询码查看诉求进度（无需登录，个人信息脱敏）Track a request with its code: no sign-in, personal data masked',
  })
  trackResidentRequest(@Ctx() ctx: Context, @Arg('code', { description: '查询码 Tracking code' }) code: string) {
    return trackingOf(ctx.services.residentRequests, code);
  }

  @Mutation(() => ResidentRequestTracking, {
    description:
      '居民在线提交诉求（无需登录；按来源地址限流）Submit a request through the public form: no sign-in, rate-limited per address; answers the tracking code',
  })
  async submitResidentRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitResidentRequestInput, { description: '诉求 The request' })
    input: SubmitResidentRequestInput,
  ) {
    const data = toSubmit(input);
    await countSubmission(ctx);
    const r = await ctx.mutate('submitResidentRequest', (s) => s.residentRequests.submit(data));
    // Answered from memory: once committed, the resident gets the code whatever the pool is doing.
    return trackingOfNew(r, r.unit.name);
  }

  @Mutation(() => ResidentRequestTracking, {
    description: '居民凭查询码评价（不满意则重新办理）The resident evaluates with the tracking code; 不满意 reopens it',
  })
  async evaluateResidentRequest(
    @Ctx() ctx: Context,
    @Arg('code', { description: '查询码 Tracking code' }) code: string,
    @Arg('evaluation', () => ResidentEvaluation, { description: '评价 Evaluation' }) evaluation: ResidentEvaluation,
    @Arg('comment', () => String, { nullable: true, description: '意见 Comment' }) comment?: string | null,
  ) {
    await countSubmission(ctx);
    await ctx.mutate('evaluateResidentRequest', (s) => s.residentRequests.evaluateByCode(code, evaluation, comment));
    return trackingOf(ctx.services.residentRequests, code);
  }

  @Authorized()
  @Mutation(() => ResidentRequest, {
    description: '登记来信、来访、来电 Register a letter, visit or call (community staff)',
  })
  registerResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => RegisterResidentRequestInput, { description: '诉求 The request' })
    input: RegisterResidentRequestInput,
  ) {
    const data = toRegister(input);
    return ctx.mutate('registerResidentRequest', (s) => s.residentRequests.register(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => ResidentRequest, {
    description: '受理（民情气象站），按类别计算时限 Accept; the deadline follows the category',
  })
  acceptResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('category', () => ResidentCategory, { nullable: true, description: '更正类别 Corrected category' })
    category?: ResidentCategory | null,
  ) {
    return ctx.mutate('acceptResidentRequest', (s) => s.residentRequests.accept(p, id, category));
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: '合并到重复诉求 Merge into the request it duplicates' })
  mergeResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('intoId', () => ID, { description: '合并到 Merge into' }) intoId: string,
    @Arg('note', () => String, { nullable: true, description: '说明 Note' }) note?: string | null,
  ) {
    const into = parseId(intoId, 'intoId');
    return ctx.mutate('mergeResidentRequest', (s) => s.residentRequests.merge(p, id, into, note));
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: '转交其他单位并说明原因 Refer to another unit, saying why' })
  referResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('unitId', () => ID, { description: '转交单位 Unit referred to' }) unitId: string,
    @Arg('reason', { description: '原因 Reason' }) reason: string,
  ) {
    const unit = parseId(unitId, 'unitId');
    return ctx.mutate('referResidentRequest', (s) => s.residentRequests.refer(p, id, unit, reason));
  }

  @Authorized()
  @Mutation(() => ResidentRequest, {
    description: '交办：责任单位和责任人 Assign for handling: responsible unit and person',
  })
  handleResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('responsibleUnit', { description: '责任单位 Responsible unit' }) responsibleUnit: string,
    @Arg('responsiblePerson', { description: '责任人 Responsible person' }) responsiblePerson: string,
  ) {
    return ctx.mutate('handleResidentRequest', (s) =>
      s.residentRequests.handle(p, id, responsibleUnit, responsiblePerson),
    );
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: '反馈办理结果（双白小灵通）Feed back what was done' })
  feedbackResidentRequest(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('feedback', { description: '办理情况 What was done' }) feedback: string,
  ) {
    return ctx.mutate('feedbackResidentRequest', (s) => s.residentRequests.feedback(p, id, feedback));
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: '记录回访评价 Record the evaluation given on a call-back' })
  recordResidentEvaluation(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('evaluation', () => ResidentEvaluation, { description: '评价 Evaluation' }) evaluation: ResidentEvaluation,
    @Arg('comment', () => String, { nullable: true, description: '意见 Comment' }) comment?: string | null,
  ) {
    return ctx.mutate('recordResidentEvaluation', (s) =>
      s.residentRequests.recordEvaluation(p, id, evaluation, comment),
    );
  }

  @Authorized()
  @Query(() => ResidentRates, {
    description: '民情三率（响应率、解决率、满意率）、下钻与月度趋势 The three rates, drill-down and trend',
  })
  async residentRates(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('unitId', () => ID, { description: '单元 Unit' }) unitId: string,
    @Arg('year', () => Int, { description: '年度 Year received' }) year: number,
    @Arg('month', () => Int, { nullable: true, description: '月份（可选）Month (optional)' }) month?: number | null,
  ) {
    const r = await ctx.services.residentRates.rates(p, parseId(unitId, 'unitId'), year, month);
    const unitRates = (u: typeof r.unit) => ({
      unitId: String(u.unitId),
      unitName: u.unitName,
      level: u.level,
      figures: ResidentRateFigures.of(u),
    });
    return {
      unit: unitRates(r.unit),
      byChild: r.byChild.map(unitRates),
      byMonth: r.byMonth.map((m) => ({ month: m.month, figures: ResidentRateFigures.of(m) })),
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '居民姓名（非办理人员看到脱敏值 张*）Name: masked (张*) except for the staff handling the request',
  })
  residentName(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return handles(ctx.principal, r.unit) ? r.residentName : maskName(r.residentName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '联系电话（非办理人员看到 138****1234）Phone: masked except for the staff handling it',
  })
  phone(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return handles(ctx.principal, r.unit) ? r.phone : maskPhone(r.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '住址（非办理人员看到脱敏值）Address: masked except for the staff handling it',
  })
  address(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return handles(ctx.principal, r.unit) ? r.address : maskAddress(r.address);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '查询码（仅办理人员，用于告知居民）Tracking code: only the staff handling it see it, to tell the resident',
  })
  trackingCode(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return handles(ctx.principal, r.unit) ? r.trackingCode : null;
  }

  @FieldResolver(() => Boolean, { description: '由当前用户办理 The current user handles it (sees and acts on it)' })
  handledByMe(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return handles(ctx.principal, r.unit);
  }

  @FieldResolver(() => Boolean, { description: '已超期未反馈 Past its deadline and not yet fed back' })
  overdue(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return !!r.deadline && OPEN_STAGES.includes(r.stage) && r.deadline < shanghaiDate(ctx.now());
  }

  @FieldResolver(() => Unit, { description: '办理单位 Unit handling it now' })
  unit(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.unit.id);
  }

  @FieldResolver(() => ID, { description: '办理单位标识 Unit id' })
  unitId(@Root() r: ResidentRequest) {
    return r.unit.id;
  }

  @FieldResolver(() => ID, { description: '原受理单位标识 The unit it came in at' })
  originUnitId(@Root() r: ResidentRequest) {
    return r.originUnit.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: '合并到 Merged into (request id)' })
  mergedIntoId(@Root() r: ResidentRequest) {
    return r.mergedInto?.id ?? null;
  }

  @FieldResolver(() => ResidentMeeting, { nullable: true, description: '社区半月谈 The consultation meeting' })
  meeting(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return r.meeting ? ctx.loaders.residentMeeting.load(r.meeting.id) : null;
  }

  @FieldResolver(() => [ResidentRequestEvent], { description: '办理记录 Timeline' })
  timeline(@Root() r: ResidentRequest, @Ctx() ctx: Context) {
    return ctx.loaders.residentEvents.load(r.id);
  }
}

@Resolver(() => ResidentMeeting)
export class ResidentMeetingResolver {
  @Authorized()
  @Query(() => ResidentMeetingPage, { description: '社区半月谈记录 Consultation meetings' })
  residentMeetings(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('unitId', () => ID, { nullable: true, description: '社区 Community' }) unitId?: string | null,
  ) {
    return ctx.services.residentRequests.listMeetings(p, args, { unitId: unitId ? parseId(unitId, 'unitId') : null });
  }

  @Authorized()
  @Query(() => ResidentMeeting, { description: '社区半月谈记录 One consultation meeting' })
  residentMeeting(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.residentRequests.getMeeting(p, id);
  }

  @Authorized()
  @Mutation(() => ResidentMeeting, {
    description: '记录社区半月谈，将已受理的诉求转入协商 Record a meeting; its accepted requests go to consultation',
  })
  createResidentMeeting(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateResidentMeetingInput, { description: '会议记录 Meeting' })
    input: CreateResidentMeetingInput,
  ) {
    const data = toMeeting(input);
    return ctx.mutate('createResidentMeeting', (s) => s.residentRequests.createMeeting(p, data), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @FieldResolver(() => ID, { description: '社区标识 Community id' })
  unitId(@Root() m: ResidentMeeting) {
    return m.unit.id;
  }

  @FieldResolver(() => Unit, { description: '社区 Community' })
  unit(@Root() m: ResidentMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(m.unit.id);
  }

  @FieldResolver(() => [ID], { description: '协商的诉求 Requests settled' })
  async requestIds(@Root() m: ResidentMeeting, @Ctx() ctx: Context) {
    return (await ctx.loaders.requestsOfMeeting.load(m.id)).map((r) => String(r.id));
  }
}
