import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { parseOptionalId } from '../../common/ids';

@InputType({ description: '审计记录筛选 Audit entry filter' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: '操作用户 User id' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: '对象类型（如 Unit, Position）Target type' })
  @IsOptional()
  @MaxLength(60)
  targetType?: string | null;
  @Field(() => String, { nullable: true, description: '对象标识 Target id' }) @IsOptional() @MaxLength(60) targetId?:
    string | null;
  @Field(() => String, { nullable: true, description: '操作（变更名，如 updateUnit）Operation' })
  @IsOptional()
  @MaxLength(80)
  operation?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '不含登录与退出 Leave out sign-ins and sign-outs (succeeded, failed, throttled)',
  })
  excludeSignIns?: boolean | null;
  @Field(() => Date, { nullable: true, description: '起始时间（含）From (inclusive)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: '截止时间（不含）To (exclusive)' }) to?: Date | null;
}

export function toAuditFilter(filter: AuditFilterInput | undefined) {
  return { ...filter, userId: parseOptionalId(filter?.userId, 'filter.userId') };
}
