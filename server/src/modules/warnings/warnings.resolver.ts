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
  registerEnumType,
} from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs } from '../../graphql/pagination';
import { StarType, Unit } from '../org/public';
import { StatsFigures } from '../stats/public';
import { WarningRule } from './warning-rule.entity';
import { WarningRuleInput } from './warnings.inputs';
import { WarningReasonCode, type WarningData } from './warnings.service';

registerEnumType(WarningReasonCode, {
  name: 'WarningReasonCode',
  description: '预警原因 Why a held star is at risk',
  valuesConfig: {
    OVERDUE_TASKS: { description: '重点任务逾期未完成 Key tasks overdue' },
    INCOMPLETE_TASKS: { description: '重点任务临期未过半 Key tasks due soon, under half done' },
    MAJOR_FINDINGS: { description: '暗访发现较重问题 Major findings of completed spot checks' },
    CRITICAL_FINDINGS: { description: '暗访发现严重问题 Critical findings of completed spot checks' },
    OVERDUE_RECTIFICATIONS: { description: '整改逾期 Rectifications overdue' },
  },
});

@ObjectType({ description: '预警原因 One reason of a warning' })
class WarningReason {
  @Field(() => WarningReasonCode, { description: '原因 Reason' }) code!: WarningReasonCode;
  @Field(() => Int, { description: '项数 How many' }) count!: number;
  @Field(() => Int, { description: '计分 Points it adds' }) points!: number;
}

@ObjectType({ description: '星级预警 A held star and its risk at the next review' })
export class StarWarning {
  branchId!: number;
  @Field(() => String, { description: '星 Star code' }) starCode!: string;
  @Field(() => Int, { description: '风险分 Risk score' }) score!: number;
  @Field(() => Boolean, { description: '达到预警线 At or above the threshold' }) atRisk!: boolean;
  @Field(() => Int, { description: '预警线 Threshold' }) threshold!: number;
  @Field(() => [WarningReason], { description: '原因（有分的）Reasons that add points' }) reasons!: WarningReason[];
}

@ObjectType({ description: '预警名单 Warning list' })
class StarWarningPage {
  @Field(() => [StarWarning], { description: '本页 Items' }) items!: StarWarning[];
  @Field(() => Int, { description: '总数 Total' }) total!: number;
  @Field(() => Int, { description: '达到预警线的 How many are at risk' }) atRisk!: number;
}

@ObjectType({ description: '预警统计 Early-warning figures' })
class WarningFigures {
  @Field(() => Int, { description: '达到预警线的星 Held stars at risk' }) atRisk!: number;
  @Field(() => Int, { description: '评估的已获星 Held stars assessed' }) held!: number;
}

@Resolver(() => StarWarning)
export class StarWarningResolver {
  @Authorized()
  @Query(() => StarWarningPage, {
    description: '预警名单：单元下持星支部按风险分排序 Held stars under a unit, highest risk first',
  })
  starWarnings(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('unitId', '单元（乡镇或区）Unit: a township or district') unitId: number,
    @Args() args: ListArgs,
    @Arg('starCode', () => String, { nullable: true, description: '只看某颗星 One star only' })
    starCode?: string | null,
    @Arg('atRiskOnly', () => Boolean, { defaultValue: true, description: '只看达到预警线的 At risk only' })
    atRiskOnly: boolean = true,
  ) {
    return ctx.services.warnings.list(
      p,
      unitId,
      { starCode: starCode?.slice(0, 60) ?? null, atRiskOnly },
      args.perPage,
      (args.page - 1) * args.perPage,
    );
  }

  @FieldResolver(() => Unit, { description: '支部 Branch' })
  branch(@Root() w: WarningData, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(w.branchId);
  }

  @FieldResolver(() => StarType, { nullable: true, description: '星 Star' })
  star(@Root() w: WarningData, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(w.starCode);
  }
}

@Resolver(() => WarningRule)
export class WarningRuleResolver {
  @Authorized()
  @Query(() => WarningRule, {
    description: '本区预警规则（未设置时为默认值）The district warning rule (defaults until set)',
  })
  warningRule(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
  ) {
    return ctx.services.warnings.rule(p, districtId);
  }

  @Authorized()
  @Mutation(() => WarningRule, { description: '设置预警规则（区级管理员）Set the warning rule (district admins)' })
  setWarningRule(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('districtId', '区 District') districtId: number,
    @Arg('input', () => WarningRuleInput, { description: '参数 Parameters' }) input: WarningRuleInput,
  ) {
    return ctx.mutate('setWarningRule', (s) => s.warnings.setRule(p, districtId, { ...input }));
  }

  @FieldResolver(() => ID, { description: '区标识 District id' })
  districtId(@Root() r: WarningRule) {
    return r.district.id;
  }
}

@Resolver(() => StatsFigures)
export class WarningFiguresResolver {
  @FieldResolver(() => WarningFigures, { description: '预警 Early warning: held stars at risk' })
  warnings(@Root() f: StatsFigures): WarningFigures {
    return { atRisk: f.extra.warnings_at_risk ?? 0, held: f.extra.warnings_held ?? 0 };
  }
}
