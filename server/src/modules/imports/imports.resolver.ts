import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { ListArgs, PageType } from '../../graphql/pagination';
import { ImportBatch } from './import-batch.entity';

export const ImportBatchPage = PageType(ImportBatch, 'ImportBatchPage', '导入批次分页 A page of import batches');

@Resolver(() => ImportBatch)
export class ImportBatchResolver {
  @Authorized()
  @Query(() => ImportBatchPage, {
    description:
      '导入批次（本辖区内的，及本人的），默认新的在前 Import batches of your subtree and your own, newest first',
  })
  importBatches(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @Args() args: ListArgs) {
    return ctx.services.imports.list(p, args);
  }

  @Authorized()
  @Query(() => ImportBatch, { description: '导入批次及其报告 An import batch and its report' })
  importBatch(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.imports.get(p, id);
  }
}
