import { IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: '提醒规则 A reminder rule' })
export class ReminderRuleInput {
  @Field(() => Boolean, { description: '启用 On' }) enabled!: boolean;
  @Field(() => Int, { description: '到期前几天提醒（0–60）Days before the deadline' })
  @Min(0)
  @Max(60)
  daysBefore!: number;
  @Field(() => Int, { description: '北京时间几点（0–23，日报）Hour, Beijing time (daily report)' })
  @Min(0)
  @Max(23)
  atHour!: number;
  @Field(() => Int, { nullable: true, description: '逾期几天报乡镇党委书记（空：不升级）Township step after days' })
  @IsOptional()
  @Min(0)
  @Max(365)
  townshipAfterDays?: number | null;
  @Field(() => Int, { nullable: true, description: '逾期几天报组织部长和专班（空：不升级）District step after days' })
  @IsOptional()
  @Min(0)
  @Max(365)
  districtAfterDays?: number | null;
}
