import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { shanghaiDate } from '../../common/dates';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { StarType } from './star-type.entity';
import { Department } from './department.entity';
import {
  CreatePersonInput,
  CreatePositionInput,
  CreateStarOwnerInput,
  PersonFilterInput,
  PositionFilterInput,
  StarOwnerFilterInput,
  toPersonCreate,
  toPersonFilter,
  toPersonUpdate,
  toPositionCreate,
  toPositionFilter,
  toPositionUpdate,
  toStarOwnerCreate,
  toStarOwnerFilter,
  UpdatePersonInput,
  UpdatePositionInput,
  UpdateStarOwnerInput,
} from './org.inputs';
import { Person } from './person.entity';
import { Position } from './position.entity';
import { StarOwner } from './star-owner.entity';
import { StarTaskForce } from './task-force.entity';
import { Unit } from './unit.entity';

export const PersonPage = PageType(Person, 'PersonPage', '人员分页 A page of people');
export const PositionPage = PageType(Position, 'PositionPage', '任职分页 A page of positions');
export const StarOwnerPage = PageType(StarOwner, 'StarOwnerPage', '包星分页 A page of star owners');

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => PersonPage, { description: '人员列表（本人权限范围内）People in your scope' })
  people(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => PersonFilterInput, { nullable: true, description: '筛选 Filter' }) filter?: PersonFilterInput,
  ) {
    return ctx.services.people.listPeople(principal, toPersonFilter(filter), args);
  }

  @Authorized()
  @Query(() => Person, { description: '人员 One person' })
  person(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.people.getPerson(principal, id);
  }

  @Authorized()
  @Mutation(() => Person, { description: '新建人员 Create a person' })
  createPerson(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreatePersonInput, { description: '人员数据 Person data' }) input: CreatePersonInput,
  ) {
    return ctx.mutate('createPerson', (s) => s.people.createPerson(p, toPersonCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Person, { description: '修改人员 Update a person' })
  updatePerson(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdatePersonInput, { description: '修改内容 Changes' }) input: UpdatePersonInput,
  ) {
    const { version } = input;
    return ctx.mutate(
      'updatePerson',
      (s) => s.people.updatePerson(p, id, toPersonUpdate(input), version ?? undefined),
      {
        record: { entity: Person, id, version },
      },
    );
  }

  @FieldResolver(() => ID, { description: '所属单元标识 Unit id' })
  unitId(@Root() person: Person) {
    return person.unit.id;
  }

  @FieldResolver(() => Unit, { description: '所属单元 Unit the person belongs to' })
  unit(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(person.unit.id);
  }

  @FieldResolver(() => [Position], { description: '现任职务 Positions held today' })
  currentPositions(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.activePositionsOfPerson.load(person.id);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @Authorized()
  @Query(() => PositionPage, { description: '任职列表 Positions in your scope' })
  positions(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => PositionFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: PositionFilterInput,
  ) {
    return ctx.services.people.listPositions(principal, toPositionFilter(filter), args);
  }

  @Authorized()
  @Query(() => Position, { description: '任职 One position' })
  position(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.people.getPosition(principal, id);
  }

  @Authorized()
  @Mutation(() => Position, {
    description: '任命（新建任职）Appoint a person to a role; single-holder roles may not overlap in time',
  })
  createPosition(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreatePositionInput, { description: '任职数据 Position data' }) input: CreatePositionInput,
  ) {
    return ctx.mutate('createPosition', (s) => s.people.createPosition(p, toPositionCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Position, {
    description: '修改任职（如填写结束日期以免职）Update a position, e.g. set endDate to end it',
  })
  updatePosition(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdatePositionInput, { description: '修改内容 Changes' }) input: UpdatePositionInput,
  ) {
    const { version } = input;
    return ctx.mutate(
      'updatePosition',
      (s) => s.people.updatePosition(p, id, toPositionUpdate(input), version ?? undefined),
      { record: { entity: Position, id, version } },
    );
  }

  @FieldResolver(() => ID, { description: '人员标识 Person id' })
  personId(@Root() pos: Position) {
    return pos.person.id;
  }

  @FieldResolver(() => Person, { description: '人员 Person' })
  person(@Root() pos: Position, @Ctx() ctx: Context) {
    return ctx.loaders.person.load(pos.person.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: '任职单元标识 Unit id' })
  unitId(@Root() pos: Position) {
    return pos.unit?.id ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: '任职单元 Unit' })
  unit(@Root() pos: Position, @Ctx() ctx: Context) {
    return pos.unit ? ctx.loaders.unit.load(pos.unit.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: '任职部门标识 Department id' })
  departmentId(@Root() pos: Position) {
    return pos.department?.id ?? null;
  }

  @FieldResolver(() => Department, { nullable: true, description: '任职部门 Department' })
  department(@Root() pos: Position, @Ctx() ctx: Context) {
    return pos.department ? ctx.loaders.department.load(pos.department.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: '任职专班标识 Task force id' })
  taskForceId(@Root() pos: Position) {
    return pos.taskForce?.id ?? null;
  }

  @FieldResolver(() => StarTaskForce, { nullable: true, description: '任职专班 Task force' })
  taskForce(@Root() pos: Position, @Ctx() ctx: Context) {
    return pos.taskForce ? ctx.loaders.taskForce.load(pos.taskForce.id) : null;
  }

  @FieldResolver(() => Boolean, { description: '今天在任 Held today (Asia/Shanghai)' })
  active(@Root() pos: Position, @Ctx() ctx: Context) {
    const today = shanghaiDate(ctx.now());
    return pos.startDate <= today && (!pos.endDate || pos.endDate >= today);
  }
}

