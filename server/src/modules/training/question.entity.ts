import { Entity, Enum, ManyToOne, OptionalProps, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { PositionRole, Unit } from '../org/public';
import { QuestionKind } from './training.enums';

/**
 * A question of the bank (应知应会题库). Its wording and key live in versions: an edit of a question
 * some attempt has used makes a new version, so past attempts keep the one they were asked.
 * `answer` is option indexes for choice kinds (true/false: 0 = 正确, 1 = 错误) or accepted texts
 * for fill-in; it is never a GraphQL field of its own (organizers read it through a resolver).
 */
@ObjectType({ description: '试题 Question of the bank' })
@Entity({ tableName: 'question' })
export class Question extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  ownerUnit!: Rel<Unit>;

  @Field(() => QuestionKind, { description: '题型 Kind' })
  @Enum({ items: () => QuestionKind })
  kind!: QuestionKind;

  @Field({ description: '题干 Stem' })
  @Property({ type: 'text' })
  stem!: string;

  @Field(() => [String], { description: '选项（原始顺序）Options in their stored order' })
  @Property({ type: 'jsonb', default: '[]' })
  options: Opt<string[]> = [];

  @Property({ type: 'jsonb' })
  answer!: (number | string)[];

  @Field(() => String, { nullable: true, description: '所属星 Star code' })
  @Property({ type: 'string', length: 40, nullable: true })
  starCode: string | null = null;

  @Field(() => String, { nullable: true, description: '重点任务编码 Key task code' })
  @Property({ type: 'string', length: 40, nullable: true })
  keyTaskCode: string | null = null;

  @Field(() => PositionRole, { nullable: true, description: '适用对象 Audience (position role)' })
  @Enum({ items: () => PositionRole, nullable: true })
  audience: PositionRole | null = null;

  @Field(() => Int, { description: '难度 1 易 2 中 3 难 Difficulty' })
  @Property({ type: 'smallint' })
  difficulty!: number;

  @Field(() => Int, { description: '当前版本号 Current version number' })
  @Property({ default: 1 })
  currentVersion: Opt<number> = 1;

  @Field(() => Boolean, { description: '启用（停用的不再组卷）Active: inactive ones are no longer drawn' })
  @Property({ default: true })
  active: Opt<boolean> = true;

  @Field(() => Boolean, { description: '示例数据 Sample data' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;

  auditPlacement() {
    return { scopePath: this.ownerUnit?.path ?? null, visibilityRef: null };
  }
}

/** The wording and key a question had from a version on: what an attempt item points at. */
@Entity({ tableName: 'question_version' })
@Unique({ properties: ['question', 'versionNo'] })
export class QuestionVersion {
  [OptionalProps]?: 'createdAt';

  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => Question, { deleteRule: 'cascade' })
  question!: Rel<Question>;

  @Property({ type: 'integer' })
  versionNo!: number;

  @Enum({ items: () => QuestionKind })
  kind!: QuestionKind;

  @Property({ type: 'text' })
  stem!: string;

  @Property({ type: 'jsonb' })
  options!: string[];

  @Property({ type: 'jsonb' })
  answer!: (number | string)[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  auditPlacement() {
    return { scopePath: this.question?.ownerUnit?.path ?? null, visibilityRef: null };
  }
}
