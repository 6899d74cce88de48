import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StarType } from './star-type.entity';
import { ContactPoint } from './contact-point.entity';
import { Department } from './department.entity';
import {
  ContactPointFilterInput,
  CreateContactPointInput,
  CreateDepartmentInput,
  CreateTaskForceInput,
  DepartmentFilterInput,
  TaskForceFilterInput,
  toContactPointCreate,
  toContactPointFilter,
  toDepartmentCreate,
  toDepartmentFilter,
  toTaskForceCreate,
  toTaskForceFilter,
  toTaskForceUpdate,
  UpdateContactPointInput,
  UpdateDepartmentInput,
  UpdateTaskForceInput,
} from './org.inputs';
import { PositionRole } from './org.enums';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

export const DepartmentPage = PageType(Department, 'DepartmentPage', '部门分页 A page of departments');
export const TaskForcePage = PageType(StarTaskForce, 'TaskForcePage', '专班分页 A page of task forces');
export const ContactPointPage = PageType(ContactPoint, 'ContactPointPage', '联系点分页 A page of contact points');

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => DepartmentPage, { description: '职能部门列表 Departments of the districts in your scope' })
  departments(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => DepartmentFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: DepartmentFilterInput,
  ) {
    return ctx.services.districts.listDepartments(principal, toDepartmentFilter(filter), args);
  }

  @Authorized()
  @Query(() => Department, { description: '职能部门 One department' })
  department(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.districts.getDepartment(principal, id);
  }

  @Authorized()
  @Mutation(() => Department, { description: '新建职能部门（区级管理员）Create a department (district admins)' })
  createDepartment(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateDepartmentInput, { description: '部门数据 Department data' })
    input: CreateDepartmentInput,
  ) {
    return ctx.mutate('createDepartment', (s) => s.districts.createDepartment(p, toDepartmentCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Department, { description: '修改职能部门 Update a department' })
  updateDepartment(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateDepartmentInput, { description: '修改内容 Changes' }) input: UpdateDepartmentInput,
  ) {
    const { version, ...rest } = input;
    return ctx.mutate('updateDepartment', (s) => s.districts.updateDepartment(p, id, rest, version ?? undefined), {
      record: { entity: Department, id, version },
    });
  }

  @FieldResolver(() => ID, { description: '所属区县标识 District id' })
  districtId(@Root() d: Department) {
    return d.district.id;
  }

  @FieldResolver(() => Unit, { description: '所属区县 District' })
  district(@Root() d: Department, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(d.district.id);
  }
}

@Resolver(() => StarTaskForce)
export class TaskForceResolver {
  @Authorized()
  @Query(() => TaskForcePage, { description: '创星专班列表 Star task forces of the districts in your scope' })
  taskForces(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => TaskForceFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: TaskForceFilterInput,
  ) {
    return ctx.services.districts.listTaskForces(principal, toTaskForceFilter(filter), args);
  }

  @Authorized()
  @Query(() => StarTaskForce, { description: '创星专班 One task force' })
  taskForce(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.districts.getTaskForce(principal, id);
  }

