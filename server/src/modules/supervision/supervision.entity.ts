import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique, Opt, Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../auth/public';
import { Person, Unit } from '../org/public';
import { KeyTask } from '../stars/public';
import { FindingSeverity, RectificationAction, RectificationStatus, SpotCheckStatus } from './supervision.enums';

/** Where an audit entry about a record belongs, and the confidential record whose visibility it follows. */
export interface AuditPlacement {
  scopePath: string | null;
  visibilityRef: string | null;
}

/** 督导组: a leader and members (users with the SUPERVISOR role), working in one unit subtree on some stars. */
@ObjectType({ description: '督导组 Supervision team' })
@Entity({ tableName: 'supervision_team' })
export class SupervisionTeam extends BaseEntity {
  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  /** Root of the team's scope (usually the district). */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  scopeUnit!: Rel<Unit>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  leader!: Rel<User>;

  @Field(() => [String], { description: '负责的星类型（空为全部）Star codes the team covers (empty: all)' })
  @Property({ type: 'text[]', default: '{}' })
  starCodes: Opt<string[]> = [];

  @Field(() => Boolean, { description: '启用 Active' })
  @Property({ default: true })
  active: Opt<boolean> = true;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.scopeUnit?.path ?? null, visibilityRef: null };
  }
}

/** A member of a team (the leader is a member too). */
@Entity({ tableName: 'supervision_team_member' })
@Unique({ properties: ['team', 'user'] })
export class SupervisionTeamMember {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => SupervisionTeam, { deleteRule: 'cascade', index: true })
  team!: Rel<SupervisionTeam>;

  @ManyToOne(() => User, { deleteRule: 'restrict', index: true })
  user!: Rel<User>;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.team?.scopeUnit?.path ?? null, visibilityRef: null };
  }
}

/** 四不两直暗访: secret until completed (see spotCheckWhere in confidentiality.ts). */
@ObjectType({
  description: '“四不两直”暗访 Spot check (no notice, no tip-off, no briefing, no escort; straight to the site)',
})
// Statistics count completed checks of a unit by completion time.
@Index({
  name: 'spot_check_target_completed_idx',
  expression: `create index "spot_check_target_completed_idx" on "spot_check" ("target_unit_id", "completed_at") where status = 'COMPLETED'`,
})
@Entity({ tableName: 'spot_check' })
@Index({ properties: ['targetUnit', 'status'] })
export class SpotCheck extends BaseEntity {
  @ManyToOne(() => SupervisionTeam, { deleteRule: 'restrict', index: true })
  team!: Rel<SupervisionTeam>;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  targetUnit!: Rel<Unit>;

  @Field(() => SpotCheckStatus, { description: '状态 State' })
  @Enum({ items: () => SpotCheckStatus, default: SpotCheckStatus.PLANNED })
  status: Opt<SpotCheckStatus> = SpotCheckStatus.PLANNED;

