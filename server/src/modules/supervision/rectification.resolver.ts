/** GraphQL of rectifications. */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { daysBetween, shanghaiDate } from '../../common/dates';
import { parseId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StoredFile } from '../files/public';
import { Person, Unit } from '../org/public';
import { RECTIFICATION_ACTIONS, allowed, rectificationRefusal } from './actions';
import { checkFactsOf } from './spot-check.resolver';
import { Finding, Rectification, RectificationEvent } from './supervision.entity';
import { RectificationAction, RectificationStatus } from './supervision.enums';
import {
  AssignRectificationInput,
  RectificationFilterInput,
  SubmitRectificationInput,
  VerifyRectificationInput,
  toAssignment,
  toRectificationFilter,
  toSubmission,
} from './supervision.inputs';

export const RectificationPage = PageType(Rectification, 'RectificationPage', '整改分页 A page of rectifications');

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
    return ctx.services.rectifications.listRectifications(principal, toRectificationFilter(filter), args);
  }

  @Authorized()
  @Query(() => Rectification, { description: '整改 One rectification' })
  rectification(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.rectifications.getRectification(principal, id);
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
    const data = toAssignment(input);
    return ctx.mutate('assignRectification', (s) => s.rectifications.assignRectification(p, fid, data), {
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
    const { data, evidenceFileIds } = toSubmission(input);
    return ctx.mutate(
      'submitRectification',
      (s) => s.rectifications.submitRectification(p, rid, data, evidenceFileIds),
      {
        clientMutationId: input.clientMutationId,
        input: { id: rid, ...input },
      },
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
    return ctx.mutate('verifyRectification', (s) => s.rectifications.verifyRectification(p, rid, input), {
      clientMutationId: input.clientMutationId,
      input: { id: rid, ...input },
    });
  }

  @FieldResolver(() => [RectificationAction], {
    description:
      '当前用户现在可执行的操作：SUBMIT 提交、ACCEPT 验收通过、REJECT 退回（与服务端授权同一规则）Actions you may take now (the rule the server applies)',
  })
  async allowedActions(@Root() r: Rectification, @Ctx() ctx: Context) {
    const p = ctx.principal;
    if (!p) return [];
    const [sc, unit, teams] = await Promise.all([
      ctx.loaders.spotCheck.load(r.spotCheck.id),
      ctx.loaders.unit.load(r.responsibleUnit.id),
      ctx.loaders.teamIdsOf.load(p),
    ]);
    const check = sc ? await checkFactsOf(ctx, sc) : null;
    if (!check || !unit) return [];
    const facts = { check, status: r.status, responsiblePath: unit.path };
    return allowed(p, RECTIFICATION_ACTIONS, (a) => rectificationRefusal(p, teams, facts, a));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '在当前状态已等待的天数（交办或退回后等整改提交，提交后等验收；已销号为空）Days in its current state; null once closed',
  })
  daysWaiting(@Root() r: Rectification, @Ctx() ctx: Context) {
    if (r.status === RectificationStatus.CLOSED) return null;
    return daysBetween(shanghaiDate(r.updatedAt), shanghaiDate(ctx.now()));
  }

  @FieldResolver(() => Boolean, { description: '逾期：期限已过且未销号 Overdue: deadline passed and not closed' })
  overdue(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.services.rectifications.isOverdue(r);
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
