import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { parseOptionalId } from '../../common/ids';
import type { Principal } from '../../common/principal';
import { UserRole } from '../../common/roles';
import type { Context } from '../../graphql/context';
import { CurrentPrincipal, IdArg, signedIn } from '../../graphql/decorators';
import { ListArgs, PageType } from '../../graphql/pagination';
import { Unit } from '../org/public';
import { CreateWebhookInput, toWebhookCreate, UpdateWebhookInput } from './events.inputs';
import { checkTypes } from './events.service';
import { DomainEvent, EventConnection } from './event.types';
import { hubOf } from './hub';
import { WebhookDelivery } from './webhook-delivery.types';
import { Webhook } from './webhook.entity';

const TYPES_DESCRIPTION =
  '事件类型（可用 rectification.* ）Event types to include (rectification.closed, spotCheck.*); absent: all';
const WITHIN_DESCRIPTION = '单元范围（含下级）Only events placed in this unit’s subtree';

@Resolver(() => DomainEvent)
export class EventResolver {
  @Authorized()
  @Query(() => EventConnection, {
    description:
      '事件流：按提交顺序、游标分页，只含您此刻有权读取的对象 The event feed: in commit order, paged by cursor, only what you may read now',
  })
  events(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('first', () => Int, { defaultValue: 25, description: '条数 1–100 How many (1 to 100)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 Cursor (endCursor of the previous page)' })
    after: string | null,
    @Arg('types', () => [String], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg('withinId', () => ID, { nullable: true, description: WITHIN_DESCRIPTION }) withinId: string | null,
  ) {
    return ctx.services.events.list(p, { first, after, types, withinId: parseOptionalId(withinId, 'withinId') });
  }

  @Authorized()
  @Subscription(() => DomainEvent, {
    description:
      '新事件（WebSocket，graphql-ws）Events as they are committed, over WebSocket (graphql-ws), each read under your scope',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const p = signedIn(ctx);
      const types = checkTypes(args.types as string[] | null);
      const withinPath = await ctx.services.events.withinPath(
        p,
        parseOptionalId(args.withinId as string | null, 'withinId'),
      );
      const hub = hubOf(ctx.services.deps);
      if (!hub) throw new Error('event subscriptions are not running in this process');
      return hub.subscribe(p, types, withinPath);
    },
  })
  eventAdded(
    @Root() event: DomainEvent,
    @Arg('types', () => [String], { nullable: true, description: TYPES_DESCRIPTION }) _types: string[] | null,
    @Arg('withinId', () => ID, { nullable: true, description: WITHIN_DESCRIPTION }) _withinId: string | null,
  ): DomainEvent {
    return event;
  }
}

export const WebhookPage = PageType(Webhook, 'WebhookPage', '数据推送分页 A page of webhooks');
export const WebhookDeliveryPage = PageType(
  WebhookDelivery,
  'WebhookDeliveryPage',
  '推送记录分页 A page of deliveries',
);

@ObjectType({ description: '数据推送及其密钥：密钥只显示这一次 A webhook and its signing secret, shown this once' })
export class WebhookWithSecret {
  @Field({ description: '签名密钥（whsec_…，之后无法再次查看）Signing secret (whsec_…); it cannot be shown again' })
  secret!: string;
  @Field(() => Webhook, { description: '数据推送 The webhook' }) webhook!: Webhook;
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => WebhookPage, { description: '数据推送列表（区级管理员）Webhooks of your subtree (district admins)' })
  webhooks(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @Args() args: ListArgs) {
    return ctx.services.webhooks.list(p, args);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => Webhook, { description: '数据推送 One webhook' })
  webhook(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.webhooks.get(p, id);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Query(() => WebhookDeliveryPage, {
    description: '推送记录（每次尝试：状态、耗时、应答）Deliveries of a webhook, each with its attempts',
  })
  webhookDeliveries(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('webhookId', '数据推送 Webhook') webhookId: number,
    @Args() args: ListArgs,
  ) {
    return ctx.services.webhooks.deliveries(p, webhookId, args);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => WebhookWithSecret, {
    description:
      '新建数据推送：按接口令牌的范围读取事件 Create a webhook; it reads events as an API token scoped to withinId',
  })
  async createWebhook(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateWebhookInput, { description: '推送数据 Webhook data' }) input: CreateWebhookInput,
  ): Promise<WebhookWithSecret> {
    const r = await ctx.mutate('createWebhook', (s) => s.webhooks.create(p, toWebhookCreate(input)));
    return Object.assign(new WebhookWithSecret(), r);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => Webhook, { description: '修改、停用或重新启用数据推送 Change, disable or re-enable a webhook' })
  updateWebhook(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateWebhookInput, { description: '修改内容 Changes' }) input: UpdateWebhookInput,
  ) {
    return ctx.mutate('updateWebhook', (s) => s.webhooks.update(p, id, input));
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => WebhookWithSecret, {
    description: '更换签名密钥：旧密钥在轮换期内同时签名 Rotate the secret; the old one still signs during the window',
  })
  async rotateWebhookSecret(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    const r = await ctx.mutate('rotateWebhookSecret', (s) => s.webhooks.rotateSecret(p, id));
    return Object.assign(new WebhookWithSecret(), r);
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => Webhook, { description: '删除数据推送（及其推送记录）Delete a webhook and its deliveries' })
  deleteWebhook(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.mutate('deleteWebhook', (s) => s.webhooks.remove(p, id));
  }

  @Authorized(UserRole.DISTRICT_ADMIN)
  @Mutation(() => WebhookDelivery, {
    description: '重新推送（同一 webhook-id）Send a delivery again, with the same webhook-id',
  })
  redeliver(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('deliveryId', () => ID, { description: '推送记录 Delivery id' }) deliveryId: string,
  ) {
    return ctx.mutate('redeliver', (s) => s.webhooks.redeliver(p, deliveryId));
  }

  @FieldResolver(() => Unit, { description: '单元范围 Unit whose subtree’s events it receives' })
  scopeUnit(@Root() w: Webhook, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(w.scopeUnit.id);
  }
}
