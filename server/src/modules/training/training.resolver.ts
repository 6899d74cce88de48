import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { parseId, parseIds } from '../../common/ids';
import type { Principal } from '../../common/principal';
import type { Context } from '../../graphql/context';
import { CurrentPrincipal, IdArg } from '../../graphql/decorators';
import { ListArgs, PageType } from '../../graphql/pagination';
import { Unit } from '../org/public';
import { Question } from './question.entity';
import { TestAttempt, TestSession } from './test-session.entity';
import { TrainingAttendance, TrainingSession } from './training-session.entity';
import { AttemptStatus, QuestionKind } from './training.enums';
import {
  CreateQuestionInput,
  CreateTestSessionInput,
  CreateTrainingSessionInput,
  PaperScoreInput,
  QuestionFilterInput,
  SessionFilterInput,
  toPaperScores,
  toQuestionCreate,
  toQuestionFilter,
  toSessionFilter,
  toTestCreate,
  toTestUpdate,
  toTrainingCreate,
  toTrainingUpdate,
  UpdateQuestionInput,
  UpdateTestSessionInput,
  UpdateTrainingSessionInput,
} from './training.inputs';
import { ORGANIZERS, type ItemView, type TestResults } from './training.service';

export const TrainingSessionPage = PageType(TrainingSession, 'TrainingSessionPage', '培训分页 A page of trainings');
export const QuestionPage = PageType(Question, 'QuestionPage', '试题分页 A page of questions');
export const TestSessionPage = PageType(TestSession, 'TestSessionPage', '测试场次分页 A page of test sessions');

const rate = (n: number, d: number) => (d ? Math.round((10000 * n) / d) / 10000 : null);

@ObjectType({ description: '单位参训情况 Expected and attended at one unit' })
export class AttendanceRow {
  @Field(() => ID, { description: '单位标识 Unit id' }) unitId!: number;
  @Field(() => Unit, { description: '单位 Unit' }) unit!: Unit;
  @Field(() => Int, { description: '应参训 Expected' }) expected!: number;
  @Field(() => Int, { description: '已签到 Attended' }) attended!: number;
}

@ObjectType({ description: '试卷中的一题（按考生看到的顺序）A question of an attempt, as its taker sees it' })
export class AttemptQuestion {
  @Field(() => Int, { description: '题号 Position (from 1)' }) position!: number;
  @Field(() => QuestionKind, { description: '题型 Kind' }) kind!: QuestionKind;
  @Field({ description: '题干 Stem' }) stem!: string;
  @Field(() => [String], { description: '选项（本考生的顺序）Options in this taker’s order' }) options!: string[];
  @Field(() => [String], { nullable: true, description: '已答 The saved answer (shown option indexes, or the text)' })
  answer!: string[] | null;
  @Field(() => Boolean, { nullable: true, description: '是否答对（作答结束后）Right or wrong, once the attempt ended' })
  correct!: boolean | null;
  @Field(() => [String], {
    nullable: true,
    description: '正确答案（作答结束后）The key in this taker’s terms, once the attempt ended',
  })
  correctAnswer!: string[] | null;
  @Field(() => String, { nullable: true, description: '测试名称（错题本）Test title (in the wrong-answer book)' })
  sessionTitle!: string | null;
}

@ObjectType({ description: '答案已保存 An answer saved' })
export class SavedAnswer {
  @Field(() => ID, { description: '作答标识 Attempt id' }) attemptId!: number;
  @Field(() => Int, { description: '题号 Position' }) position!: number;
  @Field(() => [String], { description: '已保存的答案 The answer as stored' }) answer!: string[];
  @Field(() => Date, { description: '保存时间 Saved at' }) savedAt!: Date;
}

@ObjectType({ description: '我的测试 A test the signed-in taker is expected at' })
export class MyTest {
  @Field(() => TestSession, { description: '测试场次 The session' }) session!: TestSession;
  @Field(() => Int, { description: '已用次数 Attempts used' }) attemptsUsed!: number;
  @Field(() => ID, { nullable: true, description: '进行中的作答 The open attempt (resume it)' })
  openAttemptId!: number | null;
  @Field(() => Float, { nullable: true, description: '计分成绩 The score that counts' }) score!: number | null;
  @Field(() => Boolean, { nullable: true, description: '是否及格 Passed' }) passed!: boolean | null;
}

