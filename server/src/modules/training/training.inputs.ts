import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { idsOf, parseId, parseIds } from '../../common/ids';
import { PositionRole } from '../org/public';
import { Grading, PaperMode, QuestionKind } from './training.enums';

const CMID =
  '客户端请求标识：重试时使用同一值，只会执行一次 Client-generated id: a retry with the same id returns the first result and writes nothing twice';

@InputType({ description: '培训/测试筛选 Filter of training and test sessions' })
export class SessionFilterInput {
  @Field(() => String, { nullable: true, description: '起始日期 From (YYYY-MM-DD)' })
  @IsOptional()
  @MaxLength(10)
  from?: string | null;
  @Field(() => String, { nullable: true, description: '截止日期 To (YYYY-MM-DD)' }) @IsOptional() @MaxLength(10) to?:
    string | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '新建专题培训 New training session' })
export class CreateTrainingSessionInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '组织单位 Organizing unit (district or township)' }) unitId!: string;
  @Field({ description: '主题 Title' }) @MaxLength(200) title!: string;
  @Field({ description: '培训日期 Held on (YYYY-MM-DD)' }) @MaxLength(10) heldOn!: string;
  @Field(() => String, { nullable: true, description: '地点 Place' }) @IsOptional() @MaxLength(200) place?:
    string | null;
  @Field(() => [String], { nullable: true, description: '培训材料（标题或链接）Materials' })
  @IsOptional()
  @ArrayMaxSize(50)
  materials?: string[] | null;
  @Field(() => [ID], { description: '参训单位（含下级）Audience units (with their subtrees)' })
  @ArrayMaxSize(200)
  audienceUnitIds!: string[];
  @Field(() => [PositionRole], { description: '参训职务 Audience position roles' })
  @ArrayMaxSize(20)
  audienceRoles!: PositionRole[];
}

@InputType({ description: '修改专题培训 Change a training session' })
export class UpdateTrainingSessionInput {
  @Field(() => String, { nullable: true, description: '主题 Title' }) @IsOptional() @MaxLength(200) title?:
    string | null;
  @Field(() => String, { nullable: true, description: '培训日期 Held on' }) @IsOptional() @MaxLength(10) heldOn?:
    string | null;
  @Field(() => String, { nullable: true, description: '地点 Place' }) @IsOptional() @MaxLength(200) place?:
    string | null;
  @Field(() => [String], { nullable: true, description: '培训材料 Materials' })
  @IsOptional()
  @ArrayMaxSize(50)
  materials?: string[] | null;
  @Field(() => [ID], { nullable: true, description: '参训单位 Audience units' })
  @IsOptional()
  @ArrayMaxSize(200)
  audienceUnitIds?: string[] | null;
  @Field(() => [PositionRole], { nullable: true, description: '参训职务 Audience roles' })
  @IsOptional()
  @ArrayMaxSize(20)
  audienceRoles?: PositionRole[] | null;
}

@InputType({ description: '新建试题 New question' })
export class CreateQuestionInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '所属题库单位 Unit whose bank holds it' }) unitId!: string;
  @Field(() => QuestionKind, { description: '题型 Kind' }) kind!: QuestionKind;
  @Field({ description: '题干 Stem' }) @MaxLength(2000) stem!: string;
  @Field(() => [String], { nullable: true, description: '选项（判断题不填）Options (none for true/false)' })
  @IsOptional()
  @ArrayMaxSize(8)
  options?: string[] | null;
  @Field(() => [String], {
    description:
      '答案：选项序号（从 0 起；判断题 0 正确 1 错误）或填空的可接受答案 Key: option indexes from 0 (true/false: 0 true, 1 false) or accepted fill-in texts',
  })
  @ArrayMaxSize(20)
  answer!: string[];
  @Field(() => String, { nullable: true, description: '所属星 Star code' }) @IsOptional() @MaxLength(40) starCode?:
    string | null;
  @Field(() => String, { nullable: true, description: '重点任务编码 Key task code' })
  @IsOptional()
  @MaxLength(40)
  keyTaskCode?: string | null;
  @Field(() => PositionRole, { nullable: true, description: '适用对象 Audience' })
  @IsOptional()
  audience?: PositionRole | null;
  @Field(() => Int, { description: '难度 1–3 Difficulty' }) difficulty!: number;
}

