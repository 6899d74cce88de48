import { Entity, Enum, Index, ManyToOne, Opt, Property, Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person, Unit } from '../org/public';
import { CommunityActivityKind, CommunityMemberKind } from './residents.enums';

interface AuditPlacement {
  scopePath: string | null;
  visibilityRef: string | null;
}

/** 党员志愿者 or 廉情监督员 on a community's register; `person` when they are on the members' register. */
@ObjectType({ description: '党员志愿者、廉情监督员 A party volunteer or integrity supervisor of a community' })
@Entity({ tableName: 'community_member' })
@Index({ properties: ['unit', 'kind'] })
export class CommunityMember extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field(() => CommunityMemberKind, { description: '名册 Register' })
  @Enum({ items: () => CommunityMemberKind })
  kind!: CommunityMemberKind;

  @Field({ description: '姓名 Name' })
  @Property({ length: 40 })
  name!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict', index: true })
  person: Rel<Person> | null = null;

  @Field(() => String, { nullable: true, description: '服务领域或说明 Field of service, note' })
  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;

  @Field(() => String, { description: '加入日期 Joined on' })
  @Property({ type: 'date' })
  joinedOn!: string;

  @Field(() => Boolean, { description: '在册 Active' })
  @Property({ default: true })
  active: Opt<boolean> = true;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}

/** An activity of a community's volunteers or supervisors. */
@ObjectType({ description: '志愿服务与监督活动 A community activity' })
@Entity({ tableName: 'community_activity' })
@Index({ properties: ['unit', 'heldOn'] })
export class CommunityActivity extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Rel<Unit>;

  @Field({ description: '日期 Held on' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => CommunityActivityKind, { description: '类别 Kind' })
  @Enum({ items: () => CommunityActivityKind })
  kind!: CommunityActivityKind;

  @Field({ description: '名称 Title' })
  @Property({ length: 100 })
  title!: string;

  @Field(() => Int, { description: '参与人数 Participants' })
  @Property({ type: 'integer' })
  participants!: number;

  @Field(() => Int, { description: '服务居民人数 Residents reached' })
  @Property({ type: 'integer' })
  residentsReached!: number;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}

/** 微权说廉: a public official's integrity pledge, shown on the community's public page. */
@ObjectType({ description: '微权说廉承诺 An official’s integrity pledge (public)' })
@Entity({ tableName: 'community_pledge' })
export class CommunityPledge extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field({ description: '姓名 Official’s name' })
  @Property({ length: 40 })
  officialName!: string;

  @Field({ description: '职务 Post' })
  @Property({ length: 60 })
  post!: string;

  @Field({ description: '承诺内容 Pledge' })
  @Property({ type: 'text' })
  pledge!: string;

  @Field({ description: '承诺日期 Signed on' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => Boolean, { description: '公开 Published' })
  @Property({ default: true })
  published: Opt<boolean> = true;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.unit?.path ?? null, visibilityRef: null };
  }
}
