import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { parseId } from '../../common/ids';

@InputType({ description: '新建接口令牌 New API token for an integrator' })
export class CreateApiTokenInput {
  @Field({ description: '名称（哪个系统使用）Name: which system uses it' }) @MaxLength(100) name!: string;
  @Field(() => ID, { description: '可读取的单元范围（含下级）Unit whose subtree the token may read' }) unitId!: string;
  @Field(() => Int, { nullable: true, description: '有效天数（默认 365）Days until it expires (default 365)' })
  @Min(1)
  @Max(3660)
  expiresInDays?: number;
}

export function toApiTokenCreate(input: CreateApiTokenInput) {
  return { ...input, unitId: parseId(input.unitId, 'unitId') };
}