@ObjectType({ description: '单位测试结果 Results at one unit' })
export class UnitTestFigures {
  @Field(() => ID, { description: '单位标识 Unit id' }) unitId!: number;
  @Field(() => String, { nullable: true, description: '单位名称 Unit name' }) unitName?: string | null;
  @Field(() => Int, { description: '应考人数 Expected takers' }) expected!: number;
  @Field(() => Int, { description: '参考人数 Took the test' }) took!: number;
  @Field(() => Float, { nullable: true, description: '参考率 0–1 Participation rate' }) participationRate!:
    number | null;
  @Field(() => Int, { description: '及格人数 Passed' }) passed!: number;
  @Field(() => Float, { nullable: true, description: '及格率（占应考）0–1 Pass rate, of the expected' })
  passRate!: number | null;
  @Field(() => Float, { nullable: true, description: '平均分 Average score of those who took it' }) average!:
    number | null;
}

@ObjectType({ description: '考生成绩 A taker’s result' })
export class TakerResult {
  @Field(() => ID, { description: '人员标识 Person id' }) personId!: number;
  @Field({ description: '姓名 Name' }) name!: string;
  @Field(() => ID, { description: '单位标识 Unit id' }) unitId!: number;
  @Field(() => Float, { nullable: true, description: '成绩（未参考为空）Score; empty when not taken' }) score!:
    number | null;
  @Field(() => Boolean, { nullable: true, description: '是否及格 Passed' }) passed!: boolean | null;
}

@ObjectType({ description: '试题分析 Item statistics of one question' })
export class ItemStat {
  @Field(() => ID, { description: '试题标识 Question id' }) questionId!: number;
  @Field({ description: '题干 Stem' }) stem!: string;
  @Field(() => Int, { description: '作答次数 Times answered' }) answered!: number;
  @Field(() => Float, { nullable: true, description: '难度系数（答对比例）Facility: share correct' }) facility!:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description: '区分度（点二列相关）Discrimination: point-biserial correlation with the score',
  })
  discrimination!: number | null;
}

@ObjectType({ description: '测试结果 Results of a test session below a unit' })
export class TestSessionResults extends UnitTestFigures {
  @Field(() => ID, { description: '标识（场次-单位）Id: session-unit' }) id!: string;
  @Field(() => TestSession, { description: '测试场次 Session' }) session!: TestSession;
  @Field(() => Unit, { description: '单位 Unit' }) unit!: Unit;
  @Field(() => [Int], { description: '成绩分布：0–9、10–19 … 90–100 Score distribution in tens' })
  distribution!: number[];
  @Field(() => [UnitTestFigures], { description: '各下级单位 Each child unit (drill down)' })
  byChild!: UnitTestFigures[];
  @Field(() => [TakerResult], { description: '考生成绩（至多 1000 人）Takers (at most 1,000)' })
  takers!: TakerResult[];
  @Field(() => [ItemStat], { description: '试题分析 Item statistics' }) items!: ItemStat[];
}

function figures<T extends UnitTestFigures>(into: T, f: Omit<UnitTestFigures, 'participationRate' | 'passRate'>): T {
  return Object.assign(into, f, {
    participationRate: rate(f.took, f.expected),
    passRate: rate(f.passed, f.expected),
  });
}

function toResults(r: TestResults, names: Map<number, string>): TestSessionResults {
  return Object.assign(
    figures(new TestSessionResults(), {
      unitId: r.unit.id,
      unitName: r.unit.name,
      expected: r.expected,
      took: r.took,
      passed: r.passed,
      average: r.average,
    }),
    {
      id: `${r.session.id}-${r.unit.id}`,
      session: r.session,
      unit: r.unit,
      distribution: r.distribution,
      byChild: r.byChild.map((c) => figures(new UnitTestFigures(), { ...c, unitName: names.get(c.unitId) ?? null })),
      takers: r.takers.map((t) => Object.assign(new TakerResult(), t)),
      items: r.items.map((i) => Object.assign(new ItemStat(), i)),
    },
  );
}

