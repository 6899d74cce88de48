import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseOptionalId } from '../../common/ids';
import { BranchCategory, BranchKind, PositionRole, TownshipKind, UnitLevel } from './org.enums';
import type { PersonData, PositionData, StarOwnerData } from './people.service';
import type { UnitData, UnitFilter } from './unit.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = { message: '日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)' };

@InputType({ description: '单元筛选 Unit filter' })
export class UnitFilterInput {
  @Field(() => ID, { nullable: true, description: '上级单元 Only the children of this unit' })
  parentId?: string | null;

  @Field(() => UnitLevel, { nullable: true, description: '层级 Level' })
  level?: UnitLevel | null;

  @Field(() => BranchCategory, { nullable: true, description: '支部类别 Branch category' })
  category?: BranchCategory | null;

  @Field(() => String, { nullable: true, description: '按名称或编码搜索 Search in name and code' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '下级范围 Only units anywhere below this unit' })
  withinId?: string | null;

  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  ids?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: '当前星级 0–5（仅支部）Only branches holding this many stars now (0–5)',
  })
  @IsOptional()
  @Min(0)
  @Max(5)
  starLevel?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '当前星级不低于（仅支部）Only branches holding at least this many stars now (0–5)',
  })
  @IsOptional()
  @Min(0)
  @Max(5)
  minStarLevel?: number | null;
}

@InputType({ description: '新建单元 New unit' })
export class CreateUnitInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field({ description: '名称 Name' })
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true, description: '编码 Code' })
  @IsOptional()
  @MaxLength(50)
  code?: string | null;

  @Field(() => UnitLevel, { description: '层级 Level' })
  level!: UnitLevel;

  @Field(() => ID, { description: '上级单元 Parent unit' })
  parentId!: string;

  @Field(() => TownshipKind, { nullable: true, description: '乡镇级单元类别 (township-level units)' })
  townshipKind?: TownshipKind | null;

  @Field(() => BranchKind, { nullable: true, description: '党组织类别 (branches)' })
  branchKind?: BranchKind | null;

  @Field(() => BranchCategory, { nullable: true, description: '支部类别 (branches)' })
  category?: BranchCategory | null;

  @Field(() => Int, { nullable: true, description: '排序 Sort order' })
  sortOrder?: number;
}

@InputType({ description: '修改单元 Changes to a unit; a new parentId moves it with its subtree' })
export class UpdateUnitInput {
  @Field({ nullable: true, description: '名称 Name' })
  @IsOptional()
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true, description: '编码 Code' })
  @IsOptional()
  @MaxLength(50)
  code?: string | null;

  @Field(() => ID, { nullable: true, description: '上级单元 New parent (moves the subtree)' })
  parentId?: string;

  @Field(() => TownshipKind, { nullable: true, description: '乡镇级单元类别' })
  townshipKind?: TownshipKind | null;

  @Field(() => BranchKind, { nullable: true, description: '党组织类别' })
  branchKind?: BranchKind | null;

  @Field(() => BranchCategory, { nullable: true, description: '支部类别' })
  category?: BranchCategory | null;

  @Field(() => Int, { nullable: true, description: '排序 Sort order' })
  sortOrder?: number;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

@InputType({ description: '人员筛选 Person filter' })
export class PersonFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '所属单元 Unit' })
  unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '所属单元在该单元之内（含）Unit inside this subtree' })
  withinId?: string | null;

  @Field(() => String, { nullable: true, description: '按姓名搜索 Search by name' })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;
}

@InputType({ description: '人员 Person data' })
export class CreatePersonInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field({ description: '姓名 Name' })
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true, description: '职务说明 Title' })
  @IsOptional()
  @MaxLength(100)
  title?: string | null;

  @Field(() => ID, { description: '所属单元 Unit the person belongs to' })
  unitId!: string;
  @Field(() => String, { nullable: true, description: '电话 Phone (11-digit mobile, or landline 0371-67181234)' })
  @IsOptional()
  @MaxLength(20)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '人员编号 Person code, unique within the unit' })
  @IsOptional()
  @MaxLength(40)
  code?: string | null;
}

