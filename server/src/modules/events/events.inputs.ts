import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { parseId } from '../../common/ids';

@InputType({ description: '新建数据推送 New webhook' })
export class CreateWebhookInput {
  @Field({ description: '推送地址 Target URL, http(s); its host must be on WEBHOOK_ALLOWED_HOSTS' })
  @MaxLength(2000)
  url!: string;

  @Field(() => [String], {
    nullable: true,
    description: '事件类型（空为全部）Event types: rectification.closed, spotCheck.* …; empty or absent: all',
  })
  @ArrayMaxSize(50)
  eventTypes?: string[] | null;

  @Field(() => ID, { description: '单元范围（含下级）Unit whose subtree’s events it receives' })
  withinId!: string;
}

export function toWebhookCreate(input: CreateWebhookInput) {
  return { url: input.url, eventTypes: input.eventTypes ?? [], withinId: parseId(input.withinId, 'withinId') };
}

@InputType({ description: '修改数据推送 Change a webhook (absent fields stay)' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: '推送地址 Target URL' })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { nullable: true, description: '事件类型 Event types (empty: all)' })
  @ArrayMaxSize(50)
  eventTypes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '启用 Enabled: false stops deliveries; true re-enables and sends what waited',
  })
  enabled?: boolean | null;
}
