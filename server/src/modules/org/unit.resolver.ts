import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { itemFields, ListArgs, PageType, wantsTotal } from '../../graphql/pagination';
import {
  CreateUnitInput,
  toUnitCreate,
  toUnitFilter,
  toUnitUpdate,
  UnitFilterInput,
  UpdateUnitInput,
} from './org.inputs';
import { UnitLevel } from './org.enums';
import { Unit } from './unit.entity';
import { prefetched, type UnitFilter } from './unit.service';

export const UnitPage = PageType(Unit, 'UnitPage', '单元分页 A page of units');

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitPage, { description: '单元列表（仅本人权限范围内）Units in your part of the tree' })
  units(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => UnitFilterInput, { nullable: true, description: '筛选 Filter' })
    filter: UnitFilterInput | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.page(ctx, principal, toUnitFilter(filter), args, info);
  }

  /** A list page that fetches, in its own statement, the township and stars its rows are asked for. */
  private async page(ctx: Context, principal: Principal, filter: UnitFilter, args: ListArgs, info: GraphQLResolveInfo) {
    const fields = itemFields(info);
    const page = await ctx.services.units.list(principal, filter, args, wantsTotal(info), {
      township: fields.has('township'),
      heldStars: fields.has('starLevel') || fields.has('heldStars') || fields.has('stars'),
    });
    for (const [id, township] of page.townships ?? [])
      ctx.loaders.ancestorAt.prime(`${id}:${UnitLevel.TOWNSHIP}`, township);
    for (const [id, held] of page.heldStars ?? []) ctx.loaders.heldStars.prime(id, held);
    return page;
  }

  @Authorized()
  @Query(() => Unit, { description: '单元 One unit (NOT_FOUND outside your scope)' })
  unit(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.units.get(principal, id);
  }

  @Authorized()
  @Query(() => UnitPage, { description: '支部列表（村/社区党组织）Branches (units at BRANCH level) in your scope' })
  branches(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => UnitFilterInput, { nullable: true, description: '筛选 Filter (level is always BRANCH)' })
    filter: UnitFilterInput | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.page(ctx, principal, { ...toUnitFilter(filter), level: UnitLevel.BRANCH }, args, info);
  }

  @Authorized()
  @Query(() => Unit, { description: '支部 One branch (NOT_FOUND when the id is not a branch in your scope)' })
  branch(@Ctx() ctx: Context, @CurrentPrincipal() principal: Principal, @IdArg() id: number) {
    return ctx.services.units.get(principal, id, UnitLevel.BRANCH);
  }

  @Authorized()
  @Mutation(() => Unit, {
    description: '新建单元 Create a unit (district admins; township staff for branches of their township)',
  })
  createUnit(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateUnitInput, { description: '单元数据 Unit data' }) input: CreateUnitInput,
  ) {
    return ctx.mutate('createUnit', (s) => s.units.create(p, toUnitCreate(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Unit, {
    description:
      '修改单元；修改上级即移动整个下级子树 Update a unit; a new parent moves its subtree (never under itself)',
  })
  updateUnit(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateUnitInput, { description: '修改内容 Changes' }) input: UpdateUnitInput,
  ) {
    const { version } = input;
    return ctx.mutate('updateUnit', (s) => s.units.update(p, id, toUnitUpdate(input), version ?? undefined), {
      record: { entity: Unit, id, version },
    });
  }

  @FieldResolver(() => ID, { nullable: true, description: '上级单元标识 Parent id' })
  parentId(@Root() unit: Unit) {
    return unit.parent?.id ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: '上级单元 Parent unit' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    return unit.parent ? ctx.loaders.unit.load(unit.parent.id) : null;
  }

  @FieldResolver(() => [Unit], { description: '直属下级单元 Child units' })
  children(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.children.load(unit.id);
  }

  @FieldResolver(() => Int, { description: '直属下级单元数 Number of child units' })
  childCount(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.childCount.load(unit.id);
  }

  @FieldResolver(() => [Unit], { description: '上级单元链（从根到上级）Ancestors from the root down to the parent' })
  async ancestors(@Root() unit: Unit, @Ctx() ctx: Context) {
    const ids = unit.pathIds().slice(0, -1);
    return (await ctx.loaders.unit.loadMany(ids)).filter((u): u is Unit => u instanceof Unit);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: '所属乡镇（街道）Township-level unit above (or this unit)',
  })
  township(@Root() unit: Unit, @Ctx() ctx: Context) {
    return this.ancestorAt(unit, ctx, UnitLevel.TOWNSHIP);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '所属区县 District above (or this unit)' })
  district(@Root() unit: Unit, @Ctx() ctx: Context) {
    return this.ancestorAt(unit, ctx, UnitLevel.DISTRICT);
  }

  private ancestorAt(unit: Unit, ctx: Context, level: UnitLevel): Unit | null | Promise<Unit | null> {
    if (unit.level === level) return unit;
    if (level === UnitLevel.TOWNSHIP) {
      const township = prefetched.township.get(unit);
      if (township !== undefined) return township;
    }
    return ctx.loaders.ancestorAt.load(`${unit.id}:${level}`);
  }
}