@InputType({ description: '修改人员 Changes to a person' })
export class UpdatePersonInput {
  @Field({ nullable: true, description: '姓名 Name' })
  @IsOptional()
  @MaxLength(50)
  name?: string;

  @Field(() => String, { nullable: true, description: '职务说明 Title' })
  @IsOptional()
  @MaxLength(100)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: '所属单元 Unit' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: '电话 Phone (11-digit mobile, or landline 0371-67181234)' })
  @IsOptional()
  @MaxLength(20)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '人员编号 Person code, unique within the unit' })
  @IsOptional()
  @MaxLength(40)
  code?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' })
  version?: number;
}

@InputType({ description: '任职筛选 Position filter' })
export class PositionFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '人员 Person id' }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: '单元 Unit id' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '范围单元在该单元之内（含）Scope unit inside this subtree' })
  withinId?: string | null;
  @Field(() => ID, { nullable: true, description: '部门 Department id' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '专班 Task force id' }) taskForceId?: string | null;
  @Field(() => PositionRole, { nullable: true, description: '角色 Role' }) role?: PositionRole | null;

  @Field(() => String, { nullable: true, description: '在该日期在任 Held on this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  activeOn?: string | null;
}

@InputType({ description: '新建任职 Appoint a person: give exactly one of unitId, departmentId, taskForceId' })
export class CreatePositionInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => ID, { description: '人员 Person' }) personId!: string;
  @Field(() => PositionRole, { description: '角色 Role' }) role!: PositionRole;
  @Field(() => ID, { nullable: true, description: '任职单元 Unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '任职部门 Department' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '任职专班 Task force' }) taskForceId?: string | null;

  @Field({ description: '开始日期 Start date (YYYY-MM-DD)' })
  @Matches(DATE, DATE_MSG)
  startDate!: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive)' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: '职务说明 Title' })
  @IsOptional()
  @MaxLength(100)
  title?: string | null;
}

@InputType({ description: '修改任职 Changes to a position (end it by setting endDate)' })
export class UpdatePositionInput {
  @Field(() => ID, {
    nullable: true,
    description: '不可修改，仅用于给出明确错误 Cannot change; end the position instead',
  })
  personId?: string;
  @Field(() => PositionRole, { nullable: true, description: '角色 Role' }) role?: PositionRole;
  @Field(() => ID, { nullable: true, description: '单元 Unit id' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '部门 Department id' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '专班 Task force id' }) taskForceId?: string | null;

  @Field(() => String, { nullable: true, description: '开始日期 Start date (YYYY-MM-DD, inclusive)' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  startDate?: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive); empty = open-ended' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: '职务说明 Title' })
  @IsOptional()
  @MaxLength(100)
  title?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read' }) version?: number;
}

@InputType({ description: '包星筛选 Star owner filter' })
export class StarOwnerFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '支部 Branch id' }) branchId?: string | null;
  @Field(() => ID, { nullable: true, description: '支部在该单元之内 Branch inside this subtree' })
  withinId?: string | null;
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' }) starCode?: string | null;

  @Field(() => String, { nullable: true, description: '在该日期有效 Active on this date' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  activeOn?: string | null;
}

@InputType({ description: '指定包星人 Make a branch committee member the owner of a star' })
export class CreateStarOwnerInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => ID, { description: '支部 Branch id' }) branchId!: string;
  @Field({ description: '星类型编码 Star code' }) starCode!: string;
  @Field(() => ID, { description: '人员 Person id' }) personId!: string;

  @Field(() => String, { nullable: true, description: '开始日期（默认今天）Start date (default today)' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  startDate?: string;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive); empty = open-ended' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;
}

@InputType({ description: '修改包星 End a star ownership' })
export class UpdateStarOwnerInput {
  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive); empty = open-ended' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

@InputType({ description: '部门筛选 Department filter' })
export class DepartmentFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '所属区县 District id' }) districtId?: string | null;
}

@InputType({ description: '新建部门 New department' })
export class CreateDepartmentInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => ID, { description: '所属区县 District id' }) districtId!: string;
  @Field({ description: '编码 Code, unique within the district' }) @MaxLength(40) code!: string;
  @Field({ description: '名称 Name' }) @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true, description: '简称 Short name' }) @IsOptional() @MaxLength(40) shortName?:
    string | null;
  @Field(() => Int, { nullable: true, description: '排序 Sort order' }) @IsOptional() @Min(0) sortOrder?: number;
}

