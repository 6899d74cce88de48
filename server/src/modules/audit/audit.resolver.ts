import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CurrentPrincipal } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { UserRole } from '../../common/roles';
import { AuditEntry } from './audit.entity';
import { AuditFilterInput, toAuditFilter } from './audit.inputs';

export const AuditEntryPage = PageType(AuditEntry, 'AuditEntryPage', '审计记录分页 A page of audit entries');

@ObjectType({ description: '审计链末端 The newest entry of one audit chain' })
export class AuditChainHead {
  @Field({ description: '审计链 The chain: "" shared, "district:<id>" a district\'s' }) chain!: string;
  @Field(() => ID, { description: '最新记录 Its newest entry' }) id!: string;
  @Field({ description: "哈希 That entry's hash" }) hash!: string;
}

@ObjectType({ description: '审计链校验结果 Result of re-computing the audit hash chain' })
export class AuditChainVerification {
  @Field({ description: '完整无篡改 The chain is intact' }) valid!: boolean;
  @Field(() => Int, { description: '已校验条数 Entries checked before the first mismatch (all when valid)' })
  checked!: number;
  @Field(() => Int, {
    description: '审计链数 Chains the checked entries belong to (the shared one and one per district written in)',
  })
  chains!: number;
  @Field(() => [AuditChainHead], {
    description:
      "各链最新记录 Each chain's newest entry checked: keep a copy of these hashes elsewhere (they prove nothing was cut off the end)",
  })
  heads!: AuditChainHead[];
  @Field(() => ID, { nullable: true, description: '第一条不一致的记录 First entry that does not match' })
  firstInvalidId!: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => AuditEntryPage, {
    description: '审计记录查询（区级管理员，本辖区）Search the audit trail of your subtree (district admins)',
  })
  auditEntries(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: '筛选 Filter' }) filter?: AuditFilterInput,
  ) {
    return ctx.services.audit.search(principal, toAuditFilter(filter), args);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => AuditChainVerification, {
    description: '校验审计链：重新计算每条记录的哈希 Verify the audit trail by recomputing every hash',
  })
  async verifyAuditChain(
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditChainVerification> {
    return Object.assign(new AuditChainVerification(), await ctx.services.audit.verify(principal));
  }
}

/** Per request: the confidential records whose entries the principal may see (computed once). */
const visibleRefsOf = new WeakMap<object, Promise<Set<string>>>();
function visibleRefs(ctx: Context, p: Principal): Promise<Set<string>> {
  let refs = visibleRefsOf.get(ctx);
  if (!refs) {
    refs = ctx.services.audit.visibleRefs(p).then((r) => new Set(r));
    visibleRefsOf.set(ctx, refs);
  }
  return refs;
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '对象名称（如支部名、人员姓名；已删除或无名称时为空；保密对象仅对可见者显示）Name of the target (empty when gone or nameless; a confidential target only for who may see it)',
  })
  async targetLabel(
    @Root() e: AuditEntry,
    @Ctx() ctx: Context,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string | null> {
    if (!e.targetId) return null;
    if (e.visibilityRef && !(await visibleRefs(ctx, principal)).has(e.visibilityRef)) return null;
    return ctx.loaders.auditRecordLabel.load(`${e.targetType}:${e.targetId}`);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '操作人姓名 Display name of the acting user (empty for anonymous sign-in attempts)',
  })
  actorName(@Root() e: AuditEntry, @Ctx() ctx: Context): Promise<string | null> | null {
    return e.userId ? ctx.loaders.auditRecordLabel.load(`User:${e.userId}`) : null;
  }
}