  @Field({ description: '计划日期 Planned date (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  plannedFor!: string;

  @Field(() => [Int], { description: '检查的重点任务 Key task ids to check' })
  @Property({ type: new ArrayType((i: string) => Number(i)), columnType: 'integer[]', default: '{}' })
  keyTaskIds: Opt<number[]> = [];

  @Field(() => [String], { description: '检查的星类型 Star codes to check' })
  @Property({ type: 'text[]', default: '{}' })
  starCodes: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: '备注 Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'integer' })
  plannedById!: number;

  @Field(() => Date, { nullable: true, description: '开始时间 Started at' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '检查地点 Location' })
  @Property({ type: 'string', length: 200, nullable: true })
  location: string | null = null;

  @Field(() => Date, { nullable: true, description: '完成时间 Completed at' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '检查小结 Summary' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Field(() => Boolean, { description: '已确认按“四不两直”方式开展 The team attested the four-no, two-direct method' })
  @Property({ default: false })
  methodAttested: Opt<boolean> = false;

  @Field(() => Float, {
    nullable: true,
    description: '总评分（各重点任务得分平均）Overall score: mean of the per-key-task scores',
  })
  @Property({ type: 'double', nullable: true })
  overallScore: number | null = null;

  @Property({ type: 'integer', nullable: true })
  completedById: number | null = null;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.targetUnit?.path ?? null, visibilityRef: this.id ? `SpotCheck:${this.id}` : null };
  }
}

/** The score a team gave one key task in a spot check (0–100). */
@ObjectType({ description: '重点任务得分 Score of one key task in a spot check' })
@Entity({ tableName: 'spot_check_score' })
@Unique({ properties: ['spotCheck', 'keyTask'] })
export class SpotCheckScore extends BaseEntity {
  @ManyToOne(() => SpotCheck, { deleteRule: 'restrict' })
  spotCheck!: Rel<SpotCheck>;

  @ManyToOne(() => KeyTask, { deleteRule: 'restrict' })
  keyTask!: Rel<KeyTask>;

  @Field(() => Float, { description: '得分 0–100 Score' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => String, { nullable: true, description: '评语 Comment' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.spotCheck?.targetUnit?.path ?? null, visibilityRef: `SpotCheck:${this.spotCheck.id}` };
  }
}

/** 问题: recorded on site, linked to a key task and star, claimed by a local official. */
@ObjectType({ description: '问题 Finding of a spot check' })
@Entity({ tableName: 'finding' })
export class Finding extends BaseEntity {
  @ManyToOne(() => SpotCheck, { deleteRule: 'restrict', index: true })
  spotCheck!: Rel<SpotCheck>;

  @ManyToOne(() => KeyTask, { nullable: true, deleteRule: 'restrict' })
  keyTask: Rel<KeyTask> | null = null;

  @Field(() => String, { nullable: true, description: '星类型编码 Star code' })
  @Property({ type: 'string', length: 40, nullable: true })
  starCode: string | null = null;

  @Field(() => FindingSeverity, { description: '严重程度 Severity' })
  @Enum({ items: () => FindingSeverity })
  severity!: FindingSeverity;

  @Field({ description: '问题描述 Description' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  claimedBy: Rel<Person> | null = null;

  @Field(() => Date, { description: '记录时间 Recorded at' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'integer' })
  recordedById!: number;

  @Field(() => Date, { nullable: true, description: '最近更正时间 Last corrected at' })
  @Property({ type: 'timestamptz', nullable: true })
  correctedAt: Date | null = null;

  /** Withdrawn findings stay (visible as withdrawn) but count nowhere and get no rectification. */
  @Field(() => Date, { nullable: true, description: '撤回时间 Withdrawn at' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '撤回原因 Why it was withdrawn' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Field(() => String, { nullable: true, description: '撤回人 Withdrawn by (display name)' })
  @Property({ type: 'string', length: 60, nullable: true })
  withdrawnByName: string | null = null;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.spotCheck?.targetUnit?.path ?? null, visibilityRef: `SpotCheck:${this.spotCheck.id}` };
  }
}

/** 整改: one per finding; nothing is deleted, closure is a state. */
@ObjectType({ description: '整改 Rectification of a finding' })
@Index({ name: 'rectification_unit_created_idx', properties: ['responsibleUnit', 'createdAt'] })
@Entity({ tableName: 'rectification' })
@Index({ properties: ['status', 'deadline'] })
export class Rectification extends BaseEntity {
  @ManyToOne(() => Finding, { deleteRule: 'restrict', unique: true })
  finding!: Rel<Finding>;

  /** Denormalized from the finding, for scoping and ranking queries. */
  @ManyToOne(() => SpotCheck, { deleteRule: 'restrict', index: true })
  spotCheck!: Rel<SpotCheck>;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  responsibleUnit!: Rel<Unit>;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  responsiblePerson: Rel<Person> | null = null;

  @Field({ description: '整改措施 Measures' })
  @Property({ type: 'text' })
  measures!: string;

  @Field({ description: '整改期限 Deadline (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => RectificationStatus, { description: '状态 State' })
  @Enum({ items: () => RectificationStatus, default: RectificationStatus.ASSIGNED })
  status: Opt<RectificationStatus> = RectificationStatus.ASSIGNED;

  @Field(() => Int, { description: '退回次数 Times rejected and reopened' })
  @Property({ default: 0 })
  reopenCount: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: '最近一次提交说明 Latest submission note' })
  @Property({ type: 'text', nullable: true })
  submissionNote: string | null = null;

  @Field(() => Date, { nullable: true, description: '最近提交时间 Last submitted at' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '销号时间 Closed at' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  auditPlacement(): AuditPlacement {
    return { scopePath: this.responsibleUnit?.path ?? null, visibilityRef: `SpotCheck:${this.spotCheck.id}` };
  }
}

/** Every transition of a rectification: who, when, what, with the comment. */
@ObjectType({ description: '整改流转记录 One step of a rectification (who, when, comment)' })
@Entity({ tableName: 'rectification_event' })
export class RectificationEvent {
  @Field(() => Int, { description: '标识 Id' })
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => Rectification, { deleteRule: 'restrict', index: true })
  rectification!: Rel<Rectification>;

  @Field(() => RectificationAction, { description: '动作 Action' })
  @Enum({ items: () => RectificationAction })
  action!: RectificationAction;

  @Field(() => RectificationStatus, { nullable: true, description: '原状态 From state' })
  @Enum({ items: () => RectificationStatus, nullable: true })
  fromStatus: RectificationStatus | null = null;

  @Field(() => RectificationStatus, { description: '新状态 To state' })
  @Enum({ items: () => RectificationStatus })
  toStatus!: RectificationStatus;

  @Property({ type: 'integer' })
  userId!: number;

  @Field({ description: '操作人 By (display name)' })
  @Property({ length: 60 })
  byName!: string;

  @Field(() => Date, { description: '时间 At' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '说明 Comment or note' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  auditPlacement(): AuditPlacement {
    return {
      scopePath: this.rectification?.responsibleUnit?.path ?? null,
      visibilityRef: `SpotCheck:${this.rectification.spotCheck.id}`,
    };
  }
}