@InputType({ description: '修改部门 Changes to a department' })
export class UpdateDepartmentInput {
  @Field({ nullable: true, description: '名称 Name' }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true, description: '简称 Short name' }) @IsOptional() @MaxLength(40) shortName?:
    string | null;
  @Field(() => Int, { nullable: true, description: '排序 Sort order' }) @IsOptional() @Min(0) sortOrder?: number;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

@InputType({ description: '专班筛选 Task force filter' })
export class TaskForceFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '所属区县 District id' }) districtId?: string | null;
  @Field(() => String, { nullable: true, description: '星类型编码 Star code' }) starCode?: string | null;
}

@InputType({ description: '新建专班 New task force (one per star per district)' })
export class CreateTaskForceInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => ID, { description: '所属区县 District id' }) districtId!: string;
  @Field({ description: '星类型编码 Star code' }) starCode!: string;
  @Field(() => ID, { description: '牵头单位 Lead department' }) leadDepartmentId!: string;
  @Field({ nullable: true, description: '名称 Name' }) @IsOptional() @MaxLength(100) name?: string;
}

@InputType({ description: '修改专班 Changes to a task force' })
export class UpdateTaskForceInput {
  @Field(() => ID, { nullable: true, description: '牵头单位 Lead department id' }) leadDepartmentId?: string;
  @Field({ nullable: true, description: '名称 Name' }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

@InputType({ description: '联系点筛选 Contact point filter' })
export class ContactPointFilterInput {
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: '县级领导 County-level leader id' }) leaderId?: string | null;
  @Field(() => ID, { nullable: true, description: '单元 Unit id' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '联系单元在该单元之内（含）Unit inside this subtree' })
  withinId?: string | null;

  @Field(() => String, { nullable: true, description: '在该日期有效 Active on this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  activeOn?: string | null;
}

@InputType({ description: '新建联系点 New contact point' })
export class CreateContactPointInput {
  @Field(() => String, {
    nullable: true,
    description:
      '客户端请求标识：重试时使用同一值，只会创建一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice',
  })
  @IsOptional()
  @MaxLength(64)
  clientMutationId?: string | null;

  @Field(() => ID, { description: '县级领导 County-level leader (a person)' }) leaderId!: string;
  @Field(() => ID, { description: '联系的乡镇或支部 Township-level unit or branch' }) unitId!: string;
  @Field({ description: '开始日期 Start date (YYYY-MM-DD, inclusive)' }) @Matches(DATE, DATE_MSG) startDate!: string;
  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive); empty = open-ended' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;
  @Field(() => String, { nullable: true, description: '备注 Note' }) @IsOptional() @MaxLength(2000) note?:
    string | null;
}

@InputType({ description: '修改联系点 Changes to a contact point' })
export class UpdateContactPointInput {
  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD, inclusive); empty = open-ended' })
  @IsOptional()
  @Matches(DATE, DATE_MSG)
  endDate?: string | null;
  @Field(() => String, { nullable: true, description: '备注 Note' }) @IsOptional() @MaxLength(2000) note?:
    string | null;
  @Field(() => Int, { nullable: true, description: '读取时的版本号 Version you read (optimistic locking)' })
  version?: number;
}

// ---- inputs → service data: ids parsed, a malformed one naming its field ------------------------

export function toUnitFilter(f: UnitFilterInput | undefined | null): UnitFilter {
  return {
    parentId: parseOptionalId(f?.parentId, 'filter.parentId'),
    level: f?.level,
    category: f?.category,
    search: f?.search,
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    ids: idsOf(f?.ids),
    starLevel: f?.starLevel,
    minStarLevel: f?.minStarLevel,
  };
}

export function toUnitCreate(input: CreateUnitInput): UnitData {
  return { ...input, parentId: parseId(input.parentId, 'parentId') };
}

export function toUnitUpdate({ version: _version, parentId, ...rest }: UpdateUnitInput): UnitData {
  return { ...rest, parentId: parentId === undefined ? undefined : parseId(parentId, 'parentId') };
}

