import { Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { StatsFigures } from '../stats/public';

const rate = (n: number, d: number) => (d ? Math.round((10000 * n) / d) / 10000 : null);

@ObjectType({ description: '培训测试（当年、截至统计日）Training and tests of the year, by the as-of date' })
export class TrainingFigures {
  @Field(() => Int, { description: '应考人次 Expected takers, summed over the tests' }) expected!: number;
  @Field(() => Int, { description: '参考人次 Took a test' }) took!: number;
  @Field(() => Float, { nullable: true, description: '参考率 0–1 Participation rate' }) participationRate!:
    number | null;
  @Field(() => Int, { description: '及格人次 Passed' }) passed!: number;
  @Field(() => Float, { nullable: true, description: '及格率（占应考）0–1 Pass rate, of the expected' }) passRate!:
    number | null;
  @Field(() => Int, { description: '应参训人次 Expected at training sessions' }) attendanceExpected!: number;
  @Field(() => Int, { description: '参训人次 Attended training sessions' }) attended!: number;
  @Field(() => Float, { nullable: true, description: '参训率 0–1 Attendance rate' }) attendanceRate!: number | null;
}

/** campaignStats { figures { training } }: the sums of fs_training_figures over the subtree. */
@Resolver(() => StatsFigures)
export class TrainingFiguresResolver {
  @FieldResolver(() => TrainingFigures, { description: '培训测试 Training and tests' })
  training(@Root() f: StatsFigures): TrainingFigures {
    const x = (k: string) => f.extra[`training_${k}`] ?? 0;
    return {
      expected: x('expected'),
      took: x('took'),
      participationRate: rate(x('took'), x('expected')),
      passed: x('passed'),
      passRate: rate(x('passed'), x('expected')),
      attendanceExpected: x('attendance_expected'),
      attended: x('attended'),
      attendanceRate: rate(x('attended'), x('attendance_expected')),
    };
  }
}
