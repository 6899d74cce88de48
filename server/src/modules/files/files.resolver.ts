import { Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';

@ObjectType({ description: '上传限制 What POST /files accepts' })
export class UploadLimits {
  @Field(() => Int, { description: '单个文件最大字节数（FILE_MAX_MB）The largest file accepted, in bytes' })
  maxFileBytes!: number;

  @Field(() => Float, { description: '同上，以 MB 计 The same in MB' })
  maxFileMb!: number;
}

@Resolver()
export class FilesResolver {
  /** Clients check a file's size before sending it (an upload over the limit is refused with 413 FILE.TOO_LARGE). */
  @Authorized()
  @Query(() => UploadLimits, {
    description: '上传限制：上传前先检查文件大小 Upload limits, to check a file before sending it',
  })
  uploadLimits(@Ctx() ctx: Context): UploadLimits {
    return Object.assign(new UploadLimits(), ctx.services.uploadLimits());
  }
}