@Resolver(() => StarOwner)
export class StarOwnerResolver {
  @Authorized()
  @Query(() => StarOwnerPage, { description: '包星责任人列表 Star owners in your scope' })
  starOwners(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => StarOwnerFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: StarOwnerFilterInput,
  ) {
    return ctx.services.people.listStarOwners(principal, toStarOwnerFilter(filter), args);
  }

  @Authorized()
  @Query(() => StarOwner, { description: '包星责任人 One star ownership' })
  starOwner(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.people.getStarOwner(principal, id);
  }

  @Authorized()
  @Mutation(() => StarOwner, { description: '指定包星人 Make a branch committee member own a star at the branch' })
  createStarOwner(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateStarOwnerInput, { description: '包星数据 Star owner data' }) input: CreateStarOwnerInput,
  ) {
    return ctx.mutate('createStarOwner', (s) => s.people.createStarOwner(p, toStarOwnerCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => StarOwner, { description: '修改包星（结束日期）Update a star ownership (end it)' })
  updateStarOwner(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateStarOwnerInput, { description: '修改内容 Changes' }) input: UpdateStarOwnerInput,
  ) {
    return ctx.mutate(
      'updateStarOwner',
      (s) => s.people.updateStarOwner(p, id, { endDate: input.endDate }, input.version ?? undefined),
      { record: { entity: StarOwner, id, version: input.version } },
    );
  }

  @FieldResolver(() => ID, { description: '支部标识 Branch id' })
  branchId(@Root() o: StarOwner) {
    return o.branch.id;
  }

  @FieldResolver(() => Unit, { description: '支部 Branch' })
  branch(@Root() o: StarOwner, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(o.branch.id);
  }

  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() o: StarOwner) {
    return o.starType.code;
  }

  @FieldResolver(() => StarType, { description: '星类型 Star type' })
  starType(@Root() o: StarOwner, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(o.starType.code);
  }

  @FieldResolver(() => ID, { description: '包星人标识 Person id' })
  personId(@Root() o: StarOwner) {
    return o.person.id;
  }

  @FieldResolver(() => Person, { description: '包星人 Person' })
  person(@Root() o: StarOwner, @Ctx() ctx: Context) {
    return ctx.loaders.person.load(o.person.id);
  }
}
