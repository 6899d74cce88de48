/** 专题培训 and 应知应会 tests: training sessions, the question bank, test sessions, attempts and results. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { Question, QuestionVersion } from './question.entity';
import { AttemptItem, TestAttempt, TestSession } from './test-session.entity';
import { TrainingAttendance, TrainingSession } from './training-session.entity';
import { TrainingFiguresResolver } from './training-figures.resolver';
import { trainingLoaders } from './training.loaders';
import { trainingInboxKinds } from './training.inbox';
import {
  QuestionResolver,
  TestAttemptResolver,
  TestSessionResolver,
  TrainingSessionResolver,
} from './training.resolver';
import { TrainingService } from './training.service';

export interface TrainingServices {
  training: TrainingService;
}

declare module '../../graphql/services' {
  interface Services extends TrainingServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof trainingLoaders> {}
}

export const training = defineModule({
  name: 'training',
  entities: [TrainingSession, TrainingAttendance, Question, QuestionVersion, TestSession, TestAttempt, AttemptItem],
  resolvers: [
    TrainingSessionResolver,
    QuestionResolver,
    TestSessionResolver,
    TestAttemptResolver,
    TrainingFiguresResolver,
  ],
  services: ({ em, deps }: Services): TrainingServices => ({ training: new TrainingService(em, deps.now) }),
  loaders: trainingLoaders,
  inbox: trainingInboxKinds,
  jobs: [
    {
      // Attempts past their deadline end without their client (a closed phone); touches end them sooner.
      name: 'ending overdue test attempts',
      everyMs: (config) => (config.statsRefreshSeconds ? 30_000 : 0),
      firstAfterMs: 10_000,
      run: (j) => new TrainingService(j.em(), j.deps.now).endOverdue(),
    },
  ],
});