const toQuestion = (i: ItemView) => Object.assign(new AttemptQuestion(), { sessionTitle: null, ...i });

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Authorized()
  @Query(() => TrainingSessionPage, { description: '专题培训 Training sessions in your scope' })
  trainingSessions(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => SessionFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: SessionFilterInput,
  ) {
    return ctx.services.training.listTrainingSessions(p, toSessionFilter(filter), args);
  }

  @Authorized()
  @Query(() => TrainingSession, { description: '专题培训 One training session' })
  trainingSession(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.training.getTrainingSession(p, id);
  }

  @Authorized()
  @Mutation(() => TrainingSession, { description: '新建专题培训（区级管理员、乡镇工作人员）New training session' })
  createTrainingSession(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateTrainingSessionInput, { description: '培训 Session' }) input: CreateTrainingSessionInput,
  ) {
    const d = toTrainingCreate(input);
    return ctx.mutate('createTrainingSession', (s) => s.training.createTrainingSession(p, d), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => TrainingSession, { description: '修改专题培训 Change a training session' })
  updateTrainingSession(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateTrainingSessionInput, { description: '修改 Changes' }) input: UpdateTrainingSessionInput,
  ) {
    const d = toTrainingUpdate(input);
    return ctx.mutate('updateTrainingSession', (s) => s.training.updateTrainingSession(p, id, d));
  }

  @Authorized()
  @Mutation(() => TrainingAttendance, { description: '培训签到：输入现场签到码 Sign in with the session’s code' })
  signInTraining(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('sessionId', '培训 Session') sessionId: number,
    @Arg('code', () => String, { description: '签到码 Sign-in code' }) code: string,
  ) {
    return ctx.mutate('signInTraining', (s) => s.training.signInTraining(p, sessionId, code.slice(0, 20)));
  }

  @Authorized()
  @Mutation(() => TrainingSession, { description: '工作人员登记签到 Staff mark attendees present' })
  markTrainingAttendance(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('sessionId', '培训 Session') sessionId: number,
    @Arg('personIds', () => [ID], { description: '到场人员 People present' }) personIds: string[],
  ) {
    const ids = parseIds(personIds.slice(0, 500), 'personIds');
    return ctx.mutate('markTrainingAttendance', (s) => s.training.markAttendance(p, sessionId, ids));
  }

  @FieldResolver(() => ID, { description: '组织单位标识 Organizer unit id' })
  unitId(@Root() s: TrainingSession) {
    return s.organizerUnit.id;
  }

  @FieldResolver(() => Unit, { description: '组织单位 Organizer unit' })
  unit(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(s.organizerUnit.id);
  }

  @FieldResolver(() => [ID], { description: '参训单位标识 Audience unit ids' })
  audienceUnitIds(@Root() s: TrainingSession) {
    return s.audienceUnitIds;
  }

  @FieldResolver(() => String, { nullable: true, description: '签到码（仅组织者可见）Sign-in code (organizers only)' })
  signInCode(@Root() s: TrainingSession, @CurrentPrincipal() p: Principal) {
    return p.hasRoleOver(s.organizerUnit.path, ...ORGANIZERS) ? s.signInCode : null;
  }

  @FieldResolver(() => Int, { description: '应参训人数 Expected attendees' })
  async expected(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return (await ctx.loaders.trainingTotals.load(s.id)).expected;
  }

  @FieldResolver(() => Int, { description: '已签到人数 Attended' })
  async attended(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return (await ctx.loaders.trainingTotals.load(s.id)).attended;
  }

  @FieldResolver(() => [AttendanceRow], { description: '各单位参训（您可见的单位）Expected vs attended per unit' })
  async attendance(@Root() s: TrainingSession, @Ctx() ctx: Context, @CurrentPrincipal() p: Principal) {
    const rows = await ctx.services.training.attendanceByUnit(p, s);
    const units = await ctx.loaders.unit.loadMany(rows.map((r) => r.unitId));
    return rows.map((r, i) => Object.assign(new AttendanceRow(), r, { unit: units[i] }));
  }
}

@Resolver(() => Question)
export class QuestionResolver {
  @Authorized()
  @Query(() => QuestionPage, { description: '题库（组织者可用的题库）The question bank organizers may use' })
  questions(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => QuestionFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: QuestionFilterInput,
  ) {
    return ctx.services.training.listQuestions(p, toQuestionFilter(filter), args);
  }

  @Authorized()
  @Query(() => Question, { description: '试题 One question' })
  question(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.training.getQuestion(p, id);
  }

  @Authorized()
  @Mutation(() => Question, { description: '新建试题 New question' })
  createQuestion(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateQuestionInput, { description: '试题 Question' }) input: CreateQuestionInput,
  ) {
    const d = toQuestionCreate(input);
    return ctx.mutate('createQuestion', (s) => s.training.createQuestion(p, d), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => Question, { description: '修改试题（已用的题生成新版本）Change a question' })
  updateQuestion(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateQuestionInput, { description: '修改 Changes' }) input: UpdateQuestionInput,
  ) {
    return ctx.mutate('updateQuestion', (s) => s.training.updateQuestion(p, id, input));
  }

  @FieldResolver(() => ID, { description: '题库单位标识 Owner unit id' })
  unitId(@Root() q: Question) {
    return q.ownerUnit.id;
  }

  // The bank is read by organizers only (listQuestions); the key is theirs.
  @FieldResolver(() => [String], { description: '答案 Key (option indexes from 0, or accepted texts)' })
  answer(@Root() q: Question) {
    return q.answer.map(String);
  }
}