export function toPersonFilter(f: PersonFilterInput | undefined) {
  return {
    unitId: parseOptionalId(f?.unitId, 'filter.unitId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    search: f?.search,
    ids: idsOf(f?.ids),
  };
}

export function toPersonCreate(input: CreatePersonInput): PersonData {
  return { ...input, unitId: parseId(input.unitId, 'unitId') };
}

export function toPersonUpdate({ version: _version, unitId, ...rest }: UpdatePersonInput): PersonData {
  return { ...rest, unitId: unitId === undefined ? undefined : parseId(unitId, 'unitId') };
}

export function toPositionFilter(f: PositionFilterInput | undefined) {
  return {
    personId: parseOptionalId(f?.personId, 'filter.personId'),
    unitId: parseOptionalId(f?.unitId, 'filter.unitId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    departmentId: parseOptionalId(f?.departmentId, 'filter.departmentId'),
    taskForceId: parseOptionalId(f?.taskForceId, 'filter.taskForceId'),
    role: f?.role,
    activeOn: f?.activeOn,
    ids: idsOf(f?.ids),
  };
}

export function toPositionCreate(input: CreatePositionInput): PositionData {
  return {
    ...input,
    personId: parseId(input.personId, 'personId'),
    unitId: parseOptionalId(input.unitId, 'unitId'),
    departmentId: parseOptionalId(input.departmentId, 'departmentId'),
    taskForceId: parseOptionalId(input.taskForceId, 'taskForceId'),
  };
}

export function toPositionUpdate({ version: _version, ...input }: UpdatePositionInput): PositionData {
  return {
    ...input,
    personId: parseOptionalId(input.personId, 'personId') ?? undefined,
    unitId: parseOptionalId(input.unitId, 'unitId'),
    departmentId: parseOptionalId(input.departmentId, 'departmentId'),
    taskForceId: parseOptionalId(input.taskForceId, 'taskForceId'),
  };
}

export function toStarOwnerFilter(f: StarOwnerFilterInput | undefined) {
  return {
    branchId: parseOptionalId(f?.branchId, 'filter.branchId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    starCode: f?.starCode,
    activeOn: f?.activeOn,
    ids: idsOf(f?.ids),
  };
}

export function toStarOwnerCreate(input: CreateStarOwnerInput): StarOwnerData {
  return { ...input, branchId: parseId(input.branchId, 'branchId'), personId: parseId(input.personId, 'personId') };
}

export function toDepartmentFilter(f: DepartmentFilterInput | undefined) {
  return { districtId: parseOptionalId(f?.districtId, 'filter.districtId'), ids: idsOf(f?.ids) };
}

export function toDepartmentCreate(input: CreateDepartmentInput) {
  return { ...input, districtId: parseId(input.districtId, 'districtId') };
}

export function toTaskForceFilter(f: TaskForceFilterInput | undefined) {
  return {
    districtId: parseOptionalId(f?.districtId, 'filter.districtId'),
    starCode: f?.starCode,
    ids: idsOf(f?.ids),
  };
}

export function toTaskForceCreate(input: CreateTaskForceInput) {
  return {
    ...input,
    districtId: parseId(input.districtId, 'districtId'),
    leadDepartmentId: parseId(input.leadDepartmentId, 'leadDepartmentId'),
  };
}

export function toTaskForceUpdate({ version: _version, leadDepartmentId, ...rest }: UpdateTaskForceInput) {
  return {
    ...rest,
    leadDepartmentId: leadDepartmentId === undefined ? undefined : parseId(leadDepartmentId, 'leadDepartmentId'),
  };
}

export function toContactPointFilter(f: ContactPointFilterInput | undefined) {
  return {
    leaderId: parseOptionalId(f?.leaderId, 'filter.leaderId'),
    unitId: parseOptionalId(f?.unitId, 'filter.unitId'),
    withinId: parseOptionalId(f?.withinId, 'filter.withinId'),
    activeOn: f?.activeOn,
    ids: idsOf(f?.ids),
  };
}

export function toContactPointCreate(input: CreateContactPointInput) {
  return { ...input, leaderId: parseId(input.leaderId, 'leaderId'), unitId: parseId(input.unitId, 'unitId') };
}