@InputType({
  description:
    '修改试题（已被使用的试题改题干、选项或答案时生成新版本）Change a question (a used one gets a new version)',
})
export class UpdateQuestionInput {
  @Field(() => QuestionKind, { nullable: true, description: '题型 Kind' }) @IsOptional() kind?: QuestionKind | null;
  @Field(() => String, { nullable: true, description: '题干 Stem' }) @IsOptional() @MaxLength(2000) stem?:
    string | null;
  @Field(() => [String], { nullable: true, description: '选项 Options' })
  @IsOptional()
  @ArrayMaxSize(8)
  options?: string[] | null;
  @Field(() => [String], { nullable: true, description: '答案 Key' }) @IsOptional() @ArrayMaxSize(20) answer?:
    string[] | null;
  @Field(() => String, { nullable: true, description: '所属星 Star code' }) @IsOptional() @MaxLength(40) starCode?:
    string | null;
  @Field(() => String, { nullable: true, description: '重点任务编码 Key task code' })
  @IsOptional()
  @MaxLength(40)
  keyTaskCode?: string | null;
  @Field(() => PositionRole, { nullable: true, description: '适用对象 Audience' })
  @IsOptional()
  audience?: PositionRole | null;
  @Field(() => Int, { nullable: true, description: '难度 Difficulty' }) @IsOptional() difficulty?: number | null;
  @Field(() => Boolean, { nullable: true, description: '启用 Active' }) @IsOptional() active?: boolean | null;
}

