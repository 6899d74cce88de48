import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: '预警规则 Early-warning parameters' })
export class WarningRuleInput {
  @Field(() => Int, { description: '每项逾期重点任务计分 Points per overdue key task' })
  @Min(0)
  @Max(1000)
  overdueTaskPoints!: number;
  @Field(() => Int, { description: '每项临期未过半重点任务计分 Points per key task due soon, under half done' })
  @Min(0)
  @Max(1000)
  incompleteTaskPoints!: number;
  @Field(() => Int, { description: '临期天数 Days counted as due soon' })
  @Min(0)
  @Max(366)
  incompleteWithinDays!: number;
  @Field(() => Int, { description: '每个较重问题计分 Points per major finding' })
  @Min(0)
  @Max(1000)
  majorFindingPoints!: number;
  @Field(() => Int, { description: '每个严重问题计分 Points per critical finding' })
  @Min(0)
  @Max(1000)
  criticalFindingPoints!: number;
  @Field(() => Int, { description: '计入最近几天完成的暗访 Checks completed within days' })
  @Min(1)
  @Max(3660)
  findingWithinDays!: number;
  @Field(() => Int, { description: '每项逾期整改计分 Points per overdue rectification' })
  @Min(0)
  @Max(1000)
  overdueRectificationPoints!: number;
  @Field(() => Int, { description: '预警线 At-risk threshold' }) @Min(1) @Max(100000) threshold!: number;
}
