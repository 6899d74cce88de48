import {
  Entity,
  Enum,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Person, PositionRole, Unit } from '../org/public';
import { AttemptStatus, Grading, PaperMode } from './training.enums';

@ObjectType({ description: '组卷规则 Drawing rule: N questions of a star (any when empty) and a difficulty' })
export class PaperRule {
  @Field(() => String, { nullable: true, description: '星（空为不限）Star code, empty for any' })
  starCode!: string | null;
  @Field(() => Int, { nullable: true, description: '难度（空为不限）Difficulty 1–3, empty for any' })
  difficulty!: number | null;
  @Field(() => Int, { description: '题数 Number of questions' }) count!: number;
}

/**
 * 测试场次. The expected takers are not stored: they are the people holding one of `audienceRoles` in
 * the audience units' subtrees on `testDate` (SQL `training_expected`), so a change of positions
 * before the test moves them.
 */
@ObjectType({ description: '测试场次 Test session: paper, window, time limit, pass mark, attempts' })
@Entity({ tableName: 'test_session' })
export class TestSession extends BaseEntity {
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  organizerUnit!: Rel<Unit>;

  @Field({ description: '名称 Title' })
  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'int[]' })
  audienceUnitIds!: number[];

  @Field(() => [PositionRole], { description: '应考职务 Audience: position roles' })
  @Property({ type: 'text[]' })
  audienceRoles!: PositionRole[];

  @Field(() => Date, { description: '开始时间 Opens at' })
  @Property({ type: 'timestamptz' })
  opensAt!: Date;

  @Field(() => Date, { description: '结束时间 Closes at' })
  @Property({ type: 'timestamptz' })
  closesAt!: Date;

  @Field({ description: '测试日期（按该日任职确定应考人员）Test date: positions held that day decide the takers' })
  @Property({ type: 'date', index: true })
  testDate!: string;

  @Field(() => Int, { description: '限时（分钟）Time limit in minutes' })
  @Property({ type: 'smallint' })
  timeLimitMinutes!: number;

  @Field(() => Float, { description: '及格分（百分制）Pass mark, 0–100' })
  @Property({ type: 'real' })
  passMark!: number;

  @Field(() => Int, { description: '允许作答次数 Attempts allowed' })
  @Property({ type: 'smallint', default: 1 })
  attemptsAllowed: Opt<number> = 1;

  @Field(() => Grading, { description: '计分方式 Which attempt counts' })
  @Enum({ items: () => Grading, default: Grading.BEST })
  grading: Opt<Grading> = Grading.BEST;

  @Field(() => PaperMode, { description: '组卷方式 Paper mode' })
  @Enum({ items: () => PaperMode })
  paperMode!: PaperMode;

  @Property({ type: 'int[]', default: '{}' })
  fixedQuestionIds: Opt<number[]> = [];

  @Field(() => [PaperRule], { description: '组卷规则（随机组卷）Drawing rules (RULES mode)' })
  @Property({ type: 'jsonb', default: '[]' })
  rules: Opt<PaperRule[]> = [];

  @Field(() => Boolean, { description: '示例数据 Sample data' })
  @Property({ default: false })
  isSample: Opt<boolean> = false;

  auditPlacement() {
    return { scopePath: this.organizerUnit?.path ?? null, visibilityRef: null };
  }
}

/**
 * One sitting of a taker. `deadline` is fixed by the server at the start (started + limit, capped by
 * the window's close); past it the attempt is over whatever the client says. Paper sittings carry
 * only a score entered by staff.
 */
@ObjectType({ description: '作答 An attempt of a taker (online, or a paper score entered by staff)' })
@Entity({ tableName: 'test_attempt' })
@Unique({ properties: ['session', 'person', 'attemptNo'] })
export class TestAttempt extends BaseEntity {
  @ManyToOne(() => TestSession, { deleteRule: 'cascade', index: true })
  session!: Rel<TestSession>;

  @ManyToOne(() => Person, { deleteRule: 'restrict', index: true })
  person!: Rel<Person>;

  @Property({ type: 'integer', nullable: true })
  userId: number | null = null;

  /** Where the taker was expected (their position's unit): the per-unit figures count here. */
  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Rel<Unit>;

  @Field(() => Int, { description: '第几次 Attempt number' })
  @Property({ type: 'smallint' })
  attemptNo!: number;

  @Field(() => AttemptStatus, { description: '状态 State' })
  @Enum({ items: () => AttemptStatus })
  status!: AttemptStatus;

  @Field(() => Date, { description: '开始时间 Started at' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date, { description: '截止时间（服务器）Deadline, kept by the server' })
  @Property({ type: 'timestamptz' })
  deadline!: Date;

  @Field(() => Date, { nullable: true, description: '结束时间 Ended at' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Field(() => Float, { nullable: true, description: '得分（百分制，结束后）Score 0–100, once ended' })
  @Property({ type: 'real', nullable: true })
  score: number | null = null;

  @Field(() => Int, { description: '题数 Questions' })
  @Property({ type: 'smallint', default: 0 })
  questionCount: Opt<number> = 0;

  @Field(() => Int, { nullable: true, description: '答对题数（结束后）Correct answers, once ended' })
  @Property({ type: 'smallint', nullable: true })
  correctCount: number | null = null;

  // Scores are the taker's, the organizers' and the leaders' above: the trail sits at the organizer.
  auditPlacement() {
    return { scopePath: this.session?.organizerUnit?.path ?? null, visibilityRef: null };
  }
}

/**
 * One question of an attempt, in the taker's order, with the option order shown to them and their
 * answer (option indexes as shown, or the text typed). `correct` is filled as answers save, and read
 * by nobody before the attempt ends.
 */
@Entity({ tableName: 'attempt_item' })
export class AttemptItem {
  [OptionalProps]?: 'answer' | 'correct' | 'answeredAt';

  @ManyToOne(() => TestAttempt, { primary: true, deleteRule: 'cascade' })
  attempt!: Rel<TestAttempt>;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @Property({ type: 'integer', index: true })
  questionVersionId!: number;

  @Property({ type: 'smallint[]' })
  optionOrder!: number[];

  @Property({ type: 'jsonb', nullable: true })
  answer: string[] | null = null;

  @Property({ type: 'boolean', nullable: true })
  correct: boolean | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;
}
