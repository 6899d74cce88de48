import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import { Department, BranchCategory, StarType } from '../org/public';
import { KeyTask } from './key-task.entity';
import {
  CreateKeyTaskInput,
  CreateStarTypeInput,
  KeyTaskFilterInput,
  UpdateKeyTaskInput,
  UpdateStarTypeInput,
  toKeyTaskChanges,
  toKeyTaskData,
  toKeyTaskFilter,
} from './stars.inputs';

export const KeyTaskPage = PageType(KeyTask, 'KeyTaskPage', '重点任务分页 A page of key tasks');

@Resolver(() => StarType)
export class StarTypeResolver {
  @Authorized()
  @Query(() => [StarType], { description: '星类型（按顺序）The star types, in order' })
  starTypes(
    @Ctx() ctx: Context,
    @Arg('category', () => BranchCategory, {
      nullable: true,
      description: '只看适用于该类别的 Only those for this category',
    })
    category?: BranchCategory,
  ) {
    return ctx.services.catalog.starTypes(category);
  }

  @Authorized()
  @Query(() => StarType, { description: '星类型 One star type' })
  starType(@Ctx() ctx: Context, @Arg('code', () => String, { description: '编码 Code' }) code: string) {
    return ctx.services.catalog.starType(code);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => StarType, { description: '新建星类型（区级管理员）Create a star type (district admins)' })
  createStarType(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateStarTypeInput, { description: '星类型数据 Star type data' }) input: CreateStarTypeInput,
  ) {
    return ctx.mutate('createStarType', (s) => s.catalog.createStarType(p, input), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => StarType, { description: '修改星类型（区级管理员）Update a star type (district admins)' })
  updateStarType(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('code', () => String, { description: '编码 Code' }) code: string,
    @Arg('input', () => UpdateStarTypeInput, { description: '修改内容 Changes' }) input: UpdateStarTypeInput,
  ) {
    const { version, ...rest } = input;
    return ctx.mutate('updateStarType', (s) => s.catalog.updateStarType(p, code, rest, version ?? undefined), {
      record: { entity: StarType, id: code, version },
    });
  }

  @FieldResolver(() => ID, { description: '标识（同编码，供管理后台使用）Id, equal to the code' })
  id(@Root() s: StarType) {
    return s.code;
  }
}

@Resolver(() => KeyTask)
export class KeyTaskResolver {
  @Authorized()
  @Query(() => KeyTaskPage, { description: '重点任务目录 Key task catalog' })
  keyTasks(
    @Ctx() ctx: Context,
    @Args() args: ListArgs,
    @Arg('filter', () => KeyTaskFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: KeyTaskFilterInput,
  ) {
    return ctx.services.catalog.listKeyTasks(toKeyTaskFilter(filter), args);
  }

  @Authorized()
  @Query(() => KeyTask, { description: '重点任务 One key task' })
  keyTask(@Ctx() ctx: Context, @IdArg() id: number) {
    return ctx.services.catalog.getKeyTask(id);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => KeyTask, { description: '新建重点任务（区级管理员）Create a key task (district admins)' })
  createKeyTask(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateKeyTaskInput, { description: '任务数据 Task data' }) input: CreateKeyTaskInput,
  ) {
    return ctx.mutate('createKeyTask', (s) => s.catalog.createKeyTask(p, toKeyTaskData(input)), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => KeyTask, { description: '修改重点任务（区级管理员）Update a key task (district admins)' })
  updateKeyTask(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('id', () => ID, { description: '标识 Id' }) id: string,
    @Arg('input', () => UpdateKeyTaskInput, { description: '修改内容 Changes' }) input: UpdateKeyTaskInput,
  ) {
    const { version } = input;
    return ctx.mutate(
      'updateKeyTask',
      (s) => s.catalog.updateKeyTask(p, parseId(id), toKeyTaskChanges(input), version ?? undefined),
      { record: { entity: KeyTask, id: parseId(id), version } },
    );
  }

  @FieldResolver(() => String, { description: '星类型编码 Star code' })
  starCode(@Root() k: KeyTask) {
    return k.starType.code;
  }

  @FieldResolver(() => StarType, { description: '星类型 Star type' })
  starType(@Root() k: KeyTask, @Ctx() ctx: Context) {
    return ctx.loaders.starType.load(k.starType.code);
  }

  @FieldResolver(() => ID, { nullable: true, description: '牵头部门标识 Lead department id' })
  leadDepartmentId(@Root() k: KeyTask) {
    return k.leadDepartment?.id ?? null;
  }

  @FieldResolver(() => Department, { nullable: true, description: '牵头部门 Lead department' })
  leadDepartment(@Root() k: KeyTask, @Ctx() ctx: Context) {
    return k.leadDepartment ? ctx.loaders.department.load(k.leadDepartment.id) : null;
  }
}