@Resolver(() => TestSession)
export class TestSessionResolver {
  @Authorized()
  @Query(() => TestSessionPage, { description: '测试场次 Test sessions in your scope' })
  testSessions(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Args() args: ListArgs,
    @Arg('filter', () => SessionFilterInput, { nullable: true, description: '筛选 Filter' })
    filter?: SessionFilterInput,
  ) {
    return ctx.services.training.listTestSessions(p, toSessionFilter(filter), args);
  }

  @Authorized()
  @Query(() => TestSession, { description: '测试场次 One test session' })
  testSession(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    return ctx.services.training.getTestSession(p, id);
  }

  @Authorized()
  @Query(() => TestSessionResults, {
    description:
      '测试结果：应考、参考、参考率、及格、平均分、分布、下级单位、考生、试题分析（组织者、领导）Results of a session below a unit',
  })
  async testResults(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('sessionId', '测试场次 Session') sessionId: number,
    @Arg('unitId', () => ID, { nullable: true, description: '单位（默认组织单位）Unit, default the organizer' })
    unitId?: string | null,
  ) {
    const unit = unitId ? parseId(unitId, 'unitId') : null;
    const r = await ctx.services.training.results(p, sessionId, unit);
    // The children's names, for the table a person reads (one batched load).
    const children = await ctx.loaders.unit.loadMany(r.byChild.map((c) => c.unitId));
    const names = new Map(
      children.flatMap((u, i) => (u && !(u instanceof Error) ? [[r.byChild[i].unitId, u.name] as const] : [])),
    );
    return toResults(r, names);
  }

  @Authorized()
  @Mutation(() => TestSession, { description: '新建测试场次 New test session' })
  createTestSession(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('input', () => CreateTestSessionInput, { description: '场次 Session' }) input: CreateTestSessionInput,
  ) {
    const d = toTestCreate(input);
    return ctx.mutate('createTestSession', (s) => s.training.createTestSession(p, d), {
      clientMutationId: input.clientMutationId,
      input,
    });
  }

  @Authorized()
  @Mutation(() => TestSession, { description: '修改测试场次 Change a test session' })
  updateTestSession(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg() id: number,
    @Arg('input', () => UpdateTestSessionInput, { description: '修改 Changes' }) input: UpdateTestSessionInput,
  ) {
    const d = toTestUpdate(input);
    return ctx.mutate('updateTestSession', (s) => s.training.updateTestSession(p, id, d));
  }

  @Authorized()
  @Mutation(() => TestSession, { description: '录入纸质考试成绩 Enter scores of those who sat on paper' })
  recordPaperScores(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('sessionId', '测试场次 Session') sessionId: number,
    @Arg('scores', () => [PaperScoreInput], { description: '成绩 Scores' }) scores: PaperScoreInput[],
  ) {
    const d = toPaperScores(scores.slice(0, 1000));
    return ctx.mutate('recordPaperScores', (s) => s.training.recordPaperScores(p, sessionId, d));
  }

  @FieldResolver(() => ID, { description: '组织单位标识 Organizer unit id' })
  unitId(@Root() s: TestSession) {
    return s.organizerUnit.id;
  }

  @FieldResolver(() => Unit, { description: '组织单位 Organizer unit' })
  unit(@Root() s: TestSession, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(s.organizerUnit.id);
  }

  @FieldResolver(() => [ID], { description: '应考单位标识 Audience unit ids' })
  audienceUnitIds(@Root() s: TestSession) {
    return s.audienceUnitIds;
  }

  @FieldResolver(() => Int, { description: '应考人数 Expected takers' })
  expected(@Root() s: TestSession, @Ctx() ctx: Context) {
    return ctx.loaders.testExpected.load(s.id);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description: '固定试卷的试题（仅组织者）Questions of a fixed paper (organizers only)',
  })
  questionIds(@Root() s: TestSession, @CurrentPrincipal() p: Principal) {
    return p.hasRoleOver(s.organizerUnit.path, ...ORGANIZERS) ? s.fixedQuestionIds : null;
  }
}

