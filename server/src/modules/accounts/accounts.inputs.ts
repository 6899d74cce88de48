import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseOptionalId } from '../../common/ids';
import { UserRole } from '../../common/roles';
import type { RoleSpec, UserCreate, UserFilter, UserUpdate } from './accounts.service';

@InputType({ description: '账号筛选 Account filter' })
export class UserFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: '下级范围：所属单元或授权单元在此单元之下 Only accounts placed or granted anywhere below this unit',
  })
  withinId?: string | null;

  @Field(() => UserRole, { nullable: true, description: '持有此角色 Only accounts holding this role' })
  role?: UserRole | null;

  @Field(() => Boolean, { nullable: true, description: '启用状态 Active or inactive only' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '按用户名或显示名称搜索 Search in username and display name' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  ids?: string[] | null;
}

@InputType({ description: '角色授权 A role over a unit subtree (and, for task forces, one star)' })
export class RoleGrantInput {
  @Field(() => UserRole, { description: '角色 Role' })
  role!: UserRole;

  @Field(() => ID, { description: '范围单元（含全部下级）Unit whose subtree the role covers' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: '限定的星（专班成员必填）Star (task forces only, required)' })
  @IsOptional()
  @MaxLength(40)
  starCode?: string | null;
}

@InputType({ description: '新建账号：临时密码只显示一次 New account; its temporary password is shown once' })
export class CreateUserInput {
  @Field({ description: '用户名（不区分大小写，唯一）Username, unique regardless of case' })
  @MaxLength(60)
  username!: string;

  @Field({ description: '显示名称 Display name' })
  @MaxLength(60)
  displayName!: string;

  @Field(() => ID, { nullable: true, description: '对应人员 The person this account belongs to' })
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '所属单元（默认为角色中最高的单元）Unit the account belongs to (default: the highest unit of its roles)',
  })
  unitId?: string | null;

  @Field(() => [RoleGrantInput], { description: '角色（至少一个）Roles, at least one' })
  @ArrayMaxSize(20)
  roles!: RoleGrantInput[];
}

@InputType({ description: '修改账号 Account changes' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: '用户名 Username' })
  @IsOptional()
  @MaxLength(60)
  username?: string | null;

  @Field(() => String, { nullable: true, description: '显示名称 Display name' })
  @IsOptional()
  @MaxLength(60)
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: '对应人员（null 取消关联）Person (null unlinks)' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属单元 Unit the account belongs to' })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

export function toRoleSpec(input: RoleGrantInput, field = 'input'): RoleSpec {
  return { role: input.role, unitId: parseId(input.unitId, `${field}.unitId`), starCode: input.starCode ?? null };
}

export function toUserCreate(input: CreateUserInput): UserCreate {
  return {
    username: input.username,
    displayName: input.displayName,
    personId: parseOptionalId(input.personId, 'personId') ?? null,
    unitId: parseOptionalId(input.unitId, 'unitId') ?? null,
    roles: input.roles.map((r, i) => toRoleSpec(r, `roles[${i}]`)),
  };
}

export function toUserUpdate({ version: _version, personId, unitId, ...rest }: UpdateUserInput): UserUpdate {
  return {
    ...rest,
    personId: parseOptionalId(personId, 'personId'),
    unitId: parseOptionalId(unitId, 'unitId'),
  };
}

export function toUserFilter(f: UserFilterInput | undefined): UserFilter {
  return {
    withinId: parseOptionalId(f?.withinId, 'filter.withinId') ?? null,
    role: f?.role ?? null,
    active: f?.active ?? null,
    search: f?.search ?? null,
    ids: idsOf(f?.ids),
  };
}