@InputType({ description: '试题筛选 Question filter' })
export class QuestionFilterInput {
  @Field(() => QuestionKind, { nullable: true, description: '题型 Kind' }) @IsOptional() kind?: QuestionKind | null;
  @Field(() => String, { nullable: true, description: '所属星 Star code' }) @IsOptional() @MaxLength(40) starCode?:
    string | null;
  @Field(() => Int, { nullable: true, description: '难度 Difficulty' }) @IsOptional() difficulty?: number | null;
  @Field(() => String, { nullable: true, description: '题干包含 Stem contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: '启用 Active' }) @IsOptional() active?: boolean | null;
  @Field(() => [ID], { nullable: true, description: '指定标识 Only these ids (at most 100)' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType({ description: '组卷规则 Drawing rule' })
export class PaperRuleInput {
  @Field(() => String, { nullable: true, description: '星（空为不限）Star code' })
  @IsOptional()
  @MaxLength(40)
  starCode?: string | null;
  @Field(() => Int, { nullable: true, description: '难度（空为不限）Difficulty' }) @IsOptional() difficulty?:
    number | null;
  @Field(() => Int, { description: '题数 Count' }) count!: number;
}

@InputType({ description: '新建测试场次 New test session' })
export class CreateTestSessionInput {
  @Field(() => String, { nullable: true, description: CMID }) @IsOptional() @MaxLength(64) clientMutationId?:
    string | null;
  @Field(() => ID, { description: '组织单位 Organizing unit' }) unitId!: string;
  @Field({ description: '名称 Title' }) @MaxLength(200) title!: string;
  @Field(() => [ID], { description: '应考单位（含下级）Audience units' }) @ArrayMaxSize(200) audienceUnitIds!: string[];
  @Field(() => [PositionRole], { description: '应考职务 Audience roles' })
  @ArrayMaxSize(20)
  audienceRoles!: PositionRole[];
  @Field(() => Date, { description: '开始时间 Opens at' }) opensAt!: Date;
  @Field(() => Date, { description: '结束时间 Closes at' }) closesAt!: Date;
  @Field(() => Int, { description: '限时（分钟）Time limit, minutes' }) timeLimitMinutes!: number;
  @Field(() => Float, { description: '及格分 Pass mark 0–100' }) @Min(0) @Max(100) passMark!: number;
  @Field(() => Int, { nullable: true, description: '允许作答次数（默认 1）Attempts allowed' })
  @IsOptional()
  attemptsAllowed?: number | null;
  @Field(() => Grading, { nullable: true, description: '计分方式（默认取最高）Grading' })
  @IsOptional()
  grading?: Grading | null;
  @Field(() => PaperMode, { description: '组卷方式 Paper mode' }) paperMode!: PaperMode;
  @Field(() => [ID], { nullable: true, description: '固定试卷的试题 Questions of a fixed paper' })
  @IsOptional()
  @ArrayMaxSize(200)
  questionIds?: string[] | null;
  @Field(() => [PaperRuleInput], { nullable: true, description: '组卷规则 Drawing rules' })
  @IsOptional()
  @ArrayMaxSize(30)
  rules?: PaperRuleInput[] | null;
}

@InputType({ description: '修改测试场次（有人作答后试卷与应考范围不能再改）Change a test session' })
export class UpdateTestSessionInput {
  @Field(() => String, { nullable: true, description: '名称 Title' }) @IsOptional() @MaxLength(200) title?:
    string | null;
  @Field(() => Date, { nullable: true, description: '开始时间 Opens at' }) @IsOptional() opensAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '结束时间 Closes at' }) @IsOptional() closesAt?: Date | null;
  @Field(() => Int, { nullable: true, description: '限时 Time limit' }) @IsOptional() timeLimitMinutes?: number | null;
  @Field(() => Float, { nullable: true, description: '及格分 Pass mark' }) @IsOptional() passMark?: number | null;
  @Field(() => Int, { nullable: true, description: '允许作答次数 Attempts allowed' }) @IsOptional() attemptsAllowed?:
    number | null;
  @Field(() => Grading, { nullable: true, description: '计分方式 Grading' }) @IsOptional() grading?: Grading | null;
  @Field(() => PaperMode, { nullable: true, description: '组卷方式 Paper mode' })
  @IsOptional()
  paperMode?: PaperMode | null;
  @Field(() => [ID], { nullable: true, description: '固定试卷的试题 Questions' })
  @IsOptional()
  @ArrayMaxSize(200)
  questionIds?: string[] | null;
  @Field(() => [PaperRuleInput], { nullable: true, description: '组卷规则 Rules' })
  @IsOptional()
  @ArrayMaxSize(30)
  rules?: PaperRuleInput[] | null;
  @Field(() => [ID], { nullable: true, description: '应考单位 Audience units' })
  @IsOptional()
  @ArrayMaxSize(200)
  audienceUnitIds?: string[] | null;
  @Field(() => [PositionRole], { nullable: true, description: '应考职务 Audience roles' })
  @IsOptional()
  @ArrayMaxSize(20)
  audienceRoles?: PositionRole[] | null;
}

@InputType({ description: '纸质考试成绩 A paper score' })
export class PaperScoreInput {
  @Field(() => ID, { description: '人员 Person' }) personId!: string;
  @Field(() => Float, { description: '成绩 0–100 Score' }) score!: number;
}

// ---- inputs → service data -------------------------------------------------------------------

export const toSessionFilter = (f: SessionFilterInput | undefined) => ({
  from: f?.from,
  to: f?.to,
  ids: idsOf(f?.ids),
});

export function toTrainingCreate(i: CreateTrainingSessionInput) {
  return {
    ...i,
    unitId: parseId(i.unitId, 'unitId'),
    audience: { unitIds: parseIds(i.audienceUnitIds, 'audienceUnitIds'), roles: i.audienceRoles },
  };
}

export function toTrainingUpdate(i: UpdateTrainingSessionInput) {
  return {
    ...i,
    audience: {
      unitIds: i.audienceUnitIds ? parseIds(i.audienceUnitIds, 'audienceUnitIds') : undefined,
      roles: i.audienceRoles ?? undefined,
    },
  };
}

export const toQuestionCreate = (i: CreateQuestionInput) => ({ ...i, unitId: parseId(i.unitId, 'unitId') });

export const toQuestionFilter = (f: QuestionFilterInput | undefined) => ({ ...f, ids: idsOf(f?.ids) });

const rulesOf = (rules: PaperRuleInput[] | null | undefined) =>
  rules?.map((r) => ({ starCode: r.starCode ?? null, difficulty: r.difficulty ?? null, count: r.count }));

export function toTestCreate(i: CreateTestSessionInput) {
  return {
    ...i,
    unitId: parseId(i.unitId, 'unitId'),
    audience: { unitIds: parseIds(i.audienceUnitIds, 'audienceUnitIds'), roles: i.audienceRoles },
    questionIds: i.questionIds ? parseIds(i.questionIds, 'questionIds') : null,
    rules: rulesOf(i.rules),
  };
}

export function toTestUpdate(i: UpdateTestSessionInput) {
  return {
    ...i,
    questionIds: i.questionIds ? parseIds(i.questionIds, 'questionIds') : null,
    rules: rulesOf(i.rules),
    audience: {
      unitIds: i.audienceUnitIds ? parseIds(i.audienceUnitIds, 'audienceUnitIds') : undefined,
      roles: i.audienceRoles ?? undefined,
    },
  };
}

export const toPaperScores = (scores: PaperScoreInput[]) =>
  scores.map((s, i) => ({ personId: parseId(s.personId, `scores[${i}].personId`), score: s.score }));
