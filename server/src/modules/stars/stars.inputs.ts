import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseOptionalId } from '../../common/ids';
import { BranchCategory } from '../org/public';
import type { KeyTaskData, KeyTaskFilter } from './catalog.service';

@InputType({ description: '新建星类型 New star type' })
export class CreateStarTypeInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field({ description: '编码（大写字母、数字、下划线）Code: A–Z, 0–9, _' }) @MaxLength(40) code!: string;
  @Field({ description: '中文名称 Chinese name' }) @MaxLength(40) nameZh!: string;
  @Field({ description: '英文名称 English name' }) @MaxLength(80) nameEn!: string;
  @Field(() => String, { nullable: true, description: '社区使用的名称 Name for community branches' })
  @IsOptional()
  @MaxLength(40)
  communityNameZh?: string | null;
  @Field(() => [BranchCategory], { description: '适用类别 Categories' }) @ArrayMaxSize(2) categories!: BranchCategory[];
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
}

@InputType({ description: '修改星类型 Changes to a star type' })
export class UpdateStarTypeInput {
  @Field({ nullable: true, description: '中文名称 Chinese name' }) @IsOptional() @MaxLength(40) nameZh?: string;
  @Field({ nullable: true, description: '英文名称 English name' }) @IsOptional() @MaxLength(80) nameEn?: string;
  @Field(() => String, { nullable: true, description: '社区使用的名称 Name for community branches' })
  @IsOptional()
  @MaxLength(40)
  communityNameZh?: string | null;
  @Field(() => [BranchCategory], { nullable: true, description: '适用类别 Categories' })
  @IsOptional()
  @ArrayMaxSize(2)
  categories?: BranchCategory[];
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '重点任务筛选 Key task filter' })
export class KeyTaskFilterInput {
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' }) starCode?: string | null;
  @Field(() => BranchCategory, { nullable: true, description: '支部类别 Category' }) category?: BranchCategory | null;
  @Field(() => Int, { nullable: true, description: '标准版本（年度）Edition' }) edition?: number | null;
  @Field(() => String, { nullable: true, description: '按标题或编码搜索 Search in title and code' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '新建重点任务 New key task' })
export class CreateKeyTaskInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => Int, { description: '标准版本（年度）Edition (year)' }) @Min(2000) @Max(2100) edition!: number;
  @Field({ description: '编码 Code' }) @MaxLength(40) code!: string;
  @Field({ description: '星类型编码 Star code' }) starCode!: string;
  @Field(() => BranchCategory, { description: '支部类别 Category' }) category!: BranchCategory;
  @Field({ description: '标题 Title' }) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
  @Field(() => Float, { nullable: true, description: '分值 Weight' }) @IsOptional() @Min(0) @Max(1000) weight?: number;
  @Field(() => String, { nullable: true, description: '佐证材料要求 Evidence required' })
  @IsOptional()
  @MaxLength(2000)
  requiredEvidence?: string | null;
  @Field(() => ID, { nullable: true, description: '牵头部门 Lead department' }) leadDepartmentId?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
}

@InputType({ description: '修改重点任务 Changes to a key task' })
export class UpdateKeyTaskInput {
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' }) starCode?: string;
  @Field(() => BranchCategory, { nullable: true, description: '支部类别 Category' }) category?: BranchCategory;
  @Field({ nullable: true, description: '标题 Title' }) @IsOptional() @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true, description: '说明 Description' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;
  @Field(() => Float, { nullable: true, description: '分值 Weight' }) @IsOptional() @Min(0) @Max(1000) weight?: number;
  @Field(() => String, { nullable: true, description: '佐证材料要求 Evidence required' })
  @IsOptional()
  @MaxLength(2000)
  requiredEvidence?: string | null;
  @Field(() => ID, { nullable: true, description: '牵头部门 Lead department' }) leadDepartmentId?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 Order' }) sortOrder?: number;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

// What the catalog service takes, from the inputs.

export const toKeyTaskFilter = (filter?: KeyTaskFilterInput): KeyTaskFilter => ({
  starCode: filter?.starCode,
  category: filter?.category,
  edition: filter?.edition,
  search: filter?.search,
  ids: idsOf(filter?.ids),
});

export const toKeyTaskData = (input: CreateKeyTaskInput): KeyTaskData => ({
  ...input,
  leadDepartmentId: parseOptionalId(input.leadDepartmentId, 'leadDepartmentId'),
});

/** The changes of an update (its `version` is the optimistic lock's, not a change). */
export const toKeyTaskChanges = ({
  version: _version,
  leadDepartmentId,
  ...rest
}: UpdateKeyTaskInput): KeyTaskData => ({
  ...rest,
  leadDepartmentId: parseOptionalId(leadDepartmentId, 'leadDepartmentId'),
});