  @Authorized()
  @Mutation(() => StarTaskForce, {
    description: '新建专班（一颗星一个专班）Create the task force of a star in a district',
  })
  createTaskForce(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateTaskForceInput, { description: '专班数据 Task force data' }) input: CreateTaskForceInput,
  ) {
    return ctx.mutate('createTaskForce', (s) => s.districts.createTaskForce(p, toTaskForceCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => StarTaskForce, { description: '修改专班 Update a task force' })
  updateTaskForce(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateTaskForceInput, { description: '修改内容 Changes' }) input: UpdateTaskForceInput,
  ) {
    const { version } = input;
    return ctx.mutate(
      'updateTaskForce',
      (s) => s.districts.updateTaskForce(p, id, toTaskForceUpdate(input), version ?? undefined),
      { record: { entity: StarTaskForce, id, version } },
    );
  }

  @FieldResolver(() => ID, { description: '所属区县标识 District id' })
  districtId(@Root() tf: StarTaskForce) {
    return tf.district.id;
  }

  @FieldResolver(() => Unit, { description: '所属区县 District' })
  district(@Root() tf: StarTaskForce, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(tf.district.id);
  }

  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() tf: StarTaskForce) {
    return tf.starType.code;
  }

  @FieldResolver(() => StarType, { description: '星类型 Star type' })
  starType(@Root() tf: StarTaskForce, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(tf.starType.code);
  }

  @FieldResolver(() => ID, { description: '牵头单位标识 Lead department id' })
  leadDepartmentId(@Root() tf: StarTaskForce) {
    return tf.leadDepartment.id;
  }

  @FieldResolver(() => Department, { description: '牵头单位 Lead department' })
  leadDepartment(@Root() tf: StarTaskForce, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(tf.leadDepartment.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: '现任专班负责人 Current leader' })
  async leader(@Root() tf: StarTaskForce, @Ctx() ctx: Context) {
    const positions = await ctx.loaders.activeTaskForcePositions.load(tf.id);
    const lead = positions.find((p) => p.role === PositionRole.TASK_FORCE_LEADER);
    return lead ? ctx.loaders.person.load(lead.person.id) : null;
  }

  @FieldResolver(() => [Person], { description: '现任专班成员 Current members' })
  async members(@Root() tf: StarTaskForce, @Ctx() ctx: Context) {
    const positions = await ctx.loaders.activeTaskForcePositions.load(tf.id);
    const people = await ctx.loaders.person.loadMany(
      positions.filter((p: Position) => p.role === PositionRole.TASK_FORCE_MEMBER).map((p) => p.person.id),
    );
    return people.filter((x): x is Person => x instanceof Person);
  }
}

@Resolver(() => ContactPoint)
export class ContactPointResolver {
  @Authorized()
  @Query(() => ContactPointPage, { description: '县级领导联系点列表 Contact points in your scope' })
  contactPoints(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => ContactPointFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: ContactPointFilterInput,
  ) {
    return ctx.services.districts.listContactPoints(principal, toContactPointFilter(filter), args);
  }

  @Authorized()
  @Query(() => ContactPoint, { description: '联系点 One contact point' })
  contactPoint(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.districts.getContactPoint(principal, id);
  }

  @Authorized()
  @Mutation(() => ContactPoint, { description: '新建联系点（区级管理员）Create a contact point (district admins)' })
  createContactPoint(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateContactPointInput, { description: '联系点数据 Contact point data' })
    input: CreateContactPointInput,
  ) {
    return ctx.mutate('createContactPoint', (s) => s.districts.createContactPoint(p, toContactPointCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => ContactPoint, { description: '修改联系点 Update a contact point' })
  updateContactPoint(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateContactPointInput, { description: '修改内容 Changes' }) input: UpdateContactPointInput,
  ) {
    const { version, ...rest } = input;
    return ctx.mutate('updateContactPoint', (s) => s.districts.updateContactPoint(p, id, rest, version ?? undefined), {
      record: { entity: ContactPoint, id, version },
    });
  }

  @FieldResolver(() => ID, { description: '县级领导标识 Leader id' })
  leaderId(@Root() c: ContactPoint) {
    return c.leader.id;
  }

  @FieldResolver(() => Person, { description: '县级领导 County-level leader' })
  leader(@Root() c: ContactPoint, @Ctx() ctx: Context) {
    return ctx.loaders.person.load(c.leader.id);
  }

  @FieldResolver(() => ID, { description: '联系单元标识 Unit id' })
  unitId(@Root() c: ContactPoint) {
    return c.unit.id;
  }

  @FieldResolver(() => Unit, { description: '联系单元 Township-level unit or branch' })
  unit(@Root() c: ContactPoint, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(c.unit.id);
  }
}
