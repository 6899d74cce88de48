import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { Unit } from '../org/public';
import { KeyTask } from '../stars/public';
import { PlanItem } from './plan.entity';

@ObjectType({ description: '底数 Baseline figure' })
export class ProfileFigureType {
  @Field({ description: '名称 Label' }) label!: string;
  @Field({ description: '数值 Value' }) value!: string;
}

@ObjectType({ description: '工作机制 Work mechanism' })
export class ProfileMechanismType {
  @Field({ description: '机制 Title' }) title!: string;
  @Field({ description: '说明 Detail' }) detail!: string;
}

@ObjectType({
  description: '支部“四个一口清”：任务、底数、举措、机制 Branch profile: tasks, baseline figures, measures, mechanisms',
})
export class BranchProfile {
  @Field(() => Unit, { description: '支部 Branch' }) branch!: Unit;
  @Field(() => Int, { description: '年度 Year' }) year!: number;
  @Field(() => [KeyTask], {
    description: '任务：已获与目标星的重点任务 Tasks: key tasks of the stars held and targeted',
  })
  tasks!: KeyTask[];
  @Field(() => [ProfileFigureType], { description: '底数 Baseline figures' }) baseline!: ProfileFigureType[];
  @Field(() => [PlanItem], { description: "举措：本年度创星计划任务 Measures: the items of the year's branch plan" })
  measures!: PlanItem[];
  @Field(() => [ProfileMechanismType], { description: '机制 Work mechanisms' }) mechanisms!: ProfileMechanismType[];
  @Field(() => [String], { description: '评定办法 Rating method' }) ratingMethod!: string[];
}

@Resolver(() => BranchProfile)
export class BranchProfileResolver {
  @Authorized()
  @Query(() => BranchProfile, {
    description: '支部“四个一口清” The branch profile (tasks, baseline, measures, mechanisms)',
  })
  async branchProfile(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @IdArg('id', '支部标识 Branch id') id: number,
    @Arg('year', () => Int, { nullable: true, description: '年度（默认今年）Year (default: this year)' }) year?: number,
  ) {
    const k = await ctx.services.profiles.kit(principal, id, year && year >= 2000 && year <= 2100 ? year : null);
    return {
      branch: k.branch,
      year: k.year,
      tasks: k.tasks,
      baseline: k.figures,
      measures: k.items,
      mechanisms: k.mechanisms,
      ratingMethod: k.ratingMethod,
    };
  }
}