@Resolver(() => TestAttempt)
export class TestAttemptResolver {
  @Authorized()
  @Query(() => [MyTest], { description: '我的测试 Tests you are expected at' })
  async myTests(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal) {
    return (await ctx.services.training.myTests(p)).map((t) => Object.assign(new MyTest(), t));
  }

  @Authorized()
  @Query(() => TestAttempt, { description: '作答 One attempt (your own, or as organizer or leader)' })
  async testAttempt(@Ctx() ctx: Context, @CurrentPrincipal() p: Principal, @IdArg() id: number) {
    await ctx.services.training.endOverdue([id]);
    return ctx.services.training.getAttempt(p, id);
  }

  @Authorized()
  @Query(() => [AttemptQuestion], { description: '错题本：已结束作答中的错题 Your wrong answers in ended attempts' })
  async myWrongAnswers(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @Arg('sessionId', () => ID, { nullable: true, description: '测试场次 Session' }) sessionId?: string | null,
  ) {
    const id = sessionId ? parseId(sessionId, 'sessionId') : null;
    return (await ctx.services.training.myWrongAnswers(p, id)).map(toQuestion);
  }

  @Authorized()
  @Mutation(() => TestAttempt, {
    description: '开始作答，或继续进行中的作答（截止时间由服务器确定）Start an attempt, or resume the open one',
  })
  async startAttempt(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('sessionId', '测试场次 Session') sessionId: number,
  ) {
    await ctx.services.training.endOverdueOf(p, sessionId);
    return ctx.mutate('startAttempt', (s) => s.training.startAttempt(p, sessionId));
  }

  @Authorized()
  @Mutation(() => SavedAnswer, {
    description: '保存一题的答案（截止后拒绝且不保存）Save one answer; refused and not stored after the deadline',
  })
  async saveAnswer(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('attemptId', '作答 Attempt') attemptId: number,
    @Arg('position', () => Int, { description: '题号 Position' }) position: number,
    @Arg('answer', () => [String], { description: '答案：选项序号（按所见顺序，从 0 起）或填空文字 Answer' })
    answer: string[],
  ) {
    await ctx.services.training.endOverdue([attemptId]);
    const saved = await ctx.mutate('saveAnswer', (s) =>
      s.training.saveAnswer(p, attemptId, position, answer.slice(0, 8)),
    );
    return Object.assign(new SavedAnswer(), saved);
  }

  @Authorized()
  @Mutation(() => TestAttempt, { description: '交卷 Submit the attempt' })
  async submitAttempt(
    @Ctx() ctx: Context,
    @CurrentPrincipal() p: Principal,
    @IdArg('attemptId', '作答 Attempt') attemptId: number,
  ) {
    await ctx.services.training.endOverdue([attemptId]);
    return ctx.mutate('submitAttempt', (s) => s.training.submitAttempt(p, attemptId));
  }

  @FieldResolver(() => ID, { description: '测试场次标识 Session id' })
  sessionId(@Root() a: TestAttempt) {
    return a.session.id;
  }

  @FieldResolver(() => Boolean, { description: '已结束 Ended (submitted, or past its deadline)' })
  ended(@Root() a: TestAttempt, @Ctx() ctx: Context) {
    return ctx.services.training.ended(a);
  }

  @FieldResolver(() => Int, { description: '剩余秒数（服务器计时）Seconds left, by the server’s clock' })
  secondsLeft(@Root() a: TestAttempt, @Ctx() ctx: Context) {
    if (a.status !== AttemptStatus.IN_PROGRESS) return 0;
    return Math.max(0, Math.floor((a.deadline.getTime() - ctx.now().getTime()) / 1000));
  }

  @FieldResolver(() => [AttemptQuestion], { description: '试题（考生的顺序）The questions, in the taker’s order' })
  async questions(@Root() a: TestAttempt, @Ctx() ctx: Context) {
    return ((await ctx.services.training.itemsOf([a])).get(a.id) ?? []).map(toQuestion);
  }

  // The score means the key once it is known: nothing before the end.
  @FieldResolver(() => Float, { nullable: true, description: '得分（结束后）Score, once ended' })
  score(@Root() a: TestAttempt, @Ctx() ctx: Context) {
    return ctx.services.training.ended(a) ? a.score : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '答对题数（结束后）Correct answers, once ended' })
  correctCount(@Root() a: TestAttempt, @Ctx() ctx: Context) {
    return ctx.services.training.ended(a) ? a.correctCount : null;
  }
}
